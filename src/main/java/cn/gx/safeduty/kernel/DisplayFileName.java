package cn.gx.safeduty.kernel;

/**
 * An uploaded file's name kept only to show: its last path segment, without control or
 * bidirectional characters or those file systems and markup give meaning to, at most 100 characters,
 * ending in the extension the file was accepted as.
 */
public final class DisplayFileName {

  private static final int MAX_LENGTH = 100;

  private DisplayFileName() {
  }

  public static String of(String given, String extension, String fallback) {
    String name = given == null ? "" : given;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder();
    name.codePoints()
        .filter(c -> !PlainText.hasControlCharacter(Character.toString(c)) && c != '\t' && c != '\n' && c != '\r')
        .filter(c -> "<>:\"|?*`$&;'".indexOf(c) < 0)
        .forEach(kept::appendCodePoint);
    name = kept.toString().replaceAll("\\s+", " ").strip().replaceAll("^\\.+", "");
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)) {
      name = name.substring(0, name.length() - extension.length()).strip();
    }
    if (name.isEmpty()) {
      return fallback;
    }
    if (name.codePointCount(0, name.length()) > MAX_LENGTH - extension.length()) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH - extension.length()));
    }
    return name + extension;
  }
}
