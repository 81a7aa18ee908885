package cn.gx.safeduty.kernel.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gx.safeduty.support.EmbeddedAppTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimeDuration;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every user task's due date and every timer of a model is set one way: a configured period through
 * {@code ${deadlines.due(execution, 'section.key')}}, whose name the settings declare, or a date the
 * procedure's record holds (an item's deadline, an investigation's due date), listed here by element.
 */
@EmbeddedAppTest
class DueDateExpressionsTest {

  static final Pattern PERIOD = Pattern.compile("\\$\\{deadlines\\.due\\(execution, '([a-z-]+\\.[a-z-]+)'\\)}");

  /** Dates from the records, by element: they are not periods, so nothing counts them again. */
  static final Map<String, String> RECORDED = Map.of(
      "Task_VerifyRectification", "${deadlineAt}",
      "TimerEventDefinition_DeadlineNear", "${reminderAt}",
      "TimerEventDefinition_DeadlinePassed", "${deadlineAt}",
      "TimerEventDefinition_InvestigationDue", "${investigationDue}",
      "TimerEventDefinition_LevelDue", "${accidentReporting.dueAt(accidentId, reportingLevel)}",
      "TimerEventDefinition_NoticeEnds", "${noticeEndsAt}");

  @Autowired
  Deadlines deadlines;

  @Test
  void everyDueDateAndTimerIsAConfiguredPeriodOrARecordedDate() throws IOException {
    List<String> seen = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    try (var files = Files.list(Path.of("processes"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
          check(file, task.getId(), task.getCamundaDueDate(), seen, wrong);
        }
        for (TimeDate date : model.getModelElementsByType(TimeDate.class)) {
          check(file, date.getParentElement().getAttributeValue("id"), date.getTextContent().trim(), seen, wrong);
        }
        for (TimeDuration duration : model.getModelElementsByType(TimeDuration.class)) {
          wrong.add(file + ": " + duration.getParentElement().getAttributeValue("id")
              + " counts a duration; a period goes through deadlines.due");
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(seen).as("every configured period is used by some model").containsAll(deadlines.names());
  }

  private void check(Path file, String element, String expression, List<String> seen, List<String> wrong) {
    Matcher period = PERIOD.matcher(expression == null ? "" : expression);
    if (period.matches()) {
      if (!deadlines.names().contains(period.group(1))) {
        wrong.add(file + ": " + element + " names " + period.group(1) + ", which no setting declares");
      }
      seen.add(period.group(1));
    } else if (!expression.equals(RECORDED.get(element))) {
      wrong.add(file + ": " + element + " sets its date by " + expression);
    }
  }
}
