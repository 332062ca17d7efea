package dev.saakh.server.aa.crypto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** ReBIT KeyMaterial (placeholder until the crypto branch lands; same names). */
public record KeyMaterial(
    @JsonProperty("cryptoAlg") String cryptoAlg,
    @JsonProperty("curve") String curve,
    @JsonProperty("params") String params,
    @JsonProperty("DHPublicKey") DhPublicKey dhPublicKey,
    @JsonProperty("Nonce") String nonce) {
  /** The public key and its expiry. */
  public record DhPublicKey(
      @JsonProperty("expiry") String expiry,
      @JsonProperty("Parameters") String parameters,
      @JsonProperty("KeyValue") String keyValue) {}
}
