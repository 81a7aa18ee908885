package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.SafeDutyGroup;
import cn.gx.safeduty.kernel.casework.CaseConcerns;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.DocumentIssuers;
import cn.gx.safeduty.registry.IssuedNumber;
import cn.gx.safeduty.registry.Organ;
import cn.gx.safeduty.registry.OrganKind;
import cn.gx.safeduty.registry.Posting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who issues a case's decision and under which number (Art 28): the organs of the level that manages the
 * post the case concerns, each department as the organ whose authority its measures are — discipline
 * inspection as the discipline inspection commission for Party discipline and as the supervision commission
 * for 政务处分 — emergency management, which leads the work, first; numbered from the lead organ's yearly
 * sequence when the decision is issued.
 */
@Component
class CaseIssuing {

  static final String DECISION = "accountability.decision";
  static final String NOT_PURSUED = "accountability.not-pursued";
  static final String NOT_HELD_ACCOUNTABLE = "accountability.not-held-accountable";
  static final String APPEAL_DECISION = "accountability.appeal-decision";

  private final CadreService cadres;
  private final DocumentIssuers issuers;
  private final java.time.Clock clock;

  CaseIssuing(CadreService cadres, DocumentIssuers issuers, java.time.Clock clock) {
    this.cadres = cadres;
    this.issuers = issuers;
    this.clock = clock;
  }

  /** The posting the case concerns, as the cadre held it. */
  Posting posting(AccountabilityCase c) {
    var concerned = c.concernsPostingId() == null ? java.util.Optional.<Posting>empty()
        : cadres.posting(c.cadreId(), c.concernsPostingId());
    return concerned.or(() -> cadres.postingConcerned(c.cadreId(), CaseConcerns.day(LocalDate.ofInstant(
            c.registeredAt(), clock.getZone()))))
        .orElseThrow(() -> new ConflictException("Case " + c.caseNumber() + " concerns no posting"));
  }

  String level(AccountabilityCase c) {
    return issuers.issuingJurisdiction(posting(c).jurisdictionCode());
  }

  /** The organ a department decides as, for the measures it decided. */
  Organ organ(String level, String group, Collection<Measure> measures) {
    return organs(level, group, measures).get(0);
  }

  /** The organs deciding these groups' measures, emergency management first, the others as they decided. */
  List<Organ> deciding(String level, List<String> groups, List<Measure> measures) {
    Set<Organ> organs = new LinkedHashSet<>();
    List<String> ordered = new ArrayList<>(groups.stream().distinct().toList());
    ordered.sort(java.util.Comparator.comparing(g -> !g.equals(SafeDutyGroup.EMERGENCY_MANAGEMENT.id())));
    for (String group : ordered) {
      organs.addAll(organs(level, group, measures.stream().filter(m -> m.decidingGroup().equals(group)).toList()));
    }
    return List.copyOf(organs);
  }

  private List<Organ> organs(String level, String group, Collection<Measure> measures) {
    SafeDutyGroup department = SafeDutyGroup.of(group);
    if (department != SafeDutyGroup.DISCIPLINE_INSPECTION) {
      return List.of(issuers.organ(level, OrganKind.of(department).get(0)));
    }
    boolean governmentSanction = measures.stream().anyMatch(m -> MeasureCategory.of(m.sanction(), m.disciplinaryKind())
        == MeasureCategory.GOVERNMENT_SANCTION);
    boolean party = measures.isEmpty() || measures.stream().anyMatch(m -> MeasureCategory.of(m.sanction(),
        m.disciplinaryKind()) != MeasureCategory.GOVERNMENT_SANCTION);
    List<Organ> organs = new ArrayList<>();
    if (party) {
      organs.add(issuers.organ(level, OrganKind.DISCIPLINE_COMMISSION));
    }
    if (governmentSanction) {
      organs.add(issuers.organ(level, OrganKind.SUPERVISION_COMMISSION));
    }
    return organs;
  }

  /** A document of the case issued by these organs on the day, numbered from the lead's sequence once. */
  IssuedNumber number(String document, AccountabilityCase c, List<Organ> organs, LocalDate on) {
    return issuers.numbers().issue(document, c.id(), organs.get(0), on, null, "noticeNumber");
  }

  /**
   * The organs answering one department's part of an appeal: emergency management and the organisation
   * department as themselves; discipline inspection as the commission for a 申诉 (复查) and as the supervision
   * commission for a 复审 request.
   */
  List<Organ> answering(String level, String group, CaseLifecycle.Contest contest) {
    if (!group.equals(SafeDutyGroup.DISCIPLINE_INSPECTION.id())) {
      return List.of(issuers.organ(level, OrganKind.of(SafeDutyGroup.of(group)).get(0)));
    }
    List<Organ> commissions = new ArrayList<>();
    if (contest.appealed) {
      commissions.add(issuers.organ(level, OrganKind.DISCIPLINE_COMMISSION));
    }
    if (contest.review) {
      commissions.add(issuers.organ(level, OrganKind.SUPERVISION_COMMISSION));
    }
    return commissions;
  }

  /** The organs answering the appeal, emergency management first: who issues the answer and numbers it. */
  List<Organ> answering(String level, CaseLifecycle.LatestAppeal appeal) {
    return appeal.answers().stream().flatMap(d -> answering(level, d.decidingGroup(), appeal.contest()).stream())
        .distinct().sorted(java.util.Comparator.comparing(o -> o.kind() != OrganKind.EMERGENCY_MANAGEMENT)).toList();
  }

  /** The measures as the decision issued them: decided in the first round, whatever an appeal did since. */
  static List<Measure> issued(List<Measure> measures) {
    return measures.stream().filter(m -> m.replacesId() == null && m.status() != Measure.Status.DECIDED).toList();
  }

  DocumentIssuers issuers() {
    return issuers;
  }
}
