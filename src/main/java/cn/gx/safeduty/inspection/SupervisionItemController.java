package cn.gx.safeduty.inspection;

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

/** Supervision items (督查督办, Art 11): ordered by emergency management, read by every department. */
@RestController
@Validated
@RequestMapping("/api/supervision-items")
public class SupervisionItemController {

  private final SupervisionItemService items;

  public SupervisionItemController(SupervisionItemService items) {
    this.items = items;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<SupervisionItem> order(@Valid @RequestBody NewSupervisionItem item, Principal principal) {
    var ordered = items.order(item, principal.getName());
    return ResponseEntity.created(URI.create("/api/supervision-items/" + ordered.id())).body(items.get(ordered.id()));
  }

  @GetMapping("/{id}")
  public SupervisionItem get(@PathVariable long id) {
    return items.get(id);
  }

  @GetMapping
  public Page<SupervisionItem> list(@RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) SupervisionStatus status,
      @RequestParam(required = false) SupervisionSource source,
      @RequestParam(required = false) String sourceRef,
      @RequestParam(defaultValue = "0") @Min(0) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(cn.gx.safeduty.kernel.Page.MAX_SIZE) int size) {
    return items.list(jurisdiction, includeSubdivisions, status, source, sourceRef, page, size);
  }
}
