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
  private static volatile java.util.List<Statement> capturing;

  /** A statement as sent, with the values bound to its parameters in order. */
  public record Statement(String sql, java.util.List<Object> parameters) {
  }

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
            java.util.List<Statement> captured = capturing;
            if (captured != null) {
              queries.forEach(query -> captured.add(new Statement(query.getQuery(), parameters(query))));
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

  /** The statements every thread sends while the work runs (an HTTP call's, say), with their parameters. */
  public static java.util.List<Statement> captureAll(Runnable work) {
    java.util.List<Statement> captured = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    capturing = captured;
    try {
      work.run();
      return java.util.List.copyOf(captured);
    } finally {
      capturing = null;
    }
  }

  private static java.util.List<Object> parameters(net.ttddyy.dsproxy.QueryInfo query) {
    if (query.getParametersList().isEmpty()) {
      return java.util.List.of();
    }
    return query.getParametersList().get(0).stream()
        .sorted(java.util.Comparator.comparingInt(op -> (Integer) op.getArgs()[0]))
        .map(op -> "setNull".equals(op.getMethod().getName()) ? null : op.getArgs()[1])
        .collect(java.util.stream.Collectors.toList());
  }
}
