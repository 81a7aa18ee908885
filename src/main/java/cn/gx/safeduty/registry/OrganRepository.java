package cn.gx.safeduty.registry;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganRepository {

  private static final String COLUMNS = "id, jurisdiction_code, kind, name, code, code_confirmed";

  private final JdbcClient jdbc;

  OrganRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Organ> find(long id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organ WHERE id = ?").param(id).query(Organ.class).optional();
  }

  Optional<Organ> find(String jurisdictionCode, OrganKind kind) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organ WHERE jurisdiction_code = ? AND kind = ?")
        .params(jurisdictionCode, kind.name()).query(Organ.class).optional();
  }

  Optional<Organ> findByCode(String code) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organ WHERE code = ?").param(code).query(Organ.class).optional();
  }

  Optional<Organ> findByName(String name, OrganKind kind) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM organ WHERE name = ? AND kind = ?").params(name, kind.name())
        .query(Organ.class).list().stream().findFirst();
  }

  List<Organ> list(java.util.Set<String> jurisdictionCodes, OrganKind kind, Boolean confirmed) {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM organ WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (jurisdictionCodes != null) {
      sql.append(" AND jurisdiction_code IN (:codes)");
      params.put("codes", jurisdictionCodes);
    }
    if (kind != null) {
      sql.append(" AND kind = :kind");
      params.put("kind", kind.name());
    }
    if (confirmed != null) {
      sql.append(" AND code_confirmed = :confirmed");
      params.put("confirmed", confirmed);
    }
    sql.append(" ORDER BY jurisdiction_code, id");
    return jdbc.sql(sql.toString()).params(params).query(Organ.class).list();
  }

  Organ insert(Organ organ, String by, Instant at) {
    var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
    jdbc.sql("INSERT INTO organ (jurisdiction_code, kind, name, code, code_confirmed, updated_by, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(organ.jurisdictionCode(), organ.kind().name(), organ.name(), organ.code(), organ.codeConfirmed(), by,
            Timestamp.from(at))
        .update(keys, "id");
    return organ.withId(keys.getKey().longValue());
  }

  void update(Organ organ, String by, Instant at) {
    jdbc.sql("UPDATE organ SET name = ?, code = ?, code_confirmed = ?, updated_by = ?, updated_at = ? WHERE id = ?")
        .params(organ.name(), organ.code(), organ.codeConfirmed(), by, Timestamp.from(at), organ.id()).update();
  }

  /** Locks an organ's row: its next document number is taken by one transaction at a time. */
  void lock(long id) {
    jdbc.sql("SELECT id FROM organ WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
  }
}
