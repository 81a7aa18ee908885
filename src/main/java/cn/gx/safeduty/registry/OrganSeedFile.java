package cn.gx.safeduty.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The organs known by name and 代字 before the first start: {@code registry/organs.csv} on the classpath,
 * and {@code organs.csv} in {@code safeduty.organs.directory}, whose rows take the place of the shipped
 * rows for the same jurisdiction and kind. Columns: jurisdiction_code, kind, name, code, code_confirmed.
 * Read when organs are first recorded; afterwards the database is the registry and the API edits it.
 */
@Component
class OrganSeedFile {

  static final String SHIPPED = "registry/organs.csv";

  private final Path operator;

  OrganSeedFile(@Value("${safeduty.organs.directory:}") String directory) {
    this.operator = directory.isBlank() ? null : Path.of(directory, "organs.csv");
  }

  /** The rows by {@link OrganNaming#key}, the operator's over the shipped. */
  Map<String, Organ> rows() {
    Map<String, Organ> rows = new LinkedHashMap<>();
    try (InputStream shipped = new ClassPathResource(SHIPPED).getInputStream()) {
      read(shipped, SHIPPED, rows);
      if (operator != null && Files.isRegularFile(operator)) {
        try (InputStream own = Files.newInputStream(operator)) {
          read(own, operator.toString(), rows);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  private static void read(InputStream in, String source, Map<String, Organ> rows) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      for (CSVRecord row : format.parse(reader)) {
        Organ organ;
        try {
          organ = new Organ(null, row.get("jurisdiction_code"), OrganKind.valueOf(row.get("kind")), row.get("name"),
              row.get("code"), Boolean.parseBoolean(row.get("code_confirmed")));
        } catch (IllegalArgumentException | IllegalStateException unreadable) {
          throw new IllegalStateException(source + " line " + row.getRecordNumber() + ": " + unreadable.getMessage());
        }
        if (organ.name().isBlank() || organ.code().isBlank()) {
          throw new IllegalStateException(source + " line " + row.getRecordNumber() + ": name and code are required");
        }
        rows.put(OrganNaming.key(organ.jurisdictionCode(), organ.kind()), organ);
      }
    }
  }
}
