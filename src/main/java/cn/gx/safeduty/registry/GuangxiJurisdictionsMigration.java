package cn.gx.safeduty.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped jurisdictions (the autonomous region, its 14 cities and every county-level
 * division, GB/T 2260, from {@code registry/guangxi-jurisdictions.csv}) once, as schema version 2.
 * Parents precede children in the file.
 */
@Component
public class GuangxiJurisdictionsMigration implements JavaMigration {

  static final String DATA = "registry/guangxi-jurisdictions.csv";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("2");
  }

  @Override
  public String getDescription() {
    return "load Guangxi jurisdictions (GB/T 2260)";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws IOException, java.sql.SQLException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = new InputStreamReader(new ClassPathResource(DATA).getInputStream(), StandardCharsets.UTF_8);
         PreparedStatement insert = context.getConnection().prepareStatement(
             "INSERT INTO jurisdiction (code, name, level, parent_code) VALUES (?, ?, ?, ?)")) {
      for (CSVRecord row : format.parse(reader)) {
        insert.setString(1, row.get("code"));
        insert.setString(2, row.get("name"));
        insert.setString(3, JurisdictionLevel.valueOf(row.get("level")).name());
        String parent = row.get("parent_code");
        insert.setString(4, parent.isEmpty() ? null : parent);
        insert.executeUpdate();
      }
    }
  }
}
