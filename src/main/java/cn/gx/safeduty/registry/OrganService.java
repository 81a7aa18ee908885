package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.NotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of organs that issue documents (BRIEF §7): recorded on start for every jurisdiction that
 * has none yet — from the seed files, else by {@link OrganNaming}'s rule with the 代字 unconfirmed — and
 * for each jurisdiction created later; then kept in the database and edited by administrators.
 */
@Service
public class OrganService implements ApplicationRunner {

  static final String SYSTEM = "system";

  /** Which level's organs issue a document on a cadre. */
  public enum IssuingLevel {
    /** the level that manages the cadre: the jurisdiction above the cadre's; the region's own for the region */
    MANAGING,
    /** the cadre's own jurisdiction */
    OWN
  }

  private final OrganRepository organs;
  private final JurisdictionRepository jurisdictions;
  private final OrganSeedFile seeds;
  private final DocumentNumbers numbers;
  private final IssuingLevel issuingLevel;
  private final Clock clock;

  public OrganService(OrganRepository organs, JurisdictionRepository jurisdictions, OrganSeedFile seeds,
      DocumentNumbers numbers, @Value("${safeduty.documents.issuing-level:MANAGING}") IssuingLevel issuingLevel, Clock clock) {
    this.organs = organs;
    this.jurisdictions = jurisdictions;
    this.seeds = seeds;
    this.numbers = numbers;
    this.issuingLevel = issuingLevel;
    this.clock = clock;
  }

  @Override
  public void run(ApplicationArguments args) {
    recordMissing(jurisdictions.list(null, null));
  }

  /**
   * Records the organs these jurisdictions lack. Two instances starting at once may both try: the
   * loser's rows are already there, which is what it wanted.
   */
  @Transactional
  public void recordMissing(List<Jurisdiction> these) {
    List<Organ> existing = organs.list(null, null, null);
    Set<String> recorded = existing.stream().map(o -> OrganNaming.key(o.jurisdictionCode(), o.kind()))
        .collect(Collectors.toSet());
    if (these.stream().filter(OrganNaming::hasOrgans)
        .allMatch(j -> java.util.Arrays.stream(OrganKind.values())
            .allMatch(k -> recorded.contains(OrganNaming.key(j.code(), k))))) {
      return;
    }
    Map<String, Organ> seeded = seeds.rows();
    Map<String, String> taken = new java.util.HashMap<>();
    existing.forEach(o -> taken.put(o.code(), o.jurisdictionCode()));
    seeded.values().forEach(o -> taken.putIfAbsent(o.code(), o.jurisdictionCode()));
    OrganNaming naming = new OrganNaming(jurisdictions.list(null, null), taken);
    var now = clock.instant();
    for (Organ generated : naming.organs(these, recorded)) {
      Organ organ = seeded.getOrDefault(OrganNaming.key(generated.jurisdictionCode(), generated.kind()), generated);
      try {
        organs.insert(organ, SYSTEM, now);
      } catch (DuplicateKeyException alreadyRecorded) {
        // recorded meanwhile by another instance starting at the same time
      }
    }
  }

  public List<Organ> list(Set<String> jurisdictionCodes, OrganKind kind, Boolean confirmed) {
    return organs.list(jurisdictionCodes, kind, confirmed);
  }

  public Organ get(long id) {
    return organs.find(id).orElseThrow(() -> new NotFoundException("Organ", String.valueOf(id)));
  }

  /** An administrator's correction of an organ's name or 代字, or the confirmation of its 代字. */
  @Transactional
  public Organ update(long id, OrganChange change, String user) {
    Organ current = get(id);
    String code = change.code().trim();
    organs.findByCode(code).filter(other -> !other.id().equals(id)).ifPresent(other -> {
      throw new ConflictException("代字“" + code + "”已由" + other.name() + "使用");
    });
    Organ updated = new Organ(id, current.jurisdictionCode(), current.kind(), change.name().trim(), code,
        change.codeConfirmed());
    organs.update(updated, user, clock.instant());
    if (updated.codeConfirmed()) {
      numbers.fix(updated);
    }
    return updated;
  }

  /** The jurisdiction whose organs issue a document on a cadre posted in {@code cadreJurisdiction}. */
  public String issuingJurisdiction(String cadreJurisdiction) {
    if (issuingLevel == IssuingLevel.OWN) {
      return cadreJurisdiction;
    }
    Jurisdiction own = jurisdictions.find(cadreJurisdiction)
        .orElseThrow(() -> new NotFoundException("Jurisdiction", cadreJurisdiction));
    return own.parentCode() == null ? own.code() : own.parentCode();
  }

  /** The jurisdiction's name as official names carry it: 隆安县, 南宁市青秀区, 广西壮族自治区. */
  public String place(String jurisdictionCode) {
    Jurisdiction j = jurisdictions.find(jurisdictionCode)
        .orElseThrow(() -> new NotFoundException("Jurisdiction", jurisdictionCode));
    return new OrganNaming(jurisdictions.withAncestors(jurisdictionCode), Map.of()).place(j);
  }

  public java.util.Optional<Organ> named(String name, OrganKind kind) {
    return organs.findByName(name, kind);
  }

  /** The jurisdiction above, null for the region. */
  public String parentOf(String jurisdictionCode) {
    return jurisdictions.find(jurisdictionCode).map(Jurisdiction::parentCode).orElse(null);
  }

  boolean atRegion(String jurisdictionCode) {
    return jurisdictions.find(jurisdictionCode).map(j -> j.level() == JurisdictionLevel.REGION).orElse(false);
  }

  /** The organ of this kind of the jurisdiction or, where it has none (a township), of the nearest level above. */
  public Organ organ(String jurisdictionCode, OrganKind kind) {
    var own = organs.find(jurisdictionCode, kind);
    if (own.isPresent()) {
      return own.get();
    }
    for (Jurisdiction level : jurisdictions.withAncestors(jurisdictionCode)) {
      var organ = organs.find(level.code(), kind);
      if (organ.isPresent()) {
        return organ.get();
      }
    }
    throw new ConflictException(jurisdictionCode + " has no " + kind.chineseName() + " recorded as an organ");
  }
}
