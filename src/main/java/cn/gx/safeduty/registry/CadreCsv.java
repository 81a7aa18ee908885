package cn.gx.safeduty.registry;

import cn.gx.safeduty.kernel.FieldProblem;
import cn.gx.safeduty.kernel.PlainText;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a cadre CSV (UTF-8; header {@code name,jurisdiction_code,role[,post][,status][,safety_committee_vice_chair]
 * [,cadre_id][,effective_on]}; {@code role} holds one role or several separated by {@code |}, the first the one
 * lists show) into validated {@link NewCadre}s, collecting every problem with its row so the caller can reject
 * the whole file at once. A row with {@code cadre_id} is an existing cadre — matched by that id only, never by
 * name — whose posting, where the row differs from it, moved on {@code effective_on}. Jurisdiction and cadre
 * existence are checked by the caller, against the database.
 */
@Component
public class CadreCsv {

  static final List<String> REQUIRED_COLUMNS = List.of("name", "jurisdiction_code", "role");
  static final Set<String> KNOWN_COLUMNS = Set.of("name", "jurisdiction_code", "role", "post", "status",
      "safety_committee_vice_chair", "cadre_id", "effective_on");

  /** A row: the cadre as it reads; {@code cadreId} and {@code effectiveOn} where it names an existing cadre. */
  public record Row(int number, NewCadre cadre, Long cadreId, java.time.LocalDate effectiveOn) {
  }

  public record Result(List<Row> rows, List<FieldProblem> problems) {
  }

  private final Validator validator;
  private final int maxRows;

  public CadreCsv(Validator validator, @Value("${safeduty.cadre-import.max-rows}") int maxRows) {
    this.validator = validator;
    this.maxRows = maxRows;
  }

  public Result read(String text) {
    String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true).setTrim(true).setIgnoreEmptyLines(true).get();
    try (Reader reader = new StringReader(withoutBom); CSVParser parser = CSVParser.builder()
        .setReader(reader).setFormat(format).get()) {
      List<FieldProblem> problems = headerProblems(parser.getHeaderNames());
      if (!problems.isEmpty()) {
        return new Result(List.of(), problems);
      }
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        int number = rows.size() + 1;
        if (number > maxRows) {
          return new Result(List.of(), List.of(new FieldProblem("file", "has more than " + maxRows + " rows")));
        }
        rows.add(new Row(number, toCadre(record, number, problems), id(record, number, problems),
            date(record, "effective_on", number, problems)));
      }
      if (rows.isEmpty()) {
        problems.add(new FieldProblem("file", "has no data rows"));
      }
      return new Result(rows, problems);
    } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
      // the parser's message names its own classes: the caller learns what is wrong, not how we read it
      return new Result(List.of(), List.of(new FieldProblem("file",
          "is not a readable CSV file (a quote left open, a duplicate or empty header, or a malformed line)")));
    }
  }

  private static List<FieldProblem> headerProblems(List<String> header) {
    List<FieldProblem> problems = new ArrayList<>();
    for (String required : REQUIRED_COLUMNS) {
      if (!header.contains(required)) {
        problems.add(new FieldProblem("file", "lacks the column " + required));
      }
    }
    header.stream().filter(column -> !KNOWN_COLUMNS.contains(column))
        .forEach(column -> problems.add(new FieldProblem("file", "has an unknown column " + column)));
    return problems;
  }

  private NewCadre toCadre(CSVRecord record, int number, List<FieldProblem> problems) {
    record.toMap().forEach((column, value) -> {
      if (PlainText.hasControlCharacter(value)) {
        problems.add(new FieldProblem(number, column, "contains a control character"));
      } else if (value != null && !value.isEmpty() && "=+-@".indexOf(value.strip().isEmpty() ? ' ' : value.strip().charAt(0)) >= 0) {
        // a spreadsheet that opens the file, or an export of it, would take such a cell for a formula
        problems.add(new FieldProblem(number, column, "starts with =, +, - or @, which spreadsheets run as a formula"));
      }
    });
    List<CadreRole> roles = roles(record, number, problems);
    NewCadre cadre = new NewCadre(
        value(record, "name"),
        value(record, "jurisdiction_code"),
        roles.isEmpty() ? null : roles.get(0),
        roles,
        value(record, "post"),
        code(record, "status", CadreStatus.class, number, problems),
        flag(record, "safety_committee_vice_chair", number, problems));
    if (roles.isEmpty() && problems.stream().noneMatch(p -> Integer.valueOf(number).equals(p.row()) && p.field().equals("role"))) {
      problems.add(new FieldProblem(number, "role", "is required"));
    }
    for (ConstraintViolation<NewCadre> violation : validator.validate(cadre)) {
      String field = violation.getPropertyPath().toString();
      boolean alreadyReported = problems.stream().anyMatch(p -> Integer.valueOf(number).equals(p.row()) && p.field().equals(column(field)));
      if (!alreadyReported) {
        problems.add(new FieldProblem(number, column(field), violation.getMessage()));
      }
    }
    return cadre;
  }

  private static List<CadreRole> roles(CSVRecord record, int number, List<FieldProblem> problems) {
    String value = value(record, "role");
    List<CadreRole> roles = new ArrayList<>();
    if (value == null) {
      return roles;
    }
    for (String code : value.split("\\|")) {
      try {
        roles.add(CadreRole.valueOf(code.trim()));
      } catch (IllegalArgumentException unknown) {
        problems.add(new FieldProblem(number, "role", "must be one of " + Arrays.stream(CadreRole.values())
            .map(Enum::name).collect(Collectors.joining(", ")) + ", several separated by |"));
        return List.of();
      }
    }
    return roles;
  }

  private static Boolean flag(CSVRecord record, String column, int number, List<FieldProblem> problems) {
    String value = value(record, column);
    if (value == null) {
      return null;
    }
    if (!value.equals("true") && !value.equals("false")) {
      problems.add(new FieldProblem(number, column, "must be true or false"));
      return null;
    }
    return Boolean.parseBoolean(value);
  }

  private static Long id(CSVRecord record, int number, List<FieldProblem> problems) {
    String value = value(record, "cadre_id");
    if (value == null) {
      return null;
    }
    try {
      return Long.valueOf(value);
    } catch (NumberFormatException notANumber) {
      problems.add(new FieldProblem(number, "cadre_id", "is not a cadre id"));
      return null;
    }
  }

  private static java.time.LocalDate date(CSVRecord record, String column, int number, List<FieldProblem> problems) {
    String value = value(record, column);
    if (value == null) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException notADate) {
      problems.add(new FieldProblem(number, column, "must be a date such as 2026-03-02"));
      return null;
    }
  }

  private static String value(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String value = record.get(column);
    return value.isEmpty() ? null : value;
  }

  private static <E extends Enum<E>> E code(CSVRecord record, String column, Class<E> type, int number,
      List<FieldProblem> problems) {
    String value = value(record, column);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException unknown) {
      problems.add(new FieldProblem(number, column, "must be one of " + Arrays.stream(type.getEnumConstants())
          .map(Enum::name).collect(Collectors.joining(", "))));
      return null;
    }
  }

  private static String column(String property) {
    return switch (property) {
      case "jurisdictionCode" -> "jurisdiction_code";
      default -> property;
    };
  }

}
