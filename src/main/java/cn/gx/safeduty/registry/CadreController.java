package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Validated
@RequestMapping("/api/cadres")
public class CadreController {

  private final CadreService service;
  private final PortfolioService portfolios;
  private final int maxImportBytes;

  public CadreController(CadreService service, PortfolioService portfolios,
      @org.springframework.beans.factory.annotation.Value("${safeduty.cadre-import.max-bytes}") int maxImportBytes) {
    this.service = service;
    this.portfolios = portfolios;
    this.maxImportBytes = maxImportBytes;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Cadre> create(@Valid @RequestBody NewCadre request, Principal principal) {
    Cadre cadre = service.create(request, principal.getName());
    return ResponseEntity.created(URI.create("/api/cadres/" + cadre.id())).body(cadre);
  }

  @GetMapping("/{id}")
  public CadreDetail get(@PathVariable long id) {
    return service.detail(id);
  }

  /** A move to a new posting (organisation department): one person throughout, the record follows. */
  @PostMapping(path = "/{id}/postings", consumes = MediaType.APPLICATION_JSON_VALUE)
  public CadreDetail post(@PathVariable long id, @Valid @RequestBody NewPosting posting, Principal principal) {
    return service.post(id, posting, principal.getName());
  }

  /** The portfolio (分管范围) of the posting in force from {@code effectiveOn} on (organisation department). */
  @PutMapping(path = "/{id}/portfolio", consumes = MediaType.APPLICATION_JSON_VALUE)
  public CadreDetail changePortfolio(@PathVariable long id, @Valid @RequestBody PortfolioChange change,
      Principal principal) {
    portfolios.change(id, change, principal.getName());
    return service.detail(id);
  }

  @GetMapping
  public Page<Cadre> list(
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) CadreRole role,
      @RequestParam(required = false) CadreStatus status,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(cn.gx.safeduty.kernel.Page.MAX_SIZE) int size) {
    return service.list(jurisdiction, includeSubdivisions, role, status, on, page, size);
  }

  /** The cadre's roles from now on; a departure from Art 8 is recorded as it is and flagged in GET /api/compliance/safety-deputies. */
  @PutMapping(path = "/{id}/roles", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Cadre changeRoles(@PathVariable long id, @Valid @RequestBody RolesChange change, Principal principal) {
    return service.changeRoles(id, change, principal.getName());
  }

  @PatchMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Cadre changeStatus(@PathVariable long id, @Valid @RequestBody StatusChange change, Principal principal) {
    return service.changeStatus(id, change, principal.getName());
  }

  public record ImportResult(int imported, List<Long> ids) {
  }

  /** The CSV as the request body ({@code text/csv}, UTF-8), read no further than the size allowed (413 beyond). */
  @PostMapping(path = "/import", consumes = "text/csv")
  @ResponseStatus(HttpStatus.CREATED)
  public ImportResult importCsv(jakarta.servlet.http.HttpServletRequest request, Principal principal) throws IOException {
    if (request.getContentLengthLong() > maxImportBytes) {
      throw tooLarge();
    }
    byte[] csv = request.getInputStream().readNBytes(maxImportBytes + 1);
    if (csv.length > maxImportBytes) {
      throw tooLarge();
    }
    return importCsv(csv, principal);
  }

  /** The CSV as an uploaded file (multipart part {@code file}, UTF-8). */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public ImportResult importCsvFile(@RequestPart("file") MultipartFile file, Principal principal) throws IOException {
    if (file.getSize() > maxImportBytes) {
      throw tooLarge();
    }
    return importCsv(file.getBytes(), principal);
  }

  private ImportResult importCsv(byte[] csv, Principal principal) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(csv))
          .toString();
    } catch (java.nio.charset.CharacterCodingException notUtf8) {
      throw new cn.gx.safeduty.kernel.InvalidFieldsException("file", "is not UTF-8 text");
    }
    List<Long> ids = service.importCsv(text, principal.getName());
    return new ImportResult(ids.size(), ids);
  }

  private org.springframework.web.server.ResponseStatusException tooLarge() {
    return new org.springframework.web.server.ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE,
        "A cadre CSV may have at most " + maxImportBytes + " bytes");
  }

  /** The safety record (Art 15); the look is logged with the caller and {@code purpose} (未说明 when absent). */
  @GetMapping("/{id}/record")
  public SafetyRecord record(@PathVariable long id, @RequestParam(required = false) @Size(max = 200) String purpose,
      Principal principal) {
    return service.record(id, new RecordAccess(principal.getName(), purpose, RecordAccess.Via.RECORD));
  }

  @GetMapping("/{id}/eligibility")
  public Eligibility eligibility(@PathVariable long id,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestParam(required = false) @Size(max = 200) String purpose, Principal principal) {
    return service.eligibility(id, asOf, new RecordAccess(principal.getName(), purpose, RecordAccess.Via.ELIGIBILITY));
  }

  /** Who looked at the record or eligibility, when and why (organisation department and administrators). */
  @GetMapping("/{id}/record-access")
  public Page<RecordAccess.Logged> recordAccess(@PathVariable long id,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(cn.gx.safeduty.kernel.Page.MAX_SIZE) int size) {
    return service.recordAccesses(id, page, size);
  }
}
