package cn.gx.safeduty.commendation;

import cn.gx.safeduty.kernel.Articles;
import cn.gx.safeduty.kernel.ConflictException;
import cn.gx.safeduty.kernel.InvalidFieldsException;
import cn.gx.safeduty.kernel.LifecycleStatus;
import cn.gx.safeduty.kernel.NotFoundException;
import cn.gx.safeduty.kernel.RecordNumbers;
import cn.gx.safeduty.registry.AppointmentKind;
import cn.gx.safeduty.registry.Cadre;
import cn.gx.safeduty.registry.CadreService;
import cn.gx.safeduty.registry.JurisdictionService;
import cn.gx.safeduty.registry.RecordAccess;
import cn.gx.safeduty.registry.SafetyRecord;
import cn.gx.safeduty.registry.SafetyRecordService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owns a candidate vetting (Art 15 ¶1): the record compiled, stopped by a restriction that bars the
 * post, emergency management's opinion, the organisation department's conclusion entered in the record.
 */
@Service
public class CandidateVettingService {

  public static final String PROCESS_KEY = "candidate-vetting";
  static final String NUMBER_KIND = "考察";

  private final CandidateVettingRepository vettings;
  private final CandidateRecord candidateRecord;
  private final CadreService cadres;
  private final JurisdictionService jurisdictions;
  private final SafetyRecordService records;
  private final RecordNumbers numbers;
  private final RuntimeService runtime;
  private final Clock clock;

