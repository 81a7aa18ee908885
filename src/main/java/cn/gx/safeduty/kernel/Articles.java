package cn.gx.safeduty.kernel;

import java.util.List;
import java.util.stream.Collectors;

/** Article citations as staff read them: "20(3)" → 第二十条第（三）项. */
public final class Articles {

  private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

  private Articles() {
  }

  /** The regulation in full, as documents cite it. */
  public static final String REGULATION = "《广西壮族自治区党政领导干部安全生产责任制实施细则》";

  public static String chinese(String article) {
    int paren = article.indexOf('(');
    int number = Integer.parseInt(paren < 0 ? article : article.substring(0, paren));
    String text = "第" + numeral(number) + "条";
    if (paren >= 0) {
      int item = Integer.parseInt(article.substring(paren + 1, article.indexOf(')')));
      text += "第（" + numeral(item) + "）项";
    }
    return text;
  }

  public static String chinese(List<String> articles) {
    return articles.stream().map(Articles::chinese).collect(Collectors.joining("、"));
  }

  /** A number in Chinese as documents write it: 二, 十三, 二十一. */
  public static String numeral(int n) {
    if (n < 10) {
      return DIGITS[n];
    }
    if (n < 20) {
      return "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }
    if (n < 100) {
      return DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : DIGITS[n % 10]);
    }
    throw new IllegalArgumentException("Article numbers stop below 100: " + n);
  }
}
