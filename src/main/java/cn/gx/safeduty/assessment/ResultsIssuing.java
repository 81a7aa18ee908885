package cn.gx.safeduty.assessment;

import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.registry.DocumentIssuers;
import cn.gx.safeduty.registry.IssuedNumber;
import cn.gx.safeduty.registry.Organ;
import cn.gx.safeduty.registry.OrganKind;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who publishes or circulates a cycle's results (Art 16: 应急管理部门会同有关部门) and under which number: the
 * assessing level's emergency management, the lead, with its organisation department, numbered from emergency
 * management's yearly sequence or under the number its clerk recorded once checked against it.
 */
@Component
class ResultsIssuing {

  static final String DOCUMENT = "assessment.results";

  private final DocumentIssuers issuers;

  ResultsIssuing(DocumentIssuers issuers) {
    this.issuers = issuers;
  }

  List<Organ> publishing(String assessingCode) {
    return List.of(issuers.organ(assessingCode, OrganKind.EMERGENCY_MANAGEMENT),
        issuers.organ(assessingCode, OrganKind.ORGANIZATION_DEPARTMENT));
  }

  List<FieldProblem> refProblems(String assessingCode, String ref, LocalDate on) {
    return issuers.numbers().problems("publicationRef", ref, publishing(assessingCode).get(0), on);
  }

  IssuedNumber number(long cycleId, String assessingCode, LocalDate on, String ref) {
    return issuers.numbers().issue(DOCUMENT, cycleId, publishing(assessingCode).get(0), on, ref, "publicationRef");
  }
}
