package cn.gx.safeduty.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the duty checks read (Art 6(3), 6(4), 9(4)) — the checks of a duty list, the safety fund,
 * the situation analyses — and the checks themselves for a jurisdiction's year (with 6(6)).
 */
@RestController
@Validated
public class DutyRecordController {

  private final DutyRecordService records;
  private final DutyCheckService checks;

  public DutyRecordController(DutyRecordService records, DutyCheckService checks) {
    this.records = records;
    this.checks = checks;
  }

  @PostMapping(path = "/api/duty-lists/{id}/reviews", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public List<DutyRecords.Review> review(@PathVariable long id, @Valid @RequestBody DutyRecords.NewReview review,
      Principal principal) {
    return records.review(id, review, principal.getName());
  }

  @GetMapping("/api/duty-lists/{id}/reviews")
  public List<DutyRecords.Review> reviews(@PathVariable long id) {
    return records.reviews(id);
  }

  @PostMapping(path = "/api/safety-budgets", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public DutyRecords.Budget budget(@Valid @RequestBody DutyRecords.NewBudget budget, Principal principal) {
    return records.budget(budget, principal.getName());
  }

  @GetMapping("/api/safety-budgets")
  public List<DutyRecords.Budget> budgets(@RequestParam String jurisdiction) {
    return records.budgets(jurisdiction);
  }

  @PostMapping(path = "/api/situation-analyses", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public DutyRecords.Analysis analysis(@Valid @RequestBody DutyRecords.NewAnalysis analysis, Principal principal) {
    return records.analysis(analysis, principal.getName());
  }

  @GetMapping("/api/situation-analyses")
  public List<DutyRecords.Analysis> analyses(@RequestParam String jurisdiction,
      @RequestParam @Min(2018) @Max(2100) int year) {
    return records.analyses(jurisdiction, year);
  }

  /** The duties 6(3), 6(4), 6(6) and 9(4) checked against the jurisdiction's year. */
  @GetMapping("/api/duty-checks")
  public List<DutyCheck> checks(@RequestParam String jurisdiction, @RequestParam @Min(2018) @Max(2100) int year) {
    return checks.check(jurisdiction, year);
  }
}
