package id.cermat.training.model;

import id.cermat.engine.CategoryCode;
import id.cermat.training.data.IbrohimReader;
import id.cermat.training.data.LabelledPost;
import id.cermat.training.data.NetifierReader;
import id.cermat.training.data.SyntheticReader;
import id.cermat.training.eval.Evaluator;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One head to train: its name, the category it scores (null for a data set's own label), the sources whose
 * labels say yes or no for it, and how a post's label is read. A source that does not label a category
 * says nothing about it: its posts are neither positives nor negatives for that head.
 */
record HeadSpec(String name, CategoryCode category, String sourceLabel, List<String> sources) {

  /** The Cermat categories each source labels (see docs/QUALITY.md for the mapping). */
  static final Map<String, Set<CategoryCode>> LABELLED = Map.of(
      IbrohimReader.SOURCE, EnumSet.of(CategoryCode.ABUSIVE, CategoryCode.HATE_SARA),
      NetifierReader.SOURCE, EnumSet.of(CategoryCode.ABUSIVE, CategoryCode.HATE_SARA, CategoryCode.INDECENCY,
          CategoryCode.RADICALISM),
      SyntheticReader.SOURCE, EnumSet.of(CategoryCode.FLEXING, CategoryCode.HATE_SARA, CategoryCode.ABUSIVE,
          CategoryCode.GAMBLING, CategoryCode.POLITICAL, CategoryCode.CONFIDENTIAL, CategoryCode.INDECENCY));

  static final List<String> SOURCE_ORDER = List.of(IbrohimReader.SOURCE, NetifierReader.SOURCE,
      SyntheticReader.SOURCE);

  /** Ibrohim's own labels, read as one pair of decisions by {@code cermat eval --format ibrohim}. */
  static final List<String> PAIR = List.of(Evaluator.HS_HEAD, Evaluator.ABUSIVE_HEAD);

  /** The gate's name: does the post break any rule at all (trained where "no label" means clean). */
  static final String GATE = id.cermat.engine.model.ClassifierModel.GATE;

  /**
   * A head per category some present source labels, then Ibrohim's own HS and Abusive when it is present,
   * then the gate when Cermat's own data is present (the one source where "no label" means a clean post).
   */
  static List<HeadSpec> all(Set<String> present) {
    List<String> order = SOURCE_ORDER.stream().filter(present::contains).toList();
    List<HeadSpec> out = new ArrayList<>();
    for (CategoryCode c : CategoryCode.values()) {
      List<String> sources = order.stream().filter(s -> LABELLED.get(s).contains(c)).toList();
      if (!sources.isEmpty()) {
        out.add(new HeadSpec(c.name(), c, null, sources));
      }
    }
    if (present.contains(IbrohimReader.SOURCE)) {
      for (String name : PAIR) {
        out.add(new HeadSpec(name, null, name.substring(name.indexOf(':') + 1), List.of(IbrohimReader.SOURCE)));
      }
    }
    if (present.contains(SyntheticReader.SOURCE)) {
      out.add(new HeadSpec(GATE, null, null, order));
    }
    return out;
  }

  boolean covers(LabelledPost p) {
    return sources.contains(p.source());
  }

  boolean label(LabelledPost p) {
    if (category != null) {
      return p.labels().contains(category);
    }
    if (sourceLabel == null) {
      // the gate: any category, or any of the source's own labels (Ibrohim's HS against one person)
      return !p.labels().isEmpty() || p.sourceLabels().containsValue(Boolean.TRUE);
    }
    return Boolean.TRUE.equals(p.sourceLabels().get(sourceLabel));
  }
}
