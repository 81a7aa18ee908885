package cn.gx.safeduty.inspection;

import cn.gx.safeduty.web.PdfResponses;
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

/** Inspection tours (巡查, Art 11-12): planned by emergency management, read by every department, with their documents. */
@RestController
@Validated
@RequestMapping("/api/inspection-tours")
public class InspectionTourController {

  private final InspectionTourService tours;
  private final TourDocuments documents;

  private final cn.gx.safeduty.registry.JurisdictionService jurisdictions;

  public InspectionTourController(InspectionTourService tours, TourDocuments documents, cn.gx.safeduty.registry.JurisdictionService jurisdictions) {
    this.tours = tours;
    this.documents = documents;
    this.jurisdictions = jurisdictions;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<InspectionTour> plan(@Valid @RequestBody NewInspectionTour tour, Principal principal) {
    InspectionTour planned = tours.plan(tour, principal.getName());
    return ResponseEntity.created(URI.create("/api/inspection-tours/" + planned.id())).body(planned);
  }

  @GetMapping("/{id}")
  public InspectionTour get(@PathVariable long id) {
    return tours.view(id);
  }

  @GetMapping
  public Page<TourSummary> list(@RequestParam(required = false) @Min(2018) @Max(2100) Integer year,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) TourStatus status,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(cn.gx.safeduty.kernel.Page.MAX_SIZE) int size) {
    return tours.list(year, jurisdiction, includeSubdivisions, status, page, size);
  }

  /** Each target's result of the tours the same filters select, as an XLSX workbook streamed from the database. */
  @GetMapping("/results/export")
  public void exportResults(@RequestParam(required = false) @Min(2018) @Max(2100) Integer year,
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) TourStatus status,
      jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
    java.util.Set<String> scope = jurisdictions.scope(jurisdiction, includeSubdivisions);
    tours.exportResults(year, scope, status, cn.gx.safeduty.web.XlsxResponses.attachment(response, "巡查结果.xlsx"));
  }

  /** The tour's report (巡查情况通报) as PDF, once the tour completes: ratings, problems by duty, rectification, cases. */
  @GetMapping(path = "/{id}/report", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> report(@PathVariable long id) {
    return PdfResponses.inline(documents.report(id));
  }

  /** The notice to one target (巡查通知) as PDF, once issued. */
  @GetMapping(path = "/{id}/targets/{code}/notice", produces = MediaType.APPLICATION_PDF_VALUE)
  public ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable String code) {
    return PdfResponses.inline(documents.notice(id, code));
  }
}
