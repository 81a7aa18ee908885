package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.casework.CaseConcerns;
import cn.gx.safeduty.kernel.document.DocumentRenderer;
import cn.gx.safeduty.kernel.document.RenderedDocument;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.DocumentIssuers;
import cn.gx.safeduty.registry.IssuedNumber;
import cn.gx.safeduty.registry.JurisdictionService;
import cn.gx.safeduty.registry.Organ;
import cn.gx.safeduty.registry.OrganKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle's results once published (Art 16) as an official document of the assessing level's emergency
 * management with its organisation department: a 通报 to the assessed Party committees and governments, or a
 * 公告 to the public, by the mode chosen; each leader with the post held in the year, decided grades only.
 */
@Component
public class AssessmentBulletin {

  private final AssessmentCycleService cycles;
  private final ResultsIssuing issuing;
  private final DocumentIssuers issuers;
  private final CadreService cadres;
  private final JurisdictionService jurisdictions;
  private final DocumentRenderer documents;

  public AssessmentBulletin(AssessmentCycleService cycles, ResultsIssuing issuing, DocumentIssuers issuers,
      CadreService cadres, JurisdictionService jurisdictions, DocumentRenderer documents) {
    this.cycles = cycles;
    this.issuing = issuing;
    this.issuers = issuers;
    this.cadres = cadres;
    this.jurisdictions = jurisdictions;
    this.documents = documents;
  }

  @Transactional
  public RenderedDocument render(long cycleId) {
    AssessmentCycle cycle = cycles.view(cycleId);
    if (cycle.status() != CycleStatus.PUBLISHED) {
      throw new ConflictException("The results of " + cycle.cycleNumber() + " are not published yet");
    }
    AssessmentCycle.Publication publication = cycle.publication();
    List<Organ> organs = issuing.publishing(cycle.assessingCode());
    IssuedNumber number = issuing.number(cycleId, cycle.assessingCode(), publication.publishedOn(), publication.ref());
    boolean circulated = publication.mode() == PublicationMode.CIRCULATED;
    String kind = circulated ? "通报" : "公告";
    Map<String, Object> data = data(cycle, cycles.proposals(cycleId), organs);
    data.put("kind", kind);
    String assessing = cycle.assessingCode();
    List<String> addressees = circulated ? List.of(collective(cycle)) : List.of();
    List<String> copies = List.of(issuers.organ(assessing, OrganKind.PARTY_COMMITTEE).name(),
        issuers.organ(assessing, OrganKind.GOVERNMENT).name(),
        issuers.organ(assessing, OrganKind.DISCIPLINE_COMMISSION).name());
    var frame = issuers.frame(organs, number, addressees, publication.publishedOn(), List.of(), copies);
    return new RenderedDocument(number.text() + " 考核结果" + kind + ".pdf",
        documents.pdf("assessment-bulletin", frame, data));
  }

  /** The assessed Party committees and governments as a 通报 addresses them: 各县（市、区）党委和人民政府. */
  private String collective(AssessmentCycle cycle) {
    return cycle.targets().stream().findFirst()
        .flatMap(t -> jurisdictions.find(t.jurisdictionCode()))
        .map(j -> "各" + j.level().chineseName() + "党委和人民政府")
        .orElse("各被考核地区党委和人民政府");
  }

  Map<String, Object> data(AssessmentCycle cycle, List<AssessmentCycle.Proposal> proposals, List<Organ> organs) {
    Map<String, Object> data = new HashMap<>();
    int year = cycle.year();
    String assessing = cycle.assessingCode();
    data.put("year", year);
    data.put("regulation", Articles.REGULATION);
    data.put("organisers", issuers.organ(assessing, OrganKind.PARTY_COMMITTEE).name() + "、"
        + issuers.organ(assessing, OrganKind.GOVERNMENT).name());
    data.put("lead", organs.get(0).name());
    data.put("with", organs.get(1).name());
    data.put("count", cycle.targets().size());
    data.put("indicators", String.join("；", cycle.indicators().stream()
        .map(i -> i.name() + "占" + IndicatorRules.plain(i.weight()) + "%").toList()));
    List<Map<String, Object>> targets = new ArrayList<>();
    for (AssessmentCycle.Target t : cycle.targets()) {
      List<Map<String, Object>> rows = t.assessees().stream().filter(a -> a.grade() != null)
          .map(a -> row(a, t.jurisdictionCode(), year)).toList();
      if (rows.isEmpty()) {
        continue;
      }
      Map<String, Object> target = new LinkedHashMap<>();
      target.put("heading", "（" + Articles.numeral(targets.size() + 1) + "）" + t.jurisdictionName());
      target.put("rows", rows);
      targets.add(target);
    }
    data.put("targets", targets);
    long proposed = proposals.size();
    data.put("proposals", proposed == 0 ? null : "对考核成绩优秀、表现突出的" + proposed + "名领导干部，已依据"
        + Articles.REGULATION + "第十八条提请" + data.get("organisers") + "给予记功或者嘉奖，结果另行公布。");
    return data;
  }

  private Map<String, Object> row(AssessmentCycle.Assessee a, String jurisdictionCode, int year) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("name", a.name());
    row.put("post", a.team() ? "领导班子" : cadres.postingConcerned(a.cadreId(),
            new CaseConcerns(jurisdictionCode, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
        .map(issuers::postAsHeld).orElse(""));
    row.put("total", a.total() == null ? "—" : IndicatorRules.plain(a.total()));
    row.put("grade", a.grade().chineseName());
    row.put("note", a.caps().isEmpty() ? "" : String.join("；", a.caps().stream()
        .map(c -> "依据" + Articles.chinese(c.article()) + "不得评为优秀").toList()));
    return row;
  }
}
