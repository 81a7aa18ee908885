package cn.gx.safeduty.kernel.document;

import cn.gx.safeduty.kernel.ChineseDates;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What GB/T 9704-2012 puts around a document's body, filled in by the procedure that issues it and laid out
 * by the shared frame ({@code documents/official-document.html}).
 *
 * @param organs the issuing organs' official names, the lead organ first
 * @param number the 发文字号, null for a document without one
 * @param provisional whether the number's 机关代字 awaits an administrator's confirmation — then printed so
 * @param addressees the 主送机关, empty for none (a 公告)
 * @param date the 成文日期
 * @param attachments the names of the attachments, each laid out on pages of its own after the signature
 * @param copiesTo the 抄送机关, empty for none
 * @param printedBy the 印发机关 (the lead organ's office)
 * @param printedOn the 印发日期
 */
public record OfficialDocument(List<String> organs, String number, boolean provisional, List<String> addressees,
    LocalDate date, List<String> attachments, List<String> copiesTo, String printedBy, LocalDate printedOn) {

  /** The text area is 156 mm wide: 442 pt. */
  static final double TEXT_WIDTH_PT = 442;
  /** The organ mark is set no larger than this (小初) and small enough that the longest name fits one line. */
  static final double LARGEST_MARK_PT = 36;

  public OfficialDocument {
    organs = List.copyOf(organs);
    addressees = List.copyOf(addressees);
    attachments = List.copyOf(attachments);
    copiesTo = List.copyOf(copiesTo);
  }

  /** The frame as the template reads it: sizes worked out, lists in the punctuation GB/T 9704 gives them. */
  Map<String, Object> view() {
    Map<String, Object> view = new LinkedHashMap<>();
    int longest = organs.stream().mapToInt(String::length).max().orElse(1);
    view.put("organs", organs);
    view.put("markSize", String.format(java.util.Locale.ROOT, "%.1f",
        Math.min(LARGEST_MARK_PT, Math.floor(TEXT_WIDTH_PT / longest * 0.95 * 10) / 10)));
    view.put("number", number);
    view.put("provisional", provisional);
    view.put("addressees", addressees.isEmpty() ? null : String.join("，", addressees) + "：");
    String day = ChineseDates.DAY.format(date);
    view.put("date", day);
    view.put("attachments", attachments);
    view.put("copiesTo", copiesTo.isEmpty() ? null : "抄送：" + String.join("，", copiesTo) + "。");
    view.put("printedBy", printedBy);
    view.put("printedOn", ChineseDates.DAY.format(printedOn) + "印发");
    // the date stands four characters from the right and the organs are centred on it
    double dateWidth = TitleLines.width(day);
    view.put("signatureWidth", String.format(java.util.Locale.ROOT, "%.1f", Math.max(8 + dateWidth, longest + 1)));
    return view;
  }
}
