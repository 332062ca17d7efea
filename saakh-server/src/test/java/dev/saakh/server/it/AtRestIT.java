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
      for (String b : bodies) {
        assertThat(b).as(table).matches("enc:v1:demo1:[A-Za-z0-9+/=]+");
        // base64 text may hold any short word by chance; the sealed bytes hold none of the plain
        String sealed =
            new String(
                java.util.Base64.getDecoder().decode(b.substring("enc:v1:demo1:".length())),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(sealed).as(table).doesNotContain("CUST_").doesNotContain("narration");
      }
    }
    long served =
        get(UNDERWRITER, "/api/v1/customers/CUST_MSM_00001/data/transactions?type=clean&limit=3")
            .json()
            .path("total")
            .asLong();
    assertThat(served).isPositive();
  }
}
