package cn.gx.safeduty.kernel.export;

import cn.gx.safeduty.kernel.ChineseDates;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list exported as an XLSX workbook, written row by row as the rows are read: SXSSF keeps a small
 * window of rows in memory and the rest in a temporary file, so a year of Guangxi fits whatever its
 * size. Headers in Chinese; days and times as people read them (2026年3月2日 14:30, China Standard Time).
 */
public final class SheetWriter implements Closeable {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final int WINDOW = 200;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final Sheet sheet;
  private final OutputStream out;
  private final ZoneId zone;
  private int rows;

  public SheetWriter(OutputStream out, String sheetName, List<String> headers, ZoneId zone) {
    this.out = out;
    this.zone = zone;
    this.sheet = workbook.createSheet(sheetName);
    CellStyle bold = workbook.createCellStyle();
    Font font = workbook.createFont();
    font.setBold(true);
    bold.setFont(font);
    Row header = sheet.createRow(rows++);
    for (int i = 0; i < headers.size(); i++) {
      Cell cell = header.createCell(i);
      cell.setCellValue(headers.get(i));
      cell.setCellStyle(bold);
      sheet.setColumnWidth(i, Math.min(60, Math.max(10, headers.get(i).length() * 3)) * 256);
    }
    sheet.createFreezePane(0, 1);
  }

  /** One row: text, numbers, days, instants (in China Standard Time) or nothing, in the headers' order. */
  public void row(Object... cells) {
    Row row = sheet.createRow(rows++);
    for (int i = 0; i < cells.length; i++) {
      Object value = cells[i];
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof Number n) {
        cell.setCellValue(n.doubleValue());
      } else if (value instanceof LocalDate day) {
        cell.setCellValue(ChineseDates.of(day));
      } else if (value instanceof Instant at) {
        cell.setCellValue(ChineseDates.MINUTE.format(at.atZone(zone)));
      } else {
        cell.setCellValue(value.toString());
      }
    }
  }

  /** The rows written, without the header. */
  public int rows() {
    return rows - 1;
  }

  /** Writes the workbook out and removes its temporary file. */
  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}
