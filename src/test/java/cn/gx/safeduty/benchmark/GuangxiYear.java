package cn.gx.safeduty.benchmark;

import cn.gx.safeduty.accident.AccidentService;
import cn.gx.safeduty.accident.Conclusion;
import cn.gx.safeduty.accident.NewAccident;
import cn.gx.safeduty.accident.Reporting;
import cn.gx.safeduty.accountability.AccountabilityCaseService;
import cn.gx.safeduty.assessment.AssessmentCycleService;
import cn.gx.safeduty.assessment.NewAssessmentCycle;
import cn.gx.safeduty.commendation.Basis;
import cn.gx.safeduty.commendation.CandidateVettingService;
import cn.gx.safeduty.commendation.CommendationService;
import cn.gx.safeduty.commendation.NewCandidateVetting;
import cn.gx.safeduty.registry.AppointmentKind;
import cn.gx.safeduty.commendation.NewCommendation;
import cn.gx.safeduty.inspection.InspectionTourService;
import cn.gx.safeduty.inspection.NewInspectionTour;
import cn.gx.safeduty.kernel.casework.CaseFacts;
import cn.gx.safeduty.kernel.casework.Ground;
import cn.gx.safeduty.kernel.casework.Mitigation;
import cn.gx.safeduty.kernel.casework.NewAccountabilityCase;
import cn.gx.safeduty.kernel.casework.Responsibility;
import cn.gx.safeduty.registry.CadreRole;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.NewCadre;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Figure 3: a fictional Guangxi year, every process driven to its end through SafeDuty's services and
 * the engine's Java API, timers fired as soon as an instance waits on nothing but them. The region
 * tours and assesses its cities and each city its county-level jurisdictions; accidents in the
 * grades' usual mix are recorded, reported in time and concluded, each naming its responsible leaders;
 * accountability cases come from the accidents, the tours' marks, the assessment's failures and direct
 * registration; nominations and vettings run alongside; every task is done as its department would.
 */
final class GuangxiYear {

  /** What the year held, and what driving it took. */
  record Result(Map<String, Long> made, long tasks, long timers, long conflicts, Map<String, double[]> byStep,
      double setupSeconds,
      double seconds, long peakHeapBytes, long databaseBytesBefore, long databaseBytesAfter) {
    double casesPerSecond() {
      return made.get("accountability cases") / seconds;
    }
  }

  static final int LEADERS_PER_JURISDICTION = 16;
  /** How many people do the year's tasks at once. */
  static final int STAFF = 2;
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Set<String> GLOBAL_PROCESSES = Set.of("meeting-compliance", "proposal-intake");

  private final BenchmarkApp app;
  private final ProcessEngine engine;
  private final JdbcClient jdbc;
  private final YearForms forms;
  private final int year = LocalDate.now(ZONE).getYear();
  /** By task key (and "timer"): how many were done and the seconds they took, entries included. */
  private final Map<String, double[]> byStep = new java.util.TreeMap<>();

  GuangxiYear(BenchmarkApp app) {
    this.app = app;
    this.engine = app.bean(ProcessEngine.class);
    this.jdbc = app.bean(JdbcClient.class);
    this.forms = new YearForms(engine, app.bean(AccountabilityCaseService.class), jdbc);
  }

