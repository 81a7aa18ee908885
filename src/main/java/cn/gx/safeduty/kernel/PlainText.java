package cn.gx.safeduty.kernel;

/**
 * What counts as plain text in what users send: no NUL or other control character besides tab and
 * line breaks, and no bidirectional embedding, override or isolate (U+202A-U+202E, U+2066-U+2069),
 * which make a text display as something other than what it says.
 */
public final class PlainText {

  private PlainText() {
  }

  public static boolean hasControlCharacter(String text) {
    return text != null && text.chars().anyMatch(PlainText::isControl);
  }

  private static boolean isControl(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f
        || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
  }
}
