package id.cermat.engine;

/** How serious a breach of a category is, as the policy catalog rates it. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL
}
