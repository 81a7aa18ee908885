package cn.gx.safeduty.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The industries by statistics code, for what staff choose from (an accident's industry, a portfolio). */
@RestController
@RequestMapping("/api/industries")
public class IndustryController {

  private final IndustryCatalogue catalogue;

  public IndustryController(IndustryCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  public List<IndustryCatalogue.Industry> list() {
    return catalogue.all();
  }
}
