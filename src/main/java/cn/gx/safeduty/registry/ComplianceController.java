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

  /** Follows a jurisdiction's Art 8 departures up with supervision items (emergency management). */
  @org.springframework.web.bind.annotation.PostMapping(path = "/safety-deputies/supervision-items",
      consumes = org.springframework.http.MediaType.APPLICATION_JSON_VALUE)
  public SafetyDeputyCompliance.FollowUp followUp(
      @jakarta.validation.Valid @org.springframework.web.bind.annotation.RequestBody FollowUpRequest request,
      java.security.Principal principal) {
    return safetyDeputies.orderFollowUps(request.jurisdictionCode(), principal.getName());
  }

  /** Whose departures to follow up. */
  public record FollowUpRequest(@jakarta.validation.constraints.NotBlank
      @jakarta.validation.constraints.Size(max = 12) String jurisdictionCode) {
  }

  /** Art 8's departures: no safety deputy, or one outside the standing committee or not its vice-chair. */
  @GetMapping("/safety-deputies")
  public List<SafetyDeputyRule.Flag> safetyDeputies(@RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions) {
    return safetyDeputies.flags(jurisdiction, includeSubdivisions);
  }
}
