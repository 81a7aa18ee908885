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

  CaseIssuing(CadreService cadres, DocumentIssuers issuers) {
    this.cadres = cadres;
    this.issuers = issuers;
  }

  /** The posting the case concerns, as the cadre held it. */
  Posting posting(AccountabilityCase c) {
    var concerned = c.concernsPostingId() == null ? java.util.Optional.<Posting>empty()
        : cadres.posting(c.cadreId(), c.concernsPostingId());
    return concerned.or(() -> cadres.postingConcerned(c.cadreId(), CaseConcerns.day(LocalDate.ofInstant(
            c.registeredAt(), java.time.ZoneId.of("Asia/Shanghai")))))
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
   * The organs that answered the latest appeal, each as the organ of the measures its answer concerned:
   * for discipline inspection the commission of the 处分 kept, changed to or revoked.
   */
  List<Organ> answering(String level, List<Decision> answers, List<Measure> measures) {
    List<Measure> concerned = new ArrayList<>();
    for (Decision d : answers) {
      if (d.sanction() != null) {
        concerned.add(Measure.decided(d.sanction(), d.disciplinaryKind(), d.decidingGroup(), d.decidedBy(),
            d.reasons(), d.decidedAt()));
      } else {
        measures.stream().filter(m -> m.decidingGroup().equals(d.decidingGroup())
            && m.status() == Measure.Status.REVOKED).forEach(concerned::add);
      }
    }
    return deciding(level, answers.stream().map(Decision::decidingGroup).toList(), concerned);
  }

  /** The measures as the decision issued them: decided in the first round, whatever an appeal did since. */
  static List<Measure> issued(List<Measure> measures) {
    return measures.stream().filter(m -> m.replacesId() == null && m.status() != Measure.Status.DECIDED).toList();
  }

  DocumentIssuers issuers() {
    return issuers;
  }
}
