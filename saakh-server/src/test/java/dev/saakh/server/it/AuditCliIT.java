package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.server.SaakhServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** {@code saakh audit verify} checks the same database the running server writes. */
class AuditCliIT extends ServerIT {
  @Value("${saakh.db.url}")
  String url;

  @Value("${saakh.db.user}")
  String user;

  @Value("${saakh.db.password}")
  String password;

  @Test
  void theCommandFindsTheChainIntactWhileTheServerRuns() {
    get(UNDERWRITER, "/api/v1/customers/CUST_MSM_00001/score");
    List<String> args = new ArrayList<>();
    args.add("--saakh.db.url=" + url);
    args.add("--saakh.db.user=" + user);
    args.add("--saakh.db.password=" + password);
    assertThat(SaakhServer.verifyAudit(args.toArray(String[]::new))).isZero();
  }

  @Test
  void anUnreachableDatabaseIsExitOneNotAStackTrace() {
    assertThat(
            SaakhServer.verifyAudit(
                new String[] {
                  "--saakh.db.url=jdbc:postgresql://127.0.0.1:1/none", "--saakh.db.user=x"
                }))
        .isEqualTo(1);
  }
}
