package dev.saakh.server.aa;

import dev.saakh.server.aa.crypto.FiCryptoException;
import dev.saakh.server.aa.crypto.RsaKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The RSA keys messages are signed with: this FIU's key pair ({@code saakh.aa.fiu-key}, a PKCS#8
 * PEM file, and its public half beside it as {@code .pub}), and the AA's public key ({@code
 * saakh.aa.aa-public-key}, X.509 PEM). With {@code saakh.aa.generate-keys=true} (the demo) missing
 * files are created on first start, owner-readable only, so the built-in simulator and the FIU can
 * trust each other; in production the files must exist and a missing one stops the start-up.
 */
@Component
public class AaKeys {
  private final KeyPair fiu;
  private final RSAPublicKey aa;

  public AaKeys(
      @Value("${saakh.aa.fiu-key}") Path fiuKey,
      @Value("${saakh.aa.aa-public-key}") Path aaPublicKey,
      @Value("${saakh.aa.generate-keys:false}") boolean generate) {
    this.fiu = pair(fiuKey, generate);
    this.aa = publicKey(aaPublicKey, generate);
  }

  /** Signs what the FIU sends. */
  public RSAPrivateKey fiuPrivate() {
    return (RSAPrivateKey) fiu.getPrivate();
  }

  /** Given to the AA (and the simulator) to check what the FIU sends. */
  public RSAPublicKey fiuPublic() {
    return (RSAPublicKey) fiu.getPublic();
  }

  /** Checks what the AA sends: responses, notifications and the signed consent. */
  public RSAPublicKey aaPublic() {
    return aa;
  }

  /**
   * A key pair from {@code key} (private, PKCS#8 PEM) and {@code key + ".pub"}, created when both
   * are missing and {@code generate} is set.
   */
  public static KeyPair pair(Path key, boolean generate) {
    Path pub = key.resolveSibling(key.getFileName() + ".pub");
    try {
      if (generate && !Files.exists(key) && !Files.exists(pub)) {
        KeyPair made = RsaKeys.generate();
        write(key, RsaKeys.pem(made.getPrivate()));
        write(pub, RsaKeys.pem(made.getPublic()));
        return made;
      }
      return new KeyPair(
          RsaKeys.publicKey(read(pub, "the public half of " + key)),
          RsaKeys.privateKey(read(key, "the private key")));
    } catch (FiCryptoException e) {
      throw new IllegalStateException(key + ": " + e.getMessage(), e);
    }
  }

  private static RSAPublicKey publicKey(Path file, boolean generate) {
    try {
      if (generate && !Files.exists(file)) {
        // The demo's AA is the built-in simulator: its key pair is made here, next to this file.
        String name = file.getFileName().toString();
        Path key =
            file.resolveSibling(
                name.endsWith(".pub") ? name.substring(0, name.length() - 4) : name + ".key");
        return (RSAPublicKey) pair(key, true).getPublic();
      }
      return RsaKeys.publicKey(read(file, "the AA's public key"));
    } catch (FiCryptoException e) {
      throw new IllegalStateException(file + ": " + e.getMessage(), e);
    }
  }

  private static String read(Path file, String what) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          what
              + " ("
              + file
              + ") does not exist; configure it (see the README, 'Account Aggregator')");
    }
    try {
      return Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new UncheckedIOException(file + " is unreadable", e);
    }
  }

  private static void write(Path file, String pem) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, pem, StandardCharsets.US_ASCII);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the directory's permissions are what protect it
      }
    } catch (IOException e) {
      throw new UncheckedIOException(file + " could not be written", e);
    }
  }
}
