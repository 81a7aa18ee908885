package cn.gx.safeduty.kernel.dashboard;

import java.util.List;
import java.util.Optional;

/**
 * What a procedure shows on the supervisors' dashboard in Cockpit (read-only, Chinese): its sections
 * for a year, and the detail of one of its records whose process has ended (Cockpit CE shows no
 * history). The web layer gathers every source; no procedure knows another.
 */
public interface DashboardSource {

  /** This source's sections for the year. */
  List<Section> sections(int year);

  /** The record of this kind and number (案件编号, 事故编号…), when this source holds that kind. */
  default Optional<RecordDetail> record(String kind, String ref) {
    return Optional.empty();
  }

  /**
   * One table of the dashboard: its key, its title, the columns (key → Chinese heading) and rows.
   * Each row may name the record it opens ({@link #opens}): {@code _kind}, {@code _ref} (its number) and
   * {@code _processInstanceId}; the web layer adds {@code _running}.
   */
  record Section(String key, String title, List<Column> columns, List<java.util.Map<String, Object>> rows) {
  }

  record Column(String key, String title) {

    /** Columns from pairs: key, title, key, title… */
    public static List<Column> of(String... keysAndTitles) {
      List<Column> columns = new java.util.ArrayList<>();
      for (int i = 0; i < keysAndTitles.length; i += 2) {
        columns.add(new Column(keysAndTitles[i], keysAndTitles[i + 1]));
      }
      return columns;
    }
  }

  /** A row from pairs: key, value, key, value… (null values kept as blanks). */
  static java.util.Map<String, Object> row(Object... keysAndValues) {
    java.util.Map<String, Object> row = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  /** The row opening the record of this kind and number, whose process is {@code processInstanceId}. */
  static java.util.Map<String, Object> opens(java.util.Map<String, Object> row, String kind, String ref,
      String processInstanceId) {
    row.put("_kind", kind);
    row.put("_ref", ref);
    row.put("_processInstanceId", processInstanceId);
    return row;
  }

  /**
   * A record as the dashboard's detail view shows it: a title and labelled lines, in Chinese, and its
   * process instance (Cockpit opens it while it runs).
   */
  record RecordDetail(String title, List<Line> lines, String processInstanceId) {
  }

  record Line(String label, String value) {
  }
}
