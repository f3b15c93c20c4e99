package id.cermat.engine.catalog;

import id.cermat.engine.CategoryCode;
import id.cermat.engine.PostKind;
import id.cermat.engine.Severity;
import java.util.List;
import java.util.Map;

/** What the catalog says about one category: its rules, weight of evidence and decision thresholds. */
public record CategoryPolicy(
    CategoryCode code,
    LocalizedText label,
    LocalizedText description,
    Severity severity,
    boolean criminal,
    List<String> clauseIds,
    double reviewThreshold,
    double flagThreshold,
    List<TermSpec> terms,
    List<MitigatorSpec> mitigators,
    Map<PostKind, Double> kindFactors,
    List<String> breachExamples,
    List<String> fineExamples) {

  public CategoryPolicy {
    clauseIds = List.copyOf(clauseIds);
    terms = List.copyOf(terms);
    mitigators = List.copyOf(mitigators);
    kindFactors = Map.copyOf(kindFactors);
    breachExamples = List.copyOf(breachExamples);
    fineExamples = List.copyOf(fineExamples);
  }

  /** How much this category's evidence counts for a kind of post (1.0 unless the catalog says otherwise). */
  public double kindFactor(PostKind kind) {
    return kindFactors.getOrDefault(kind, 1.0);
  }
}
