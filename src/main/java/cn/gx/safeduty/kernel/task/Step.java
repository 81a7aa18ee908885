package cn.gx.safeduty.kernel.task;

import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * One user task declared once, beside its model: the task (its id, candidate group, form and due
 * period stay in the BPMN), how its record is found from the instance, the form fields it reads and
 * the typed value they give, its check before the engine takes a completion and its record inside it.
 * The guard finds the record and parses the fields once and hands the same two to check and record.
 *
 * @param <R> what the step works on: the record of the instance, read once per completion
 * @param <V> the typed value of the fields the step reads
 */
public final class Step<R, V> {

  /** Refuses what the step does not accept, with {@link StepRefusedException}. */
  @FunctionalInterface
  public interface Check<R, V> {
    void check(R record, V value, TaskStep step);
  }

  /** Writes the accepted step down: SafeDuty's tables, and the variables the process routes on. */
  @FunctionalInterface
  public interface Recorder<R, V> {
    void record(R record, V value, TaskStep step, DelegateTask task);
  }

  private final String taskKey;
  private final Set<String> fields;
  private final BiFunction<TaskStep, VariableScope, R> recordOf;
  private final BiFunction<R, FormFields, V> parse;
  private final Check<R, V> check;
  private final Recorder<R, V> recorder;

  private Step(String taskKey, Set<String> fields, BiFunction<TaskStep, VariableScope, R> recordOf,
      BiFunction<R, FormFields, V> parse, Check<R, V> check, Recorder<R, V> recorder) {
    this.taskKey = taskKey;
    this.fields = fields;
    this.recordOf = recordOf;
    this.parse = parse;
    this.check = check;
    this.recorder = recorder;
  }

  /** Starts the declaration of the task with this BPMN id. */
  public static Task task(String taskKey) {
    return new Task(taskKey);
  }

  public String taskKey() {
    return taskKey;
  }

  /** The form fields the step reads; reading any other is a programming error. */
  public Set<String> fields() {
    return fields;
  }

  /** Finds the record, parses the fields once and checks them: what the completion carries to its record. */
  Accepted accept(TaskStep step, VariableScope task, FormFields submitted) {
    R record = recordOf.apply(step, task);
    V value = parse.apply(record, submitted.readingOnly(fields));
    check.check(record, value, step);
    return new Accepted(step, record, value);
  }

  /** The completion the guard accepted, with the record and value it read. */
  public final class Accepted {
    private final TaskStep step;
    private final R record;
    private final V value;

    private Accepted(TaskStep step, R record, V value) {
      this.step = step;
      this.record = record;
      this.value = value;
    }

    public TaskStep step() {
      return step;
    }

    void record(DelegateTask task) {
      recorder.record(record, value, step, task);
    }
  }

  /** A task whose record is not yet said. */
  public static final class Task {
    private final String taskKey;

    private Task(String taskKey) {
      this.taskKey = taskKey;
    }

    /** How the step's record is found from the completion (its instance), once. */
    public <R> OnRecord<R> of(Function<TaskStep, R> recordOf) {
      return new OnRecord<>(taskKey, (step, task) -> recordOf.apply(step));
    }

    /**
     * The same, for a record named by a variable of the task's own scope that the process (never a
     * completion) put there, such as the objection an event sub-process is about.
     */
    public <R> OnRecord<R> ofTask(BiFunction<TaskStep, VariableScope, R> recordOf) {
      return new OnRecord<>(taskKey, recordOf);
    }
  }

  /** A task with its record, whose fields are not yet said. */
  public static final class OnRecord<R> {
    private final String taskKey;
    private final BiFunction<TaskStep, VariableScope, R> recordOf;

    private OnRecord(String taskKey, BiFunction<TaskStep, VariableScope, R> recordOf) {
      this.taskKey = taskKey;
      this.recordOf = recordOf;
    }

    /** The form fields the step reads and the typed value they give. */
    public <V> Reading<R, V> reads(List<String> fields, Function<FormFields, V> parse) {
      return new Reading<>(taskKey, Set.copyOf(fields), recordOf, (record, f) -> parse.apply(f), (r, v, s) -> { });
    }

    /** The same, where what the fields mean depends on the record (a report file already in, the indicators). */
    public <V> Reading<R, V> readsWith(List<String> fields, BiFunction<R, FormFields, V> parse) {
      return new Reading<>(taskKey, Set.copyOf(fields), recordOf, parse, (r, v, s) -> { });
    }

    /** A step whose form submits nothing it reads. */
    public Reading<R, Void> readsNothing() {
      return new Reading<>(taskKey, Set.of(), recordOf, (record, f) -> null, (r, v, s) -> { });
    }
  }

  /** A task with its record and fields; a check is optional, the record closes the declaration. */
  public static final class Reading<R, V> {
    private final String taskKey;
    private final Set<String> fields;
    private final BiFunction<TaskStep, VariableScope, R> recordOf;
    private final BiFunction<R, FormFields, V> parse;
    private final Check<R, V> check;

    private Reading(String taskKey, Set<String> fields, BiFunction<TaskStep, VariableScope, R> recordOf,
        BiFunction<R, FormFields, V> parse, Check<R, V> check) {
      this.taskKey = taskKey;
      this.fields = fields;
      this.recordOf = recordOf;
      this.parse = parse;
      this.check = check;
    }

    public Reading<R, V> checks(Check<R, V> check) {
      return new Reading<>(taskKey, fields, recordOf, parse, check);
    }

    public Step<R, V> records(Recorder<R, V> recorder) {
      return new Step<>(taskKey, fields, recordOf, parse, check, recorder);
    }

    /** A step whose completion is kept by the engine's history alone (who, when, what they wrote). */
    public Step<R, V> recordsNothing() {
      return records((r, v, s, t) -> { });
    }
  }
}
