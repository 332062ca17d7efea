package dev.saakh.server;

import dev.saakh.server.audit.AuditVerifier;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code saakh serve}: the lending server; {@code saakh audit verify}: a check of the audit chain
 * in the configured database, without starting the web server.
 */
@SpringBootApplication
public class SaakhServer {
  /** Exit code of {@code audit verify} when the chain is broken. */
  public static final int CHAIN_BROKEN = 5;

  public static void main(String[] args) {
    if (args.length >= 2 && args[0].equals("audit") && args[1].equals("verify")) {
      System.exit(verifyAudit(Arrays.copyOfRange(args, 2, args.length)));
    }
    if (args.length >= 1 && args[0].equals("audit")) {
      System.err.println("saakh audit: the only subcommand is 'verify'");
      System.exit(2);
    }
    String[] rest =
        args.length >= 1 && args[0].equals("serve")
            ? Arrays.copyOfRange(args, 1, args.length)
            : args;
    SpringApplication.run(SaakhServer.class, rest);
  }

  /** Verifies the audit chain of the configured database; 0 intact, 5 broken, 1 unreadable. */
  public static int verifyAudit(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (ConfigurableApplicationContext ctx =
        new SpringApplicationBuilder(AuditCommand.class)
            .web(WebApplicationType.NONE)
            .profiles("audit-cli")
            .properties(
                "spring.main.banner-mode=off",
                "spring.main.log-startup-info=false",
                "logging.level.root=ERROR",
                "logging.level.dev.saakh=ERROR")
            .run(args)) {
      AuditVerifier.Report r = ctx.getBean(AuditVerifier.class).verify();
      if (r.intact()) {
        out.println("audit chain intact: " + r.rows() + " rows, last hash " + r.lastHash());
        return 0;
      }
      out.println("audit chain BROKEN at row " + r.firstBadSeq() + ": " + r.problem());
      return CHAIN_BROKEN;
    } catch (RuntimeException e) {
      System.err.println("saakh audit verify: " + rootMessage(e));
      return 1;
    }
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
