package id.cermat.training.model;

import id.cermat.engine.CategoryCode;
import id.cermat.training.data.IbrohimReader;
import id.cermat.training.data.LabelledPost;
import id.cermat.training.data.NetifierReader;
import id.cermat.training.data.SyntheticReader;
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

  /** A head per category some source labels, then Ibrohim's own HS and Abusive. */
  static List<HeadSpec> all() {
    List<HeadSpec> out = new ArrayList<>();
    for (CategoryCode c : CategoryCode.values()) {
      List<String> sources = SOURCE_ORDER.stream().filter(s -> LABELLED.get(s).contains(c)).toList();
      if (!sources.isEmpty()) {
        out.add(new HeadSpec(c.name(), c, null, sources));
      }
    }
    for (String label : List.of("HS", "Abusive")) {
      out.add(new HeadSpec(IbrohimReader.SOURCE + ":" + label, null, label, List.of(IbrohimReader.SOURCE)));
    }
    return out;
  }

  boolean covers(LabelledPost p) {
    return sources.contains(p.source());
  }

  boolean label(LabelledPost p) {
    return category != null ? p.labels().contains(category) : Boolean.TRUE.equals(p.sourceLabels().get(sourceLabel));
  }
}
