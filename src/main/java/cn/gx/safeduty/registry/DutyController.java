package cn.gx.safeduty.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Chapter 2 duty catalogue (Art 4–10), item by item, by role. */
@RestController
@RequestMapping("/api/duties")
public class DutyController {

  private final DutyCatalogue catalogue;

  public DutyController(DutyCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  public List<Duty> list(@RequestParam(required = false) CadreRole role) {
    return role == null ? catalogue.all() : catalogue.of(role);
  }

  @GetMapping("/{id}")
  public Duty get(@PathVariable String id) {
    return catalogue.get(id);
  }
}
