package cn.gx.safeduty.registry;

import java.time.Instant;
import java.util.List;

/**
 * A leadership team's record (Art 12): what tours and assessments found of a jurisdiction's Party
 * committee and government as a whole, in the order filed.
 */
public record TeamRecord(Jurisdiction jurisdiction, List<Entry> entries) {

  /** One filed result: {@code kind} TOUR or ASSESSMENT, {@code ref} its number, {@code result} its rating or grade. */
  public record Entry(int year, String kind, String ref, String result, String summary, String recordedBy,
      Instant recordedAt) {
  }
}
