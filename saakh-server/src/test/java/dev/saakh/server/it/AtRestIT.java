package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * FI data at rest: after the demo seeds, no stored body of a data table is readable without the key
 * (each is {@code enc:v1:…}, none shows a customer id or a narration), while the API still serves
 * the records.
 */
class AtRestIT extends ServerIT {
  @Autowired JdbcTemplate jdbc;

  @Test
  void everyStoredBodyIsSealedAndTheApiStillServesIt() {
    for (String table :
        List.of(
            "raw_record", "clean_record", "quarantine_record", "clean_log", "analysis_report")) {
      List<String> bodies = jdbc.queryForList("SELECT body FROM " + table, String.class);
      assertThat(bodies).as(table).isNotEmpty();
      assertThat(bodies)
          .as(table)
          .allSatisfy(
              b ->
                  assertThat(b)
                      .startsWith("enc:v1:")
                      .doesNotContain("CUST_")
                      .doesNotContain("UPI")
                      .doesNotContain("narration"));
    }
    long served =
        get(UNDERWRITER, "/api/v1/customers/CUST_MSM_00001/data/transactions?type=clean&limit=3")
            .json()
            .path("total")
            .asLong();
    assertThat(served).isPositive();
  }
}
