package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty lists of Art 5(3) and 6(3), recorded per jurisdiction and year, and which of them a
 * jurisdiction lacks for a year (what a tour finds missing). Lists are kept for the Party committees
 * and governments at county level and above.
 */
@Service
public class DutyListService {

  static final Set<JurisdictionLevel> LEVELS = Set.of(JurisdictionLevel.REGION, JurisdictionLevel.CITY,
      JurisdictionLevel.COUNTY);

  private final JdbcClient jdbc;
  private final JurisdictionService jurisdictions;
  private final Clock clock;

  public DutyListService(JdbcClient jdbc, JurisdictionService jurisdictions, Clock clock) {
    this.jdbc = jdbc;
    this.jurisdictions = jurisdictions;
    this.clock = clock;
  }

  @Transactional
  public DutyList record(NewDutyList list, String recordedBy) {
    Jurisdiction jurisdiction = jurisdictions.find(list.jurisdictionCode())
        .orElseThrow(() -> new InvalidFieldsException("jurisdictionCode", "names no jurisdiction"));
    if (!LEVELS.contains(jurisdiction.level())) {
      throw new InvalidFieldsException("jurisdictionCode", "keeps no duty lists (county level and above only)");
    }
    if (list.issuedOn().getYear() > list.year()) {
      throw new InvalidFieldsException("issuedOn", "is after the year the list is for");
    }
    if (!of(list.jurisdictionCode(), list.year(), list.kind()).isEmpty()) {
      throw new ConflictException("The " + list.kind() + " list of " + list.jurisdictionCode() + " for " + list.year()
          + " is already recorded");
    }
    jdbc.sql("""
        INSERT INTO duty_list (jurisdiction_code, list_year, kind, title, document_ref, issued_on, recorded_by, recorded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(list.jurisdictionCode(), list.year(), list.kind().name(), list.title().trim(), list.documentRef().trim(),
            Date.valueOf(list.issuedOn()), recordedBy, Timestamp.from(clock.instant()))
        .update();
    return of(list.jurisdictionCode(), list.year(), list.kind()).get(0);
  }

  public List<DutyList> of(String jurisdiction, Integer year, DutyList.Kind kind) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    Map<String, Object> params = new HashMap<>();
    if (jurisdiction != null) {
      where.append(" AND jurisdiction_code = :jurisdiction");
      params.put("jurisdiction", jurisdiction);
    }
    if (year != null) {
      where.append(" AND list_year = :year");
      params.put("year", year);
    }
    if (kind != null) {
      where.append(" AND kind = :kind");
      params.put("kind", kind.name());
    }
    return jdbc.sql("SELECT * FROM duty_list" + where + " ORDER BY list_year, jurisdiction_code, kind").params(params)
        .query((rs, n) -> new DutyList(rs.getLong("id"), rs.getString("jurisdiction_code"), rs.getInt("list_year"),
            DutyList.Kind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("document_ref"),
            rs.getDate("issued_on").toLocalDate(), rs.getString("recorded_by"),
            rs.getTimestamp("recorded_at").toInstant()))
        .list();
  }

  /** The lists a jurisdiction at county level or above has not recorded for the year. */
  public List<DutyList.Kind> missing(String jurisdiction, int year) {
    Jurisdiction j = jurisdictions.find(jurisdiction)
        .orElseThrow(() -> new InvalidFieldsException("jurisdiction", "names no jurisdiction"));
    if (!LEVELS.contains(j.level())) {
      return List.of();
    }
    Set<DutyList.Kind> recorded = of(jurisdiction, year, null).stream().map(DutyList::kind).collect(Collectors.toSet());
    return Arrays.stream(DutyList.Kind.values()).filter(k -> !recorded.contains(k)).toList();
  }
}
