package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ChineseDates;
import cn.gx.safeduty.kernel.ListQuery;
import cn.gx.safeduty.kernel.Page;
import cn.gx.safeduty.kernel.export.SheetWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of restrictions in force (Art 21, 22): who is restricted on a day, in which
 * jurisdiction, what it bars, until when, from which measure and case — as a list and as an export.
 */
@Service
public class RestrictionRegister {

  /** One restriction in force, with its cadre as they serve now. */
  public record Entry(long cadreId, String cadreName, String jurisdictionCode, String jurisdictionName, String post,
      RestrictionKind kind, String article, List<Barred> bars, LocalDate startsOn, LocalDate endsOn, String measure,
      String caseId) {
  }

  static final List<String> HEADERS = List.of("干部", "所在地区", "职务", "限制种类", "依据", "限制内容", "起始日期",
      "截止日期", "问责措施", "案件编号");

  private static final String FROM = """
      FROM cadre_restriction r JOIN cadre c ON c.id = r.cadre_id JOIN jurisdiction j ON j.code = c.jurisdiction_code""";
  private static final String COLUMNS = """
      r.cadre_id, c.name AS cadre_name, c.jurisdiction_code, j.name AS jurisdiction_name, c.post, r.kind, r.article,
        r.bars, r.starts_on, r.ends_on, r.measure, r.case_id""";

  private final JdbcClient jdbc;
  private final JurisdictionService jurisdictions;
  private final Clock clock;

  public RestrictionRegister(JdbcClient jdbc, JurisdictionService jurisdictions, Clock clock) {
    this.jdbc = jdbc;
    this.jurisdictions = jurisdictions;
    this.clock = clock;
  }

  /** What selects the register: where (the cadres serving there now), in force on which day, which kind. */
  public record Filter(Set<String> jurisdictionCodes, LocalDate activeOn, RestrictionKind kind) {
  }

  /** The filter; a jurisdiction that names none is refused before anything is read. */
  public Filter filter(String jurisdiction, boolean includeSubdivisions, LocalDate activeOn, RestrictionKind kind) {
    return new Filter(jurisdictions.scope(jurisdiction, includeSubdivisions),
        activeOn != null ? activeOn : LocalDate.now(clock), kind);
  }

  @Transactional(readOnly = true)
  public Page<Entry> list(Filter filter, int page, int size) {
    ListQuery query = query(filter);
    return Page.of(query.page(jdbc, COLUMNS, "r.ends_on, r.id", page, size, RestrictionRegister::entry), page, size,
        query.count(jdbc));
  }

  /** The register as an XLSX workbook, written to {@code out} as it is read. */
  @Transactional(readOnly = true)
  public void export(Filter filter, OutputStream out) throws IOException {
    try (SheetWriter sheet = new SheetWriter(out, "影响期登记", HEADERS, clock.getZone())) {
      query(filter).forEach(jdbc, COLUMNS, "r.ends_on, r.id", RestrictionRegister::entry, e -> sheet.row(
          e.cadreName(), e.jurisdictionName(), e.post(), e.kind().chineseName(),
          cn.gx.safeduty.kernel.Articles.chinese(e.article()), Barred.sentence(e.bars()), e.startsOn(),
          ChineseDates.lastDayBefore(e.endsOn()), e.measure(), e.caseId()));
    }
  }

  private static ListQuery query(Filter filter) {
    return ListQuery.from(FROM)
        .whereIn("c.jurisdiction_code", "jurisdictions", filter.jurisdictionCodes())
        .where("""
            r.starts_on <= :on AND (r.ends_on IS NULL OR r.ends_on > :on)
              AND (r.lifted_on IS NULL OR r.lifted_on > :on)""", Map.of("on", Date.valueOf(filter.activeOn())))
        .where("r.kind = :kind", "kind", filter.kind());
  }

  private static Entry entry(ResultSet rs, int n) throws SQLException {
    return new Entry(rs.getLong("cadre_id"), rs.getString("cadre_name"), rs.getString("jurisdiction_code"),
        rs.getString("jurisdiction_name"), rs.getString("post"), RestrictionKind.valueOf(rs.getString("kind")),
        rs.getString("article"), Barred.parse(rs.getString("bars")), rs.getDate("starts_on").toLocalDate(),
        rs.getDate("ends_on") != null ? rs.getDate("ends_on").toLocalDate() : null, rs.getString("measure"),
        rs.getString("case_id"));
  }
}
