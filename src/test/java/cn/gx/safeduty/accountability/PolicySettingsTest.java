package cn.gx.safeduty.accountability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The accountability settings are a validated record: a period that is not one, or none at all, stops the start. */
class PolicySettingsTest {

  final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(AccountabilityConfig.class)
      .withPropertyValues(
          "safeduty.accountability.notice.measures.ACCOUNTABILITY_NOTICE.basis=《中国共产党问责条例》第八条",
          "safeduty.accountability.notice.measures.ACCOUNTABILITY_NOTICE.remedy=APPEAL",
          "safeduty.accountability.notice.measures.ORGANISATIONAL.basis=《中国共产党问责条例》第八条",
          "safeduty.accountability.notice.measures.ORGANISATIONAL.remedy=APPEAL",
          "safeduty.accountability.notice.measures.PARTY_DISCIPLINE.basis=《中国共产党纪律处分条例》第八条",
          "safeduty.accountability.notice.measures.PARTY_DISCIPLINE.remedy=APPEAL",
          "safeduty.accountability.notice.measures.GOVERNMENT_SANCTION.basis=《中华人民共和国公职人员政务处分法》第七条",
          "safeduty.accountability.notice.measures.GOVERNMENT_SANCTION.remedy=REVIEW");

  @Test
  void aNoticeCitesEveryKindOfMeasure() {
    context.withPropertyValues("safeduty.accountability.appeal-window=P1M", "safeduty.accountability.due.review=10WD",
            "safeduty.accountability.restrictions.notice-until-year-end=true")
        .run(started -> assertThat(started.getBean(NoticePolicy.class).of(MeasureCategory.GOVERNMENT_SANCTION).remedy())
            .isEqualTo(MeasureCategory.Remedy.REVIEW));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
        .withUserConfiguration(AccountabilityConfig.class)
        .withPropertyValues("safeduty.accountability.appeal-window=P1M", "safeduty.accountability.due.review=10WD",
            "safeduty.accountability.restrictions.notice-until-year-end=true",
            "safeduty.accountability.notice.measures.ORGANISATIONAL.basis=《中国共产党问责条例》第八条",
            "safeduty.accountability.notice.measures.ORGANISATIONAL.remedy=APPEAL")
        .run(started -> assertThat(started).hasFailed().getFailure()
            .hasStackTraceContaining("safeduty.accountability.notice.measures.ACCOUNTABILITY_NOTICE"));
  }

  @Test
  void validSettingsBindAndNameTheirPeriods() {
    context.withPropertyValues("safeduty.accountability.appeal-window=P1M", "safeduty.accountability.due.review=10WD",
            "safeduty.accountability.restrictions.notice-until-year-end=true")
        .run(started -> {
          assertThat(started).hasNotFailed();
          AccountabilityPolicy policy = started.getBean(AccountabilityPolicy.class);
          assertThat(policy.periods()).containsEntry("review", "10WD").containsEntry("appeal-window", "P1M");
          assertThat(policy.restrictions().oneVoteVetoGrounds())
              .contains(cn.gx.safeduty.kernel.casework.Ground.ACCIDENT_RESPONSIBILITY);
          assertThat(policy.restrictions().noticeUntilYearEnd()).isTrue();
        });
  }

  @Test
  void aPeriodThatIsNotOneOrNoPeriodsStopTheStart() {
    context.withPropertyValues("safeduty.accountability.appeal-window=P1M", "safeduty.accountability.due.review=ten days")
        .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("due[review]"));
    context.withPropertyValues("safeduty.accountability.appeal-window=one month", "safeduty.accountability.due.review=10WD")
        .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("appealWindow"));
    context.withPropertyValues("safeduty.accountability.appeal-window=P1M")
        .run(started -> assertThat(started).hasFailed());
    // the 通报 period's policy (to the end of the year) is data of the settings, not a default in code
    context.withPropertyValues("safeduty.accountability.appeal-window=P1M", "safeduty.accountability.due.review=10WD")
        .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("restrictions"));
  }
}
