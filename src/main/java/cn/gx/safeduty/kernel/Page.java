package cn.gx.safeduty.kernel;

import java.util.List;

/** One page of a list answer; {@code page} counts from 0. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  /** The most items any list gives on one page. */
  public static final int MAX_SIZE = 200;

  public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
    return new Page<>(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
  }
}
