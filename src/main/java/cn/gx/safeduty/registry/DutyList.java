package cn.gx.safeduty.registry;

import java.time.Instant;
import java.time.LocalDate;

/** A duty list as recorded: Art 5(3) or 6(3), for one jurisdiction and year. */
public record DutyList(long id, String jurisdictionCode, int year, Kind kind, String title, String documentRef,
    LocalDate issuedOn, String recordedBy, Instant recordedAt) {

  /** Which list: the standing committee's and its members' (Art 5(3)), or the government leaders' annual ones (Art 6(3)). */
  public enum Kind {
    STANDING_COMMITTEE("5-3", "党委常委会及其成员安全生产职责清单"),
    GOVERNMENT_LEADERS("6-3", "政府领导干部年度安全生产重点工作责任清单");

    private final String dutyId;
    private final String chineseName;

    Kind(String dutyId, String chineseName) {
      this.dutyId = dutyId;
      this.chineseName = chineseName;
    }

    /** The duty of the catalogue that asks for this list. */
    public String dutyId() {
      return dutyId;
    }

    public String chineseName() {
      return chineseName;
    }
  }
}
