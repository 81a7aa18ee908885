package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.casework.SupervisionOrder;
import cn.gx.safeduty.kernel.casework.SupervisionOrders;
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

  static final String ART_8_DUTY = "8-0";

  private final JurisdictionService jurisdictions;
  private final CadreRepository cadres;
  private final SupervisionOrders supervision;
  private final java.time.Clock clock;

  public SafetyDeputyCompliance(JurisdictionService jurisdictions, CadreRepository cadres,
      SupervisionOrders supervision, java.time.Clock clock) {
    this.jurisdictions = jurisdictions;
    this.cadres = cadres;
    this.supervision = supervision;
    this.clock = clock;
  }

  /** What following up a jurisdiction's departures did: how many there are, and the items ordered now. */
  public record FollowUp(int departures, List<String> ordered) {
  }

  /**
   * Orders a supervision item for each of the jurisdiction's departures from Art 8, naming its Party
   * secretary and government head in office, who arrange the deputy for safety; a departure is ordered
   * once a year.
   */
  @Transactional
  public FollowUp orderFollowUps(String jurisdictionCode, String by) {
    Jurisdiction j = jurisdictions.find(jurisdictionCode)
        .orElseThrow(() -> new cn.gx.safeduty.kernel.InvalidFieldsException("jurisdictionCode", "names no jurisdiction"));
    List<SafetyDeputyRule.Flag> flags = flags(j.code(), false);
    List<Long> principals = java.util.stream.Stream.of(CadreRole.PARTY_SECRETARY, CadreRole.GOVERNMENT_HEAD)
        .flatMap(role -> cadres.all(new CadreFilter(Set.of(j.code()), role, CadreStatus.IN_OFFICE)).stream())
        .map(Cadre::id).distinct().toList();
    int year = java.time.LocalDate.now(clock).getYear();
    List<String> ordered = new java.util.ArrayList<>();
    for (SafetyDeputyRule.Flag flag : flags) {
      String ref = j.code() + ":" + flag.departure() + ":" + (flag.cadreId() != null ? flag.cadreId() : "-") + ":" + year;
      supervision.order(new SupervisionOrder(SupervisionOrder.Source.SAFETY_DEPUTY_CHECK, ref, j.code(), principals,
          List.of(ART_8_DUTY), flag.detail() + "。请按照细则第八条调整分管安全生产工作的政府领导干部的安排，并报送调整情况。"), by)
          .ifPresent(ordered::add);
    }
    return new FollowUp(flags.size(), ordered);
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
