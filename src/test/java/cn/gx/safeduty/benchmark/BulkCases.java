package cn.gx.safeduty.benchmark;

import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many accountability cases made from a few real ones, in PostgreSQL. A template is a case SafeDuty
 * registered and the engine ran (to its end, or to a task it waits at); each copy repeats every row the
 * template left — SafeDuty's case, recommendation, decision, steps, measures and record entries, and
 * the engine's history, variables, byte arrays and, while open, its executions, tasks, identity links
 * and jobs — with fresh ids (the engine's ids end in a tag of the copy), its own case number, business key and
 * cadre (whose label and id the variables carry), and every time moved back by whole years.
 *
 * <p>Which of the engine's columns hold ids of the template's own rows is read off the templates: a
 * column is copied with the tag when all its values are ids the engine made and none is the id of
 * something instances share (a definition, deployment, resource or job definition); a column mixing
 * shared ids with others stops the load.
 */
final class BulkCases {

  /** A copied case is finished (numbered in one of 25 past years) or open (this year or last). */
  enum Kind {
    FINISHED, OPEN
  }

  /** How a row names its instance, best first: the runtime's executions leave the root empty. */
  private static final String[] LINKS = {"proc_inst_id_", "process_instance_id_", "root_proc_inst_id_"};
  /** Columns that name a byte array (a serialized value, an exception's stack trace). */
  private static final String BYTE_ARRAY_COLUMN = "(bytearray|byte_array|stack|details|content)_id_";
  /** Where the copies' case ids start: above the real cases a benchmark makes first, finished before open. */
  private static final long FINISHED_IDS = 100_000;
  private static final int LOADERS = 2;
  private static final int BATCH = 5_000;
  private static final long OPEN_IDS = 1_000_000;
  /** Where the copies' tags start: far from the node's own digits, which every real id ends in. */
  private static final int OPEN_TAGS = 0x10000000;
  private static final int FINISHED_TAGS = 0x20000000;
  /** An id the engine made: a UUID, or an activity instance's (the activity's id, a colon, a UUID). */
  private static final String ENGINE_ID = "^([A-Za-z0-9_:-]+:)?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";
  private static final List<String> VALUE_COLUMNS = List.of("text_", "text2_", "business_key_");

  private final JdbcClient jdbc;
  private final String numberPrefix;
  private final int thisYear;

  BulkCases(JdbcClient jdbc, String numberPrefix, int thisYear) {
    this.jdbc = jdbc;
    this.numberPrefix = numberPrefix;
    this.thisYear = thisYear;
  }

  /** Cadres {@code from}..{@code to}-1 of a kind, spread over the county-level and city jurisdictions. */
  void cadres(Kind kind, int from, int to) {
    String roles = java.util.Arrays.stream(CadreRole.values()).map(r -> "'" + r.name() + "'")
        .collect(Collectors.joining(", "));
    jdbc.sql("""
        INSERT INTO cadre (name, jurisdiction_code, role, post, status, created_at)
        SELECT :prefix || g, j.codes[1 + g %% array_length(j.codes, 1)], (ARRAY[%s])[1 + g %% %d], NULL, 'IN_OFFICE',
          now() - make_interval(days => g %% 3650)
        FROM generate_series(:from, :to - 1) g,
          (SELECT array_agg(code ORDER BY code) AS codes FROM jurisdiction WHERE level IN ('CITY', 'COUNTY')) j
        ORDER BY g""".formatted(roles, CadreRole.values().length))
        .param("prefix", cadrePrefix(kind)).param("from", from).param("to", to).update();
    jdbc.sql("""
        INSERT INTO cadre_role (cadre_id, role) SELECT k.id, k.role FROM cadre k
        WHERE k.name LIKE :prefix || '%' AND NOT EXISTS (SELECT 1 FROM cadre_role r WHERE r.cadre_id = k.id)""")
        .param("prefix", cadrePrefix(kind)).update();
  }

  /**
   * Copies {@code from}..{@code to}-1 of a kind, the n-th from template n modulo their number, for
   * cadre n / casesPerCadre of that kind (which {@link #cadres} made).
   */
  void copy(Kind kind, List<Template> templates, int from, int to, int casesPerCadre) {
    snapshot(templates);
    SAFEDUTY_ROWS.keySet().forEach(this::columns);
    Map<String, Map<String, String>> engineOverrides = new LinkedHashMap<>();
    engineTables().forEach(table -> engineOverrides.put(table, engineOverrides(table)));
    // PostgreSQL runs a statement on one core: batches side by side, each with its own copy table
    java.util.concurrent.BlockingQueue<String> copyTables = new java.util.concurrent.LinkedBlockingQueue<>();
    for (int i = 0; i < LOADERS; i++) {
      copyTables.add("bench_clone_" + i);
    }
    java.util.concurrent.ExecutorService loaders = java.util.concurrent.Executors.newFixedThreadPool(LOADERS);
    try {
      List<java.util.concurrent.Future<?>> batches = new ArrayList<>();
      for (int lo = from; lo < to; lo += BATCH) {
        int batchFrom = lo;
        int batchTo = Math.min(to, lo + BATCH);
        batches.add(loaders.submit(() -> {
          String copies = copyTables.take();
          try {
            copyBatch(kind, templates.size(), batchFrom, batchTo, casesPerCadre, copies, engineOverrides);
          } finally {
            copyTables.add(copies);
          }
          return null;
        }));
      }
      Jobs.awaitAll(batches, "a batch of copies failed");
    } finally {
      loaders.shutdownNow();
    }
    jdbc.sql("SELECT setval(pg_get_serial_sequence('accountability_case', 'id'), (SELECT MAX(id) FROM accountability_case))")
        .query(Long.class).single();
  }

  private void copyBatch(Kind kind, int templateCount, int from, int to, int casesPerCadre, String copies,
      Map<String, Map<String, String>> engineOverrides) {
    jdbc.sql("""
        CREATE TABLE IF NOT EXISTS %s (t_case_id BIGINT, t_pid VARCHAR(64), t_number VARCHAR(30),
          t_label VARCHAR(300), case_id BIGINT, number VARCHAR(30), label VARCHAR(300), cadre_id BIGINT,
          tag CHAR(8), shift INTERVAL)""".formatted(copies)).update();
    jdbc.sql("TRUNCATE " + copies).update();
    // case ids follow time as real ones do: the past years' finished cases before the open ones
    long firstCaseId = kind == Kind.FINISHED ? FINISHED_IDS : OPEN_IDS;
    jdbc.sql("""
        INSERT INTO %s (t_case_id, t_pid, t_number, t_label, case_id, number, label, cadre_id, tag, shift)
        SELECT t.case_id, t.pid, t.number, t.label, :first + g,
          :numberPrefix || '〔' || y.year || '〕' || lpad(y.seq::text, 4, '0'),
          k.name || '，' || j.name || '（' || r.chinese || '，' || :inOffice || '）',
          k.id, lpad(to_hex(:tagBase + g), 8, '0'), make_interval(years => :thisYear - y.year)
        FROM generate_series(:from, :to - 1) g
        JOIN bench_template t ON t.i = g %% :templates
        CROSS JOIN LATERAL (SELECT %s AS year, %s AS seq) y
        JOIN cadre k ON k.name = :cadrePrefix || (g / :perCadre)
        JOIN jurisdiction j ON j.code = k.jurisdiction_code
        JOIN (VALUES %s) r (role, chinese) ON r.role = k.role""".formatted(copies, yearOf(kind), seqOf(kind), roleNames()))
        .param("first", firstCaseId).param("from", from).param("to", to).param("numberPrefix", numberPrefix)
        .param("inOffice", CadreStatus.IN_OFFICE.chineseName()).param("tagBase", kind == Kind.OPEN ? OPEN_TAGS : FINISHED_TAGS)
        .param("thisYear", thisYear).param("templates", templateCount).param("cadrePrefix", cadrePrefix(kind))
        .param("perCadre", casesPerCadre).update();
    jdbc.sql("ANALYZE " + copies).update();
    SAFEDUTY_ROWS.forEach((table, overrides) -> copy(table, overrides, copies));
    engineOverrides.forEach((table, overrides) -> copy(table, overrides, copies));
    jdbc.sql("""
        INSERT INTO case_number_sequence (kind, case_year, last_used)
        SELECT :prefix, CAST(substring(number FROM '〔([0-9]+)〕') AS INT), MAX(CAST(right(number, 4) AS INT))
        FROM %s GROUP BY 2
        ON CONFLICT (kind, case_year) DO UPDATE SET last_used = GREATEST(case_number_sequence.last_used, EXCLUDED.last_used)"""
        .formatted(copies)).param("prefix", numberPrefix).update();
  }

  /**
   * Runs a bulk load with PostgreSQL set for one, as one would for a migration: no waiting for the
   * disk, checkpoints far apart; the settings return to the server's own afterwards, before anything
   * is measured.
   */
  void loading(Runnable load) {
    Map<String, String> settings = Map.of("fsync", "off", "synchronous_commit", "off", "full_page_writes", "off",
        "max_wal_size", "'16GB'", "checkpoint_timeout", "'1h'");
    settings.forEach((name, value) -> jdbc.sql("ALTER SYSTEM SET " + name + " = " + value).update());
    jdbc.sql("SELECT pg_reload_conf()").query(Boolean.class).single();
    try {
      load.run();
    } finally {
      settings.keySet().forEach(name -> jdbc.sql("ALTER SYSTEM RESET " + name).update());
      jdbc.sql("SELECT pg_reload_conf()").query(Boolean.class).single();
      jdbc.sql("CHECKPOINT").update();
    }
  }

  /** Vacuums and analyses, as autovacuum would have by the time a database had grown this big. */
  void analyse() {
    jdbc.sql("VACUUM ANALYZE").update();
  }

  /** The largest tables with their indexes, in MB. */
  Map<String, Long> largestTables(int count) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    jdbc.sql("""
        SELECT relname, pg_total_relation_size(oid) / (1024 * 1024) FROM pg_class
        WHERE relkind = 'r' AND relnamespace = current_schema()::regnamespace ORDER BY 2 DESC LIMIT ?""")
        .param(count).query((rs, n) -> sizes.put(rs.getString(1), rs.getLong(2))).list();
    return sizes;
  }

  /** What a case of the template left in the engine's tables, by table: the rows each copy repeats. */
  Map<String, Long> engineRowsPerCase(Template template) {
    snapshot(List.of(template));
    Map<String, Long> rows = new LinkedHashMap<>();
    for (String table : engineTables()) {
      long count = jdbc.sql("SELECT COUNT(*) FROM " + source(table)).query(Long.class).single();
      if (count > 0) {
        rows.put(table, count);
      }
    }
    return rows;
  }

  record Template(long caseId, String processInstanceId) {
  }

  private String yearOf(Kind kind) {
    return kind == Kind.FINISHED ? (thisYear - 1) + " - g % 25" : "CASE WHEN g % 2 = 0 THEN " + thisYear + " ELSE "
        + (thisYear - 1) + " END";
  }

  /** Finished: up to 4,000 a year for 100,000; open: after this year's real cases, and after last year's finished ones. */
  private static String seqOf(Kind kind) {
    return kind == Kind.FINISHED ? "g / 25 + 1" : "CASE WHEN g % 2 = 0 THEN 2000 ELSE 4100 END + g / 2";
  }

  /** The name of the n-th bulk cadre of a kind (no other benchmark names its cadres so; copies find them by it). */
  static String cadreName(Kind kind, int n) {
    return cadrePrefix(kind) + n;
  }

  private static String cadrePrefix(Kind kind) {
    return kind == Kind.OPEN ? "批量在办干部" : "批量干部";
  }

  private static String roleNames() {
    return java.util.Arrays.stream(CadreRole.values()).map(r -> "('" + r.name() + "', '" + r.chineseName() + "')")
        .collect(Collectors.joining(", "));
  }

  private List<Template> snapshotOf = List.of();
  /** Tables whose rows name their instance only through another row: a task, a byte array's owner. */
  private static final List<String> THROUGH_OTHERS = List.of("act_ru_identitylink", "act_ru_authorization",
      "act_ge_bytearray");

  /**
   * Copies the templates' rows of every table into a table of their own (bench_src_*, each row with the
   * template instance it belongs to), so that each batch of copies reads a few rows, not the whole
   * growing table.
   */
  private void snapshot(List<Template> templates) {
    if (templates.equals(snapshotOf)) {
      return;
    }
    jdbc.sql("CREATE TABLE IF NOT EXISTS bench_template (i INT, case_id BIGINT, pid VARCHAR(64), number VARCHAR(30), label VARCHAR(300))")
        .update();
    jdbc.sql("CREATE TABLE IF NOT EXISTS bench_local (id VARCHAR(64) PRIMARY KEY, t_pid VARCHAR(64))").update();
    jdbc.sql("CREATE TABLE IF NOT EXISTS bench_shared (id VARCHAR(64) PRIMARY KEY)").update();
    jdbc.sql("TRUNCATE bench_template, bench_local, bench_shared").update();
    // what every instance shares: definitions, deployments and their resources, job definitions
    jdbc.sql("""
        INSERT INTO bench_shared (id)
        SELECT id_ FROM act_re_procdef UNION SELECT id_ FROM act_re_deployment UNION SELECT id_ FROM act_re_decision_def
        UNION SELECT id_ FROM act_re_decision_req_def UNION SELECT id_ FROM act_re_case_def UNION SELECT id_ FROM act_ru_jobdef
        UNION SELECT id_ FROM act_ge_bytearray WHERE deployment_id_ IS NOT NULL""").update();
    for (int i = 0; i < templates.size(); i++) {
      jdbc.sql("""
          INSERT INTO bench_template (i, case_id, pid, number, label)
          SELECT ?, c.id, c.process_instance_id, c.case_number,
            (SELECT v.text_ FROM act_hi_varinst v WHERE v.proc_inst_id_ = c.process_instance_id AND v.name_ = 'cadreLabel')
          FROM accountability_case c WHERE c.id = ?""").params(i, templates.get(i).caseId()).update();
    }
    SAFEDUTY_ROWS.keySet().forEach(table -> snapshot(table, table + " t JOIN bench_template b ON "
        + SAFEDUTY_LINKS.get(table), "b.pid"));
    for (String table : engineTables()) {
      if (!THROUGH_OTHERS.contains(table)) {
        snapshot(table, table + " t JOIN bench_template b ON b.pid = t." + linkColumn(table), "b.pid");
        // the ids of the template's tasks (for their identity links) and of the byte arrays its rows name
        jdbc.sql("INSERT INTO bench_local (id, t_pid) SELECT id_, bench_pid FROM " + source(table)
            + " ON CONFLICT DO NOTHING").update();
        for (Column column : columns(table)) {
          if (column.name().matches(BYTE_ARRAY_COLUMN)) {
            jdbc.sql("INSERT INTO bench_local (id, t_pid) SELECT " + column.name() + ", bench_pid FROM " + source(table)
                + " WHERE " + column.name() + " IS NOT NULL ON CONFLICT DO NOTHING").update();
          }
        }
      }
    }
    snapshot("act_ru_identitylink", "act_ru_identitylink t JOIN bench_local b ON b.id = t.task_id_", "b.t_pid");
    // the engine's grants on the template's tasks (their candidate groups may work on them)
    snapshot("act_ru_authorization", "act_ru_authorization t JOIN bench_local b ON b.id = t.resource_id_", "b.t_pid");
    snapshot("act_ge_bytearray", "act_ge_bytearray t JOIN bench_local b ON b.id = t.id_", "b.t_pid");
    local.clear();
    snapshotOf = List.copyOf(templates);
  }

  /** The rows {@code joined} selects from the table (aliased t), each with its template instance {@code pid}. */
  private void snapshot(String table, String joined, String pid) {
    jdbc.sql("DROP TABLE IF EXISTS " + source(table)).update();
    jdbc.sql("CREATE TABLE " + source(table) + " AS SELECT t.*, " + pid + " AS bench_pid FROM " + joined).update();
  }

  /** The table of the templates' rows of a table. */
  private static String source(String table) {
    return "bench_src_" + table;
  }

  /** SafeDuty's rows of a case: the table, and what a copy changes beyond ids and times. */
  private static final Map<String, Map<String, String>> SAFEDUTY_ROWS = new LinkedHashMap<>();
  private static final Map<String, String> SAFEDUTY_LINKS = new LinkedHashMap<>();

  static {
    SAFEDUTY_ROWS.put("accountability_case", Map.of("id", "m.case_id", "case_number", "m.number", "cadre_id",
        "m.cadre_id", "process_instance_id", renamed("t.process_instance_id")));
    SAFEDUTY_LINKS.put("accountability_case", "t.id = b.case_id");
    for (String table : List.of("accountability_recommendation", "accountability_decision", "accountability_case_step",
        "accountability_measure")) {
      SAFEDUTY_ROWS.put(table, Map.of("case_id", "m.case_id", "replaces_id", "NULL"));
      SAFEDUTY_LINKS.put(table, "t.case_id = b.case_id");
    }
    for (String table : List.of("cadre_sanction", "cadre_restriction")) {
      SAFEDUTY_ROWS.put(table, Map.of("case_id", "m.number", "cadre_id", "m.cadre_id"));
      SAFEDUTY_LINKS.put(table, "t.case_id = b.number");
    }
  }

  /** How a copy's engine row differs from its template's: the template's own ids renamed, the case's values its own. */
  private Map<String, String> engineOverrides(String table) {
    Map<String, String> overrides = new LinkedHashMap<>();
    for (Column column : columns(table)) {
      String c = "t." + column.name();
      if (column.name().equals("id_") || isLocal(table, column)) {
        overrides.put(column.name(), renamed(c));
      } else if (VALUE_COLUMNS.contains(column.name())) {
        String caseIdText = columns(table).stream().anyMatch(k -> k.name().equals("name_")) && column.name().equals("text_")
            ? " WHEN t.name_ = 'caseId' AND " + c + " IS NOT NULL THEN CAST(m.case_id AS VARCHAR)" : "";
        overrides.put(column.name(), "CASE WHEN " + c + " = m.t_number THEN m.number WHEN " + c
            + " = m.t_label THEN m.label" + caseIdText + " ELSE " + c + " END");
      } else if (column.name().equals("long_") && columns(table).stream().anyMatch(k -> k.name().equals("name_"))) {
        overrides.put("long_", "CASE WHEN t.name_ = 'caseId' THEN m.case_id ELSE t.long_ END");
      }
    }
    return overrides;
  }

  /**
   * The copy's id for a template's engine id: its last eight hex digits (of the UUID's node, the same in
   * every id this machine's engine made) replaced by the copy's tag, so it stays as long as the original.
   */
  private static String renamed(String column) {
    return "left(" + column + ", length(" + column + ") - 8) || m.tag";
  }

  /** Copies the templates' rows of the table once for each copy in {@code copies}; ids generated unless overridden. */
  private void copy(String table, Map<String, String> overrides, String copies) {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (Column column : columns(table)) {
      String name = column.name();
      if (overrides.containsKey(name)) {
        values.add(overrides.get(name));
      } else if (column.identity()) {
        continue;
      } else if (column.type().startsWith("timestamp")) {
        values.add("t." + name + " - m.shift");
      } else if (column.type().equals("date")) {
        values.add("CAST(t." + name + " - m.shift AS DATE)");
      } else {
        values.add("t." + name);
      }
      names.add(name);
    }
    jdbc.sql("INSERT INTO " + table + " (" + String.join(", ", names) + ") SELECT " + String.join(", ", values)
        + " FROM " + source(table) + " t JOIN " + copies + " m ON m.t_pid = t.bench_pid").update();
  }

  private final Map<String, Boolean> local = new java.util.HashMap<>();

  private boolean isLocal(String table, Column column) {
    if (!column.type().startsWith("character") || column.name().equals("id_")) {
      return false;
    }
    return local.computeIfAbsent(table + "." + column.name(), key -> {
      String c = "t." + column.name();
      Map<String, Object> counts = jdbc.sql("SELECT COUNT(" + c + ") AS all_, COUNT(*) FILTER (WHERE " + c + " ~ '" + ENGINE_ID
          + "') AS ids_, COUNT(s.id) AS shared_ FROM " + source(table) + " t"
          + " LEFT JOIN bench_shared s ON s.id = " + c).query().singleRow();
      long all = ((Number) counts.get("all_")).longValue();
      long ids = ((Number) counts.get("ids_")).longValue();
      long shared = ((Number) counts.get("shared_")).longValue();
      if (shared > 0 && shared < all) {
        throw new IllegalStateException(key + " holds both the template's ids and shared ones");
      }
      return all > 0 && ids == all && shared == 0;
    });
  }

  private record Column(String name, String type, boolean identity) {
  }

  private final Map<String, List<Column>> columns = new java.util.HashMap<>();

  private List<Column> columns(String table) {
    return columns.computeIfAbsent(table, t -> jdbc.sql("""
        SELECT column_name, data_type, is_identity FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = ? ORDER BY ordinal_position""").param(t)
        .query((rs, n) -> new Column(rs.getString(1), rs.getString(2), "YES".equals(rs.getString(3)))).list());
  }

  private List<String> engineTables = null;

  /** The engine's tables whose rows belong to a process instance, parents before the rows that refer to them. */
  private List<String> engineTables() {
    if (engineTables == null) {
      List<String> first = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task");
      List<String> tables = new ArrayList<>(first);
      jdbc.sql("""
          SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()
            AND (table_name LIKE 'act\\_hi\\_%' OR table_name LIKE 'act\\_ru\\_%') ORDER BY table_name""")
          .query(String.class).list().stream()
          .filter(t -> !first.contains(t) && (linkColumn(t) != null || THROUGH_OTHERS.contains(t)))
          .forEach(tables::add);
      engineTables = tables;
    }
    return engineTables;
  }

  private String linkColumn(String table) {
    for (String link : LINKS) {
      if (columns(table).stream().anyMatch(c -> c.name().equals(link))) {
        return link;
      }
    }
    return null;
  }


}
