package dev.saakh.server.config;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Logs, at start, which database the server runs on: vendor, version and URL (no password). */
@Component
@Order(0)
public class StartupReport implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);
  private static final Pattern SECRET = Pattern.compile("(?i)(password|passwd|pwd)=[^&;]*");
  private final DataSource dataSource;

  public StartupReport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void run(ApplicationArguments args) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData m = c.getMetaData();
      LOG.info(
          "database: {} {} at {} as user {}",
          m.getDatabaseProductName(),
          m.getDatabaseProductVersion(),
          withoutSecrets(m.getURL()),
          m.getUserName());
    }
  }

  /** A JDBC URL with any password parameter blanked. */
  public static String withoutSecrets(String url) {
    return url == null ? null : SECRET.matcher(url).replaceAll("$1=***");
  }
}
