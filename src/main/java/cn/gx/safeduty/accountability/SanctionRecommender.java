package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.Responsibility;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules engine of BRIEF §4, in its order: exemption (Art 25, marked beside a full
 * recommendation, so that a refused exemption goes on like any case) → baseline band (the DMN
 * table) → aggravation (Art 23, only with main responsibility) → mitigation (Art 24) → both
 * present: the top of the band, since Art 23 is mandatory (应当) and Art 24 discretionary (可以),
 * flagged for the reviewer, who may lower it within the band with reasons (Art 27) → departed
 * cadre (Art 26) → deciding group (Art 28). Each step appends the articles it applied. No engine,
 * no database.
 */
public class SanctionRecommender {

  private final BaselineTable baseline;

  public SanctionRecommender(BaselineTable baseline) {
    this.baseline = baseline;
  }

  public Recommendation recommend(CaseSubject subject) {
    CaseFacts facts = subject.facts();
    List<String> articles = new ArrayList<>();
    articles.add(subject.ground().article());

    boolean exempted = exempted(subject);
    if (exempted) {
      articles.add("25");
    }

    Band band = baseline.band(subject.ground(), subject.accidentGrade(), subject.responsibility());
    articles.add("21");

    boolean aggravated = aggravates(subject);
    if (aggravated) {
      articles.add("23");
    }
    Mitigation mitigation = facts.mitigation();
    if (mitigation != Mitigation.NONE) {
      articles.add("24");
    }
    boolean weighing = aggravated && mitigation != Mitigation.NONE;
    if (weighing) {
      articles.add("27");
    }
    int level = level(band, aggravated, mitigation);

    boolean departed = subject.departed();
    if (departed && facts.egregiousAndSerious()) {
      articles.add("26");
    }
    Sanction sanction = Sanction.ofLevel(level);
    articles.add("28");
    return new Recommendation(exempted, band.low(), band.high(), level, sanction, sanction.decidingGroup(), aggravated,
        mitigation, weighing, departed && !facts.egregiousAndSerious(), articles);
  }

  /** Art 25: only an accident within the cadre's duties (20(3)), and only when every duty was fully performed. */
  static boolean exempted(CaseSubject subject) {
    return subject.ground() == Ground.ACCIDENT_RESPONSIBILITY && subject.facts().fullyPerformedDuties();
  }

  /** Art 23: poor work that enlarged losses or caused serious social impact, with main leadership responsibility. */
  static boolean aggravates(CaseSubject subject) {
    return subject.facts().poorWorkAggravates() && subject.responsibility() == Responsibility.MAIN;
  }

  static int level(Band band, boolean aggravated, Mitigation mitigation) {
    if (aggravated) {
      return band.high();
    }
    return switch (mitigation) {
      case NONE -> band.middle();
      case LIGHTER -> band.low();
      case REDUCED -> Math.max(Sanction.LOWEST, band.low() - 1);
    };
  }
}
