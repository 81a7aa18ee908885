package cn.gx.safeduty.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An assessment cycle as recorded: its indicators, each target with its assessees, and its publication (Art 16). */
public record AssessmentCycle(long id, String cycleNumber, int year, String assessingCode, String assessingName,
    CycleStatus status, List<Indicator> indicators, Publication publication, String processInstanceId,
    String createdBy, Instant createdAt, List<Target> targets) {

  public record Publication(PublicationMode mode, LocalDate publishedOn, String ref, String note, String by,
      Instant at) {
  }

  /** A jurisdiction assessed, and how the organisation department linked its results. */
  public record Target(long id, String jurisdictionCode, String jurisdictionName, String status,
      List<CountsIn> countsIn, String linkRemark, String linkedBy, Instant linkedAt, List<Assessee> assessees) {
  }

  /** The team (cadreId null) or a member, with the duty report, scores, grade and what followed. */
  public record Assessee(long id, long targetId, Long cadreId, String name, List<String> roles,
      AssesseeStatus status, DutyReport report, String evidence, List<Score> scores, BigDecimal total,
      Grade gradeFromTotal, Grade grade, List<GradeCaps.Cap> caps, Instant gradedAt, Proposal proposal,
      String proposalNote, Review review) {

    public boolean team() {
      return cadreId == null;
    }
  }

  /**
   * 述职 with its safety section (Art 14 ¶2), recorded by emergency management: the text, a file, or both;
   * {@code reportedOn} is null while only the file is in.
   */
  public record DutyReport(String summary, String safetySection, LocalDate reportedOn, String ref, ReportFile file,
      String by, Instant at) {
  }

  /** The report as a PDF, served at {@code GET /api/assessment-cycles/{id}/assessees/{assesseeId}/duty-report-file}. */
  public record ReportFile(String fileName, long size) {
  }

  /** One indicator's score: what the rules derived and from what, and what counts, with the reason for a departure. */
  public record Score(String indicatorCode, String indicatorName, BigDecimal weight, BigDecimal derived,
      String source, BigDecimal score, String reason, String by, Instant at) {
  }

  /** An Art 18 proposal of 记功 or 嘉奖 with the outstanding facts; PENDING until the commendation procedure takes it up. */
  public record Proposal(long id, long cycleId, String cycleNumber, long assesseeId, long cadreId, String cadreName,
      Award award, String facts, String status, String proposedBy, Instant proposedAt) {
  }

  /** The Art 19 review of a failing grade: the duties found not performed, and the cases opened. */
  public record Review(List<String> dutyIds, String note, String by, Instant at, List<ReviewCase> cases) {
  }

  public record ReviewCase(long cadreId, Long caseId, String caseNumber) {
  }
}
