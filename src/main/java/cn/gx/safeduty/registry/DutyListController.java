package cn.gx.safeduty.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The duty lists of Art 5(3) and 6(3) per jurisdiction and year, and which are missing. */
@RestController
@Validated
@RequestMapping("/api/duty-lists")
public class DutyListController {

  /** What a jurisdiction lacks for a year. */
  public record Missing(String jurisdictionCode, int year, List<DutyList.Kind> missing) {
  }

  private final DutyListService lists;

  public DutyListController(DutyListService lists) {
    this.lists = lists;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<DutyList> record(@Valid @RequestBody NewDutyList list, Principal principal) {
    DutyList recorded = lists.record(list, principal.getName());
    return ResponseEntity.created(URI.create("/api/duty-lists?jurisdiction=" + recorded.jurisdictionCode()
        + "&year=" + recorded.year())).body(recorded);
  }

  @GetMapping
  public List<DutyList> list(@RequestParam(required = false) String jurisdiction,
      @RequestParam(required = false) @Min(2018) @Max(2100) Integer year,
      @RequestParam(required = false) DutyList.Kind kind) {
    return lists.of(jurisdiction, year, kind);
  }

  @GetMapping("/missing")
  public Missing missing(@RequestParam String jurisdiction, @RequestParam @Min(2018) @Max(2100) int year) {
    return new Missing(jurisdiction, year, lists.missing(jurisdiction, year));
  }
}
