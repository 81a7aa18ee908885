package cn.gx.safeduty.accident;

import cn.gx.safeduty.kernel.AccidentGrade;
import cn.gx.safeduty.kernel.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
@RequestMapping("/api/accidents")
public class AccidentController {

  private final AccidentService service;

  private final cn.gx.safeduty.registry.JurisdictionService jurisdictions;

  public AccidentController(AccidentService service, cn.gx.safeduty.registry.JurisdictionService jurisdictions) {
    this.service = service;
    this.jurisdictions = jurisdictions;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<AccidentView> record(@Valid @RequestBody NewAccident accident, Principal principal) {
    AccidentService.Recorded recorded = service.record(accident, principal.getName());
    return ResponseEntity.created(URI.create("/api/accidents/" + recorded.id())).body(service.view(recorded.id()));
  }

  @GetMapping("/{id}")
  public AccidentView get(@PathVariable long id) {
    return service.view(id);
  }

  @GetMapping
  public Page<AccidentSummary> list(
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) AccidentGrade grade,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(cn.gx.safeduty.kernel.Page.MAX_SIZE) int size) {
    return service.list(jurisdiction, includeSubdivisions, grade, year, page, size);
  }

  /** The accidents the same filters select, as an XLSX workbook streamed from the database. */
  @GetMapping("/export")
  public void export(
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) AccidentGrade grade,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    java.util.Set<String> codes = jurisdictions.scope(jurisdiction, includeSubdivisions);
    service.export(codes, grade, year, cn.gx.safeduty.web.XlsxResponses.attachment(response, "生产安全事故.xlsx"));
  }

  /** A level's receipt that came after the accident was recorded (Decree 493 Art 9-11): judged with the rest. */
  @PostMapping(path = "/{id}/receipts", consumes = MediaType.APPLICATION_JSON_VALUE)
  @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.CREATED)
  public AccidentView receipt(@PathVariable long id, @Valid @RequestBody Receipt receipt, Principal principal) {
    return service.addReceipt(id, receipt, principal.getName());
  }

  /** New figures after the first report, with the reason; the grade is recomputed (409 once concluded). */
  @PostMapping(path = "/{id}/corrections", consumes = MediaType.APPLICATION_JSON_VALUE)
  public AccidentView correct(@PathVariable long id, @Valid @RequestBody Correction correction, Principal principal) {
    return service.correct(id, correction, principal.getName());
  }

  /** The investigation conclusion, once (409 the second time); each named cadre gets an accountability case. */
  @PostMapping(path = "/{id}/conclusion", consumes = MediaType.APPLICATION_JSON_VALUE)
  public AccidentView conclude(@PathVariable long id, @Valid @RequestBody Conclusion conclusion, Principal principal) {
    return service.conclude(id, conclusion, principal.getName());
  }
}
