package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.registry.RestrictionKind;
import cn.gx.safeduty.registry.RestrictionScope;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The restrictions a decided sanction starts (BRIEF §6, periods from configuration). On the
 * configured one-vote-veto grounds (20(3) always, 20(2) by default) the restriction is Art 22's
 * one-vote veto; on the others it is the sanction's influence period under Art 21. Art 22 bars
 * anyone held to leadership responsibility for an accident whatever the measure, so on 20(3) a
 * measure that restricts nothing by itself (批评教育) still restricts for the 通报 period.
 */
public class RestrictionPolicy {

  static final String PERMANENT = "permanent";

  private final AccountabilityPolicy.Restrictions config;

  public RestrictionPolicy(AccountabilityPolicy.Restrictions config) {
    this.config = config;
  }

  public List<RestrictionTerm> terms(Sanction sanction, DisciplinaryKind disciplinaryKind, Ground ground,
      LocalDate decidedOn) {
    boolean veto = config.oneVoteVetoGrounds().contains(ground);
    RestrictionKind kind = veto ? RestrictionKind.ONE_VOTE_VETO : RestrictionKind.SANCTION_PERIOD;
    String article = veto ? "22" : "21";
    String measure = sanction.named(sanction == Sanction.DISCIPLINARY_SANCTION ? disciplinaryKind : null);
    List<RestrictionTerm> terms = new ArrayList<>();
    switch (sanction) {
      case NOTICE -> noticePeriod(kind, article, decidedOn, ground, measure).ifPresent(terms::add);
      case DISCIPLINARY_SANCTION -> {
        if (disciplinaryKind == null) {
          throw new IllegalArgumentException("A disciplinary sanction needs its kind");
        }
        String period = config.disciplinary().get(disciplinaryKind);
        if (period != null) {
          LocalDate end = PERMANENT.equalsIgnoreCase(period) ? null : decidedOn.plus(Period.parse(period));
          terms.add(new RestrictionTerm(kind, article, RestrictionScope.ALL, decidedOn, end, measure));
        }
      }
      default -> {
        Period any = config.periods().get(sanction);
        if (any != null) {
          terms.add(new RestrictionTerm(kind, article, RestrictionScope.ALL, decidedOn, decidedOn.plus(any), measure));
        }
        Period higher = config.higherPostPeriods().get(sanction);
        if (higher != null && (any == null || decidedOn.plus(higher).isAfter(decidedOn.plus(any)))) {
          terms.add(new RestrictionTerm(kind, article, RestrictionScope.HIGHER_POST, decidedOn, decidedOn.plus(higher),
              measure));
        }
      }
    }
    if (terms.isEmpty() && ground == Ground.ACCIDENT_RESPONSIBILITY) {
      noticePeriod(kind, article, decidedOn, ground, measure).ifPresent(terms::add);
    }
    return terms;
  }

  /**
   * With several measures, the longest restriction applies (BRIEF §4): for each scope the term
   * that ends last (permanent longest); a higher-post term only where it outlasts the general one.
   */
  public static List<RestrictionTerm> longest(List<RestrictionTerm> terms) {
    Map<RestrictionScope, RestrictionTerm> byScope = new EnumMap<>(RestrictionScope.class);
    for (RestrictionTerm term : terms) {
      byScope.merge(term.scope(), term, (a, b) -> endsLater(b, a) ? b : a);
    }
    RestrictionTerm all = byScope.get(RestrictionScope.ALL);
    RestrictionTerm higher = byScope.get(RestrictionScope.HIGHER_POST);
    if (all != null && higher != null && !endsLater(higher, all)) {
      byScope.remove(RestrictionScope.HIGHER_POST);
    }
    return List.copyOf(byScope.values());
  }

  private static boolean endsLater(RestrictionTerm a, RestrictionTerm b) {
    return a.endsOn() == null ? b.endsOn() != null : b.endsOn() != null && a.endsOn().isAfter(b.endsOn());
  }

  /**
   * The 通报 period: from the decision to the end of its calendar year; when it is Art 22's veto on
   * 20(3), at least {@code accidentVetoNoticeMinimum}.
   */
  private Optional<RestrictionTerm> noticePeriod(RestrictionKind kind, String article, LocalDate decidedOn,
      Ground ground, String measure) {
    if (!config.noticeUntilYearEnd()) {
      return Optional.empty();
    }
    LocalDate end = LocalDate.of(decidedOn.getYear() + 1, 1, 1);
    Period minimum = config.accidentVetoNoticeMinimum();
    if (kind == RestrictionKind.ONE_VOTE_VETO && ground == Ground.ACCIDENT_RESPONSIBILITY && minimum != null
        && decidedOn.plus(minimum).isAfter(end)) {
      end = decidedOn.plus(minimum);
    }
    return Optional.of(new RestrictionTerm(kind, article, RestrictionScope.ALL, decidedOn, end, measure));
  }
}
