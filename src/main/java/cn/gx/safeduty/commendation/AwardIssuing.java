package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.casework.CaseConcerns;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.DocumentIssuers;
import cn.gx.safeduty.registry.IssuedNumber;
import cn.gx.safeduty.registry.Organ;
import cn.gx.safeduty.registry.OrganKind;
import cn.gx.safeduty.registry.Posting;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Who decides an award and under which number: the Party committee and government of the level that
 * manages the post the nominee held on the day of the decision, numbered from the Party committee's yearly
 * sequence, or under the number its clerk recorded once checked against that sequence.
 */
@Component
class AwardIssuing {

  static final String DOCUMENT = "commendation.decision";

  private final CadreService cadres;
  private final DocumentIssuers issuers;

  AwardIssuing(CadreService cadres, DocumentIssuers issuers) {
    this.cadres = cadres;
    this.issuers = issuers;
  }

  Posting held(long cadreId, LocalDate on) {
    return cadres.postingConcerned(cadreId, CaseConcerns.day(on))
        .orElseThrow(() -> new ConflictException("Cadre " + cadreId + " has no posting"));
  }

  /** The managing level's Party committee (the lead) and government. */
  List<Organ> deciding(Posting held) {
    String level = issuers.issuingJurisdiction(held.jurisdictionCode());
    return List.of(issuers.organ(level, OrganKind.PARTY_COMMITTEE), issuers.organ(level, OrganKind.GOVERNMENT));
  }

  /** What is wrong with the number a clerk typed for the decision, as a problem of the form's field. */
  List<FieldProblem> refProblems(long cadreId, String ref, LocalDate on) {
    return ref == null || on == null ? List.of()
        : issuers.numbers().problems("decisionRef", ref, deciding(held(cadreId, on)).get(0), on);
  }

  IssuedNumber number(Commendation n) {
    LocalDate on = n.decision().decidedOn();
    return issuers.numbers().issue(DOCUMENT, n.id(), deciding(held(n.cadreId(), on)).get(0), on, n.decision().ref(),
        "decisionRef");
  }
}
