package dev.saakh.server.aa.crypto;

/** Placeholder until the crypto branch lands. */
public final class FiCryptoException extends Exception {
  private static final long serialVersionUID = 1L;

  public FiCryptoException(String message) {
    super(message);
  }
}
