package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.NotFoundException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/jurisdictions")
public class JurisdictionController {

  private final JurisdictionRepository jurisdictions;
  private final JurisdictionService service;
  private final SafetyRecordService records;

  public JurisdictionController(JurisdictionRepository jurisdictions, JurisdictionService service,
      SafetyRecordService records) {
    this.records = records;
    this.jurisdictions = jurisdictions;
    this.service = service;
  }

  @PostMapping
  public ResponseEntity<Jurisdiction> create(@Valid @RequestBody NewJurisdiction request) {
    Jurisdiction created = service.create(request);
    return ResponseEntity.created(URI.create("/api/jurisdictions/" + created.code())).body(created);
  }

  @GetMapping
  public List<Jurisdiction> list(@RequestParam(required = false) JurisdictionLevel level,
      @RequestParam(required = false) String parent) {
    return jurisdictions.list(level, parent);
  }

  /** The leadership team's record (Art 12): tour results and assessment grades filed on it. */
  @GetMapping("/{code}/record")
  public TeamRecord record(@PathVariable String code) {
    return records.teamRecord(code);
  }

  @GetMapping("/{code}")
  public Jurisdiction get(@PathVariable String code) {
    return jurisdictions.find(code).orElseThrow(() -> new NotFoundException("Jurisdiction", code));
  }
}
