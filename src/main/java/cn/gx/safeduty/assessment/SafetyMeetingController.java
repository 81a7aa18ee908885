package cn.gx.safeduty.assessment;

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

/** Meetings on work safety (Art 5(2), 6(2)): recorded by emergency management; compliance for any department. */
@RestController
@Validated
@RequestMapping("/api/safety-meetings")
public class SafetyMeetingController {

  private final SafetyMeetingService meetings;

  public SafetyMeetingController(SafetyMeetingService meetings) {
    this.meetings = meetings;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<SafetyMeeting> record(@Valid @RequestBody NewSafetyMeeting meeting, Principal principal) {
    SafetyMeeting recorded = meetings.record(meeting, principal.getName());
    return ResponseEntity.created(URI.create("/api/safety-meetings?jurisdiction=" + recorded.jurisdictionCode()
        + "&year=" + recorded.heldOn().getYear())).body(recorded);
  }

  @GetMapping
  public List<SafetyMeeting> list(@RequestParam String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam @Min(2018) @Max(2100) int year, @RequestParam(required = false) MeetingBody body) {
    return meetings.list(jurisdiction, includeSubdivisions, year, body);
  }

  @GetMapping("/compliance")
  public List<MeetingCompliance> compliance(@RequestParam String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam @Min(2018) @Max(2100) int year) {
    return meetings.compliance(jurisdiction, includeSubdivisions, year);
  }
}
