package id.cermat.importers;

/**
 * What an export may hold before it is refused as hostile or broken.
 *
 * @param maxEntries     files in an archive or folder
 * @param maxTotalBytes  uncompressed bytes read from an archive or folder in all (declared sizes and bytes
 *                       actually read both count: a zip may lie about its sizes)
 * @param maxRatio       uncompressed / compressed size of a zip entry, checked once an entry passes
 *                       {@code ratioFloorBytes}
 * @param ratioFloorBytes entries smaller than this are not held to the ratio (tiny files compress very well)
 * @param maxDepth       folder depth, and JSON nesting depth
 * @param maxRecordTokens JSON tokens in one record (a post, a message): larger records are skipped
 * @param maxLineChars   characters in one line of a text export: longer lines are cut there
 */
public record Limits(int maxEntries, long maxTotalBytes, int maxRatio, long ratioFloorBytes, int maxDepth,
    int maxRecordTokens, int maxLineChars) {

  /** 100,000 files, 16 GiB, ratio 100 above 1 MiB, depth 64, 200,000 tokens a record, 1,000,000 chars a line. */
  public static final Limits DEFAULT = new Limits(100_000, 16L << 30, 100, 1L << 20, 64, 200_000, 1_000_000);

  public Limits {
    if (maxEntries < 1 || maxTotalBytes < 1 || maxRatio < 1 || ratioFloorBytes < 0 || maxDepth < 2
        || maxRecordTokens < 16 || maxLineChars < 80) {
      throw new IllegalArgumentException("limits out of range");
    }
  }

  public Limits withMaxTotalBytes(long value) {
    return new Limits(maxEntries, value, maxRatio, ratioFloorBytes, maxDepth, maxRecordTokens, maxLineChars);
  }

  public Limits withMaxEntries(int value) {
    return new Limits(value, maxTotalBytes, maxRatio, ratioFloorBytes, maxDepth, maxRecordTokens, maxLineChars);
  }
}
