package id.cermat.engine.catalog;

/** The legal form of a policy source. */
public enum SourceKind {
  CIRCULAR,
  REGULATION,
  LAW,
  JOINT_DECREE,
  INSTRUCTION,
  CODE_OF_CONDUCT
}
