package cn.gx.safeduty.commendation;

import cn.gx.safeduty.web.PdfResponses;
import cn.gx.safeduty.kernel.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commendation nominations (表彰奖励, Art 15 ¶2, 17, 18, 22): nominated by the organisation department or
 * emergency management, the assessment's proposals taken up, objections recorded during the notice.
 */
@RestController
@Validated
@RequestMapping("/api/commendations")
public class CommendationController {

  /** An objection as a department records it on behalf of whoever raised it. */
  public record NewObjection(@NotBlank @Size(max = 100) String raisedBy, @NotBlank @Size(max = 4000) String content) {
  }

  private final CommendationService nominations;
  private final CommendationNotice notice;

  private final cn.gx.safeduty.registry.JurisdictionService jurisdictions;

  public CommendationController(CommendationService nominations, CommendationNotice notice, cn.gx.safeduty.registry.JurisdictionService jurisdictions) {
    this.nominations = nominations;
    this.notice = notice;
    this.jurisdictions = jurisdictions;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Commendation> nominate(@Valid @RequestBody NewCommendation nomination, Principal principal) {
    Commendation started = nominations.nominate(nomination, principal.getName());
    return ResponseEntity.created(URI.create("/api/commendations/" + started.id())).body(started);
  }

  /** Art 18: a nomination for every pending proposal of the assessments (also done by the hourly intake). */
  @PostMapping("/take-up-proposals")
  public List<Commendation> takeUpProposals(Principal principal) {
    return nominations.takeUpProposals(principal.getName());
  }

  @PostMapping(path = "/{id}/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Commendation.Objection object(@PathVariable long id, @Valid @RequestBody NewObjection objection,
      Principal principal) {
    return nominations.object(id, objection.raisedBy(), objection.content(), principal.getName());
  }

  @GetMapping("/{id}")
  public Commendation get(@PathVariable long id) {
    return nominations.view(id);
  }

  @GetMapping
  public Page<Commendation> list(@RequestParam(required = false) @Min(2018) @Max(2100) Integer year,
      @RequestParam(required = false) CommendationStatus status,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(cn.gx.safeduty.kernel.Page.MAX_SIZE) int size) {
    return nominations.list(year, status, jurisdiction, includeSubdivisions, page, size);
  }

  /** The nominations the same filters select, as an XLSX workbook streamed from the database. */
  @GetMapping("/export")
  public void export(@RequestParam(required = false) @Min(2018) @Max(2100) Integer year,
      @RequestParam(required = false) CommendationStatus status,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    java.util.Set<String> scope = jurisdictions.scope(jurisdiction, includeSubdivisions);
    nominations.export(year, status, scope, cn.gx.safeduty.web.XlsxResponses.attachment(response, "表彰提名.xlsx"));
  }

  /** The commendation decision (表彰决定) as PDF, once awarded. */
  @GetMapping(path = "/{id}/notice", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> notice(@PathVariable long id) {
    return PdfResponses.inline(notice.render(id));
  }
}
