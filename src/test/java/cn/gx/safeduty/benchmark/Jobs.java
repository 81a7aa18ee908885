package cn.gx.safeduty.benchmark;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to a small pool of threads. */
final class Jobs {

  private Jobs() {
  }

  /** Waits for every job; the first that failed fails the wait, saying what it was. */
  static void awaitAll(List<? extends Future<?>> jobs, String whatFailed) {
    for (Future<?> job : jobs) {
      try {
        job.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(whatFailed, e.getCause());
      }
    }
  }
}
