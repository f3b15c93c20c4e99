package id.cermat.training.eval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import id.cermat.engine.CategoryCode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of screening a labelled file: per category counts, micro and macro F1 (macro over the
 * categories the file has examples of), the false-flag rate on posts without any label, and for the Ibrohim
 * format the binary F1 of its HS and Abusive labels and the exact-match accuracy of the (HS, Abusive) pair.
 * Immutable; {@link #table()} is for people, {@link #json()} for machines.
 */
public record Evaluation(int posts, Map<CategoryCode, Counts> perCategory, int unlabelled,
    int unlabelledFlagged, Counts hs, Counts abusive, int pairsRight) {

  public Evaluation {
    perCategory = Map.copyOf(perCategory);
  }

  /** F1 over all category decisions pooled. */
  public double microF1() {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Counts c : perCategory.values()) {
      tp += c.truePositives();
      fp += c.falsePositives();
      fn += c.falseNegatives();
    }
    return new Counts(tp, fp, fn).f1();
  }

  /** The mean F1 of the categories with at least one example in the file. */
  public double macroF1() {
    return perCategory.values().stream().filter(c -> c.support() > 0).mapToDouble(Counts::f1).average()
        .orElse(0);
  }

  /** Share of posts without any label that got a REVIEW or FLAG in some category. */
  public double falseFlagRate() {
    return unlabelled == 0 ? 0 : (double) unlabelledFlagged / unlabelled;
  }

  /** True for the Ibrohim format, which carries HS and Abusive. */
  public boolean hasPairs() {
    return hs != null;
  }

  public double pairAccuracy() {
    return posts == 0 ? 0 : (double) pairsRight / posts;
  }

  /** A table a person reads (English headings: the command line supplies its own words). */
  public String table() {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%-14s %9s %9s %9s %9s%n", "category", "precision", "recall", "f1",
        "support"));
    for (CategoryCode code : CategoryCode.values()) {
      Counts c = perCategory.get(code);
      if (c != null && (c.support() > 0 || c.falsePositives() > 0)) {
        b.append(String.format(Locale.ROOT, "%-14s %9.3f %9.3f %9.3f %9d%n", code, c.precision(), c.recall(),
            c.f1(), c.support()));
      }
    }
    b.append(String.format(Locale.ROOT, "posts %d; micro F1 %.3f; macro F1 %.3f; false-flag rate %.3f (%d of %d"
        + " posts without a label)%n", posts, microF1(), macroF1(), falseFlagRate(), unlabelledFlagged, unlabelled));
    if (hasPairs()) {
      b.append(String.format(Locale.ROOT,
          "HS F1 %.3f; Abusive F1 %.3f; (HS, Abusive) exact-match accuracy %.3f%n", hs.f1(), abusive.f1(),
          pairAccuracy()));
    }
    return b.toString();
  }

  /** All figures as one line of JSON. */
  public String json() {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
      g.writeStartObject();
      g.writeNumberField("posts", posts);
      g.writeNumberField("micro_f1", round(microF1()));
      g.writeNumberField("macro_f1", round(macroF1()));
      g.writeNumberField("false_flag_rate", round(falseFlagRate()));
      g.writeObjectFieldStart("per_category");
      for (CategoryCode code : CategoryCode.values()) {
        Counts c = perCategory.get(code);
        if (c == null) {
          continue;
        }
        g.writeObjectFieldStart(code.name());
        g.writeNumberField("precision", round(c.precision()));
        g.writeNumberField("recall", round(c.recall()));
        g.writeNumberField("f1", round(c.f1()));
        g.writeNumberField("support", c.support());
        g.writeEndObject();
      }
      g.writeEndObject();
      if (hasPairs()) {
        g.writeNumberField("hs_f1", round(hs.f1()));
        g.writeNumberField("abusive_f1", round(abusive.f1()));
        g.writeNumberField("pair_accuracy", round(pairAccuracy()));
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  private static double round(double d) {
    return Math.round(d * 10_000) / 10_000.0;
  }
}
