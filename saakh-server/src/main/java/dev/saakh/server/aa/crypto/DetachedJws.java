package dev.saakh.server.aa.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.Set;

/**
 * ReBIT's message signature: a JWS over the raw body with RS256 and the unencoded payload option
 * (RFC 7797: header {@code {"alg":"RS256","b64":false,"crit":["b64"]}}), sent detached in {@code
 * x-jws-signature} as {@code <header>..<signature>}. Also the compact, attached JWS the AA signs a
 * consent artefact with ({@code signedConsent}).
 */
public final class DetachedJws {
  private DetachedJws() {}

  /** The {@code x-jws-signature} value for {@code body}. */
  public static String sign(byte[] body, RSAPrivateKey key, String kid) {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256)
            .base64URLEncodePayload(false)
            .criticalParams(Set.of("b64"))
            .keyID(kid)
            .build();
    JWSObject jws = new JWSObject(header, new Payload(body));
    try {
      jws.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("the body could not be signed: " + e.getMessage(), e);
    }
    return jws.serialize(true);
  }

  /**
   * Null when {@code header} is a valid detached signature of {@code body} by {@code key}; else why
   * not (missing, malformed, not RS256, b64 not false, crit missing, does not match).
   */
  public static String check(String header, byte[] body, RSAPublicKey key) {
    if (header == null || header.isBlank()) {
      return "the x-jws-signature header is missing";
    }
    String[] parts = header.trim().split("\\.", -1);
    if (parts.length != 3 || !parts[1].isEmpty()) {
      return "not a detached JWS (<header>..<signature>)";
    }
    try {
      JWSHeader h = JWSHeader.parse(new Base64URL(parts[0]));
      if (!JWSAlgorithm.RS256.equals(h.getAlgorithm())) {
        return "its algorithm is " + h.getAlgorithm() + ", not RS256";
      }
      if (h.isBase64URLEncodePayload()) {
        return "its header does not say b64:false (the body is signed as sent)";
      }
      if (h.getCriticalParams() == null || !h.getCriticalParams().contains("b64")) {
        return "its header does not list b64 in crit";
      }
      JWSObject jws = new JWSObject(h.toBase64URL(), new Payload(body), new Base64URL(parts[2]));
      RSASSAVerifier verifier = new RSASSAVerifier(key, Set.of("b64"));
      return jws.verify(verifier) ? null : "the signature does not match the body and key";
    } catch (ParseException e) {
      return "its header is unreadable: " + e.getMessage();
    } catch (JOSEException | IllegalArgumentException e) {
      return "it could not be verified: " + e.getMessage();
    }
  }

  /** A compact, attached JWS of {@code payload} (RS256). */
  public static String signCompact(byte[] payload, RSAPrivateKey key, String kid) {
    JWSObject jws =
        new JWSObject(
            new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JOSE).keyID(kid).build(),
            new Payload(payload));
    try {
      jws.sign(new RSASSASigner(key));
    } catch (JOSEException e) {
      throw new IllegalStateException("the payload could not be signed: " + e.getMessage(), e);
    }
    return jws.serialize();
  }

  /** The payload of a compact JWS whose RS256 signature verifies with {@code key}. */
  public static byte[] verifyCompact(String jws, RSAPublicKey key) throws FiCryptoException {
    if (jws == null || jws.isBlank()) {
      throw new FiCryptoException("the signed consent is missing");
    }
    try {
      JWSObject o = JWSObject.parse(jws.trim());
      if (!JWSAlgorithm.RS256.equals(o.getHeader().getAlgorithm())) {
        throw new FiCryptoException(
            "its algorithm is " + o.getHeader().getAlgorithm() + ", not RS256");
      }
      if (!o.verify(new RSASSAVerifier(key))) {
        throw new FiCryptoException("its signature does not match the AA's key");
      }
      return o.getPayload().toBytes();
    } catch (ParseException e) {
      throw new FiCryptoException("not a compact JWS: " + e.getMessage());
    } catch (JOSEException | IllegalArgumentException e) {
      throw new FiCryptoException("it could not be verified: " + e.getMessage());
    }
  }
}
