package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.Page;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class CadreService {

  static final String REGISTRATION_REASON = "登记";

  private final CadreRepository cadres;
  private final JurisdictionService jurisdictions;
  private final SafetyRecordRepository records;
  private final CadreCsv csv;
  private final PortfolioService portfolios;
  private final Clock clock;

  public CadreService(CadreRepository cadres, JurisdictionService jurisdictions, SafetyRecordRepository records,
      CadreCsv csv, PortfolioService portfolios, Clock clock) {
    this.cadres = cadres;
    this.portfolios = portfolios;
    this.jurisdictions = jurisdictions;
    this.records = records;
    this.csv = csv;
    this.clock = clock;
  }

  @Transactional
  public Cadre create(NewCadre request, String registeredBy) {
    Jurisdiction jurisdiction = jurisdictions.find(request.jurisdictionCode())
        .orElseThrow(() -> new InvalidFieldsException("jurisdictionCode", "names no jurisdiction"));
    if (request.allRoles().isEmpty()) {
      throw new InvalidFieldsException("role", "is required (role, or roles)");
    }
    List<FieldProblem> portfolioProblems = portfolios.problems("portfolio", request.portfolio());
    if (!portfolioProblems.isEmpty()) {
      throw new InvalidFieldsException(portfolioProblems);
    }
    long id = insert(request, registeredBy);
    return get(id);
  }

  /** The cadre's roles from now on; the change is kept in the status history. A departure from Art 8 is flagged, not refused. */
  @Transactional
  public Cadre changeRoles(long id, RolesChange change, String changedBy) {
    CadreStatus current = cadres.lockStatus(id).orElseThrow(() -> new NotFoundException("Cadre", id));
    Cadre cadre = get(id);
    List<CadreRole> roles = change.roles().stream().distinct().toList();
    boolean viceChair = change.safetyCommitteeViceChair() != null ? change.safetyCommitteeViceChair()
        : cadre.safetyCommitteeViceChair();
    cadres.setRoles(id, roles, viceChair);
    cadres.insertHistory(id, current, new StatusChange(current, LocalDate.now(clock),
        change.reason() != null ? change.reason() : "调整职务角色"), roles, changedBy, clock.instant());
    return get(id);
  }



  /**
   * Imports every row of the file or, when any row is invalid, none; the problems name row and column. A
   * row with {@code cadre_id} is that existing cadre — never one found by name — moved to the row's
   * posting on {@code effective_on} where it differs from the posting in force, left as it is otherwise.
   * Returns the ids of the rows' cadres, in order.
   */
  @Transactional
  public List<Long> importCsv(String text, String registeredBy) {
    CadreCsv.Result result = csv.read(text);
    List<FieldProblem> problems = new ArrayList<>(result.problems());
    java.util.Set<Long> named = new java.util.HashSet<>();
    java.util.Map<Integer, NewPosting> moves = new java.util.HashMap<>();
    for (CadreCsv.Row row : result.rows()) {
      String code = row.cadre().jurisdictionCode();
      boolean codeAlreadyReported = problems.stream()
          .anyMatch(p -> Integer.valueOf(row.number()).equals(p.row()) && "jurisdiction_code".equals(p.field()));
      var jurisdiction = code == null || codeAlreadyReported ? null : jurisdictions.find(code).orElse(null);
      if (code != null && !codeAlreadyReported && jurisdiction == null) {
        problems.add(new FieldProblem(row.number(), "jurisdiction_code", "names no jurisdiction"));
      }
      if (row.cadreId() != null) {
        existingRowProblems(row, jurisdiction, named, moves, problems);
      } else if (row.effectiveOn() != null) {
        problems.add(new FieldProblem(row.number(), "effective_on", "is only for a row naming an existing cadre by cadre_id"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    List<Long> ids = new ArrayList<>();
    for (CadreCsv.Row row : result.rows()) {
      if (row.cadreId() == null) {
        ids.add(insert(row.cadre(), registeredBy));
        continue;
      }
      NewPosting move = moves.get(row.number());
      if (move != null) {
        move(row.cadreId(), cadres.lockStatus(row.cadreId()).orElseThrow(), move, registeredBy);
      }
      ids.add(row.cadreId());
    }
    return ids;
  }

  /** A row naming an existing cadre: the cadre, its name, and — where the row moves it — the move's problems. */
  private void existingRowProblems(CadreCsv.Row row, Jurisdiction jurisdiction, java.util.Set<Long> named,
      java.util.Map<Integer, NewPosting> moves, List<FieldProblem> problems) {
    Cadre cadre = cadres.find(row.cadreId()).orElse(null);
    if (cadre == null) {
      problems.add(new FieldProblem(row.number(), "cadre_id", "names no cadre"));
      return;
    }
    if (!named.add(cadre.id())) {
      problems.add(new FieldProblem(row.number(), "cadre_id", "names a cadre another row names"));
    }
    if (row.cadre().name() != null && !row.cadre().name().trim().equals(cadre.name())) {
      problems.add(new FieldProblem(row.number(), "name", "is not the name of cadre " + cadre.id()));
    }
    if (jurisdiction == null || row.cadre().allRoles().isEmpty()) {
      return;
    }
    boolean same = jurisdiction.code().equals(cadre.jurisdictionCode())
        && java.util.Objects.equals(CadreRepository.blankToNull(row.cadre().post()), cadre.post())
        && row.cadre().allRoles().get(0) == cadre.role()
        && java.util.Set.copyOf(row.cadre().allRoles()).equals(java.util.Set.copyOf(cadre.roles()))
        && row.cadre().viceChair() == cadre.safetyCommitteeViceChair();
    if (same) {
      return;
    }
    NewPosting move = new NewPosting(jurisdiction.code(), row.cadre().post(), row.cadre().allRoles(),
        row.cadre().viceChair(), null, row.effectiveOn(), "名册导入");
    for (FieldProblem p : postingProblems(cadre.id(), move)) {
      problems.add(new FieldProblem(row.number(), switch (p.field()) {
        case "effectiveOn" -> "effective_on";
        case "jurisdictionCode" -> "jurisdiction_code";
        case "roles" -> "role";
        default -> p.field();
      }, p.message()));
    }
    moves.put(row.number(), move);
  }

  private long insert(NewCadre request, String registeredBy) {
    Instant now = clock.instant();
    long id = cadres.insert(request, now);
    cadres.insertHistory(id, null,
        new StatusChange(request.statusOrDefault(), LocalDate.now(clock), REGISTRATION_REASON), request.allRoles(),
        registeredBy, now);
    long posting = cadres.insertPosting(id, request.jurisdictionCode(), request.post(), request.allRoles(),
        request.viceChair(), LocalDate.now(clock), REGISTRATION_REASON, registeredBy, now);
    portfolios.start(posting, request.portfolio(), LocalDate.now(clock), REGISTRATION_REASON, registeredBy);
    if (request.statusOrDefault() != CadreStatus.IN_OFFICE) {
      // registered after leaving the post (an Art 26 case): the post is where they served, no longer held
      endPostings(id, LocalDate.now(clock).minusDays(1));
    }
    return id;
  }

  /**
   * The cadre moves to a new posting (transfer, promotion, another post): the posting in force ends the
   * day before {@code effectiveOn}, the new one begins, the cadre is in office there. One person
   * throughout: the record, restrictions, cases and eligibility follow. A move is recorded once it has
   * taken effect; a departure from Art 8 is recorded as it is and flagged ({@link SafetyDeputyCompliance}).
   */
  @Transactional
  public CadreDetail post(long id, NewPosting posting, String by) {
    CadreStatus current = cadres.lockStatus(id).orElseThrow(() -> new NotFoundException("Cadre", id));
    List<FieldProblem> problems = postingProblems(id, posting);
    if (!problems.isEmpty()) {
      throw new InvalidFieldsException(problems);
    }
    move(id, current, posting, by);
    return detail(id);
  }

  /** What is wrong with a move of the cadre, by field; empty when it may be recorded. */
  private List<FieldProblem> postingProblems(long id, NewPosting posting) {
    List<FieldProblem> problems = new ArrayList<>();
    Jurisdiction jurisdiction = jurisdictions.find(posting.jurisdictionCode()).orElse(null);
    if (jurisdiction == null) {
      problems.add(new FieldProblem("jurisdictionCode", "names no jurisdiction"));
    }
    problems.addAll(portfolios.problems("portfolio", posting.portfolio()));
    Posting inForce = cadres.postings(id).stream().filter(p -> p.endsOn() == null).reduce((a, b) -> b).orElse(null);
    if (posting.effectiveOn() == null) {
      problems.add(new FieldProblem("effectiveOn", "is required for a move"));
    } else if (posting.effectiveOn().isAfter(LocalDate.now(clock))) {
      problems.add(new FieldProblem("effectiveOn", "is after today; a move is recorded once it has taken effect"));
    } else if (inForce != null && !posting.effectiveOn().isAfter(inForce.startsOn())) {
      problems.add(new FieldProblem("effectiveOn", "is not after " + inForce.startsOn()
          + ", when the posting in force began"));
    }
    return problems;
  }

  private void move(long id, CadreStatus current, NewPosting posting, String by) {
    Jurisdiction jurisdiction = jurisdictions.find(posting.jurisdictionCode()).orElseThrow();
    List<CadreRole> roles = posting.roles().stream().distinct().toList();
    boolean viceChair = Boolean.TRUE.equals(posting.safetyCommitteeViceChair());
    Instant now = clock.instant();
    endPostings(id, posting.effectiveOn().minusDays(1));
    long postingId = cadres.insertPosting(id, jurisdiction.code(), posting.post(), roles, viceChair,
        posting.effectiveOn(), posting.reason(), by, now);
    portfolios.start(postingId, posting.portfolio(), posting.effectiveOn(), posting.reason(), by);
    cadres.moveTo(id, jurisdiction.code(), posting.post(), roles, viceChair);
    if (current != CadreStatus.IN_OFFICE) {
      cadres.updateStatus(id, CadreStatus.IN_OFFICE);
    }
    cadres.insertHistory(id, current, new StatusChange(CadreStatus.IN_OFFICE, posting.effectiveOn(),
        "任职" + jurisdiction.name() + (posting.post() != null ? posting.post() : "") + "：" + posting.reason()), roles,
        by, now);
  }

  /** Ends the cadre's posting in force on {@code lastDay}, its portfolio with it. */
  private void endPostings(long id, LocalDate lastDay) {
    cadres.endPosting(id, lastDay);
    portfolios.endWithPostings(id);
  }

  /** The cadre with their postings, earliest first, each with its portfolio. */
  @Transactional(readOnly = true)
  public CadreDetail detail(long id) {
    return new CadreDetail(get(id), portfolios.withPortfolios(cadres.postings(id)));
  }

  @Transactional
  public Cadre changeStatus(long id, StatusChange change, String changedBy) {
    CadreStatus current = cadres.lockStatus(id).orElseThrow(() -> new NotFoundException("Cadre", id));
    if (current == change.status()) {
      throw new ConflictException("Cadre " + id + " is already " + current);
    }
    StatusChange dated = change.effectiveOn() != null ? change
        : new StatusChange(change.status(), LocalDate.now(clock), change.reason());
    cadres.updateStatus(id, change.status());
    cadres.insertStatusChange(id, current, dated, changedBy, clock.instant());
    if (change.status() != CadreStatus.IN_OFFICE) {
      // no longer holding the post: the posting in force ends the day before
      endPostings(id, dated.effectiveOn().minusDays(1));
    } else {
      Cadre cadre = get(id);
      cadres.insertPosting(id, cadre.jurisdictionCode(), cadre.post(), cadre.roles(), cadre.safetyCommitteeViceChair(),
          dated.effectiveOn(), dated.reason(), changedBy, clock.instant());
    }
    return get(id);
  }

  /**
   * The leaders who held a post in the jurisdiction at some time in [from, to], departed since or not,
   * each as they held it there: who a tour finding, an assessment or an accident conclusion about that
   * period names.
   */
  @Transactional(readOnly = true)
  public List<Cadre> holders(String jurisdictionCode, LocalDate from, LocalDate to) {
    return cadres.holders(jurisdictionCode, from, to);
  }

  /**
   * The posting a case concerns: the cadre's latest posting in the jurisdiction (any, when none is named)
   * held at some time in the period — the first posting counting as held before it was recorded — or,
   * failing that, the posting in force. Empty for an unknown cadre.
   */
  @Transactional(readOnly = true)
  public java.util.Optional<Posting> postingConcerned(long cadreId, cn.gx.safeduty.kernel.casework.CaseConcerns concerns) {
    List<Posting> postings = cadres.postings(cadreId);
    if (postings.isEmpty()) {
      return java.util.Optional.empty();
    }
    Posting first = postings.get(0);
    java.util.Optional<Posting> held = concerns == null ? java.util.Optional.empty() : postings.stream()
        .filter(p -> concerns.jurisdictionCode() == null || p.jurisdictionCode().equals(concerns.jurisdictionCode()))
        .filter(p -> p.heldDuring(concerns.from(), concerns.to(), p == first))
        .reduce((a, b) -> b);
    return held.or(() -> postings.stream().filter(p -> p.endsOn() == null).reduce((a, b) -> b))
        .or(() -> java.util.Optional.of(postings.get(postings.size() - 1)));
  }

  /** One posting of the cadre, by its id. */
  @Transactional(readOnly = true)
  public java.util.Optional<Posting> posting(long cadreId, long postingId) {
    return cadres.postings(cadreId).stream().filter(p -> p.id() == postingId).findFirst();
  }

  /** Whether the cadre has left the posting (调离转岗、提拔 ended it, or they left office): Art 26's "departed". */
  @Transactional(readOnly = true)
  public boolean leftPosting(long cadreId, long postingId) {
    return cadres.postings(cadreId).stream().filter(p -> p.id() == postingId).findFirst()
        .map(p -> p.endsOn() != null).orElse(false);
  }

  /** The role histories of these cadres (unknown ids are left out): two queries. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, RoleHistory> roleHistories(java.util.Collection<Long> ids) {
    var histories = cadres.statusHistories(ids);
    java.util.Map<Long, RoleHistory> byCadre = new java.util.HashMap<>();
    cadres.postingsOf(ids).forEach((id, postings) ->
        byCadre.put(id, new RoleHistory(id, postings, histories.getOrDefault(id, List.of()))));
    return byCadre;
  }

  public boolean exists(long id) {
    return cadres.exists(id);
  }

  public Cadre get(long id) {
    return cadres.find(id).orElseThrow(() -> new NotFoundException("Cadre", id));
  }

  /** The cadres of the jurisdiction and role now or, with {@code on}, by the posting they held that day. */
  public Page<Cadre> list(String jurisdiction, boolean includeSubdivisions, CadreRole role, CadreStatus status,
      LocalDate on, int page, int size) {
    CadreFilter filter = new CadreFilter(jurisdictions.scope(jurisdiction, includeSubdivisions), role, status, on);
    return Page.of(cadres.page(filter, page, size), page, size, cadres.count(filter));
  }

  /** The cadre's safety record; every look is logged with who, when and why. */
  @Transactional
  public SafetyRecord record(long id, RecordAccess access) {
    Cadre cadre = get(id);
    records.logAccess(id, access, clock.instant());
    return new SafetyRecord(cadre, cadres.statusHistory(id), records.assessmentGrades(id), records.tourFindings(id),
        records.awards(id), records.sanctions(id), records.restrictions(id), records.vettings(id));
  }

  /** Holds the cadre's row to the end of the transaction, so two requests about one cadre run one after the other. */
  @Transactional
  public void hold(long id) {
    cadres.lockStatus(id).orElseThrow(() -> new NotFoundException("Cadre", id));
  }

  /** A look at a copy of the cadre's record kept elsewhere (a vetting's compiled record), logged as a look at the record. */
  @Transactional
  public void logLook(long id, RecordAccess access) {
    if (!cadres.exists(id)) {
      throw new NotFoundException("Cadre", id);
    }
    records.logAccess(id, access, clock.instant());
  }

  /** What the cadre's active restrictions bar on a day; every look is logged with who, when and why. */
  @Transactional
  public Eligibility eligibility(long id, LocalDate asOf, RecordAccess access) {
    if (!cadres.exists(id)) {
      throw new NotFoundException("Cadre", id);
    }
    records.logAccess(id, access, clock.instant());
    return Eligibility.of(asOf != null ? asOf : LocalDate.now(clock), records.restrictions(id));
  }

  /** Who looked at the cadre's record or eligibility, latest first. */
  @Transactional(readOnly = true)
  public Page<RecordAccess.Logged> recordAccesses(long id, int page, int size) {
    get(id);
    return Page.of(records.accesses(id, page, size), page, size, records.accessCount(id));
  }
}
