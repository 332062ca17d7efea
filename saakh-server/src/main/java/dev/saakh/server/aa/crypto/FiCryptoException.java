package dev.saakh.server.aa.crypto;

/** Cryptographic input that cannot be used: the message names what was wrong. */
public final class FiCryptoException extends Exception {
  private static final long serialVersionUID = 1L;

  public FiCryptoException(String message) {
    super(message);
  }
}
