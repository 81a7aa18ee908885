package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.task.TaskRecordView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The nominee's safety record on the commendation's review and decision tasks, read for whoever opens them. */
@Component
class NomineeRecordView implements TaskRecordView {

  private final CommendationService nominations;

  NomineeRecordView(CommendationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public String processKey() {
    return CommendationService.PROCESS_KEY;
  }

  @Override
  public String field() {
    return "safetyRecord";
  }

  @Override
  public Optional<String> show(OpenedTask task) {
    return nominations.safetyRecordFor(task.processInstanceId(), task.user(), task.purpose());
  }
}
