package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.document.RenderedDocument;
import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.document.DocumentRenderer;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.Jurisdiction;
import cn.gx.safeduty.registry.JurisdictionService;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The commendation decision (表彰决定) in the name of the nominee's upper-level Party committee and government, as PDF. */
@Component
public class CommendationNotice {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private final CommendationService nominations;
  private final CadreService cadres;
  private final JurisdictionService jurisdictions;
  private final DocumentRenderer documents;

  public CommendationNotice(CommendationService nominations, CadreService cadres, JurisdictionService jurisdictions,
      DocumentRenderer documents) {
    this.nominations = nominations;
    this.cadres = cadres;
    this.jurisdictions = jurisdictions;
    this.documents = documents;
  }

  @Transactional(readOnly = true)
  public RenderedDocument render(long id) {
    Commendation n = nominations.view(id);
    if (n.status() != CommendationStatus.AWARDED) {
      throw new ConflictException("Nomination " + n.nominationNumber() + " has not been awarded");
    }
    Cadre cadre = cadres.get(n.cadreId());
    Jurisdiction own = jurisdictions.find(cadre.jurisdictionCode()).orElseThrow();
    Jurisdiction upper = own.parentCode() == null ? own : jurisdictions.find(own.parentCode()).orElseThrow();
    Map<String, Object> data = new HashMap<>();
    data.put("organs", List.of("中共" + upper.name() + "委员会", upper.name() + "人民政府"));
    data.put("decisionRef", n.decision().ref());
    data.put("nominee", cadre.name());
    data.put("post", jurisdictions.fullName(cadre.jurisdictionCode()) + cadre.post());
    data.put("basis", "依据" + Articles.chinese(n.basis().article()) + "，" + n.basis().chineseName());
    data.put("award", nominations.awardName(n.decision().award()));
    data.put("citation", n.citation());
    data.put("nominationNumber", n.nominationNumber());
    data.put("noticed", n.noticeFrom() != null);
    data.put("date", DATE.format(n.decision().decidedOn()));
    return new RenderedDocument(n.decision().ref() + " 表彰决定.pdf", documents.pdf("commendation-notice", data));
  }
}
