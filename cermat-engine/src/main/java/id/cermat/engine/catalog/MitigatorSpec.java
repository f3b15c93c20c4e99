package id.cermat.engine.catalog;

import java.util.List;

/**
 * A word or phrase that, anywhere in a post, marks it as a warning, news or education about a category
 * rather than a breach: the category's term weights are multiplied by {@code factor}.
 */
public record MitigatorSpec(String text, double factor, List<String> notNear) {

  public MitigatorSpec {
    notNear = List.copyOf(notNear);
  }
}
