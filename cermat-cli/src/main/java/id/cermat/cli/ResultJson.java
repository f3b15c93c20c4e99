package id.cermat.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import id.cermat.engine.CategoryResult;
import id.cermat.engine.Evidence;
import id.cermat.engine.ScreeningResult;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Writes a screening result as one JSON object on one line: the categories that are not CLEAR in full, and
 * every category's score (also the CLEAR ones) under "scores".
 */
final class ResultJson {

  private static final JsonFactory FACTORY = new JsonFactory();

  private ResultJson() {}

  static String write(JsonNode id, ScreeningResult result) throws IOException {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeFieldName("id");
      if (id == null) {
        g.writeNull();
      } else if (id.isTextual()) {
        g.writeString(id.asText());
      } else if (id.isIntegralNumber()) {
        g.writeNumber(id.bigIntegerValue());
      } else if (id.isNumber()) {
        g.writeNumber(id.decimalValue());
      } else {
        g.writeString(id.toString());
      }
      fields(g, result);
      g.writeEndObject();
    }
    return w.toString();
  }

  /** The result's fields (all but "id") into an object {@code g} has started. */
  static void fields(JsonGenerator g, ScreeningResult result) throws IOException {
    g.writeStringField("decision", result.decision().name());
    g.writeArrayFieldStart("categories");
    for (CategoryResult c : result.findings()) {
      g.writeStartObject();
      g.writeStringField("code", c.code().name());
      g.writeNumberField("score", c.score());
      g.writeStringField("decision", c.decision().name());
      g.writeStringField("severity", c.severity().name());
      g.writeBooleanField("criminal", c.criminal());
      g.writeArrayFieldStart("spans");
      for (Evidence e : c.spans()) {
        g.writeStartObject();
        g.writeNumberField("start", e.start());
        g.writeNumberField("end", e.end());
        g.writeStringField("text", e.text());
        g.writeStringField("reason", e.reason());
        g.writeNumberField("weight", Math.round(e.weight() * 10_000) / 10_000.0);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("clauses");
      for (String clause : c.clauses()) {
        g.writeString(clause);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("scores");
    for (CategoryResult c : result.categories()) {
      g.writeNumberField(c.code().name(), c.score());
    }
    g.writeEndObject();
    g.writeStringField("platform", result.context().platform().name());
    g.writeStringField("kind", result.context().kind().name());
    g.writeStringField("catalogVersion", result.catalogVersion());
    g.writeStringField("engineVersion", result.engineVersion());
  }
}
