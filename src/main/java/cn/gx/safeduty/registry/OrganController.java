package cn.gx.safeduty.registry;

import jakarta.validation.Valid;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The organs that issue documents: listed for everyone, corrected and confirmed by administrators. */
@RestController
@RequestMapping("/api/organs")
public class OrganController {

  private final OrganService organs;
  private final JurisdictionService jurisdictions;

  public OrganController(OrganService organs, JurisdictionService jurisdictions) {
    this.organs = organs;
    this.jurisdictions = jurisdictions;
  }

  /** {@code confirmed=false} lists the 代字 still awaiting an administrator's confirmation. */
  @GetMapping
  public List<Organ> list(@RequestParam(required = false) String jurisdiction,
      @RequestParam(defaultValue = "false") boolean includeSubdivisions,
      @RequestParam(required = false) OrganKind kind, @RequestParam(required = false) Boolean confirmed) {
    return organs.list(jurisdictions.scope(jurisdiction, includeSubdivisions), kind, confirmed);
  }

  @GetMapping("/{id}")
  public Organ get(@PathVariable long id) {
    return organs.get(id);
  }

  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  public Organ update(@PathVariable long id, @Valid @RequestBody OrganChange change, Principal principal) {
    return organs.update(id, change, principal.getName());
  }
}
