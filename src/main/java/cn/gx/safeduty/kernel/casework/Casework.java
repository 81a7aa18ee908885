package cn.gx.safeduty.kernel.casework;

import java.util.Collection;
import java.util.Map;

/**
 * The one way a procedure opens an accountability case (Art 19, 20) and follows the cases it opened.
 * The accountability procedure implements it; tours, supervision items, assessments and accident
 * follow-ups call it without knowing that procedure.
 */
public interface Casework {

  /** Registers the case and starts its accountability process in the caller's transaction. */
  OpenedCase register(NewAccountabilityCase request, String registeredBy);

  /**
   * Registers the case without starting its process, for a model that runs {@code accountability}
   * itself as a call activity; the instance is linked when the case's rules first run.
   */
  OpenedCase open(NewAccountabilityCase request, String registeredBy);

  /** Where the cases with these ids stand, by id, read in one query. */
  Map<Long, CaseState> states(Collection<Long> caseIds);
}
