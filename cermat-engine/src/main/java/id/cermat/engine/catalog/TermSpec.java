package id.cermat.engine.catalog;

import java.util.List;

/**
 * A word or phrase that counts towards a category with a weight in (0, 1]. A trailing {@code *} makes a
 * single word a prefix. {@code notNear} words within three words of a match cancel it (false friends).
 */
public record TermSpec(String text, double weight, List<String> notNear) {

  public TermSpec {
    notNear = List.copyOf(notNear);
  }
}
