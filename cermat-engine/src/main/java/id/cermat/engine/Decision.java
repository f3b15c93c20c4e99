package id.cermat.engine;

/** What the engine proposes for one category of one post; people decide what happens next. */
public enum Decision {
  /** Nothing worth a reviewer's time (Aman). */
  CLEAR,
  /** Possibly a breach: a reviewer should look (Perlu ditinjau). */
  REVIEW,
  /** Likely a breach: a reviewer should look first (Ditandai). */
  FLAG
}
