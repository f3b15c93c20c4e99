package id.cermat.engine.catalog;

import java.util.Set;

/**
 * A document the policy rests on (a circular, regulation, law or code of conduct); {@code shortName} is
 * how people cite it ("PP No. 94 Tahun 2021").
 */
public record PolicySource(
    String id,
    String shortName,
    SourceKind kind,
    String number,
    int year,
    String issuer,
    LocalizedText title,
    Set<Workforce> appliesTo,
    boolean placeholder) {

  public PolicySource {
    appliesTo = Set.copyOf(appliesTo);
  }
}
