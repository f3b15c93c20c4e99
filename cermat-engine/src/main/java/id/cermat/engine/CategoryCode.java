package id.cermat.engine;

/** The conduct categories a post is screened for; the catalog gives each its severity, clauses and terms. */
public enum CategoryCode {
  FLEXING,
  HATE_SARA,
  ABUSIVE,
  GAMBLING,
  POLITICAL,
  CONFIDENTIAL,
  INDECENCY,
  RADICALISM,
  HOAX
}
