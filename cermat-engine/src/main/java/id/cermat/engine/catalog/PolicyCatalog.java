package id.cermat.engine.catalog;

import id.cermat.engine.CategoryCode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The versioned policy catalog: the sources, their clauses and, per category, severity, cited clauses,
 * weighted term lists and detector weights. Immutable; load it with {@link #loadDefault()} or
 * {@link CatalogLoader}.
 */
public final class PolicyCatalog {

  /** The catalog that ships inside the engine. */
  public static final String DEFAULT_RESOURCE = "/id/cermat/engine/catalog/policy-catalog.json";

  private final String version;
  private final LocalDate effectiveFrom;
  private final Map<String, PolicySource> sources;
  private final Map<String, Clause> clauses;
  private final Map<CategoryCode, CategoryPolicy> categories;
  private final List<SignalRule> signals;
  private final Map<String, Long> idrPerUnit;

  PolicyCatalog(
      String version,
      LocalDate effectiveFrom,
      List<PolicySource> sources,
      List<Clause> clauses,
      List<CategoryPolicy> categories,
      List<SignalRule> signals,
      Map<String, Long> idrPerUnit) {
    this.version = version;
    this.effectiveFrom = effectiveFrom;
    Map<String, PolicySource> s = new LinkedHashMap<>();
    sources.forEach(x -> s.put(x.id(), x));
    this.sources = java.util.Collections.unmodifiableMap(s);
    Map<String, Clause> c = new LinkedHashMap<>();
    clauses.forEach(x -> c.put(x.id(), x));
    this.clauses = java.util.Collections.unmodifiableMap(c);
    Map<CategoryCode, CategoryPolicy> k = new EnumMap<>(CategoryCode.class);
    categories.forEach(x -> k.put(x.code(), x));
    this.categories = java.util.Collections.unmodifiableMap(k);
    this.signals = List.copyOf(signals);
    this.idrPerUnit = Map.copyOf(idrPerUnit);
  }

  /** Loads the catalog that ships inside the engine. */
  public static PolicyCatalog loadDefault() {
    try (InputStream in = PolicyCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new CatalogException("policy catalog resource missing: " + DEFAULT_RESOURCE);
      }
      return CatalogLoader.load(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new CatalogException(DEFAULT_RESOURCE + ": cannot be read: " + e.getMessage(), e);
    }
  }

  public String version() {
    return version;
  }

  public LocalDate effectiveFrom() {
    return effectiveFrom;
  }

  public Map<String, PolicySource> sources() {
    return sources;
  }

  public Map<String, Clause> clauses() {
    return clauses;
  }

  /** Categories in the order of {@link CategoryCode}. */
  public Map<CategoryCode, CategoryPolicy> categories() {
    return categories;
  }

  public CategoryPolicy category(CategoryCode code) {
    return categories.get(code);
  }

  public List<SignalRule> signals() {
    return signals;
  }

  /** Rupiah per unit of a foreign currency (ISO code), for comparing amounts with the MONEY rules. */
  public Map<String, Long> idrPerUnit() {
    return idrPerUnit;
  }

  /** A clause as a person cites it: "PP No. 94 Tahun 2021" or "UU ITE (...), Pasal 27 ayat (2)". */
  public String citation(String clauseId) {
    Clause clause = clauses.get(clauseId);
    String doc = sources.get(clause.sourceId()).shortName();
    return clause.article() == null ? doc : doc + ", " + clause.article();
  }
}
