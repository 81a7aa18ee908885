package cn.gx.safeduty.commendation;

import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Candidate vettings (干部考察, Art 15 ¶1), started by the organisation department for any post. */
@RestController
@org.springframework.validation.annotation.Validated
@RequestMapping("/api/candidate-vettings")
public class CandidateVettingController {

  private final CandidateVettingService vettings;

  public CandidateVettingController(CandidateVettingService vettings) {
    this.vettings = vettings;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<CandidateVetting> start(@Valid @RequestBody NewCandidateVetting vetting, Principal principal) {
    CandidateVetting started = vettings.start(vetting, principal.getName());
    return ResponseEntity.created(URI.create("/api/candidate-vettings/" + started.id())).body(vettings.get(started.id()));
  }

  /** The vetting; its compiled record only with {@code purpose} (why the caller reads it), which is logged as a look. */
  @GetMapping("/{id}")
  public CandidateVetting get(@PathVariable long id,
      @org.springframework.web.bind.annotation.RequestParam(required = false)
      @jakarta.validation.constraints.Size(max = 100) String purpose, Principal principal) {
    return vettings.view(id, purpose, principal.getName());
  }
}
