package cn.gx.safeduty.registry;

import java.time.LocalDate;

/**
 * A document's 发文字号 as printed (南宁市应急管理局's 南应急发〔2026〕3号) and the organ that issued it;
 * {@code confirmed} is false while the organ's 代字 is the system's guess, which a document must say.
 */
public record IssuedNumber(String text, boolean confirmed, LocalDate issuedOn, Organ organ) {

  static String text(String code, int year, int seq) {
    return code + "〔" + year + "〕" + seq + "号";
  }
}
