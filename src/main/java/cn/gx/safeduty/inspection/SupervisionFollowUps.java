package cn.gx.safeduty.inspection;

import cn.gx.safeduty.kernel.casework.SupervisionOrder;
import cn.gx.safeduty.kernel.casework.SupervisionOrders;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The supervision procedure's side of {@link SupervisionOrders}: follow-up items other procedures order. */
@Component
class SupervisionFollowUps implements SupervisionOrders {

  private final SupervisionItemService items;

  SupervisionFollowUps(SupervisionItemService items) {
    this.items = items;
  }

  @Override
  public Optional<String> order(SupervisionOrder order, String orderedBy) {
    return items.orderFollowUp(order, orderedBy);
  }
}
