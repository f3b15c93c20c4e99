package id.cermat.engine.catalog;

/** Whom a policy source binds: civil servants (ASN) or regional-enterprise (BUMD) staff, who are not ASN. */
public enum Workforce {
  ASN,
  BUMD
}
