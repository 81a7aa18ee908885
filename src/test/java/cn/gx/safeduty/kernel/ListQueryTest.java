package cn.gx.safeduty.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A list's filters apply only when given, on columns; an empty choice matches nothing; count and page agree. */
class ListQueryTest {

  enum Colour {
    RED, BLUE
  }

  static JdbcClient jdbc;

  @BeforeAll
  static void table() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:list-query;DB_CLOSE_DELAY=-1");
    jdbc = JdbcClient.create(h2);
    jdbc.sql("CREATE TABLE item (id INT PRIMARY KEY, colour VARCHAR(10), place VARCHAR(10))").update();
    String[][] rows = {{"1", "RED", "A"}, {"2", "BLUE", "A"}, {"3", "RED", "B"}, {"4", "RED", "C"}};
    for (String[] row : rows) {
      jdbc.sql("INSERT INTO item VALUES (?, ?, ?)").params(Integer.parseInt(row[0]), row[1], row[2]).update();
    }
  }

  static ListQuery query(Colour colour, Set<String> places) {
    return ListQuery.from("FROM item").where("colour = :colour", "colour", colour).whereIn("place", "places", places);
  }

  static List<Integer> page(ListQuery query, int page, int size) {
    return query.page(jdbc, "id", "id", page, size, (rs, n) -> rs.getInt(1));
  }

  @Test
  void filtersApplyOnlyWhenGiven() {
    assertThat(query(null, null).count(jdbc)).isEqualTo(4);
    assertThat(page(query(Colour.RED, null), 0, 10)).containsExactly(1, 3, 4);
    assertThat(page(query(Colour.RED, Set.of("A", "B")), 0, 10)).containsExactly(1, 3);
    assertThat(query(Colour.RED, Set.of("A", "B")).count(jdbc)).isEqualTo(2);
  }

  @Test
  void anEmptyChoiceMatchesNothing() {
    assertThat(query(null, Set.of()).count(jdbc)).isZero();
    assertThat(page(query(null, Set.of()), 0, 10)).isEmpty();
  }

  @Test
  void pagesFollowTheOrderAndAllReadsEveryRow() {
    assertThat(page(query(null, null), 0, 3)).containsExactly(1, 2, 3);
    assertThat(page(query(null, null), 1, 3)).containsExactly(4);
    assertThat(query(Colour.RED, null).all(jdbc, "id", "id DESC", (rs, n) -> rs.getInt(1))).containsExactly(4, 3, 1);
  }
}
