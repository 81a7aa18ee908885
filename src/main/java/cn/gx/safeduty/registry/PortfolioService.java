package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns the portfolios (分管范围) of postings: the sectors a leader held, each with its dates, and who
 * answers for an accident of an industry — the overall roles, and the members whose portfolio covered
 * it on the day (Art 4 一岗双责).
 */
@Service
public class PortfolioService {

  private final PortfolioRepository portfolios;
  private final CadreRepository cadres;
  private final IndustryCatalogue industries;
  private final PortfolioCatalogue catalogue;
  private final Clock clock;

  public PortfolioService(PortfolioRepository portfolios, CadreRepository cadres, IndustryCatalogue industries,
      PortfolioCatalogue catalogue, Clock clock) {
    this.portfolios = portfolios;
    this.cadres = cadres;
    this.industries = industries;
    this.catalogue = catalogue;
    this.clock = clock;
  }

  /** Every sector a portfolio may name: the industries, then the other areas of work. */
  public List<Sector> sectors() {
    List<Sector> all = new ArrayList<>();
    industries.all().forEach(i -> all.add(new Sector(i.code(), i.name(), true)));
    catalogue.areas().forEach((code, name) -> all.add(new Sector(code, name, false)));
    return all;
  }

  public String name(String sector) {
    return industries.known(sector) ? industries.name(sector) : catalogue.areas().getOrDefault(sector, sector);
  }

  /** The problem with a portfolio's sectors, if any: a code neither an industry nor an area of work. */
  List<FieldProblem> problems(String field, Collection<String> sectors) {
    if (sectors == null) {
      return List.of();
    }
    List<String> unknown = sectors.stream().filter(s -> s == null || !industries.known(s) && !catalogue.areas()
        .containsKey(s)).map(String::valueOf).distinct().toList();
    return unknown.isEmpty() ? List.of()
        : List.of(new FieldProblem(field, "names no industry or area of work: " + String.join(", ", unknown)));
  }

  /** A new posting's portfolio, held from its first day. */
  void start(long postingId, Collection<String> sectors, LocalDate on, String reason, String by) {
    if (sectors != null && !sectors.isEmpty()) {
      portfolios.insert(postingId, new LinkedHashSet<>(sectors), on, reason, by, clock.instant());
    }
  }

  /** Ends the sectors of the cadre's postings that have ended, with them. */
  void endWithPostings(long cadreId) {
    portfolios.endWithPostings(cadreId);
  }

  /**
   * The portfolio of the posting in force changes on {@code effectiveOn}: sectors no longer listed end the
   * day before, new ones begin; the others go on.
   */
  @Transactional
  public void change(long cadreId, PortfolioChange change, String by) {
    cadres.lockStatus(cadreId).orElseThrow(() -> new NotFoundException("Cadre", cadreId));
    Posting inForce = cadres.postings(cadreId).stream().filter(p -> p.endsOn() == null).reduce((a, b) -> b)
        .orElseThrow(() -> new ConflictException("Cadre " + cadreId + " holds no posting now"));
    List<FieldProblem> problems = new ArrayList<>(problems("sectors", change.sectors()));
    if (change.effectiveOn().isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("effectiveOn", "is after today; a change is recorded once it has taken effect"));
    } else if (change.effectiveOn().isBefore(inForce.startsOn())) {
      problems.add(new FieldProblem("effectiveOn", "is before " + inForce.startsOn() + ", when the posting in force began"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    Set<String> held = new LinkedHashSet<>();
    portfolios.of(List.of(inForce.id()), this::name).getOrDefault(inForce.id(), List.of()).stream()
        .filter(e -> e.endsOn() == null).forEach(e -> held.add(e.sector()));
    Set<String> wanted = new LinkedHashSet<>(change.sectors());
    List<String> ending = held.stream().filter(s -> !wanted.contains(s)).toList();
    List<String> starting = wanted.stream().filter(s -> !held.contains(s)).toList();
    String reason = change.reason() != null && !change.reason().isBlank() ? change.reason() : "调整分管范围";
    portfolios.end(inForce.id(), ending, change.effectiveOn().minusDays(1));
    portfolios.insert(inForce.id(), starting, change.effectiveOn(), reason, by, clock.instant());
  }

  /** These postings, each with its portfolio. */
  List<Posting> withPortfolios(List<Posting> postings) {
    Map<Long, List<PortfolioEntry>> byPosting = portfolios.of(postings.stream().map(Posting::id).toList(), this::name);
    return postings.stream().map(p -> p.withPortfolio(byPosting.getOrDefault(p.id(), List.of()))).toList();
  }

  /**
   * Who answers for an accident of the industry in the jurisdiction on the day: those who held a post
   * there in one of the overall roles, then those whose portfolio covered the industry; each once.
   */
  @Transactional(readOnly = true)
  public List<CoveringLeader> covering(String jurisdictionCode, String industryCode, LocalDate day) {
    Map<Long, CoveringLeader> leaders = new LinkedHashMap<>();
    List<Cadre> holders = cadres.holders(jurisdictionCode, day, day);
    for (Cadre c : holders) {
      c.roles().stream().filter(catalogue.overallRoles()::contains).findFirst()
          .ifPresent(role -> leaders.put(c.id(), new CoveringLeader(c, role.chineseName())));
    }
    Map<Long, Cadre> byId = new LinkedHashMap<>();
    holders.forEach(c -> byId.put(c.id(), c));
    for (PortfolioRepository.Held held : portfolios.holding(jurisdictionCode, industryCode, day)) {
      Cadre c = byId.get(held.cadreId());
      if (c != null) {
        leaders.putIfAbsent(c.id(), new CoveringLeader(c, "分管" + name(industryCode)));
      }
    }
    return List.copyOf(leaders.values());
  }
}
