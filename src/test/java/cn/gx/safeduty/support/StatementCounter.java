package cn.gx.safeduty.support;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread runs while {@link #count} is under way, through a
 * datasource-proxy around the application's DataSource (scanned from the test classpath, so every
 * test context has it; outside {@code count} it only passes statements on).
 */
@Component
public class StatementCounter implements BeanPostProcessor {

  private static final ThreadLocal<AtomicInteger> COUNTING = new ThreadLocal<>();
  private static final ThreadLocal<java.util.List<String>> RECORDING = new ThreadLocal<>();

  public record Counted<T>(T result, int statements) {
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof DataSource dataSource) {
      return ProxyDataSourceBuilder.create(dataSource).name(beanName)
          .afterQuery((execution, queries) -> {
            AtomicInteger count = COUNTING.get();
            if (count != null) {
              count.addAndGet(queries.size());
            }
            java.util.List<String> recorded = RECORDING.get();
            if (recorded != null) {
              queries.forEach(query -> recorded.add(query.getQuery()));
            }
          })
          .build();
    }
    return bean;
  }

  public <T> Counted<T> count(Supplier<T> work) {
    AtomicInteger count = new AtomicInteger();
    COUNTING.set(count);
    try {
      T result = work.get();
      return new Counted<>(result, count.get());
    } finally {
      COUNTING.remove();
    }
  }

  /** The SQL the current thread sends while the work runs, in order. */
  public java.util.List<String> record(Runnable work) {
    java.util.List<String> recorded = new java.util.ArrayList<>();
    RECORDING.set(recorded);
    try {
      work.run();
      return recorded;
    } finally {
      RECORDING.remove();
    }
  }
}
