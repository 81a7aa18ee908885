package cn.gx.safeduty.registry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class JurisdictionRepository {

  private final JdbcClient jdbc;

  public JurisdictionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<Jurisdiction> find(String code) {
    return jdbc.sql("SELECT code, name, level, parent_code FROM jurisdiction WHERE code = ?")
        .param(code).query(Jurisdiction.class).optional();
  }

  public List<Jurisdiction> list(JurisdictionLevel level, String parentCode) {
    StringBuilder sql = new StringBuilder("SELECT code, name, level, parent_code FROM jurisdiction WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (level != null) {
      sql.append(" AND level = :level");
      params.put("level", level.name());
    }
    if (parentCode != null) {
      sql.append(" AND parent_code = :parent");
      params.put("parent", parentCode);
    }
    sql.append(" ORDER BY code");
    return jdbc.sql(sql.toString()).params(params).query(Jurisdiction.class).list();
  }

  public void insert(Jurisdiction jurisdiction) {
    jdbc.sql("INSERT INTO jurisdiction (code, name, level, parent_code) VALUES (?, ?, ?, ?)")
        .params(jurisdiction.code(), jurisdiction.name(), jurisdiction.level().name(), jurisdiction.parentCode())
        .update();
  }

  /** The jurisdiction and those above it, nearest first. */
  public List<Jurisdiction> withAncestors(String code) {
    List<Jurisdiction> chain = new ArrayList<>();
    Optional<Jurisdiction> next = find(code);
    while (next.isPresent() && chain.size() < 10) {
      chain.add(next.get());
      next = next.get().parentCode() != null ? find(next.get().parentCode()) : Optional.empty();
    }
    return chain;
  }

  /** The code itself and every jurisdiction below it. */
  public Set<String> subtree(String code) {
    Map<String, List<String>> children = new HashMap<>();
    jdbc.sql("SELECT code, parent_code FROM jurisdiction WHERE parent_code IS NOT NULL")
        .query((rs, n) -> children.computeIfAbsent(rs.getString(2), p -> new ArrayList<>()).add(rs.getString(1)))
        .list();
    Set<String> codes = new LinkedHashSet<>();
    Deque<String> pending = new ArrayDeque<>(List.of(code));
    while (!pending.isEmpty()) {
      String next = pending.pop();
      if (codes.add(next)) {
        pending.addAll(children.getOrDefault(next, List.of()));
      }
    }
    return codes;
  }
}
