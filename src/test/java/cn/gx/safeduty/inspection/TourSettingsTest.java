package cn.gx.safeduty.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The tour and supervision settings name their due periods under {@code due}; a key of the earlier
 * layout ({@code inspect-due}) in an operator's file stops the start, naming it, instead of being ignored.
 */
class TourSettingsTest {

  final ApplicationContextRunner context = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
      .withUserConfiguration(InspectionConfig.class)
      .withPropertyValues("safeduty.inspection.plan-approval=true", "safeduty.inspection.due.inspect=20WD",
          "safeduty.supervision.rectification-period=20WD", "safeduty.supervision.reminder-working-days=3",
          "safeduty.supervision.reorders=1", "safeduty.supervision.due.urge=3WD");

  @Test
  void theDuePeriodsBindByName() {
    context.run(started -> {
      assertThat(started).hasNotFailed();
      assertThat(started.getBean(TourPolicy.class).periods()).containsEntry("inspect", "20WD");
      assertThat(started.getBean(SupervisionPolicy.class).periods()).containsEntry("urge", "3WD");
    });
  }

  @Test
  void aKeyOfTheEarlierLayoutStopsTheStart() {
    context.withPropertyValues("safeduty.inspection.inspect-due=10WD")
        .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("inspect-due"));
    context.withPropertyValues("safeduty.supervision.urge-due=5WD")
        .run(started -> assertThat(started).hasFailed().getFailure().hasStackTraceContaining("urge-due"));
  }
}
