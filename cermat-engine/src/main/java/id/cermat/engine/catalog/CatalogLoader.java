package id.cermat.engine.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import id.cermat.engine.CategoryCode;
import id.cermat.engine.PostKind;
import id.cermat.engine.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and validates a policy catalog. A broken catalog is refused whole, with a message that names the
 * file and the entry at fault, e.g. {@code categories[3] (GAMBLING).terms[12] "slot*": weight 1.5 is not in (0, 1]}.
 */
public final class CatalogLoader {

  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final String NAME = "cermat-policy";

  private final String file;

  private CatalogLoader(String file) {
    this.file = file;
  }

  /** Parses and validates a catalog; {@code file} names it in error messages. */
  public static PolicyCatalog load(InputStream in, String file) {
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new CatalogException(file + ": not valid JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CatalogException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new CatalogException(file + ": the catalog must be a JSON object");
    }
    return new CatalogLoader(file).catalog(root);
  }

  private PolicyCatalog catalog(JsonNode root) {
    fields(root, "", Set.of("catalog", "version", "effectiveFrom", "sources", "clauses", "categories",
        "signals", "idrPerUnit"));
    String name = text(root, "", "catalog");
    if (!NAME.equals(name)) {
      throw fail("", "catalog must be \"" + NAME + "\", not \"" + name + "\"");
    }
    String version = text(root, "", "version");
    if (!version.matches("\\d{4}\\.\\d{1,2}\\.\\d+")) {
      throw fail("", "version \"" + version + "\" is not YYYY.M.N");
    }
    LocalDate effective;
    try {
      effective = LocalDate.parse(text(root, "", "effectiveFrom"));
    } catch (DateTimeParseException e) {
      throw fail("", "effectiveFrom is not a date (YYYY-MM-DD)");
    }

    List<PolicySource> sources = new ArrayList<>();
    Set<String> sourceIds = new HashSet<>();
    JsonNode sArr = array(root, "", "sources");
    for (int i = 0; i < sArr.size(); i++) {
      PolicySource s = source(sArr.get(i), "sources[" + i + "]");
      if (!sourceIds.add(s.id())) {
        throw fail("sources[" + i + "] (" + s.id() + ")", "duplicate source id");
      }
      sources.add(s);
    }
    if (sources.isEmpty()) {
      throw fail("", "sources is empty");
    }

    List<Clause> clauses = new ArrayList<>();
    Map<String, PolicySource> clauseSource = new LinkedHashMap<>();
    JsonNode cArr = array(root, "", "clauses");
    for (int i = 0; i < cArr.size(); i++) {
      String at = "clauses[" + i + "]";
      JsonNode n = object(cArr.get(i), at);
      fields(n, at, Set.of("id", "source", "article", "summary"));
      String id = text(n, at, "id");
      at = at + " (" + id + ")";
      String src = text(n, at, "source");
      if (!sourceIds.contains(src)) {
        throw fail(at, "unknown source \"" + src + "\"");
      }
      if (!id.startsWith(src + "/")) {
        throw fail(at, "a clause id starts with its source id and a slash (\"" + src + "/...\")");
      }
      if (clauseSource.containsKey(id)) {
        throw fail(at, "duplicate clause id");
      }
      Clause c = new Clause(id, src, optionalText(n, at, "article"), localized(n, at, "summary"));
      clauseSource.put(id, sources.stream().filter(s -> s.id().equals(src)).findFirst().orElseThrow());
      clauses.add(c);
    }

    List<CategoryPolicy> categories = new ArrayList<>();
    EnumSet<CategoryCode> seen = EnumSet.noneOf(CategoryCode.class);
    JsonNode kArr = array(root, "", "categories");
    for (int i = 0; i < kArr.size(); i++) {
      CategoryPolicy c = category(kArr.get(i), "categories[" + i + "]", clauseSource);
      if (!seen.add(c.code())) {
        throw fail("categories[" + i + "] (" + c.code() + ")", "category defined twice");
      }
      categories.add(c);
    }
    EnumSet<CategoryCode> missing = EnumSet.complementOf(seen);
    if (!missing.isEmpty()) {
      throw fail("categories", "missing categories: " + missing);
    }

    List<SignalRule> signals = new ArrayList<>();
    JsonNode gArr = array(root, "", "signals");
    for (int i = 0; i < gArr.size(); i++) {
      String at = "signals[" + i + "]";
      JsonNode n = object(gArr.get(i), at);
      fields(n, at, Set.of("signal", "category", "weight", "minAmountIdr"));
      SignalKind kind = enumValue(SignalKind.class, n, at, "signal");
      at = at + " (" + kind + ")";
      CategoryCode code = enumValue(CategoryCode.class, n, at, "category");
      double w = unitNumber(n, at, "weight");
      long min = 0;
      if (n.has("minAmountIdr")) {
        if (kind != SignalKind.MONEY) {
          throw fail(at, "minAmountIdr applies to MONEY rules only");
        }
        JsonNode m = n.get("minAmountIdr");
        if (!m.canConvertToLong() || !m.isIntegralNumber() || m.asLong() < 0) {
          throw fail(at, "minAmountIdr must be a whole number of rupiah >= 0");
        }
        min = m.asLong();
      }
      signals.add(new SignalRule(kind, code, w, min));
    }

    Map<String, Long> rates = new LinkedHashMap<>();
    JsonNode r = root.get("idrPerUnit");
    if (r == null || !r.isObject()) {
      throw fail("", "idrPerUnit must be an object of currency code to rupiah");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getKey().matches("[A-Z]{3}") || !e.getValue().isIntegralNumber() || e.getValue().asLong() <= 0) {
        throw fail("idrPerUnit." + e.getKey(), "must be a three-letter currency code with a positive whole number");
      }
      rates.put(e.getKey(), e.getValue().asLong());
    }
    return new PolicyCatalog(version, effective, sources, clauses, categories, signals, rates);
  }

  private PolicySource source(JsonNode raw, String at) {
    JsonNode n = object(raw, at);
    fields(n, at, Set.of("id", "short", "kind", "number", "year", "issuer", "title", "appliesTo", "placeholder"));
    String id = text(n, at, "id");
    if (!id.matches("[A-Z0-9][A-Z0-9.\\-]*")) {
      throw fail(at, "source id \"" + id + "\" must be upper case letters, digits, dots and dashes");
    }
    at = at + " (" + id + ")";
    String shortName = text(n, at, "short");
    SourceKind kind = enumValue(SourceKind.class, n, at, "kind");
    String number = optionalText(n, at, "number");
    JsonNode y = n.get("year");
    if (y == null || !y.isInt() || y.asInt() < 1945 || y.asInt() > 2100) {
      throw fail(at, "year must be a whole number between 1945 and 2100");
    }
    String issuer = text(n, at, "issuer");
    LocalizedText title = localized(n, at, "title");
    JsonNode a = n.get("appliesTo");
    if (a == null || !a.isArray() || a.isEmpty()) {
      throw fail(at, "appliesTo must list ASN and/or BUMD");
    }
    EnumSet<Workforce> applies = EnumSet.noneOf(Workforce.class);
    for (JsonNode w : a) {
      try {
        applies.add(Workforce.valueOf(w.asText()));
      } catch (IllegalArgumentException e) {
        throw fail(at, "appliesTo: unknown workforce \"" + w.asText() + "\" (ASN, BUMD)");
      }
    }
    JsonNode p = n.get("placeholder");
    if (p == null || !p.isBoolean()) {
      throw fail(at, "placeholder must be true or false");
    }
    return new PolicySource(id, shortName, kind, number, y.asInt(), issuer, title, applies, p.asBoolean());
  }

  private CategoryPolicy category(JsonNode raw, String at, Map<String, PolicySource> clauseSource) {
    JsonNode n = object(raw, at);
    CategoryCode code = enumValue(CategoryCode.class, n, at, "code");
    at = at + " (" + code + ")";
    fields(n, at, Set.of("code", "label", "description", "severity", "criminal", "clauses", "thresholds",
        "terms", "mitigators", "kindFactors", "examples"));
    LocalizedText label = localized(n, at, "label");
    LocalizedText description = localized(n, at, "description");
    Severity severity = enumValue(Severity.class, n, at, "severity");
    JsonNode crim = n.get("criminal");
    if (crim == null || !crim.isBoolean()) {
      throw fail(at, "criminal must be true or false");
    }
    List<String> clauseIds = new ArrayList<>();
    JsonNode cl = array(n, at, "clauses");
    boolean coversBumd = false;
    for (int i = 0; i < cl.size(); i++) {
      String id = cl.get(i).asText();
      PolicySource src = clauseSource.get(id);
      if (src == null) {
        throw fail(at + ".clauses[" + i + "]", "unknown clause \"" + id + "\"");
      }
      coversBumd |= src.appliesTo().contains(Workforce.BUMD);
      clauseIds.add(id);
    }
    if (clauseIds.isEmpty()) {
      throw fail(at, "a category must cite at least one clause");
    }
    if (!coversBumd) {
      throw fail(at, "no cited clause applies to BUMD employees (they are not ASN: cite a source that binds them)");
    }
    JsonNode th = n.get("thresholds");
    if (th == null || !th.isObject()) {
      throw fail(at, "thresholds {review, flag} missing");
    }
    fields(th, at + ".thresholds", Set.of("review", "flag"));
    double review = unitNumber(th, at + ".thresholds", "review");
    double flag = unitNumber(th, at + ".thresholds", "flag");
    if (review >= flag) {
      throw fail(at + ".thresholds", "review (" + review + ") must be below flag (" + flag + ")");
    }

    List<TermSpec> terms = new ArrayList<>();
    for (Listed t : listed(n, at, "terms", "weight", true)) {
      terms.add(new TermSpec(t.text(), t.value(), t.notNear()));
    }
    if (terms.isEmpty()) {
      throw fail(at, "terms is empty");
    }
    List<MitigatorSpec> mitigators = new ArrayList<>();
    for (Listed m : listed(n, at, "mitigators", "factor", false)) {
      if (m.value() >= 1) {
        throw fail(m.at(), "factor must be below 1 (it lowers the category's weights)");
      }
      mitigators.add(new MitigatorSpec(m.text(), m.value(), m.notNear()));
    }
    Map<PostKind, Double> kindFactors = new EnumMap<>(PostKind.class);
    JsonNode kf = n.get("kindFactors");
    if (kf != null) {
      if (!kf.isObject()) {
        throw fail(at, "kindFactors must be an object of post kind to factor");
      }
      for (Iterator<String> it = kf.fieldNames(); it.hasNext(); ) {
        String k = it.next();
        PostKind kind;
        try {
          kind = PostKind.valueOf(k);
        } catch (IllegalArgumentException e) {
          throw fail(at + ".kindFactors", "unknown post kind \"" + k + "\"");
        }
        kindFactors.put(kind, unitNumber(kf, at + ".kindFactors", k));
      }
    }
    List<String> breach = List.of();
    List<String> fine = List.of();
    JsonNode ex = n.get("examples");
    if (ex != null) {
      object(ex, at + ".examples");
      fields(ex, at + ".examples", Set.of("breach", "fine"));
      breach = strings(ex, at + ".examples", "breach");
      fine = strings(ex, at + ".examples", "fine");
    }
    return new CategoryPolicy(code, label, description, severity, crim.asBoolean(), clauseIds, review, flag,
        terms, mitigators, kindFactors, breach, fine);
  }

  /** A term or mitigator as read: where it stands, its text, its weight or factor, its false friends. */
  private record Listed(String at, String text, double value, List<String> notNear) {}

  /** The entries {term, VALUE, notNear} of a category's list {@code field}, each term once. */
  private List<Listed> listed(JsonNode n, String at, String field, String valueField, boolean required) {
    JsonNode arr = required || n.has(field) ? array(n, at, field) : JSON.createArrayNode();
    List<Listed> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < arr.size(); i++) {
      String eat = at + "." + field + "[" + i + "]";
      JsonNode e = object(arr.get(i), eat);
      fields(e, eat, Set.of("term", valueField, "notNear"));
      String text = termText(e, eat);
      eat = eat + " \"" + text + "\"";
      if (!seen.add(text)) {
        throw fail(eat, "listed twice in this category's " + field);
      }
      out.add(new Listed(eat, text, unitNumber(e, eat, valueField), words(e, eat, "notNear")));
    }
    return out;
  }

  private String termText(JsonNode n, String at) {
    String text = text(n, at, "term").strip();
    if (text.isEmpty()) {
      throw fail(at, "term is empty");
    }
    if (!text.equals(text.toLowerCase(Locale.ROOT))) {
      throw fail(at + " \"" + text + "\"", "terms are written in lower case");
    }
    int star = text.indexOf('*');
    if (star >= 0 && (star != text.length() - 1 || text.indexOf(' ') >= 0 || text.length() < 4)) {
      throw fail(at + " \"" + text + "\"", "'*' may only end a single word of at least three letters");
    }
    return text;
  }

  private List<String> words(JsonNode n, String at, String field) {
    List<String> out = strings(n, at, field);
    for (String w : out) {
      if (w.isBlank() || w.contains(" ") || !w.equals(w.toLowerCase(Locale.ROOT))) {
        throw fail(at, field + ": \"" + w + "\" must be one lower-case word");
      }
    }
    return out;
  }

  private List<String> strings(JsonNode n, String at, String field) {
    JsonNode a = n.get(field);
    if (a == null) {
      return List.of();
    }
    if (!a.isArray()) {
      throw fail(at, field + " must be an array of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode s : a) {
      if (!s.isTextual()) {
        throw fail(at, field + " must be an array of strings");
      }
      out.add(s.asText());
    }
    return out;
  }

  private LocalizedText localized(JsonNode n, String at, String field) {
    JsonNode l = n.get(field);
    if (l == null || !l.isObject()) {
      throw fail(at, field + " must be {\"id\": ..., \"en\": ...}");
    }
    fields(l, at + "." + field, Set.of("id", "en"));
    return new LocalizedText(text(l, at + "." + field, "id"), text(l, at + "." + field, "en"));
  }

  private <E extends Enum<E>> E enumValue(Class<E> type, JsonNode n, String at, String field) {
    String v = text(n, at, field);
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException e) {
      throw fail(at, field + ": unknown value \"" + v + "\" (one of " + List.of(type.getEnumConstants()) + ")");
    }
  }

  private double unitNumber(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isNumber()) {
      throw fail(at, field + " must be a number");
    }
    double d = v.asDouble();
    if (!(d > 0 && d <= 1)) {
      throw fail(at, field + " " + v.asText() + " is not in (0, 1]");
    }
    return d;
  }

  private String text(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual() || v.asText().isBlank()) {
      throw fail(at, field + " must be a non-empty string");
    }
    return v.asText();
  }

  private String optionalText(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw fail(at, field + " must be a non-empty string or null");
    }
    return v.asText();
  }

  private JsonNode array(JsonNode n, String at, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray()) {
      throw fail(at, field + " must be an array");
    }
    return v;
  }

  private JsonNode object(JsonNode n, String at) {
    if (n == null || !n.isObject()) {
      throw fail(at, "must be an object");
    }
    return n;
  }

  private void fields(JsonNode n, String at, Set<String> allowed) {
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!allowed.contains(f)) {
        throw fail(at, "unknown field \"" + f + "\"");
      }
    }
  }

  private CatalogException fail(String at, String message) {
    return new CatalogException(file + ": " + (at.isEmpty() ? "" : at + ": ") + message);
  }
}
