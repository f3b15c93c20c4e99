package id.cermat.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.cermat.engine.CategoryCode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class CatalogLoaderTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode shipped() throws Exception {
    try (InputStream in = PolicyCatalog.class.getResourceAsStream(PolicyCatalog.DEFAULT_RESOURCE)) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  private static PolicyCatalog load(ObjectNode root) throws Exception {
    return CatalogLoader.load(new ByteArrayInputStream(JSON.writeValueAsBytes(root)), "test.json");
  }

  private static void assertRefused(Consumer<ObjectNode> breakIt, String... messageParts) throws Exception {
    ObjectNode root = shipped();
    breakIt.accept(root);
    assertThatThrownBy(() -> load(root)).isInstanceOf(CatalogException.class)
        .hasMessageStartingWith("test.json: ")
        .hasMessageContainingAll(messageParts);
  }

  private static ObjectNode category(ObjectNode root, int i) {
    return (ObjectNode) root.withArray("categories").get(i);
  }

  @Test
  void loadsTheShippedCatalogWithEveryCategoryCitingAClause() {
    PolicyCatalog c = PolicyCatalog.loadDefault();
    assertThat(c.categories().keySet()).containsExactly(CategoryCode.values());
    assertThat(c.sources()).containsKeys("SE-BUPATI-TNG-043.1-403", "SE-MENPANRB-137-2018", "PP-94-2021");
    assertThat(c.sources().values()).anyMatch(PolicySource::placeholder);
    for (CategoryPolicy p : c.categories().values()) {
      assertThat(p.clauseIds()).allSatisfy(id -> assertThat(c.clauses()).containsKey(id));
      assertThat(p.terms()).isNotEmpty();
      assertThat(p.label().id()).isNotBlank();
    }
    assertThat(c.citation("SE-BUPATI-TNG-043.1-403/ETIKA")).contains("043.1/403-Bag.Um");
  }

  @Test
  void refusesAnUnknownClauseNamingTheCategory() throws Exception {
    assertRefused(r -> category(r, 3).withArray("clauses").add("NO-SUCH/CLAUSE"),
        "categories[3] (GAMBLING).clauses", "unknown clause \"NO-SUCH/CLAUSE\"");
  }

  @Test
  void refusesAWeightOutsideZeroToOneNamingTheTerm() throws Exception {
    assertRefused(r -> ((ObjectNode) category(r, 3).withArray("terms").get(0)).put("weight", 1.5),
        "categories[3] (GAMBLING).terms[0]", "weight 1.5 is not in (0, 1]");
  }

  @Test
  void refusesADuplicateSourceId() throws Exception {
    assertRefused(r -> {
      ArrayNode sources = r.withArray("sources");
      sources.add(sources.get(0).deepCopy());
    }, "duplicate source id", "SE-BUPATI-TNG-043.1-403");
  }

  @Test
  void refusesAMissingCategory() throws Exception {
    assertRefused(r -> r.withArray("categories").remove(8), "missing categories: [HOAX]");
  }

  @Test
  void refusesUnknownFieldsSoTyposDoNotPassSilently() throws Exception {
    assertRefused(r -> category(r, 0).put("severty", "LOW"), "categories[0] (FLEXING)", "unknown field \"severty\"");
  }

  @Test
  void refusesThresholdsInTheWrongOrder() throws Exception {
    assertRefused(r -> category(r, 1).withObject("thresholds").put("review", 0.9),
        "categories[1] (HATE_SARA).thresholds", "must be below flag");
  }

  @Test
  void refusesUpperCaseTermsAndMisplacedWildcards() throws Exception {
    assertRefused(r -> ((ObjectNode) category(r, 2).withArray("terms").get(0)).put("term", "Anjing"),
        "terms are written in lower case");
    assertRefused(r -> ((ObjectNode) category(r, 2).withArray("terms").get(0)).put("term", "an*jing"),
        "'*' may only end a single word");
  }

  @Test
  void refusesATermListedTwiceAndAMitigatorThatRaisesWeights() throws Exception {
    assertRefused(r -> {
      ArrayNode terms = category(r, 3).withArray("terms");
      terms.add(terms.get(0).deepCopy());
    }, "categories[3] (GAMBLING).terms[", "listed twice in this category's terms");
    assertRefused(r -> ((ObjectNode) category(r, 3).withArray("mitigators").get(0)).put("factor", 1.0),
        "categories[3] (GAMBLING).mitigators[0]", "factor must be below 1");
  }

  @Test
  void refusesAClauseOfAnUnknownSource() throws Exception {
    assertRefused(r -> ((ObjectNode) r.withArray("clauses").get(0)).put("source", "NOPE"),
        "clauses[0]", "unknown source \"NOPE\"");
  }

  @Test
  void refusesInvalidJsonWithItsLine() {
    byte[] broken = "{\n  \"catalog\": \"cermat-policy\",\n  \"version\": }".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> CatalogLoader.load(new ByteArrayInputStream(broken), "broken.json"))
        .isInstanceOf(CatalogException.class).hasMessageContaining("broken.json: not valid JSON at line 3");
  }

  @Test
  void refusesACategoryThatDoesNotBindBumdEmployees() throws Exception {
    assertRefused(r -> {
      ArrayNode clauses = category(r, 4).withArray("clauses");
      clauses.removeAll();
      clauses.add("SKB-NETRALITAS-ASN-2022/MEDIA-SOSIAL");
    }, "categories[4] (POLITICAL)", "no cited clause applies to BUMD");
  }
}
