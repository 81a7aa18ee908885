package cn.gx.safeduty.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An XLSX export read back: each row's cells as text, the header first. */
public final class Xlsx {

  private Xlsx() {
  }

  public static List<List<String>> rows(byte[] workbook) {
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      DataFormatter text = new DataFormatter();
      List<List<String>> rows = new ArrayList<>();
      for (Row row : book.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
          cells.add(text.formatCellValue(row.getCell(i)));
        }
        rows.add(cells);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
