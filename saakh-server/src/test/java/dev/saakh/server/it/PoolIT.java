package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The server runs on a connection pool (a stray DataSource bean once replaced it). */
class PoolIT extends ServerIT {
  @Autowired DataSource dataSource;

  @Test
  void theServerUsesTheHikariPool() {
    assertThat(dataSource.getClass().getName()).isEqualTo("com.zaxxer.hikari.HikariDataSource");
  }
}
