package cn.gx.safeduty.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A document read back page by page from the PDF's own text, as a clerk checks an official document
 * (GB/T 9704-2012): the organs whole on their lines, a 发文字号 of 代字〔year〕n号, page numbers, the 版记 on
 * the last page, no page left with only the signature and date, nothing internal printed.
 */
public record OfficialPdf(byte[] pdf, List<List<String>> pages) {

  public static final Pattern NUMBER = Pattern.compile("\\p{IsHan}+〔\\d{4}〕[1-9]\\d*号(（机关代字待确认）)?");
  /** What only the system knows: zero-padded record numbers, the rules' suggestion, the ladder, nulls. */
  static final List<String> INTERNAL = List.of("null", "规则建议：", "第0档", "第1档", "〔20", "。；", "，。", "－－");

  public static OfficialPdf read(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<List<String>> pages = new ArrayList<>();
      for (int i = 1; i <= document.getNumberOfPages(); i++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(i);
        stripper.setEndPage(i);
        pages.add(Arrays.stream(stripper.getText(document).split("\\R")).map(String::strip)
            .filter(line -> !line.isEmpty()).toList());
      }
      return new OfficialPdf(pdf, pages);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All the text without spaces or line breaks, for phrases that may wrap. */
  public String text() {
    return String.join("", pages.stream().flatMap(List::stream).toList()).replaceAll("\\s+", "");
  }

  /** The 发文字号 on the first page. */
  public String number() {
    return pages.get(0).stream().map(line -> line.replaceAll("\\s+", "")).filter(line -> NUMBER.matcher(line).matches())
        .findFirst().orElseThrow(() -> new AssertionError("no 发文字号 on the first page: " + pages.get(0)));
  }

  /** The issuing organs as the 版头 shows them: the lines above the 发文字号. */
  public List<String> organs() {
    List<String> organs = new ArrayList<>();
    for (String line : pages.get(0)) {
      String bare = line.replaceAll("\\s+", "");
      if (NUMBER.matcher(bare).matches()) {
        return organs;
      }
      if (!bare.matches("—\\d+—")) {
        organs.add(bare);
      }
    }
    throw new AssertionError("no 发文字号 on the first page: " + pages.get(0));
  }

  /** Checks what every document must carry, issued by the organs its 版头 names. */
  public OfficialPdf isOfficial() {
    assertThat(organs()).isNotEmpty().allSatisfy(organ -> assertThat(organ).matches("(中共)?\\p{IsHan}+"));
    return isOfficialFrom(organs());
  }

  /** Checks what every document must carry, issued by these organs. */
  public OfficialPdf isOfficialFrom(List<String> organs) {
    List<String> first = pages.get(0).stream().map(line -> line.replaceAll("\\s+", "")).toList();
    for (String organ : organs) {
      assertThat(first).as("the organ mark names %s whole on its line", organ).contains(organ);
    }
    assertThat(number()).isNotBlank();
    String all = text();
    for (String internal : INTERNAL) {
      if (internal.equals("〔20")) {
        assertThat(all).as("no zero-padded record number").doesNotContainPattern("〔\\d{4}〕0\\d+");
      } else {
        assertThat(all).as("nothing internal").doesNotContain(internal);
      }
    }
    for (int i = 0; i < pages.size(); i++) {
      assertThat(String.join("", pages.get(i)).replaceAll("\\s+", "")).as("page %d numbered", i + 1)
          .contains("—" + (i + 1) + "—");
    }
    List<String> last = pages.get(pages.size() - 1).stream().map(line -> line.replaceAll("\\s+", "")).toList();
    assertThat(String.join("", last)).as("the 版记 on the last page").contains("印发");
    List<String> body = last.stream()
        .filter(line -> !organs.contains(line))
        .filter(line -> !line.matches("\\d{4}年\\d{1,2}月\\d{1,2}日"))
        .filter(line -> !line.startsWith("抄送") && !line.contains("印发") && !line.matches("—\\d+—"))
        .toList();
    assertThat(body).as("the signature and date are not alone on the last page").isNotEmpty();
    return this;
  }

  /** The first page as a picture, kept where people look at documents. */
  public void firstPageTo(Path png) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 60);
      Files.createDirectories(png.getParent());
      ImageIO.write(image, "png", png.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
