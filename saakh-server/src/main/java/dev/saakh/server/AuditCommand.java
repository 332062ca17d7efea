package dev.saakh.server;

import dev.saakh.server.audit.AuditVerifier;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The whole context of {@code saakh audit verify}: the configured database (same settings, same
 * precedence as the server) and the verifier; nothing else starts, nothing is migrated.
 *
 * <p>Deliberately a top-level class with no stereotype: as a member class of {@link SaakhServer}
 * its {@code @Bean} methods were picked up by the server too and replaced the connection pool with
 * one connection per query (found by the load benchmark: 36 reads/s).
 */
class AuditCommand {
  @Bean
  DataSource dataSource(Environment env) {
    String url = env.getRequiredProperty("spring.datasource.url");
    if (url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains("IFEXISTS")) {
      url += ";IFEXISTS=TRUE"; // a check never creates the database it checks
    }
    return new DriverManagerDataSource(
        url,
        env.getProperty("spring.datasource.username", ""),
        env.getProperty("spring.datasource.password", ""));
  }

  @Bean
  AuditVerifier verifier(DataSource dataSource) {
    return new AuditVerifier(new JdbcTemplate(dataSource));
  }
}
