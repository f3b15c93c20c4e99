package id.cermat.cli;

import id.cermat.engine.CategoryResult;
import id.cermat.engine.Evidence;
import id.cermat.engine.ScreeningResult;
import id.cermat.engine.catalog.PolicyCatalog;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Prints a screening result as a table a person reads, with the evidence marked ⟦like this⟧ in the text. */
final class Explainer {

  private final CliMessages m;
  private final PolicyCatalog catalog;

  Explainer(CliMessages messages, PolicyCatalog catalog) {
    this.m = messages;
    this.catalog = catalog;
  }

  void print(PrintWriter out, String id, String text, ScreeningResult r) {
    out.println("── " + id + " " + "─".repeat(Math.max(4, 60 - id.length())));
    out.println(m.get("explain.text") + "  " + safe(marked(text, r)));
    out.println(m.get("explain.result") + " " + m.get("decision." + r.decision()));
    List<CategoryResult> findings = r.findings();
    if (findings.isEmpty()) {
      out.println("  " + m.get("explain.clear"));
      out.println();
      return;
    }
    out.println(String.format(Locale.ROOT, "  %-34s %6s  %-16s %-10s %s", m.get("explain.category"),
        m.get("explain.score"), m.get("explain.decision"), m.get("explain.severity"), m.get("explain.criminal")));
    for (CategoryResult c : findings) {
      String label = catalog.category(c.code()).label().in(m.locale());
      out.println(String.format(Locale.ROOT, "  %-34s %6.3f  %-16s %-10s %s", label + " (" + c.code() + ")",
          c.score(), m.get("decision." + c.decision()), m.get("severity." + c.severity()),
          m.get(c.criminal() ? "explain.yes" : "explain.no")));
      for (Evidence e : c.spans()) {
        out.println(String.format(Locale.ROOT, "      [%d,%d) \"%s\"  %s  (%s %.2f)", e.start(), e.end(),
            safe(e.text()), safe(e.reason()), m.get("explain.weight"), e.weight()));
      }
      List<String> cites = new ArrayList<>();
      for (String clause : c.clauses()) {
        cites.add(clause + " — " + catalog.citation(clause));
      }
      out.println("      " + m.get("explain.clauses"));
      for (String cite : cites) {
        out.println("        • " + cite);
      }
    }
    out.println(m.get("explain.versions", r.catalogVersion(), r.engineVersion()));
    out.println();
  }

  /** The text with every weighted span of a non-clear category bracketed; overlapping spans are merged. */
  static String marked(String text, ScreeningResult r) {
    List<int[]> spans = new ArrayList<>();
    for (CategoryResult c : r.findings()) {
      for (Evidence e : c.spans()) {
        if (e.weight() > 0) {
          spans.add(new int[] {e.start(), e.end()});
        }
      }
    }
    spans.sort(Comparator.comparingInt((int[] s) -> s[0]).thenComparingInt(s -> s[1]));
    List<int[]> merged = new ArrayList<>();
    for (int[] s : spans) {
      if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(new int[] {s[0], s[1]});
      }
    }
    StringBuilder b = new StringBuilder(text.length() + merged.size() * 2);
    int p = 0;
    for (int[] s : merged) {
      b.append(text, p, s[0]).append('⟦').append(text, s[0], s[1]).append('⟧');
      p = s[1];
    }
    return b.append(text.substring(p)).toString();
  }

  /** Control and bidi-override characters would let a post rewrite the terminal: show them as '·'. */
  static String safe(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)
          || (c >= 0x2066 && c <= 0x2069);
      b.append(control ? '·' : c);
    }
    return b.toString();
  }
}
