package cn.gx.safeduty.kernel.casework;

import java.util.Optional;

/**
 * The one way a procedure other than supervision orders a supervision item (Art 11, 19): a meeting
 * check, a duty-list check or an Art 8 departure. The supervision procedure implements it, with the
 * item's deadline its policy's rectification period.
 */
public interface SupervisionOrders {

  /**
   * Orders the item and starts its process, unless one of the same source and reference was ordered
   * before; returns the new item's number, or empty when it already was.
   */
  Optional<String> order(SupervisionOrder order, String orderedBy);
}