  /**
   * The year at {@code scale} (1 = ≈2,000 leaders assessed, 300 accidents, ≈600 cases, 100
   * nominations and 100 vettings; the tours always cover every jurisdiction).
   */
  Result run(double scale) {
    long databaseBefore = databaseBytes();
    long setupStart = System.nanoTime();
    List<String> cities = codes("CITY", null);
    Map<String, List<String>> countiesOf = new LinkedHashMap<>();
    cities.forEach(city -> countiesOf.put(city, codes("COUNTY", city)));
    Map<String, List<Long>> leaders = new LinkedHashMap<>();
    int perJurisdiction = Math.max(5, (int) Math.round(LEADERS_PER_JURISDICTION * scale));
    for (String city : cities) {
      leaders.put(city, leaders(city, perJurisdiction));
      countiesOf.get(city).forEach(county -> leaders.put(county, leaders(county, perJurisdiction)));
    }
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;

    MemoryPoolMXBean[] heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP).toArray(MemoryPoolMXBean[]::new);
    for (MemoryPoolMXBean pool : heap) {
      pool.resetPeakUsage();
    }
    long start = System.nanoTime();
    Map<String, Long> made = new LinkedHashMap<>();
    made.put("leaders in the registry", leaders.values().stream().mapToLong(List::size).sum());
    made.put("inspection tours", (long) tours(cities, countiesOf));
    made.put("assessment cycles", (long) assessments(cities, countiesOf));
    long casesBefore = count("SELECT COUNT(*) FROM accountability_case");
    made.put("accidents", (long) accidents(leaders, (int) Math.round(300 * scale)));
    // the tours' marks and the assessment's failures bring about 60 more
    long direct = Math.round(600 * scale) - (count("SELECT COUNT(*) FROM accountability_case") - casesBefore)
        - Math.round(60 * scale);
    made.put("cases registered directly", (long) directCases(leaders, (int) Math.max(0, direct)));
    made.put("nominations", (long) nominations(leaders, (int) Math.round(100 * scale)));
    made.put("vettings", (long) vettings(leaders, (int) Math.round(100 * scale)));
    long[] done = drive();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : heap) {
      peak += pool.getPeakUsage().getUsed();
    }
    made.put("inspection targets", count("SELECT COUNT(*) FROM inspection_target"));
    made.put("supervision items", count("SELECT COUNT(*) FROM supervision_item"));
    made.put("leaders and teams assessed", count("SELECT COUNT(*) FROM assessee"));
    made.put("accountability cases", count("SELECT COUNT(*) FROM accountability_case") - casesBefore);
    made.put("commendations from assessment proposals", count(
        "SELECT COUNT(*) FROM commendation WHERE basis = 'ASSESSMENT'"));
    return new Result(made, done[0], done[1], done[2], byStep, setupSeconds, seconds, peak, databaseBefore, databaseBytes());
  }

  private List<String> codes(String level, String parent) {
    return jdbc.sql("SELECT code FROM jurisdiction WHERE level = ? AND (CAST(? AS VARCHAR) IS NULL OR parent_code = ?) ORDER BY code")
        .params(level, parent, parent).query(String.class).list();
  }

  /** The jurisdiction's leading cadres: its party secretary, government head, safety deputy and others. */
  private List<Long> leaders(String jurisdiction, int count) {
    CadreService cadres = app.bean(CadreService.class);
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      NewCadre cadre = switch (i) {
        case 0 -> new NewCadre("书记" + jurisdiction, jurisdiction, CadreRole.PARTY_SECRETARY, "党委书记", null);
        case 1 -> new NewCadre("长" + jurisdiction, jurisdiction, CadreRole.GOVERNMENT_HEAD, "政府主要负责人", null);
        case 2 -> new NewCadre("副长" + jurisdiction, jurisdiction, null,
            List.of(CadreRole.SAFETY_DEPUTY, CadreRole.STANDING_COMMITTEE_MEMBER), "常务副职", null, true);
        default -> new NewCadre("领导" + jurisdiction + "-" + i, jurisdiction,
            i % 2 == 0 ? CadreRole.STANDING_COMMITTEE_MEMBER : CadreRole.GOVERNMENT_LEADER, "副职", null);
      };
      ids.add(cadres.create(cadre, "year-org").id());
    }
    return ids;
  }

  private static final List<String> FOCUS = List.of("5-2", "6-2", "8-1");

  private int tours(List<String> cities, Map<String, List<String>> countiesOf) {
    InspectionTourService tours = app.bean(InspectionTourService.class);
    NewInspectionTour.Member team = new NewInspectionTour.Member("巡查组长", "自治区应急管理厅");
    tours.plan(new NewInspectionTour(year, "450000", cities, FOCUS, List.of(team)), "year-em");
    int count = 1;
    for (String city : cities) {
      if (!countiesOf.get(city).isEmpty()) {
        tours.plan(new NewInspectionTour(year, city, countiesOf.get(city), FOCUS,
            List.of(new NewInspectionTour.Member("巡查组长", "市应急管理局"))), "year-em");
        count++;
      }
    }
    return count;
  }

  private int assessments(List<String> cities, Map<String, List<String>> countiesOf) {
    AssessmentCycleService cycles = app.bean(AssessmentCycleService.class);
    cycles.plan(new NewAssessmentCycle(year - 1, "450000", cities, null), "year-em");
    int count = 1;
    for (String city : cities) {
      if (!countiesOf.get(city).isEmpty()) {
        cycles.plan(new NewAssessmentCycle(year - 1, city, countiesOf.get(city), null), "year-em");
        count++;
      }
    }
    return count;
  }

  /**
   * Accidents in the grades' usual mix (most general, some larger, a few major), each reported to
   * every level in time and concluded, naming one or two leaders of its jurisdiction.
   */
  private int accidents(Map<String, List<Long>> leaders, int count) {
    AccidentService accidents = app.bean(AccidentService.class);
    List<String> places = new ArrayList<>(leaders.keySet());
    String[] industries = {"道路交通", "建筑施工", "工贸", "火灾", "危险化学品", "矿山"};
    for (int n = 0; n < count; n++) {
      String jurisdiction = places.get((n * 7) % places.size());
      int deaths = n % 50 == 0 ? 12 : n % 10 == 0 ? 4 : n % 3 == 0 ? 1 : 0;
      int injuries = n % 5 == 0 ? 2 : 0;
      Instant occurred = Instant.now().minus(Duration.ofDays(5 + n % 300)).minus(Duration.ofHours(n % 24));
      Instant unit = occurred.plus(Duration.ofMinutes(30));
      var recorded = accidents.record(new NewAccident(jurisdiction, "事故地点" + n, occurred, industries[n % industries.length],
          deaths, injuries, new BigDecimal(200_000 + 37_000L * (n % 40)), "基准事故经过" + n,
          new Reporting(unit, unit.plus(Duration.ofHours(1)), unit.plus(Duration.ofHours(2)),
              unit.plus(Duration.ofHours(3)))), "year-em");
      List<Long> local = leaders.get(jurisdiction);
      List<Conclusion.Responsible> responsible = new ArrayList<>();
      responsible.add(new Conclusion.Responsible(local.get(2), n % 4 == 0 ? Responsibility.MAIN : Responsibility.IMPORTANT,
          null, null, facts(n)));
      if (n % 3 == 0) {
        responsible.add(new Conclusion.Responsible(local.get(3 + n % (local.size() - 3)), Responsibility.GENERAL, null,
            null, facts(n + 1)));
      }
      accidents.conclude(recorded.id(), new Conclusion("调查认定：安全生产责任落实不到位", responsible, null), "year-em");
    }
    return count;
  }

  private static CaseFacts facts(int n) {
    return new CaseFacts(n % 11 == 0, n % 7 == 0, n % 13 == 0, n % 5 == 0 ? Mitigation.LIGHTER : Mitigation.NONE,
        false, false);
  }

  private int nominations(Map<String, List<Long>> leaders, int count) {
    CommendationService commendations = app.bean(CommendationService.class);
    List<String> places = new ArrayList<>(leaders.keySet());
    String[] types = {"SAFETY_WORK", "SPECIAL_TASK", "RESCUE"};
    Set<String> open = new HashSet<>();
    int made = 0;
    for (int n = 0; made < count && n < count * 20; n++) {
      List<Long> local = leaders.get(places.get((n * 5 + 3) % places.size()));
      long cadre = local.get(local.size() - 1 - n % 2);
      String award = n % 2 == 0 ? "COMMENDATION" : "MERIT";
      if (!open.add(cadre + "/" + award)) {
        continue; // one open nomination per cadre and award
      }
      commendations.nominate(new NewCommendation(cadre, Basis.CONTRIBUTION, types[n % types.length], null, award,
          "牵头完成安全生产专项整治，成效显著", "自治区应急管理厅"), "year-em");
      made++;
    }
    return made;
  }

  private int vettings(Map<String, List<Long>> leaders, int count) {
    CandidateVettingService vettings = app.bean(CandidateVettingService.class);
    List<String> places = new ArrayList<>(leaders.keySet());
    for (int n = 0; n < count; n++) {
      List<Long> local = leaders.get(places.get((n * 3 + 1) % places.size()));
      vettings.start(new NewCandidateVetting(local.get(1 + n % 2), "拟任职务" + n,
          n % 3 == 0 ? AppointmentKind.PROMOTION : AppointmentKind.EQUIVALENT), "year-org");
    }
    return count;
  }

  private int directCases(Map<String, List<Long>> leaders, int count) {
    AccountabilityCaseService cases = app.bean(AccountabilityCaseService.class);
    List<Long> all = leaders.values().stream().flatMap(List::stream).toList();
    for (int n = 0; n < count; n++) {
      cases.register(new NewAccountabilityCase(all.get((n * 11) % all.size()), n % 2 == 0 ? Ground.DUTY_FAILURE
          : Ground.OTHER, null, null, "基准问责线索" + n, facts(n)), "year-em");
    }
    return count;
  }

  /**
   * Does every open task, fires the timers of instances that wait on nothing else, and once all is
   * done lets the hourly intake take up the assessment's proposals as nominations; until every
   * instance of the year has ended. The tasks done and the timers fired.
   */
  private long[] drive() {
    long tasks = 0;
    long timers = 0;
    long conflicts = 0;
    boolean proposalsTakenUp = false;
    java.util.concurrent.ExecutorService staff = java.util.concurrent.Executors.newFixedThreadPool(STAFF);
    try {
      while (true) {
        List<Task> open = engine.getTaskService().createTaskQuery().active().list();
        if (!open.isEmpty()) {
          long[] done = complete(open, staff);
          tasks += done[0];
          conflicts += done[1];
          continue;
        }
        List<Job> due = waitingTimers();
        if (due.isEmpty()) {
          if (running() > 0) {
            throw new IllegalStateException(running() + " instances wait on neither a task nor a timer");
          }
          if (proposalsTakenUp) {
            return new long[] {tasks, timers, conflicts};
          }
          due = engine.getManagementService().createJobQuery().timers().processDefinitionKey("proposal-intake").list();
          proposalsTakenUp = true;
        }
        for (Job timer : due) {
          long timerStart = System.nanoTime();
          engine.getManagementService().executeJob(timer.getId());
          tally("timer", timerStart);
        }
        timers += due.size();
      }
    } finally {
      staff.shutdownNow();
    }
  }

  /**
   * The open tasks done by {@link #STAFF} people at once, each instance's tasks by one of them in
   * turn; a completion that meets another's on a shared parent (the engine's optimistic lock) is left
   * for the next round, as Tasklist would show the task again. Done and conflicts.
   */
  private long[] complete(List<Task> open, java.util.concurrent.ExecutorService staff) {
    Map<String, List<Task>> byInstance = new LinkedHashMap<>();
    open.forEach(task -> byInstance.computeIfAbsent(task.getProcessInstanceId(), k -> new ArrayList<>()).add(task));
    List<List<Task>> shares = new ArrayList<>();
    for (int i = 0; i < STAFF; i++) {
      shares.add(new ArrayList<>());
    }
    int next = 0;
    for (List<Task> instanceTasks : byInstance.values()) {
      shares.get(next++ % STAFF).addAll(instanceTasks);
    }
    java.util.concurrent.atomic.AtomicLong done = new java.util.concurrent.atomic.AtomicLong();
    java.util.concurrent.atomic.AtomicLong conflicts = new java.util.concurrent.atomic.AtomicLong();
    List<java.util.concurrent.Future<?>> work = new ArrayList<>();
    for (List<Task> share : shares) {
      work.add(staff.submit(() -> {
        for (Task task : share) {
          long taskStart = System.nanoTime();
          try {
            engine.getFormService().submitTaskForm(task.getId(), forms.entries(task));
            done.incrementAndGet();
            tally(task.getTaskDefinitionKey(), taskStart);
          } catch (org.camunda.bpm.engine.OptimisticLockingException meanwhile) {
            conflicts.incrementAndGet();
          }
        }
        return null;
      }));
    }
    Jobs.awaitAll(work, "a step of the year failed");
    return new long[] {done.get(), conflicts.get()};
  }

  private synchronized void tally(String step, long since) {
    double[] t = byStep.computeIfAbsent(step, k -> new double[2]);
    t[0]++;
    t[1] += (System.nanoTime() - since) / 1e9;
  }

  /** Timers of the year's instances that have no open task. */
  private List<Job> waitingTimers() {
    Set<String> busy = new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT proc_inst_id_ FROM act_ru_task")
        .query(String.class).list());
    return engine.getManagementService().createJobQuery().timers().active().list().stream()
        .filter(job -> job.getProcessInstanceId() != null && !GLOBAL_PROCESSES.contains(job.getProcessDefinitionKey()))
        .filter(job -> !busy.contains(job.getProcessInstanceId()))
        .toList();
  }

  private long running() {
    return engine.getRuntimeService().createProcessInstanceQuery().active().list().stream()
        .filter(i -> !GLOBAL_PROCESSES.contains(definitionKey(i.getProcessDefinitionId()))).count();
  }

  private static String definitionKey(String definitionId) {
    return definitionId.substring(0, definitionId.indexOf(':'));
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private long databaseBytes() {
    return count("SELECT pg_database_size(current_database())");
  }
}
