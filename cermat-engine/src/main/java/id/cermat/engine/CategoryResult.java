package id.cermat.engine;

import java.util.List;
import java.util.Objects;

/**
 * The screening outcome for one category: calibrated score, decision, and the evidence behind it.
 * A result that is not CLEAR cannot be built without at least one span of evidence.
 */
public record CategoryResult(
    CategoryCode code,
    double score,
    Severity severity,
    Decision decision,
    boolean criminal,
    List<Evidence> spans,
    List<String> clauses) {

  public CategoryResult {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(decision, "decision");
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(code + ": score out of [0, 1]: " + score);
    }
    spans = List.copyOf(spans);
    clauses = List.copyOf(clauses);
    if (decision != Decision.CLEAR && spans.isEmpty()) {
      throw new IllegalArgumentException(code + ": a " + decision + " decision needs the spans that caused it");
    }
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException(code + ": every category result cites at least one clause");
    }
  }

  public boolean isClear() {
    return decision == Decision.CLEAR;
  }
}
