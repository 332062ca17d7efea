package dev.saakh.server.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * FI data at rest: every stored body of raw, clean and quarantined records, clean logs, analysis
 * reports and session keys is sealed with AES-256-GCM under a key from configuration, so a dump of
 * the database alone does not reveal a statement. A sealed value is {@code enc:v1:<key
 * id>:<base64(12-byte IV ‖ ciphertext ‖ tag)>}; the key id is the associated data, so a value
 * cannot be moved to another key's name. {@code saakh.data-key} (base64 of 32 bytes) seals, {@code
 * saakh.data-keys-old} ({@code id:base64,…}) still open; rotation is in docs/aa-crypto.md. Outside
 * the demo profile the server does not start without a key.
 */
@Component
public class AtRest {
  private static final String PREFIX = "enc:v1:";
  private static final SecureRandom RANDOM = new SecureRandom();
  private final String keyId;
  private final SecretKeySpec key;
  private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
  private final boolean allowPlain;

  public AtRest(
      Environment env,
      @Value("${saakh.data-key:}") String key,
      @Value("${saakh.data-key-id:k1}") String keyId,
      @Value("${saakh.data-keys-old:}") String old,
      @Value("${saakh.data-at-rest.allow-plain:false}") boolean allowPlain) {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(
          "saakh.data-key is not set: FI data is stored encrypted and needs a key (base64 of 32"
              + " random bytes, e.g. `openssl rand -base64 32`; set SAAKH_DATA_KEY). Only the demo"
              + " profile has a built-in key"
              + (env.acceptsProfiles(Profiles.of("demo"))
                  ? ""
                  : " (the active profile is not demo)"));
    }
    if (keyId.isBlank() || keyId.contains(":")) {
      throw new IllegalStateException(
          "saakh.data-key-id must be a short id without ':', was '" + keyId + "'");
    }
    this.keyId = keyId.trim();
    this.key = spec(key, "saakh.data-key");
    keys.put(this.keyId, this.key);
    for (String entry : old.split(",")) {
      if (entry.isBlank()) {
        continue;
      }
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        throw new IllegalStateException(
            "saakh.data-keys-old: '" + entry.trim() + "' is not id:base64");
      }
      keys.putIfAbsent(
          entry.substring(0, colon).trim(),
          spec(entry.substring(colon + 1), "saakh.data-keys-old"));
    }
    this.allowPlain = allowPlain;
  }

  private static SecretKeySpec spec(String base64, String setting) {
    byte[] k;
    try {
      k = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(setting + " is not base64");
    }
    if (k.length != 32) {
      throw new IllegalStateException(setting + " is " + k.length + " bytes; an AES-256 key is 32");
    }
    return new SecretKeySpec(k, "AES");
  }

  /** {@code plain} sealed with the current key. */
  public String seal(String plain) {
    byte[] iv = new byte[12];
    RANDOM.nextBytes(iv);
    try {
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      c.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      byte[] ct = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(12 + ct.length).put(iv).put(ct);
      return PREFIX + keyId + ":" + Base64.getEncoder().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /**
   * The plain text of a sealed value; an error when it is not sealed, altered, or of an unknown
   * key.
   */
  public String open(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(PREFIX)) {
      if (allowPlain) {
        return stored;
      }
      throw new IllegalStateException(
          "a stored value is not sealed (enc:v1:…); it was written before encryption at rest or by"
              + " something else (saakh.data-at-rest.allow-plain=true reads such values)");
    }
    int colon = stored.indexOf(':', PREFIX.length());
    if (colon < 0) {
      throw new IllegalStateException("a sealed value has no key id");
    }
    String id = stored.substring(PREFIX.length(), colon);
    SecretKeySpec k = keys.get(id);
    if (k == null) {
      throw new IllegalStateException(
          "a value is sealed with key '"
              + id
              + "', which is neither saakh.data-key nor in saakh.data-keys-old");
    }
    try {
      byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
      if (all.length < 28) {
        throw new IllegalStateException("a sealed value is too short");
      }
      Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
      c.init(Cipher.DECRYPT_MODE, k, new GCMParameterSpec(128, Arrays.copyOfRange(all, 0, 12)));
      c.updateAAD(id.getBytes(StandardCharsets.UTF_8));
      return new String(c.doFinal(all, 12, all.length - 12), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException(
          "a sealed value does not open with key '" + id + "' (altered?)");
    }
  }

  /** The value sealed again with the current key (key rotation); already current: unchanged. */
  public String reseal(String stored) {
    if (stored != null && stored.startsWith(PREFIX + keyId + ":")) {
      return stored;
    }
    return seal(open(stored));
  }
}
