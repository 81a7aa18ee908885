package cn.gx.safeduty.inspection;

import cn.gx.safeduty.registry.ProcedureFactSource;
import cn.gx.safeduty.registry.ProcedureFacts;
import java.util.List;
import org.springframework.stereotype.Component;

/** The tours' results and the supervision items on the safety record (Art 11, 12), as assessments and vettings read them. */
@Component
class InspectionRecordFacts implements ProcedureFactSource {

  private final SupervisionItemService items;
  private final InspectionTourService tours;

  InspectionRecordFacts(SupervisionItemService items, InspectionTourService tours) {
    this.items = items;
    this.tours = tours;
  }

  @Override
  public List<String> organised(String jurisdictionCode, int year) {
    return tours.organisedBy(jurisdictionCode, year);
  }

  @Override
  public List<ProcedureFacts.SupervisionItem> supervisionItems(String jurisdictionCode, int year) {
    return items.ofYear(jurisdictionCode, year).stream().map(InspectionRecordFacts::fact).toList();
  }

  @Override
  public List<ProcedureFacts.SupervisionItem> itemsNaming(long cadreId) {
    return items.naming(cadreId).stream().map(InspectionRecordFacts::fact).toList();
  }

  @Override
  public List<ProcedureFacts.TourResult> tourResults(String jurisdictionCode, int year) {
    return tours.resultsOf(jurisdictionCode, year).stream().map(r -> new ProcedureFacts.TourResult(r.tourNumber(),
        r.rating() == null ? null : r.rating().chineseName(),
        r.counts() == null ? 0 : r.counts().notFulfilled(), r.counts() == null ? 0 : r.counts().partlyFulfilled()))
        .toList();
  }

  private static ProcedureFacts.SupervisionItem fact(SupervisionItem i) {
    return new ProcedureFacts.SupervisionItem(i.itemNumber(), i.requirement(), i.cadreIds(),
        i.status() == SupervisionStatus.NOT_DONE, i.wentOverdue(), statusName(i));
  }

  static String statusName(SupervisionItem i) {
    return switch (i.status()) {
      case OPEN -> "整改中";
      case OVERDUE -> "已逾期";
      case DONE -> i.wentOverdue() ? "已完成，曾逾期" : "已完成";
      case NOT_DONE -> "未完成";
    };
  }
}
