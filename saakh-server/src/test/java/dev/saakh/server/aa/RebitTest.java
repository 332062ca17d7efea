package dev.saakh.server.aa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RebitTest {
  private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  private static final String TXN = "4a4adbbe-29ae-11e8-a8d7-0289437bf331";

  @Test
  void timestampsInTheSpecsOffsetFormsAreRead() {
    assertThat(Rebit.instant("2026-12-03T15:30:00.000+05:30", "t", null)).isEqualTo(NOW);
    assertThat(Rebit.instant("2026-12-03T15:30:00+0530", "t", null)).isEqualTo(NOW);
    assertThat(Rebit.instant("2026-12-03T10:00:00.000Z", "t", null)).isEqualTo(NOW);
    assertThatThrownBy(() -> Rebit.instant("2026-12-03T10:00:00", "t", null))
        .isInstanceOf(RebitException.class)
        .hasMessageContaining(
            "t '2026-12-03T10:00:00' is not an ISO 8601 date-time with an offset");
    assertThat(Rebit.now(CLOCK)).isEqualTo("2026-12-03T10:00:00.000Z");
  }

  @Test
  void versionTimestampAndTxnidAreCheckedWithTheSpecsCodes() {
    Rebit.check("2.0.0", "2026-12-03T10:04:59.000Z", TXN, CLOCK);
    assertThatThrownBy(() -> Rebit.check("1.1.2", "2026-12-03T10:00:00.000Z", TXN, CLOCK))
        .isInstanceOfSatisfying(
            RebitException.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.errorCode()).isEqualTo("NoSuchVersion");
              assertThat(e.txnid()).isEqualTo(TXN);
            });
    assertThatThrownBy(() -> Rebit.check("2.0.0", "2026-12-03T10:15:00.000Z", TXN, CLOCK))
        .isInstanceOfSatisfying(
            RebitException.class,
            e -> {
              assertThat(e.errorCode()).isEqualTo("InvalidRequest");
              assertThat(e.getMessage()).contains("15 min from this server's clock");
            });
    assertThatThrownBy(() -> Rebit.check("2.0.0", "2026-12-03T10:00:00.000Z", "abc", CLOCK))
        .hasMessageContaining("txnid 'abc' is not a UUID");
  }

  @Test
  void unreadableJsonIsInvalidRequestNotAMappingError() {
    assertThatThrownBy(
            () ->
                RebitJson.read(
                    "{".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    Messages.ConsentNotification.class,
                    "the notification"))
        .isInstanceOfSatisfying(
            RebitException.class, e -> assertThat(e.errorCode()).isEqualTo("InvalidRequest"))
        .hasMessageStartingWith("the notification is not valid");
  }
}
