package cn.gx.safeduty.assessment;

import cn.gx.safeduty.web.PdfResponses;
import cn.gx.safeduty.kernel.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Annual performance assessments (履职考核, Art 13-18): started by emergency management, read by every
 * department, with the Art 16 bulletin and the Art 18 proposals.
 */
@RestController
@Validated
@RequestMapping("/api/assessment-cycles")
public class AssessmentCycleController {

  private final AssessmentCycleService cycles;
  private final AssesseeService assessees;
  private final AssessmentBulletin bulletin;

  private final cn.gx.safeduty.registry.JurisdictionService jurisdictions;

  public AssessmentCycleController(AssessmentCycleService cycles, AssesseeService assessees,
      AssessmentBulletin bulletin, cn.gx.safeduty.registry.JurisdictionService jurisdictions) {
    this.jurisdictions = jurisdictions;
    this.cycles = cycles;
    this.assessees = assessees;
    this.bulletin = bulletin;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<AssessmentCycle> start(@Valid @RequestBody NewAssessmentCycle cycle, Principal principal) {
    AssessmentCycle started = cycles.plan(cycle, principal.getName());
    return ResponseEntity.created(URI.create("/api/assessment-cycles/" + started.id())).body(started);
  }

  @GetMapping("/{id}")
  public AssessmentCycle get(@PathVariable long id) {
    return cycles.view(id);
  }

  @GetMapping
  public Page<CycleSummary> list(@RequestParam(required = false) @Min(2018) @Max(2100) Integer year,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) CycleStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(cn.gx.safeduty.kernel.Page.MAX_SIZE) int size) {
    return cycles.list(year, jurisdiction, includeSubdivisions, status, page, size);
  }

  /** Each assessee's result of the cycles the same filters select, as an XLSX workbook streamed from the database. */
  @GetMapping("/results/export")
  public void exportResults(@RequestParam(required = false) @Min(2018) @Max(2100) Integer year,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) CycleStatus status,
      jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    java.util.Set<String> scope = jurisdictions.scope(jurisdiction, includeSubdivisions);
    cycles.exportResults(year, scope, status, cn.gx.safeduty.web.XlsxResponses.attachment(response, "考核结果.xlsx"));
  }

  /** Art 18: the proposals of 记功 or 嘉奖 this cycle made, for the commendation procedure to take up. */
  @GetMapping("/{id}/proposals")
  public List<AssessmentCycle.Proposal> proposals(@PathVariable long id) {
    return cycles.proposals(id);
  }

  /** The duty report as a PDF (Art 14 ¶2), until the report is recorded; the text then may be a summary. */
  @PutMapping(path = "/{id}/assessees/{assesseeId}/duty-report-file", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public AssessmentCycle.Assessee uploadReport(@PathVariable long id, @PathVariable long assesseeId,
      @RequestPart("file") MultipartFile file, Principal principal) throws IOException {
    return assessees.uploadReportFile(id, assesseeId, file.getOriginalFilename(), file.getBytes(), principal.getName());
  }

  @GetMapping(path = "/{id}/assessees/{assesseeId}/duty-report-file", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> report(@PathVariable long id, @PathVariable long assesseeId) {
    AssessmentCycleRepository.ReportFile file = assessees.reportFile(id, assesseeId);
    return PdfResponses.inline(file.fileName(), file.content());
  }

  /** Art 16: the bulletin of the results (考核结果通报) as PDF, once published or circulated. */
  @GetMapping(path = "/{id}/bulletin", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> bulletin(@PathVariable long id) {
    return PdfResponses.inline(bulletin.render(id));
  }
}