  public CandidateVettingService(CandidateVettingRepository vettings, CandidateRecord candidateRecord,
      CadreService cadres, JurisdictionService jurisdictions, SafetyRecordService records, RecordNumbers numbers,
      RuntimeService runtime, Clock clock) {
    this.vettings = vettings;
    this.candidateRecord = candidateRecord;
    this.cadres = cadres;
    this.jurisdictions = jurisdictions;
    this.records = records;
    this.numbers = numbers;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Transactional
  public CandidateVetting start(NewCandidateVetting v, String by) {
    if (!cadres.exists(v.cadreId())) {
      throw new InvalidFieldsException("cadreId", "names no cadre");
    }
    AppointmentKind kind = v.appointmentKind();
    cadres.hold(v.cadreId());
    vettings.openVetting(v.cadreId(), v.proposedPost()).ifPresent(open -> {
      throw new ConflictException("Vetting " + open + " of this cadre for this post is still open");
    });
    String number = numbers.next(NUMBER_KIND, LocalDate.now(clock).getYear());
    long id = vettings.insert(number, v.cadreId(), v.proposedPost(), kind, by, clock.instant());
    Cadre cadre = cadres.get(v.cadreId());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("vettingId", id);
    variables.put("candidateLabel", cadre.name() + "（" + jurisdictions.fullName(cadre.jurisdictionCode()) + " "
        + cadre.post() + "），拟任" + v.proposedPost() + "（" + kind.chineseName() + "），" + number);
    vettings.setProcessInstance(id, runtime.startProcessInstanceByKey(PROCESS_KEY, number, variables).getId());
    return get(id);
  }

  /** Compiles the record; a restriction barring the post stops the vetting, citing its article and end. */
  @Transactional
  public Map<String, Object> compile(long id) {
    vettings.lock(id);
    CandidateVetting v = get(id);
    LifecycleStatus.expect("Vetting " + v.vettingNumber(), v.status(), VettingStatus.COMPILING);
    RecordAccess access = new RecordAccess(v.createdBy(), "干部考察（" + v.vettingNumber() + "，拟任" + v.proposedPost() + "）",
        RecordAccess.Via.VETTING);
    String record = candidateRecord.compile(v.cadreId(), access);
    var eligibility = cadres.eligibility(v.cadreId(), LocalDate.now(clock), access);
    List<VettingRules.Block> blocks = VettingRules.blocks(eligibility, v.kind());
    List<String> shown = VettingRules.shown(eligibility, v.kind());
    String text = shown.isEmpty() ? record : record + "\n不影响本次考察的限制：" + String.join("；", shown);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("restricted", !blocks.isEmpty());
    if (!blocks.isEmpty()) {
      move(v, VettingStatus.STOPPED);
      String reason = blocks.stream().map(b -> "依据" + Articles.chinese(b.article()) + "：" + b.reason())
          .collect(Collectors.joining("；"));
      vettings.stop(id, text, blocks.get(0).article(), reason, clock.instant());
      variables.put("stopLabel", "不得" + v.kind().chineseName() + "。" + reason);
      return variables;
    }
    move(v, VettingStatus.AWAITING_OPINION);
    vettings.compiled(id, text, clock.instant());
    return variables;
  }

  @Transactional
  public void giveOpinion(long id, VettingOpinion opinion, String reasons, String by) {
    vettings.lock(id);
    move(get(id), VettingStatus.AWAITING_CONCLUSION);
    vettings.opinion(id, opinion, reasons, by, clock.instant());
  }

  /** The organisation department's conclusion, entered in the cadre's record. */
  @Transactional
  public void conclude(long id, boolean passed, String conclusion, String by) {
    vettings.lock(id);
    CandidateVetting v = get(id);
    move(v, VettingStatus.CONCLUDED);
    vettings.conclude(id, passed, conclusion, by, clock.instant());
    records.addVetting(v.cadreId(), new SafetyRecord.Vetting(v.vettingNumber(), v.proposedPost(),
        passed ? "PASSED" : "NOT_PASSED", "应急管理部门意见：" + v.opinion().opinion().chineseName() + "（"
            + v.opinion().reasons() + "）；考察结论：" + conclusion, LocalDate.now(clock)), by);
  }

  /**
   * The organisation department's conclusion on a vetting a restriction stopped: not passed, and
   * entered in the record with the restriction named.
   */
  @Transactional
  public void concludeStopped(long id, String conclusion, String by) {
    vettings.lock(id);
    CandidateVetting v = get(id);
    LifecycleStatus.expect("Vetting " + v.vettingNumber(), v.status(), VettingStatus.STOPPED);
    move(v, VettingStatus.CONCLUDED);
    vettings.concludeStopped(id, conclusion, by, clock.instant());
    records.addVetting(v.cadreId(), new SafetyRecord.Vetting(v.vettingNumber(), v.proposedPost(), "STOPPED",
        "考察终止：" + v.stop().reason() + "；考察结论：" + conclusion, LocalDate.now(clock)), by);
  }

  /** Emergency management's opinion, as the conclusion form shows it. */
  public String opinionLabel(long id) {
    CandidateVetting.Opinion o = get(id).opinion();
    return o == null ? "" : o.opinion().chineseName() + "：" + o.reasons();
  }

  /** Checks the vetting (its row locked) may become {@code next}. */
  private static void move(CandidateVetting v, VettingStatus next) {
    LifecycleStatus.check("Vetting " + v.vettingNumber(), v.status(), next);
  }

  /** The vetting as the API shows it: its compiled record only to a caller who states why, and logged as their look. */
  @Transactional
  public CandidateVetting view(long id, String purpose, String by) {
    if (cn.gx.safeduty.kernel.PlainText.hasControlCharacter(purpose)) {
      throw new cn.gx.safeduty.kernel.InvalidFieldsException("purpose", "contains a control character");
    }
    CandidateVetting v = get(id);
    if (purpose == null || purpose.isBlank() || v.compiledRecord() == null) {
      return v.withoutRecord();
    }
    cadres.logLook(v.cadreId(), new RecordAccess(by, purpose.strip() + "（" + v.vettingNumber() + "）", RecordAccess.Via.VETTING));
    return v;
  }

  /** The compiled record a vetting task shows, for the user who opened it; the look is logged. */
  @Transactional
  public Optional<String> compiledRecordFor(String processInstanceId, String user, String purpose) {
    CandidateVetting v = get(ofInstance(processInstanceId));
    if (v.compiledRecord() == null) {
      return Optional.empty();
    }
    cadres.logLook(v.cadreId(), new RecordAccess(user, "干部考察（" + v.vettingNumber() + "）：" + purpose,
        RecordAccess.Via.VETTING));
    return Optional.of(v.compiledRecord());
  }

  public long ofInstance(String processInstanceId) {
    return vettings.ofInstance(processInstanceId)
        .orElseThrow(() -> new NotFoundException("Vetting of process instance", processInstanceId));
  }

  public CandidateVetting get(long id) {
    return vettings.find(id).orElseThrow(() -> new NotFoundException("Candidate vetting", id));
  }
}
