package id.cermat.engine;

import java.util.List;
import java.util.Objects;

/** The outcome of screening one text: a result per catalog category, and the versions that produced it. */
public record ScreeningResult(
    List<CategoryResult> categories, ScreeningContext context, String catalogVersion, String engineVersion) {

  public ScreeningResult {
    categories = List.copyOf(categories);
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    Objects.requireNonNull(engineVersion, "engineVersion");
  }

  /** The categories whose decision is REVIEW or FLAG, most serious decision first. */
  public List<CategoryResult> findings() {
    return categories.stream()
        .filter(c -> !c.isClear())
        .sorted((a, b) -> a.decision() != b.decision()
            ? b.decision().compareTo(a.decision())
            : Double.compare(b.score(), a.score()))
        .toList();
  }

  public CategoryResult category(CategoryCode code) {
    for (CategoryResult c : categories) {
      if (c.code() == code) {
        return c;
      }
    }
    throw new IllegalArgumentException("no result for " + code);
  }

  /** The strongest decision over all categories. */
  public Decision decision() {
    Decision d = Decision.CLEAR;
    for (CategoryResult c : categories) {
      if (c.decision().compareTo(d) > 0) {
        d = c.decision();
      }
    }
    return d;
  }
}
