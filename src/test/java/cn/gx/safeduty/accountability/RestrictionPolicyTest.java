package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.registry.Barred;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The restriction periods as shipped in application.yaml (BRIEF §6 policy defaults). */
class RestrictionPolicyTest {

  static final LocalDate DECIDED = LocalDate.of(2026, 3, 15);

  static final RestrictionPolicy POLICY = shipped();

  static RestrictionPolicy shipped() {
    try {
      StandardEnvironment environment = new StandardEnvironment();
      new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
          .forEach(environment.getPropertySources()::addLast);
      AccountabilityPolicy policy = new Binder(ConfigurationPropertySources.get(environment))
          .bind("safeduty.accountability", AccountabilityPolicy.class).get();
      return new RestrictionPolicy(policy.restrictions());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<RestrictionTerm> terms(Sanction sanction, DisciplinaryKind kind, Ground ground) {
    return POLICY.terms(sanction, kind, ground, DECIDED);
  }

  @Test
  void accidentAndReportingGroundsStartTheOneVoteVeto() {
    for (Ground ground : Ground.values()) {
      RestrictionTerm term = terms(Sanction.ADMONISHMENT, null, ground).get(0);
      boolean veto = ground == Ground.ACCIDENT_RESPONSIBILITY || ground == Ground.REPORTING_FAILURE;
      assertThat(term.kind()).isEqualTo(veto ? cn.gx.safeduty.registry.RestrictionKind.ONE_VOTE_VETO : cn.gx.safeduty.registry.RestrictionKind.SANCTION_PERIOD);
      assertThat(term.article()).isEqualTo(veto ? "22" : "21");
    }
  }

  @Test
  void periodsBySanction() {
    assertThat(terms(Sanction.CRITICISM_EDUCATION, null, Ground.DUTY_FAILURE)).isEmpty();
    assertThat(terms(Sanction.NOTICE, null, Ground.DUTY_FAILURE)).singleElement()
        .satisfies(t -> assertThat(t.endsOn()).isEqualTo(LocalDate.of(2027, 1, 1)));
    assertThat(end(Sanction.ADMONISHMENT)).isEqualTo(DECIDED.plusMonths(6));
    assertThat(end(Sanction.SUSPENSION)).isEqualTo(DECIDED.plusMonths(6));
    assertThat(end(Sanction.REASSIGNMENT)).isEqualTo(DECIDED.plusMonths(12));
    assertThat(end(Sanction.DEMOTION)).isEqualTo(DECIDED.plusMonths(24));
    for (Sanction leavingThePost : List.of(Sanction.ORDERED_RESIGNATION, Sanction.REMOVAL)) {
      List<RestrictionTerm> terms = terms(leavingThePost, null, Ground.ACCIDENT_RESPONSIBILITY);
      assertThat(terms).extracting(RestrictionTerm::bars, RestrictionTerm::endsOn).containsExactly(
          org.assertj.core.groups.Tuple.tuple(List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.EQUIVALENT,
              Barred.IMPORTANT_APPOINTMENT, Barred.PROMOTION), DECIDED.plusMonths(12)),
          org.assertj.core.groups.Tuple.tuple(List.of(Barred.PROMOTION), DECIDED.plusMonths(24)));
    }
  }

  @Test
  void disciplinarySanctionsByKind() {
    assertThat(disciplinaryEnd(DisciplinaryKind.WARNING)).isEqualTo(DECIDED.plusMonths(6));
    assertThat(disciplinaryEnd(DisciplinaryKind.DEMERIT)).isEqualTo(DECIDED.plusMonths(12));
    assertThat(disciplinaryEnd(DisciplinaryKind.MAJOR_DEMERIT)).isEqualTo(DECIDED.plusMonths(18));
    assertThat(disciplinaryEnd(DisciplinaryKind.DEMOTION_IN_RANK)).isEqualTo(DECIDED.plusMonths(24));
    assertThat(disciplinaryEnd(DisciplinaryKind.DISMISSAL)).isEqualTo(DECIDED.plusMonths(24));
    assertThat(terms(Sanction.DISCIPLINARY_SANCTION, DisciplinaryKind.EXPULSION, Ground.OTHER)).singleElement()
        .satisfies(t -> assertThat(t.endsOn()).isNull());
    assertThatThrownBy(() -> terms(Sanction.DISCIPLINARY_SANCTION, null, Ground.OTHER))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Art 22: anyone held to leadership responsibility for an accident, whatever the measure. */
  @Test
  void anAccidentRestrictsEvenAtLevelZero() {
    assertThat(terms(Sanction.CRITICISM_EDUCATION, null, Ground.ACCIDENT_RESPONSIBILITY)).singleElement()
        .satisfies(t -> {
          assertThat(t.article()).isEqualTo("22");
          assertThat(t.kind()).isEqualTo(cn.gx.safeduty.registry.RestrictionKind.ONE_VOTE_VETO);
          assertThat(t.endsOn()).as("the 通报 period, at least 12 months as the veto on 20(3)")
              .isEqualTo(DECIDED.plusMonths(12));
        });
    assertThat(terms(Sanction.CRITICISM_EDUCATION, null, Ground.REPORTING_FAILURE)).isEmpty();
  }

  @Test
  void whichGroundsCarryTheVetoIsConfiguration() {
    AccountabilityPolicy.Restrictions config = new AccountabilityPolicy.Restrictions(true,
        Map.of(Sanction.ADMONISHMENT, List.of(new AccountabilityPolicy.Term(java.time.Period.ofMonths(6),
            List.of(Barred.PROMOTION)))), null, null, java.util.Set.of(), List.of(Barred.EXCELLENCE), null);
    RestrictionPolicy without = new RestrictionPolicy(config);
    assertThat(without.terms(Sanction.ADMONISHMENT, null, Ground.REPORTING_FAILURE, DECIDED).get(0).article())
        .as("20(2) off").isEqualTo("21");
    assertThat(without.terms(Sanction.ADMONISHMENT, null, Ground.ACCIDENT_RESPONSIBILITY, DECIDED).get(0).article())
        .as("20(3) always").isEqualTo("22");
  }

  @Test
  void aNoticeRunsToTheYearsEndAndAsTheVetoOnAnAccidentAtLeastTwelveMonths() {
    LocalDate december = LocalDate.of(2026, 12, 28);
    assertThat(POLICY.terms(Sanction.NOTICE, null, Ground.ACCIDENT_RESPONSIBILITY, december)).singleElement()
        .satisfies(t -> {
          assertThat(t.article()).isEqualTo("22");
          assertThat(t.endsOn()).as("not four days").isEqualTo(LocalDate.of(2027, 12, 28));
        });
    assertThat(POLICY.terms(Sanction.CRITICISM_EDUCATION, null, Ground.ACCIDENT_RESPONSIBILITY, december))
        .singleElement().satisfies(t -> assertThat(t.endsOn()).isEqualTo(LocalDate.of(2027, 12, 28)));
    assertThat(POLICY.terms(Sanction.NOTICE, null, Ground.REPORTING_FAILURE, december)).singleElement()
        .satisfies(t -> assertThat(t.endsOn()).as("the minimum is 20(3)'s").isEqualTo(LocalDate.of(2027, 1, 1)));
    assertThat(POLICY.terms(Sanction.NOTICE, null, Ground.DUTY_FAILURE, december)).singleElement()
        .satisfies(t -> assertThat(t.endsOn()).isEqualTo(LocalDate.of(2027, 1, 1)));
    assertThat(POLICY.terms(Sanction.NOTICE, null, Ground.ACCIDENT_RESPONSIBILITY, LocalDate.of(2026, 1, 5)))
        .singleElement().satisfies(t -> assertThat(t.endsOn()).as("twelve months from early January too")
            .isEqualTo(LocalDate.of(2027, 1, 5)));
  }

  @Test
  void partyDisciplineByKind() {
    assertThat(disciplinaryEnd(DisciplinaryKind.PARTY_WARNING)).isEqualTo(DECIDED.plusMonths(12));
    assertThat(disciplinaryEnd(DisciplinaryKind.PARTY_SERIOUS_WARNING)).isEqualTo(DECIDED.plusMonths(18));
    assertThat(disciplinaryEnd(DisciplinaryKind.PARTY_POST_REMOVAL)).isEqualTo(DECIDED.plusMonths(24));
    assertThat(disciplinaryEnd(DisciplinaryKind.PARTY_PROBATION_ONE_YEAR)).isEqualTo(DECIDED.plusMonths(36));
    assertThat(disciplinaryEnd(DisciplinaryKind.PARTY_PROBATION_TWO_YEARS)).isEqualTo(DECIDED.plusMonths(48));
    assertThat(disciplinaryEnd(DisciplinaryKind.PARTY_EXPULSION)).isNull();
    for (DisciplinaryKind kind : DisciplinaryKind.values()) {
      assertThat(terms(Sanction.DISCIPLINARY_SANCTION, kind, Ground.OTHER)).as(kind + " has a configured period")
          .isNotEmpty();
    }
  }

  /** BRIEF §6: what each measure bars by kind of appointment; Art 22's bars added on the veto's grounds. */
  @Test
  void eachMeasureBarsItsKindsOfAppointment() {
    assertThat(terms(Sanction.REASSIGNMENT, null, Ground.DUTY_FAILURE)).singleElement()
        .satisfies(t -> assertThat(t.bars()).containsExactly(Barred.EXCELLENCE, Barred.AWARDS, Barred.PROMOTION));
    assertThat(terms(Sanction.REASSIGNMENT, null, Ground.ACCIDENT_RESPONSIBILITY)).singleElement()
        .as("Art 22 bars 重用任职 too").satisfies(t -> assertThat(t.bars()).containsExactly(Barred.EXCELLENCE,
            Barred.AWARDS, Barred.IMPORTANT_APPOINTMENT, Barred.PROMOTION));
    assertThat(terms(Sanction.DEMOTION, null, Ground.OTHER)).singleElement()
        .satisfies(t -> assertThat(t.bars()).doesNotContain(Barred.EQUIVALENT, Barred.IMPORTANT_APPOINTMENT));
    assertThat(terms(Sanction.ADMONISHMENT, null, Ground.OTHER)).singleElement()
        .satisfies(t -> assertThat(t.bars()).doesNotContain(Barred.EQUIVALENT));
  }

  /** Several measures: for each thing barred the term that ends last; a term outlasted in everything is dropped. */
  @Test
  void theLongestAppliesForEachThingBarred() {
    List<RestrictionTerm> removal = terms(Sanction.REMOVAL, null, Ground.OTHER);
    List<RestrictionTerm> warning = terms(Sanction.DISCIPLINARY_SANCTION, DisciplinaryKind.PARTY_SERIOUS_WARNING,
        Ground.OTHER);
    List<RestrictionTerm> admonishment = terms(Sanction.ADMONISHMENT, null, Ground.OTHER);
    List<RestrictionTerm> all = new java.util.ArrayList<>(admonishment);
    all.addAll(removal);
    all.addAll(warning);
    assertThat(RestrictionPolicy.longest(all)).extracting(RestrictionTerm::measure, RestrictionTerm::bars,
        RestrictionTerm::endsOn).containsExactly(
        org.assertj.core.groups.Tuple.tuple("免职", List.of(Barred.EQUIVALENT), DECIDED.plusMonths(12)),
        org.assertj.core.groups.Tuple.tuple("免职", List.of(Barred.PROMOTION), DECIDED.plusMonths(24)),
        org.assertj.core.groups.Tuple.tuple("党纪处分：党内严重警告",
            List.of(Barred.EXCELLENCE, Barred.AWARDS, Barred.IMPORTANT_APPOINTMENT), DECIDED.plusMonths(18)));
  }

  static LocalDate end(Sanction sanction) {
    return terms(sanction, null, Ground.OBSTRUCTION).get(0).endsOn();
  }

  static LocalDate disciplinaryEnd(DisciplinaryKind kind) {
    return terms(Sanction.DISCIPLINARY_SANCTION, kind, Ground.OBSTRUCTION).get(0).endsOn();
  }
}
