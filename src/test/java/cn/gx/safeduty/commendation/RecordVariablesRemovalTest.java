package cn.gx.safeduty.commendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Records kept as engine variables before they were read on demand are gone after the migration, with their long texts. */
class RecordVariablesRemovalTest {

  @Test
  void removesTheRecordsFromRuntimeHistoryAndByteArraysAndNothingElse() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:record-variables;DB_CLOSE_DELAY=-1");
         Statement sql = db.createStatement()) {
      sql.execute("CREATE TABLE act_ge_bytearray (id_ VARCHAR(64) PRIMARY KEY)");
      for (String table : new String[] {"act_ru_variable", "act_hi_varinst", "act_hi_detail"}) {
        sql.execute("CREATE TABLE " + table + " (id_ VARCHAR(64), name_ VARCHAR(255), bytearray_id_ VARCHAR(64))");
        sql.execute("INSERT INTO " + table + " VALUES ('" + table + "1', 'compiledRecord', '" + table + "-long')");
        sql.execute("INSERT INTO " + table + " VALUES ('" + table + "2', 'safetyRecord', NULL)");
        sql.execute("INSERT INTO " + table + " VALUES ('" + table + "3', 'caseNumber', NULL)");
        sql.execute("INSERT INTO act_ge_bytearray VALUES ('" + table + "-long')");
      }
      sql.execute("INSERT INTO act_ge_bytearray VALUES ('a-form')");

      RecordVariablesRemoval.remove(db);

      for (String table : new String[] {"act_ru_variable", "act_hi_varinst", "act_hi_detail"}) {
        try (ResultSet left = sql.executeQuery("SELECT name_ FROM " + table)) {
          assertThat(left.next()).isTrue();
          assertThat(left.getString(1)).isEqualTo("caseNumber");
          assertThat(left.next()).as(table).isFalse();
        }
      }
      try (ResultSet left = sql.executeQuery("SELECT id_ FROM act_ge_bytearray")) {
        assertThat(left.next()).isTrue();
        assertThat(left.getString(1)).isEqualTo("a-form");
        assertThat(left.next()).isFalse();
      }
    }
  }

  @Test
  void aDatabaseWithoutTheEngineTablesIsLeftAlone() throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:h2:mem:no-engine;DB_CLOSE_DELAY=-1")) {
      RecordVariablesRemoval.remove(db);
    }
  }
}
