package cn.gx.safeduty.registry;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Art 15 question before an appointment or an award: eligible unless a restriction is active
 * on {@code asOf}; each blocking restriction says what it bars, until when, and why. {@code
 * appointments} answers for each kind of appointment (BRIEF §6): where several restrictions bar a
 * kind, the one that ends last decides it.
 */
public record Eligibility(boolean eligible, LocalDate asOf, List<Blocking> restrictions,
    List<AppointmentAnswer> appointments) {

  /** {@code measure}: the measure the restriction comes from, in words (null on older records). */
  public record Blocking(RestrictionKind kind, String article, List<Barred> bars, String barsText, LocalDate endsOn,
      String caseId, String measure) {

    /** Ends later than {@code other} (permanent latest). */
    boolean outlasts(Blocking other) {
      return endsLater(endsOn, other.endsOn);
    }
  }

  /** Whether a restriction ending on {@code end} (exclusive; null for never) outlasts one ending on {@code other}. */
  public static boolean endsLater(LocalDate end, LocalDate other) {
    return end == null ? other != null : other != null && end.isAfter(other);
  }

  /**
   * Whether an appointment of {@code kind} may be made; when not, the restriction that bars it
   * longest ({@code until} exclusive, null when permanent).
   */
  public record AppointmentAnswer(AppointmentKind kind, boolean eligible, LocalDate until, String article,
      String caseId, String measure) {
  }

  static Eligibility of(LocalDate asOf, List<SafetyRecord.Restriction> restrictions) {
    List<Blocking> active = restrictions.stream()
        .filter(r -> r.activeOn(asOf))
        .map(r -> new Blocking(r.kind(), r.article(), r.bars(), Barred.sentence(r.bars()), r.endsOn(), r.caseId(),
            r.measure()))
        .toList();
    List<AppointmentAnswer> answers = Arrays.stream(AppointmentKind.values())
        .map(kind -> answer(kind, active))
        .toList();
    return new Eligibility(active.isEmpty(), asOf, active, answers);
  }

  /** The answer for one kind of appointment. */
  public AppointmentAnswer forKind(AppointmentKind kind) {
    return appointments.stream().filter(a -> a.kind() == kind).findFirst().orElseThrow();
  }

  private static AppointmentAnswer answer(AppointmentKind kind, List<Blocking> active) {
    Optional<Blocking> longest = kind.barredAs()
        .flatMap(barred -> active.stream().filter(b -> b.bars().contains(barred))
            .reduce((kept, next) -> next.outlasts(kept) ? next : kept));
    return longest.map(b -> new AppointmentAnswer(kind, false, b.endsOn(), b.article(), b.caseId(), b.measure()))
        .orElseGet(() -> new AppointmentAnswer(kind, true, null, null, null, null));
  }
}
