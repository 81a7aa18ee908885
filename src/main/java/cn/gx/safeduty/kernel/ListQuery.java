package cn.gx.safeduty.kernel;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A list's filters, stated once for its count and its page: each condition applies only when its value
 * is given, on a column (never on a formatted value), with named parameters. {@code from} is the table
 * and its joins, as in {@code "FROM accident a"}; the API bounds a page's size ({@link Page#MAX_SIZE}).
 */
public final class ListQuery {

  private final String from;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> params = new HashMap<>();

  private ListQuery(String from) {
    this.from = from;
  }

  public static ListQuery from(String from) {
    return new ListQuery(from);
  }

  /** {@code condition} names {@code :param}; it applies when {@code value} is not null. */
  public ListQuery where(String condition, String param, Object value) {
    if (value != null) {
      conditions.add(condition);
      params.put(param, bound(value));
    }
    return this;
  }

  /** {@code column IN (:param)} when {@code values} is not null; an empty collection matches nothing. */
  public ListQuery whereIn(String column, String param, Collection<?> values) {
    if (values != null) {
      if (values.isEmpty()) {
        conditions.add("1 = 0");
      } else {
        conditions.add(column + " IN (:" + param + ")");
        params.put(param, values.stream().map(ListQuery::bound).toList());
      }
    }
    return this;
  }

  /** A condition that always applies, with its parameters. */
  public ListQuery where(String condition, Map<String, ?> values) {
    conditions.add(condition);
    values.forEach((name, value) -> params.put(name, bound(value)));
    return this;
  }

  public long count(JdbcClient jdbc) {
    return jdbc.sql("SELECT COUNT(*) " + from + where()).params(params).query(Long.class).single();
  }

  /** One page: {@code select} is the column list, {@code orderBy} a total order (ending with a key). */
  public <T> List<T> page(JdbcClient jdbc, String select, String orderBy, int page, int size, RowMapper<T> rows) {
    Map<String, Object> paged = new HashMap<>(params);
    paged.put("limit", size);
    paged.put("offset", (long) page * size);
    return jdbc.sql("SELECT " + select + " " + from + where() + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset")
        .params(paged).query(rows).list();
  }

  /** Every row, for an internal reader that needs the whole set (a year's evidence), never an API list. */
  public <T> List<T> all(JdbcClient jdbc, String select, String orderBy, RowMapper<T> rows) {
    return jdbc.sql("SELECT " + select + " " + from + where() + " ORDER BY " + orderBy).params(params).query(rows)
        .list();
  }

  /**
   * Every row, each handed to {@code each} as it is read and not kept: for an export streamed to its
   * reader. Call it inside a transaction, so that PostgreSQL reads with a cursor.
   */
  public <T> void forEach(JdbcClient jdbc, String select, String orderBy, RowMapper<T> rows,
      java.util.function.Consumer<T> each) {
    try (java.util.stream.Stream<T> stream = jdbc.sql("SELECT " + select + " " + from + where() + " ORDER BY " + orderBy)
        .params(params).query(rows).stream()) {
      stream.forEach(each);
    }
  }

  private String where() {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }

  private static Object bound(Object value) {
    if (value instanceof Enum<?> e) {
      return e.name();
    }
    if (value instanceof Instant i) {
      return Timestamp.from(i);
    }
    return value;
  }
}
