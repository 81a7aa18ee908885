package cn.gx.safeduty.kernel;

/**
 * A record's status that knows which statuses it may become. The one service that owns the record
 * checks every change against it with the row locked, and the repository writes the change only from
 * the status it read, so no change slips between two writers.
 */
public interface LifecycleStatus<S extends Enum<S> & LifecycleStatus<S>> {

  /** Whether this status may become {@code next}; staying where it is counts where a step writes without moving. */
  boolean mayBecome(S next);

  /** Refuses (409) a step that acts on a record only in one status, when the record stands elsewhere. */
  static <S extends Enum<S>> void expect(String record, S current, S expected) {
    if (current != expected) {
      throw new ConflictException(record + " is " + current + ", not " + expected);
    }
  }

  /** Refuses (409) a change the record's status does not allow, naming the record. */
  static <S extends Enum<S> & LifecycleStatus<S>> void check(String record, S current, S next) {
    if (!current.mayBecome(next)) {
      throw new ConflictException(record + " is " + current + " and cannot become " + next);
    }
  }
}
