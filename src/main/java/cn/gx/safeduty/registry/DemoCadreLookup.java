package cn.gx.safeduty.registry;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** The demo cadre in office in a jurisdiction in a role, for the demo year's seeds. */
@Component
public class DemoCadreLookup {

  private final CadreService cadres;

  public DemoCadreLookup(CadreService cadres) {
    this.cadres = cadres;
  }

  public Optional<Cadre> find(String jurisdictionCode, CadreRole role) {
    return cadres.list(jurisdictionCode, false, role, CadreStatus.IN_OFFICE, null, 0, 1).items().stream().findFirst();
  }

  public Cadre get(String jurisdictionCode, CadreRole role) {
    return find(jurisdictionCode, role)
        .orElseThrow(() -> new IllegalStateException("No demo " + role + " in " + jurisdictionCode));
  }
}
