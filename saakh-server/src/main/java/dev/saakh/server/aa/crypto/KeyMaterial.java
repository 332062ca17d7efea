package dev.saakh.server.aa.crypto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** ReBIT KeyMaterial: the sender's ECDH public key and nonce, JSON names as the specification. */
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
