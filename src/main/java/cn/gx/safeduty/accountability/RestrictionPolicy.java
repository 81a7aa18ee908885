package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.registry.Barred;
import cn.gx.safeduty.registry.RestrictionKind;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The restrictions a decided measure starts (BRIEF §6, the policy table in configuration): for
 * each term of the measure, what it bars and until when. On the configured one-vote-veto grounds
 * (20(3) always, 20(2) by default) the restriction is Art 22's one-vote veto and its first term bars
 * at least what Art 22 names; on the others it is the measure's influence period under Art 21.
 * Art 22 reaches anyone held to leadership responsibility for an accident whatever the measure, so
 * on 20(3) a measure that restricts nothing by itself (批评教育) still restricts for the 通报 period.
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
      case NOTICE -> noticeEnd(kind, ground, decidedOn).ifPresent(end -> config.measures()
          .getOrDefault(Sanction.NOTICE, List.of())
          .forEach(t -> terms.add(new RestrictionTerm(kind, article, t.bars(), decidedOn, end, measure))));
      case DISCIPLINARY_SANCTION -> {
        if (disciplinaryKind == null) {
          throw new IllegalArgumentException("A disciplinary sanction needs its kind");
        }
        String period = config.disciplinary().get(disciplinaryKind);
        if (period != null) {
          LocalDate end = PERMANENT.equalsIgnoreCase(period) ? null : decidedOn.plus(Period.parse(period));
          terms.add(new RestrictionTerm(kind, article, config.disciplinaryBars(), decidedOn, end, measure));
        }
      }
      default -> config.measures().getOrDefault(sanction, List.of()).forEach(t -> terms.add(
          new RestrictionTerm(kind, article, t.bars(), decidedOn, decidedOn.plus(t.period()), measure)));
    }
    if (terms.isEmpty() && ground == Ground.ACCIDENT_RESPONSIBILITY) {
      noticeEnd(kind, ground, decidedOn).ifPresent(end -> terms.add(
          new RestrictionTerm(kind, article, config.oneVoteVetoBars(), decidedOn, end, measure)));
    }
    if (veto && !terms.isEmpty()) {
      RestrictionTerm first = terms.get(0);
      terms.set(0, first.barring(Stream.concat(first.bars().stream(), config.oneVoteVetoBars().stream()).toList()));
    }
    terms.removeIf(t -> t.bars().isEmpty());
    return terms;
  }

  /**
   * With several measures or terms, the longest applies for each thing barred (BRIEF §6): each term
   * is kept barring only what no other term bars for longer (permanent longest; of equal ends, the
   * first), and a term left barring nothing is dropped.
   */
  public static List<RestrictionTerm> longest(List<RestrictionTerm> terms) {
    Map<Barred, RestrictionTerm> longestFor = new EnumMap<>(Barred.class);
    for (RestrictionTerm term : terms) {
      for (Barred barred : term.bars()) {
        longestFor.merge(barred, term, (kept, next) -> next.endsAfter(kept) ? next : kept);
      }
    }
    Map<RestrictionTerm, List<Barred>> won = new LinkedHashMap<>();
    for (RestrictionTerm term : terms) {
      longestFor.forEach((barred, winner) -> {
        if (winner == term) {
          won.computeIfAbsent(term, t -> new ArrayList<>()).add(barred);
        }
      });
    }
    return won.entrySet().stream().map(e -> e.getKey().barring(e.getValue())).toList();
  }

  /**
   * The 通报 period's end: the end of the decision's calendar year; when it is Art 22's veto on
   * 20(3), at least {@code accidentVetoNoticeMinimum} after the decision.
   */
  private Optional<LocalDate> noticeEnd(RestrictionKind kind, Ground ground, LocalDate decidedOn) {
    if (!config.noticeUntilYearEnd()) {
      return Optional.empty();
    }
    LocalDate end = LocalDate.of(decidedOn.getYear() + 1, 1, 1);
    Period minimum = config.accidentVetoNoticeMinimum();
    if (kind == RestrictionKind.ONE_VOTE_VETO && ground == Ground.ACCIDENT_RESPONSIBILITY && minimum != null
        && decidedOn.plus(minimum).isAfter(end)) {
      end = decidedOn.plus(minimum);
    }
    return Optional.of(end);
  }
}
