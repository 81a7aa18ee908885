package cn.gx.safeduty.kernel.demo;

/**
 * A procedure's part of the demo year an embedded first start makes (never in production): a few of
 * its records at different steps, made through its own services. Seeds run in {@link #order()}.
 */
public interface DemoSeed {

  /** Whether this procedure already holds a record; the demo year is made only when none does. */
  boolean hasRecords();

  /** Makes this procedure's records for the year. */
  void seed(int year);

  /** When this seed runs among the others (lower first): cases before the nominations they stop. */
  default int order() {
    return 0;
  }
}
