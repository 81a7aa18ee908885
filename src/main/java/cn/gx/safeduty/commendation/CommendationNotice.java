package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.document.DocumentRenderer;
import cn.gx.safeduty.kernel.document.RenderedDocument;
import cn.gx.safeduty.registry.DocumentIssuers;
import cn.gx.safeduty.registry.IssuedNumber;
import cn.gx.safeduty.registry.Organ;
import cn.gx.safeduty.registry.OrganKind;
import cn.gx.safeduty.registry.Posting;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commendation decision (表彰决定, Art 17, 18) as an official document of the Party committee and
 * government that decided it ({@link AwardIssuing}), naming the post as the nominee held it on the day.
 */
@Component
public class CommendationNotice {

  private final CommendationService nominations;
  private final AwardIssuing issuing;
  private final DocumentIssuers issuers;
  private final DocumentRenderer documents;

  public CommendationNotice(CommendationService nominations, AwardIssuing issuing, DocumentIssuers issuers,
      DocumentRenderer documents) {
    this.nominations = nominations;
    this.issuing = issuing;
    this.issuers = issuers;
    this.documents = documents;
  }

  @Transactional
  public RenderedDocument render(long id) {
    Commendation n = nominations.view(id);
    if (n.status() != CommendationStatus.AWARDED) {
      throw new ConflictException("Nomination " + n.nominationNumber() + " has not been awarded");
    }
    LocalDate on = n.decision().decidedOn();
    Posting held = issuing.held(n.cadreId(), on);
    List<Organ> organs = issuing.deciding(held);
    IssuedNumber number = issuing.number(n);
    String award = nominations.awardName(n.decision().award());
    Map<String, Object> data = new HashMap<>();
    data.put("nominee", n.cadreName());
    data.put("post", issuers.postAsHeld(held));
    data.put("award", award);
    data.put("citation", cn.gx.safeduty.kernel.Sentences.closed(n.citation()));
    data.put("basis", n.basis() == Basis.ASSESSMENT
        ? "根据" + n.year() + "年度安全生产履职考核结果和" + Articles.REGULATION + Articles.chinese(n.basis().article()) + "规定"
        : "根据" + Articles.REGULATION + Articles.chinese(n.basis().article()) + "规定");
    data.put("deciders", organs.get(0).name() + "、" + organs.get(1).name());
    data.put("noticed", n.noticeFrom() != null);
    String level = organs.get(0).jurisdictionCode();
    var frame = issuers.frame(organs, number, issuers.partyAndGovernment(held.jurisdictionCode()), on, List.of(),
        List.of(issuers.organ(level, OrganKind.ORGANIZATION_DEPARTMENT).name(),
            issuers.organ(level, OrganKind.EMERGENCY_MANAGEMENT).name()));
    return new RenderedDocument(number.text() + " 表彰决定.pdf", documents.pdf("commendation-notice", frame, data));
  }
}
