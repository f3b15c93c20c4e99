package id.cermat.importers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture export gives exactly its expected posts, problems and counts. */
class FixtureTest {

  static List<Fixtures.Case> cases() {
    return Fixtures.cases();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void importsExactlyTheExpectedPosts(Fixtures.Case c, @TempDir Path temp) throws Exception {
    Fixtures.Result r = Fixtures.run(c.input(temp), c.format(), c.sender(), c.zone());
    assertThat(r.lines()).as(c.name()).containsExactlyElementsOf(Fixtures.expected(c));
    assertThat(r.summary().problemCount()).as(c.name() + " problems: " + r.summary().problems())
        .isEqualTo(c.problems());
    assertThat(r.summary().others()).as(c.name() + " others").isEqualTo(c.others());
    if (c.format() == null) {
      assertThat(r.importer()).as(c.name() + " recognised").isNotNull();
    }
  }
}
