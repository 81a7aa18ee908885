package cn.gx.safeduty.commendation;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Removes the cadre records that vettings and nominations kept as engine variables before they were
 * read for the person opening the task ({@code CompiledRecordView}, {@code NomineeRecordView}): from
 * the running instances, the history and the byte arrays of long texts, so no one can still list or
 * search them through the engine. Nothing to do on a database the engine has not created yet.
 */
@Component
public class RecordVariablesRemoval implements JavaMigration {

  static final List<String> NAMES = List.of("compiledRecord", "safetyRecord");
  private static final List<String> TABLES = List.of("act_ru_variable", "act_hi_varinst", "act_hi_detail");

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("25");
  }

  @Override
  public String getDescription() {
    return "remove cadre records kept as engine variables";
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
  public void migrate(Context context) throws SQLException {
    remove(context.getConnection());
  }

  static void remove(Connection connection) throws SQLException {
    List<String> byteArrays = new ArrayList<>();
    String names = "('" + String.join("', '", NAMES) + "')";
    for (String table : TABLES) {
      if (!exists(connection, table)) {
        continue;
      }
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT bytearray_id_ FROM " + table + " WHERE name_ IN " + names + " AND bytearray_id_ IS NOT NULL");
           ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          byteArrays.add(rows.getString(1));
        }
      }
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE name_ IN " + names)) {
        delete.executeUpdate();
      }
    }
    if (!byteArrays.isEmpty() && exists(connection, "act_ge_bytearray")) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM act_ge_bytearray WHERE id_ = ?")) {
        for (String id : byteArrays) {
          delete.setString(1, id);
          delete.executeUpdate();
        }
      }
    }
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    DatabaseMetaData metadata = connection.getMetaData();
    for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
      try (ResultSet tables = metadata.getTables(null, null, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
