package cn.gx.safeduty.registry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art 8 as the registry finds it: for each county-level-and-above jurisdiction in scope, whether it has
 * a safety deputy in office who sits on the standing committee and is the safety committee's standing
 * vice-chair. Two queries whatever the scope.
 */
@Service
public class SafetyDeputyCompliance {

  private final JurisdictionService jurisdictions;
  private final CadreRepository cadres;

  public SafetyDeputyCompliance(JurisdictionService jurisdictions, CadreRepository cadres) {
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
  }

  /** The departures in the jurisdiction (and its subdivisions when asked); the whole region when none is named. */
  @Transactional(readOnly = true)
  public List<SafetyDeputyRule.Flag> flags(String jurisdiction, boolean includeSubdivisions) {
    Set<String> scope = jurisdiction == null ? null : jurisdictions.scope(jurisdiction, includeSubdivisions);
    List<Jurisdiction> inScope = scope == null ? jurisdictions.all()
        : scope.stream().map(jurisdictions::find).flatMap(java.util.Optional::stream).toList();
    List<Jurisdiction> owing = inScope.stream().filter(j -> SafetyDeputyRule.applies(j.level()))
        .sorted(java.util.Comparator.comparing(Jurisdiction::code)).toList();
    if (owing.isEmpty()) {
      return List.of();
    }
    Set<String> codes = owing.stream().map(Jurisdiction::code).collect(Collectors.toSet());
    Map<String, List<Cadre>> deputies = cadres.all(new CadreFilter(codes, CadreRole.SAFETY_DEPUTY,
        CadreStatus.IN_OFFICE)).stream().collect(Collectors.groupingBy(Cadre::jurisdictionCode));
    return owing.stream().flatMap(j -> SafetyDeputyRule.flags(j, deputies.getOrDefault(j.code(), List.of())).stream())
        .toList();
  }
}
