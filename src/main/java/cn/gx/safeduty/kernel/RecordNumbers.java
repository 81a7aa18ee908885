package cn.gx.safeduty.kernel;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The yearly numbers of SafeDuty's records (问责〔2026〕0001, 事故〔2026〕0001): one counter row per
 * kind and year, advanced under its row lock, so concurrent registrations get distinct numbers.
 * The first number of a year creates the row behind a savepoint of the caller's transaction, so that
 * losing that race to another registration is rolled back alone and leaves the transaction usable.
 */
@Component
public class RecordNumbers {

  private final JdbcClient jdbc;
  private final TransactionTemplate savepoint;

  public RecordNumbers(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** The next number; within the caller's transaction, whose lock on the counter row holds until it ends. */
  @Transactional
  public String next(String kind, int year) {
    if (advance(kind, year) == 0) {
      createCounter(kind, year);
      advance(kind, year);
    }
    int number = jdbc.sql("SELECT last_used FROM case_number_sequence WHERE kind = ? AND case_year = ?")
        .params(kind, year).query(Integer.class).single();
    return String.format("%s〔%d〕%04d", kind, year, number);
  }

  private int advance(String kind, int year) {
    return jdbc.sql("UPDATE case_number_sequence SET last_used = last_used + 1 WHERE kind = ? AND case_year = ?")
        .params(kind, year).update();
  }

  private void createCounter(String kind, int year) {
    try {
      savepoint.executeWithoutResult(status ->
          jdbc.sql("INSERT INTO case_number_sequence (kind, case_year, last_used) VALUES (?, ?, 0)")
              .params(kind, year).update());
    } catch (DuplicateKeyException createdMeanwhile) {
      // another registration created this year's counter first; advancing it is all that is left to do
    }
  }
}
