package id.cermat.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class EngineMessagesTest {

  private final EngineMessages id = new EngineMessages(Locale.forLanguageTag("id"));
  private final EngineMessages en = new EngineMessages(Locale.ENGLISH);

  @Test
  void fillsPlaceholdersInEitherLanguage() {
    assertThat(id.get("reason.term", "judi", "Judi")).isEqualTo("Istilah \"judi\" (Judi)");
    assertThat(en.get("reason.term", "judi", "Gambling")).contains("\"judi\"").contains("Gambling")
        .doesNotContain("{");
  }

  @Test
  void leavesAWordOfThePostAsWrittenEvenWhenItLooksLikeAPlaceholder() {
    assertThat(id.get("reason.term", "{1}", "Judi")).isEqualTo("Istilah \"{1}\" (Judi)");
  }

  @Test
  void keepsPlaceholdersWithoutAnArgumentAndRefusesUnknownMessages() {
    assertThat(id.get("reason.term", "judi")).isEqualTo("Istilah \"judi\" ({1})");
    assertThatThrownBy(() -> id.get("no.such.message")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no.such.message");
  }
}
