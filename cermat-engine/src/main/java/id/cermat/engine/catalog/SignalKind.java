package id.cermat.engine.catalog;

/** The deterministic detectors whose findings the catalog weighs. */
public enum SignalKind {
  NIK,
  KK,
  PHONE,
  EMAIL,
  BANK_ACCOUNT,
  MONEY
}
