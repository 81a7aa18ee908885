package cn.gx.safeduty.kernel.task;

import java.util.List;

/**
 * A procedure's user tasks of one process, each declared once ({@link Step}); every user task of the
 * model is declared and every declaration is a task of it ({@code StepDeclarationsTest}).
 */
public interface StepDeclarations {

  /** The id of the process whose user tasks these are. */
  String processKey();

  List<Step<?, ?>> steps();
}
