package id.cermat.importers;

import id.cermat.engine.PostKind;
import java.util.List;
import java.util.Map;

/**
 * What an import read: records kept per kind, records skipped per reason (system messages, empty records...),
 * other people's chat messages counted but not kept, and the problems met.
 *
 * @param problemCount all problems, of which {@code problems} holds the first {@link ImportContext#MAX_PROBLEMS}
 */
public record ImportSummary(Map<PostKind, Long> kept, Map<String, Long> skipped, long others,
    List<ImportProblem> problems, long problemCount) {

  public ImportSummary {
    kept = Map.copyOf(kept);
    skipped = Map.copyOf(skipped);
    problems = List.copyOf(problems);
  }

  public long keptTotal() {
    return kept.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Whether every file and record was read (no problems). */
  public boolean complete() {
    return problemCount == 0;
  }
}
