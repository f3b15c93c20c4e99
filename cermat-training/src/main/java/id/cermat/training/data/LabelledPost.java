package id.cermat.training.data;

import id.cermat.engine.CategoryCode;
import java.util.Map;
import java.util.Set;

/**
 * One post of a labelled data set: its text as the author wrote it (encoding traps repaired), the Cermat
 * categories its source labels map to (empty = no violation), and the source's own labels (e.g. Ibrohim's
 * HS and Abusive) for comparisons with published results.
 */
public record LabelledPost(String source, String id, String text, Set<CategoryCode> labels,
    Map<String, Boolean> sourceLabels) {

  public LabelledPost {
    labels = labels.isEmpty() ? Set.of() : Set.copyOf(labels);
    sourceLabels = Map.copyOf(sourceLabels);
  }

  /** The split this post belongs to; the same text always lands on the same side. */
  public Split split() {
    return Split.of(text);
  }
}
