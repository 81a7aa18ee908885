package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty lists of Art 5(3) and 6(3), recorded per jurisdiction and year, and which of them a
 * jurisdiction lacks for a year (what a tour finds missing). Lists are kept for the Party committees
 * and governments at county level and above.
 */
@Service
public class DutyListService {

  static final Set<JurisdictionLevel> LEVELS = Set.of(JurisdictionLevel.REGION, JurisdictionLevel.CITY,
      JurisdictionLevel.COUNTY);

  private final DutyListRepository lists;
  private final JurisdictionService jurisdictions;
  private final Clock clock;

  public DutyListService(DutyListRepository lists, JurisdictionService jurisdictions, Clock clock) {
    this.lists = lists;
    this.jurisdictions = jurisdictions;
    this.clock = clock;
  }

  @Transactional
  public DutyList record(NewDutyList list, String recordedBy) {
    Jurisdiction jurisdiction = jurisdictions.find(list.jurisdictionCode())
        .orElseThrow(() -> new InvalidFieldsException("jurisdictionCode", "names no jurisdiction"));
    if (!LEVELS.contains(jurisdiction.level())) {
      throw new InvalidFieldsException("jurisdictionCode", "keeps no duty lists (county level and above only)");
    }
    // today where SafeDuty is, not where the JVM runs: a bean-validation @PastOrPresent would use the latter
    if (list.issuedOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidFieldsException("issuedOn", "is in the future");
    }
    if (list.issuedOn().getYear() > list.year()) {
      throw new InvalidFieldsException("issuedOn", "is after the year the list is for");
    }
    if (list.issuedOn().getYear() < list.year() - 1) {
      throw new InvalidFieldsException("issuedOn", "is more than a year before the year the list is for");
    }
    if (!of(list.jurisdictionCode(), list.year(), list.kind()).isEmpty()) {
      throw new ConflictException("The " + list.kind() + " list of " + list.jurisdictionCode() + " for " + list.year()
          + " is already recorded");
    }
    lists.insert(list, recordedBy, clock.instant());
    return of(list.jurisdictionCode(), list.year(), list.kind()).get(0);
  }

  public List<DutyList> of(String jurisdiction, Integer year, DutyList.Kind kind) {
    return lists.find(jurisdiction, year, kind);
  }


  /** The lists a jurisdiction at county level or above has not recorded for the year. */
  public List<DutyList.Kind> missing(String jurisdiction, int year) {
    Jurisdiction j = jurisdictions.find(jurisdiction)
        .orElseThrow(() -> new InvalidFieldsException("jurisdiction", "names no jurisdiction"));
    if (!LEVELS.contains(j.level())) {
      return List.of();
    }
    Set<DutyList.Kind> recorded = of(jurisdiction, year, null).stream().map(DutyList::kind).collect(Collectors.toSet());
    return Arrays.stream(DutyList.Kind.values()).filter(k -> !recorded.contains(k)).toList();
  }
}
