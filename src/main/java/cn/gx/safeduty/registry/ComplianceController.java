package cn.gx.safeduty.registry;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Where the leadership set-up departs from the rules, as the registry records it. */
@RestController
@RequestMapping("/api/compliance")
public class ComplianceController {

  private final SafetyDeputyCompliance safetyDeputies;

  public ComplianceController(SafetyDeputyCompliance safetyDeputies) {
    this.safetyDeputies = safetyDeputies;
  }

  /** Art 8's departures: no safety deputy, or one outside the standing committee or not its vice-chair. */
  @GetMapping("/safety-deputies")
  public List<SafetyDeputyRule.Flag> safetyDeputies(@RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions) {
    return safetyDeputies.flags(jurisdiction, includeSubdivisions);
  }
}
