package cn.gx.safeduty.kernel.casework;

import cn.gx.safeduty.kernel.AccidentGrade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A case to register: the cadre, the ground, and the facts from the investigation conclusion or
 * the supervision finding. {@code accidentGrade} and {@code responsibility} are required for
 * ACCIDENT_RESPONSIBILITY (checked by the service, which names the field); {@code source} where a tour,
 * a supervision item or an assessment found the failure; {@code concerns} when and where the facts lie
 * (the posting held then is the one the case concerns; the posting in force at registration when absent).
 */
public record NewAccountabilityCase(
    @NotNull Long cadreId,
    @NotNull Ground ground,
    AccidentGrade accidentGrade,
    Responsibility responsibility,
    @NotBlank @Size(max = 4000) String summary,
    @NotNull @Valid CaseFacts facts,
    @Valid CaseSource source,
    @Valid CaseConcerns concerns) {

  /** A case no other procedure found. */
  public NewAccountabilityCase(Long cadreId, Ground ground, AccidentGrade accidentGrade, Responsibility responsibility,
      String summary, CaseFacts facts) {
    this(cadreId, ground, accidentGrade, responsibility, summary, facts, null, null);
  }

  /** A case another procedure found, about the posting in force. */
  public NewAccountabilityCase(Long cadreId, Ground ground, AccidentGrade accidentGrade, Responsibility responsibility,
      String summary, CaseFacts facts, CaseSource source) {
    this(cadreId, ground, accidentGrade, responsibility, summary, facts, source, null);
  }
}
