package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.Page;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The register of restrictions in force, filterable, as a list and as an XLSX export. */
@RestController
@Validated
@RequestMapping("/api/restrictions")
public class RestrictionRegisterController {

  private final RestrictionRegister register;

  public RestrictionRegisterController(RestrictionRegister register) {
    this.register = register;
  }

  @GetMapping
  public Page<RestrictionRegister.Entry> list(
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
      @RequestParam(required = false) RestrictionKind kind,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(Page.MAX_SIZE) int size) {
    return register.list(register.filter(jurisdiction, includeSubdivisions, activeOn, kind), page, size);
  }

  @GetMapping("/export")
  public void export(
      @RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeOn,
      @RequestParam(required = false) RestrictionKind kind,
      HttpServletResponse response) throws IOException {
    RestrictionRegister.Filter filter = register.filter(jurisdiction, includeSubdivisions, activeOn, kind);
    register.export(filter, cn.gx.safeduty.web.XlsxResponses.attachment(response, "影响期登记.xlsx"));
  }
}
