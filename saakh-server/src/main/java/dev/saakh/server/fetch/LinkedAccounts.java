package dev.saakh.server.fetch;

import dev.saakh.server.aa.Messages;
import dev.saakh.server.aa.RebitJson;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

/**
 * The link references of the accounts a signed consent names (its payload was verified when the
 * consent was fetched; here it is only read again).
 */
final class LinkedAccounts {
  private LinkedAccounts() {}

  static Set<String> of(String signedConsent) {
    Set<String> refs = new HashSet<>();
    String[] parts = signedConsent == null ? new String[0] : signedConsent.split("\\.", -1);
    if (parts.length != 3) {
      return refs;
    }
    Messages.SignedConsentDetail d =
        RebitJson.read(
            Base64.getUrlDecoder().decode(parts[1]),
            Messages.SignedConsentDetail.class,
            "the signed consent");
    if (d.accounts() != null) {
      for (Messages.LinkedAccount a : d.accounts()) {
        refs.add(a.linkRefNumber());
      }
    }
    return refs;
  }
}
