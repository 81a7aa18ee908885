package cn.gx.safeduty.inspection;

import java.util.List;
import org.springframework.stereotype.Component;

/** What the tour's multi-instance elements run over: {@code ${tourTargets.ids(tourId)}} and the rectifications of a target. */
@Component("tourTargets")
public class TourTargets {

  private final InspectionTourService tours;
  private final SupervisionItemService items;

  public TourTargets(InspectionTourService tours, SupervisionItemService items) {
    this.tours = tours;
    this.items = items;
  }

  public List<Long> ids(long tourId) {
    return tours.targetIds(tourId);
  }

  public List<Long> rectifications(long targetId) {
    return tours.target(targetId).findings().stream().map(InspectionTour.Finding::itemId)
        .filter(java.util.Objects::nonNull).toList();
  }

  public String itemNumber(long itemId) {
    return items.get(itemId).itemNumber();
  }
}
