package cn.gx.safeduty.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** What a leader's portfolio (分管范围) may name: the industries and the other areas of work. */
@RestController
public class PortfolioController {

  private final PortfolioService portfolios;

  public PortfolioController(PortfolioService portfolios) {
    this.portfolios = portfolios;
  }

  @GetMapping("/api/portfolio-sectors")
  public List<Sector> sectors() {
    return portfolios.sectors();
  }
}
