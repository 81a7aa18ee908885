package cn.gx.safeduty.accountability;

import cn.gx.safeduty.kernel.Page;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.casework.OpenedCase;
import cn.gx.safeduty.web.PdfResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Validated
@RequestMapping("/api/accountability-cases")
public class AccountabilityCaseController {

  private final AccountabilityCaseService service;
  private final DecisionNoticeDocument notices;

  public AccountabilityCaseController(AccountabilityCaseService service, DecisionNoticeDocument notices) {
    this.service = service;
    this.notices = notices;
  }

  public record Registered(long id, String processInstanceId, String caseNumber) {
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Registered> register(@Valid @RequestBody NewAccountabilityCase request, Principal principal) {
    OpenedCase registered = service.register(request, principal.getName());
    return ResponseEntity.created(URI.create("/api/accountability-cases/" + registered.id()))
        .body(new Registered(registered.id(), registered.processInstanceId(), registered.caseNumber()));
  }

  @GetMapping("/{id}")
  public CaseView get(@PathVariable long id) {
    return service.view(id);
  }

  @GetMapping
  public Page<CaseSummary> list(
      @RequestParam(required = false) Long cadre,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) Ground ground,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(cn.gx.safeduty.kernel.Page.MAX_SIZE) int size) {
    return service.list(cadre, status, ground, jurisdiction, includeSubdivisions, page, size);
  }

  /** The cases the same filters select, as an XLSX workbook streamed from the database. */
  @GetMapping("/export")
  public void export(
      @RequestParam(required = false) Long cadre,
      @RequestParam(required = false) CaseStatus status,
      @RequestParam(required = false) Ground ground,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    CaseFilter filter = service.filter(cadre, status, ground, jurisdiction, includeSubdivisions);
    service.export(filter, cn.gx.safeduty.web.XlsxResponses.attachment(response, "问责案件.xlsx"));
  }

  /** The cadre's grounds, and the ids of the measures contested (all those in force when absent). */
  public record Appeal(@NotBlank @Size(max = 4000) String grounds, java.util.List<@jakarta.validation.constraints.NotNull Long> measures) {
  }

  /** Records the cadre's appeal (申诉) within the appeal window; 409 outside it. */
  @PostMapping(path = "/{id}/appeal", consumes = MediaType.APPLICATION_JSON_VALUE)
  public CaseView appeal(@PathVariable long id, @Valid @RequestBody Appeal appeal, Principal principal) {
    return service.appeal(id, appeal.grounds().trim(), appeal.measures(), principal.getName());
  }

  public record NewFacts(@NotNull @Valid CaseFacts facts, @Size(max = 2000) String note) {
  }

  /** New facts reopen the review while the case is under review or awaiting decision; 409 afterwards. */
  @PostMapping(path = "/{id}/new-facts", consumes = MediaType.APPLICATION_JSON_VALUE)
  public CaseView newFacts(@PathVariable long id, @Valid @RequestBody NewFacts newFacts, Principal principal) {
    return service.newFacts(id, newFacts.facts(), newFacts.note(), principal.getName());
  }

  /** The decision on the latest appeal (复查决定书 or 复审决定书) as PDF, once every department has answered it. */
  @GetMapping(path = "/{id}/appeal-notice", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> appealNotice(@PathVariable long id) {
    return PdfResponses.inline(notices.appealDecision(id));
  }

  /** The decision notice (问责决定书) as PDF, once a decision is in force. */
  @GetMapping(path = "/{id}/notice", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> notice(@PathVariable long id) {
    return PdfResponses.inline(notices.render(id));
  }
}
