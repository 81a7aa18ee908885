package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.InvalidFieldsException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * 发文字号 (GB/T 9704-2012 §7.2.2): 代字〔year〕n号, n from the issuing organ's own sequence for the year,
 * from 1 and without padding. A record's document is numbered once; asking again gives the same number.
 * A clerk may record a number already taken from the organ's register; it is checked against the organ's
 * 代字, the year and the numbers already issued.
 */
@Service
public class DocumentNumbers {

  private static final Pattern NUMBER = Pattern.compile("(\\p{IsHan}+)〔(\\d{4})〕0*([1-9]\\d{0,5})号");

  private final JdbcClient jdbc;
  private final OrganRepository organs;

  DocumentNumbers(JdbcClient jdbc, OrganRepository organs) {
    this.jdbc = jdbc;
    this.organs = organs;
  }

  /** The number of a record's document, if one was issued. */
  @Transactional(readOnly = true)
  public Optional<IssuedNumber> find(String documentKind, long recordId) {
    return jdbc.sql("SELECT organ_id, number_year, seq, fixed_code, issued_on FROM document_number"
            + " WHERE document_kind = ? AND record_id = ?")
        .params(documentKind, recordId)
        .query((rs, n) -> {
          Organ organ = organs.find(rs.getLong("organ_id")).orElseThrow();
          String fixed = rs.getString("fixed_code");
          return new IssuedNumber(IssuedNumber.text(fixed != null ? fixed : organ.code(), rs.getInt("number_year"),
              rs.getInt("seq")), fixed != null, rs.getDate("issued_on").toLocalDate(), organ);
        })
        .optional();
  }

  /**
   * Numbers a record's document issued by {@code organ} on {@code issuedOn}: the number already issued to it,
   * else {@code typed} (checked; {@code field} names it in a refusal) or, without one, the organ's next.
   */
  @Transactional(propagation = Propagation.REQUIRED)
  public IssuedNumber issue(String documentKind, long recordId, Organ organ, LocalDate issuedOn, String typed,
      String field) {
    Optional<IssuedNumber> issued = find(documentKind, recordId);
    if (issued.isPresent()) {
      return issued.get();
    }
    organs.lock(organ.id());
    Organ current = organs.find(organ.id()).orElseThrow();
    int year = issuedOn.getYear();
    int seq;
    if (typed == null || typed.isBlank()) {
      seq = jdbc.sql("SELECT COALESCE(MAX(seq), 0) + 1 FROM document_number WHERE organ_id = ? AND number_year = ?")
          .params(current.id(), year).query(Integer.class).single();
    } else {
      seq = typedSeq(typed, current, year, field);
    }
    jdbc.sql("INSERT INTO document_number (organ_id, number_year, seq, fixed_code, document_kind, record_id, issued_on)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(current.id(), year, seq, current.codeConfirmed() ? current.code() : null, documentKind, recordId,
            Date.valueOf(issuedOn))
        .update();
    return new IssuedNumber(IssuedNumber.text(current.code(), year, seq), current.codeConfirmed(), issuedOn, current);
  }

  /** What is wrong with a typed number for a document the organ issues in the year; null when nothing. */
  @Transactional(readOnly = true)
  public String problem(String typed, Organ organ, int year) {
    Matcher m = NUMBER.matcher(normalised(typed));
    if (!m.matches()) {
      return "应为机关代字〔年份〕序号号，如" + IssuedNumber.text(organ.code(), year, 3);
    }
    if (!m.group(1).equals(organ.code())) {
      return "机关代字应为" + organ.name() + "的“" + organ.code() + "”";
    }
    if (Integer.parseInt(m.group(2)) != year) {
      return "年份应为成文日期所在的" + year + "年";
    }
    Integer used = jdbc.sql("SELECT COUNT(*) FROM document_number WHERE organ_id = ? AND number_year = ? AND seq = ?")
        .params(organ.id(), year, Integer.parseInt(m.group(3))).query(Integer.class).single();
    return used > 0 ? IssuedNumber.text(organ.code(), year, Integer.parseInt(m.group(3))) + "已经使用" : null;
  }

  /** A typed number's problem as the form's field's, none when nothing was typed or nothing is wrong. */
  @Transactional(readOnly = true)
  public java.util.List<cn.gx.safeduty.kernel.FieldProblem> problems(String field, String typed, Organ organ,
      LocalDate issuedOn) {
    if (typed == null || typed.isBlank() || issuedOn == null) {
      return java.util.List.of();
    }
    String problem = problem(typed, organ, issuedOn.getYear());
    return problem == null ? java.util.List.of() : java.util.List.of(new cn.gx.safeduty.kernel.FieldProblem(field, problem));
  }

  private int typedSeq(String typed, Organ organ, int year, String field) {
    String problem = problem(typed, organ, year);
    if (problem != null) {
      throw new InvalidFieldsException(field, problem);
    }
    Matcher m = NUMBER.matcher(normalised(typed));
    m.matches();
    return Integer.parseInt(m.group(3));
  }

  /** The brackets clerks type for 〔〕 — [], ［］, 【】, （）, () — read as 〔〕; spaces dropped. */
  static String normalised(String typed) {
    return typed.replaceAll("\\s", "").replaceAll("[\\[［【（(]", "〔").replaceAll("[\\]］】）)]", "〕");
  }

  /** An organ's 代字 confirmed: the numbers it issued under the guess are printed with it from now on, and kept. */
  void fix(Organ organ) {
    jdbc.sql("UPDATE document_number SET fixed_code = ? WHERE organ_id = ? AND fixed_code IS NULL")
        .params(organ.code(), organ.id()).update();
  }
}
