package id.cermat.importers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streaming reading of the JSON (and X's JavaScript) export files: the document is walked token by token and
 * only the arrays of records an importer asks for are read, one record at a time, each as a small tree
 * bounded by {@link Limits#maxRecordTokens()}. So a 1 GB file needs the memory of one record.
 */
public final class Json {

  /** Receives the records of one file. */
  public interface Visitor {

    /**
     * Whether the array at {@code path} holds records to be read one by one. The path lists the field names
     * from the document's root (array positions are left out), e.g. {@code []} for a top-level array,
     * {@code [chats, list, messages]} for Telegram's full export.
     */
    boolean records(List<String> path);

    /** One record of such an array; {@code position} is "line N" of its start. */
    void record(List<String> path, JsonNode record, String position) throws ImportException;

    /**
     * A scalar value met outside records, e.g. a chat's {@code name} before its messages. {@code path} is a
     * read-only view, valid only during the call (it is not copied for every value of a large file).
     */
    default void scalar(List<String> path, String value) {
    }

    /** An object outside records begins at {@code path} (e.g. one chat of a full export). */
    default void objectStart(List<String> path) {
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A syntax error found by the walk itself, its message a key of {@link ImportMessages}. */
  private static final class Bad extends com.fasterxml.jackson.core.JsonParseException implements Keyed {
    private static final long serialVersionUID = 1L;
    private final String key;
    private final transient List<Object> args;

    Bad(JsonParser p, String key, Object... args) {
      super(p, ImportMessages.get(java.util.Locale.ENGLISH, key, args));
      this.key = key;
      this.args = java.util.Arrays.asList(args);
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public List<Object> args() {
      return args == null ? List.of() : args;
    }
  }

  /** The file ends too early, as the walk finds it; its message a key of {@link ImportMessages}. */
  private static final class Eof extends com.fasterxml.jackson.core.io.JsonEOFException implements Keyed {
    private static final long serialVersionUID = 1L;
    private final String key;

    Eof(JsonParser p, JsonToken t, String key) {
      super(p, t, ImportMessages.get(java.util.Locale.ENGLISH, key));
      this.key = key;
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public List<Object> args() {
      return List.of();
    }
  }

  private Json() {
  }

  /** A parser factory holding documents to {@code limits}' depth, with generous but finite string sizes. */
  public static JsonFactory factory(Limits limits) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxDepth())
            .maxStringLength(16_000_000)
            .maxNumberLength(400)
            .maxNameLength(50_000)
            .build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * Reads one JSON file of {@code source} with {@code visitor}. A syntax error, a limit passed or an I/O error
   * is reported to {@code context} as a problem at its line, and reading of this file stops there; records
   * read before it are kept.
   *
   * @param javaScript      the file is X's JavaScript ({@code window.YTD.tweets.part0 = [...]}): everything up
   *                        to the first '=' is skipped
   * @param hexEscapes      repair Telegram's {@code \xNN} escapes, which are not JSON, into {@code \\u00NN}
   */
  public static void read(ExportSource source, ExportSource.Entry entry, boolean javaScript,
      boolean hexEscapes, ImportContext context, Visitor visitor) throws ImportException {
    Limits limits = source.limits();
    try (InputStream raw = source.open(entry)) {
      InputStream in = new BufferedInputStream(raw, 1 << 16);
      if (javaScript && !skipAssignment(in)) {
        context.problem(entry.path(), "line 1", "problem.json.noAssignment");
        return;
      }
      if (hexEscapes) {
        in = new HexEscapes(in);
      }
      try (JsonParser p = factory(limits).createParser(in)) {
        try {
          walk(p, limits, visitor, entry, context);
          if (p.nextToken() != null && !javaScript) {
            context.problem(entry.path(), position(p), "problem.json.trailing");
          }
        } catch (JsonProcessingException e) {
          context.problem(entry.path(), position(e.getLocation() != null ? e.getLocation() : p.currentLocation()),
              "problem.json.invalid", e instanceof Keyed k ? k.text() : e.getOriginalMessage());
        } catch (IOException e) {
          context.problem(entry.path(), position(p), "problem.file.unreadable", ExportSource.detail(e));
        }
      }
    } catch (IOException e) {
      context.problem(entry.path(), null, "problem.file.unreadable", ExportSource.detail(e));
    }
  }

  /**
   * The first scalar outside records of {@code entry} that {@code wanted} accepts (by its path and value), or
   * null: an account name in a profile or manifest file. A file that cannot be opened is a problem in
   * {@code context}, like any other reading problem of {@link #read}.
   */
  public static String firstScalar(ExportSource source, ExportSource.Entry entry, boolean javaScript,
      ImportContext context, java.util.function.BiPredicate<List<String>, String> wanted) {
    String[] found = new String[1];
    try {
      read(source, entry, javaScript, false, context, new Visitor() {
        @Override
        public boolean records(List<String> path) {
          return false;
        }

        @Override
        public void record(List<String> path, JsonNode record, String position) {
        }

        @Override
        public void scalar(List<String> path, String value) {
          if (found[0] == null && value != null && wanted.test(path, value)) {
            found[0] = value;
          }
        }
      });
    } catch (ImportException e) {
      context.problem(entry.path(), e.position(), e);
    }
    return found[0];
  }

  /** Skips everything up to and including the first '=' within 64 KB; false when there is none. */
  static boolean skipAssignment(InputStream in) throws IOException {
    for (int i = 0; i < 1 << 16; i++) {
      int b = in.read();
      if (b < 0) {
        return false;
      }
      if (b == '=') {
        return true;
      }
    }
    return false;
  }

  private static void walk(JsonParser p, Limits limits, Visitor visitor, ExportSource.Entry entry,
      ImportContext context) throws IOException, ImportException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new Bad(p, "problem.detail.json.empty");
    }
    Walk walk = new Walk(p, limits, visitor, entry, context);
    walk.value(t, walk.path());
  }

  private record Walk(JsonParser p, Limits limits, Visitor visitor, ExportSource.Entry entry,
      ImportContext context, List<String> path, List<String> view) {

  Walk(JsonParser p, Limits limits, Visitor visitor, ExportSource.Entry entry, ImportContext context) {
    this(p, limits, visitor, entry, context, new ArrayList<>(), null);
  }

  Walk {
    view = java.util.Collections.unmodifiableList(path);
  }

  void value(JsonToken t, List<String> path) throws IOException, ImportException {
    if (t == JsonToken.START_OBJECT) {
      try {
        visitor.objectStart(List.copyOf(path));
      } catch (RuntimeException e) {
        context.problem(entry.path(), position(p), "problem.failed", ExportSource.detail(e));
      }
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        path.add(p.currentName());
        value(p.nextToken(), path);
        path.remove(path.size() - 1);
      }
      expectEnd(p, t, JsonToken.END_OBJECT);
    } else if (t == JsonToken.START_ARRAY) {
      List<String> here = List.copyOf(path);
      boolean records = visitor.records(here);
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          throw new Eof(p, null, "problem.detail.json.endsInArray");
        }
        if (records) {
          String position = position(p.currentTokenLocation());
          int[] budget = {limits.maxRecordTokens()};
          JsonNode node = node(p, t, budget);
          if (budget[0] < 0) {
            context.problem(entry.path(), position, "problem.json.recordTooBig", limits.maxRecordTokens());
            continue;
          }
          try {
            visitor.record(here, node, position);
          } catch (RuntimeException e) {
            // an importer's slip on one odd record must not cost the others
            context.problem(entry.path(), position, "problem.record.failed", ExportSource.detail(e));
          }
        } else {
          value(t, path);
        }
      }
    } else if (t == null) {
      throw new Eof(p, null, "problem.detail.json.endsEarly");
    } else if (t.isScalarValue()) {
      try {
        visitor.scalar(view, t == JsonToken.VALUE_NULL ? null : p.getText());
      } catch (RuntimeException e) {
        context.problem(entry.path(), position(p), "problem.failed", ExportSource.detail(e));
      }
    }
  }
  }

  private static void expectEnd(JsonParser p, JsonToken t, JsonToken end) throws IOException {
    if (t != end) {
      throw new Eof(p, t, "problem.detail.json.endsInObject");
    }
  }

  private static JsonNode node(JsonParser p, JsonToken t, int[] budget) throws IOException {
    if (--budget[0] < 0) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        p.skipChildren();
      }
      return null;
    }
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        JsonToken k;
        while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonNode v = node(p, p.nextToken(), budget);
          if (budget[0] < 0) {
            skipRest(p, JsonToken.END_OBJECT);
            return null;
          }
          o.set(name, v);
        }
        expectEnd(p, k, JsonToken.END_OBJECT);
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        JsonToken k;
        while ((k = p.nextToken()) != JsonToken.END_ARRAY) {
          if (k == null) {
            throw new Eof(p, null, "problem.detail.json.endsInArray");
          }
          JsonNode v = node(p, k, budget);
          if (budget[0] < 0) {
            skipRest(p, JsonToken.END_ARRAY);
            return null;
          }
          a.add(v);
        }
        return a;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        // numbers are kept as their text: ids exceed a double, and no importer does arithmetic
        return NODES.textNode(p.getText());
      }
      case VALUE_TRUE -> {
        return NODES.booleanNode(true);
      }
      case VALUE_FALSE -> {
        return NODES.booleanNode(false);
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new Bad(p, "problem.detail.json.unexpected", t);
    }
  }

  /** Skips to the end of the container whose children are being read. */
  private static void skipRest(JsonParser p, JsonToken end) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
    int depth = 0;
    while (true) {
      t = p.nextToken();
      if (t == null) {
        throw new Eof(p, null, "problem.detail.json.endsInRecord");
      }
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        if (depth == 0) {
          return;
        }
        depth--;
      }
    }
  }

  /** "line N" of the parser's current position. */
  public static String position(JsonParser p) {
    return position(p.currentLocation());
  }

  static String position(JsonLocation l) {
    return l == null || l.getLineNr() < 1 ? "line ?" : "line " + l.getLineNr();
  }

  // ---- reading fields of a record ----

  /** The text at {@code path} of {@code node}, or null when absent, null, or not a scalar. */
  public static String text(JsonNode node, String... path) {
    JsonNode n = node;
    for (String f : path) {
      if (n == null || !n.isObject()) {
        return null;
      }
      n = n.get(f);
    }
    return n != null && n.isValueNode() && !n.isNull() ? n.asText() : null;
  }

  /** The node at {@code path}, or null when absent. */
  public static JsonNode at(JsonNode node, String... path) {
    JsonNode n = node;
    for (String f : path) {
      if (n == null || !n.isObject()) {
        return null;
      }
      n = n.get(f);
    }
    return n == null || n.isNull() ? null : n;
  }

  /** The elements of the array at {@code path}, or an empty list when it is absent or not an array. */
  public static List<JsonNode> array(JsonNode node, String... path) {
    JsonNode n = at(node, path);
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    }
    return out;
  }

  /** The number at {@code path} (a JSON number or a numeric string), or null. */
  public static Long number(JsonNode node, String... path) {
    String s = text(node, path);
    if (s == null) {
      return null;
    }
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      try {
        double d = Double.parseDouble(s.strip());
        return Double.isFinite(d) && Math.abs(d) < 9e15 ? (long) d : null;
      } catch (NumberFormatException e2) {
        return null;
      }
    }
  }

  /**
   * Turns Telegram's {@code \xNN} escapes (invalid JSON, written for some control characters) into
   * {@code \\u00NN}. Every other escape pair is passed through unchanged, so {@code \\x41} stays as it was.
   */
  static final class HexEscapes extends FilterInputStream {
    private final byte[] pending = new byte[6];
    private int pendingAt;
    private int pendingEnd;
    /** Bytes read ahead from the stream: one read per 64 KB, not per byte. */
    private final byte[] buffer = new byte[1 << 16];
    private int at;
    private int end;

    HexEscapes(InputStream in) {
      super(in);
    }

    private int next() throws IOException {
      if (at == end) {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
          return -1;
        }
        at = 0;
        end = n;
      }
      return buffer[at++] & 0xff;
    }

    @Override
    public int read() throws IOException {
      if (pendingAt < pendingEnd) {
        return pending[pendingAt++] & 0xff;
      }
      int b = next();
      if (b != '\\') {
        return b;
      }
      int c = next();
      if (c != 'x') {
        pendingAt = 0;
        pendingEnd = 0;
        if (c >= 0) {
          pending[pendingEnd++] = (byte) c;
        }
        return b;
      }
      int h1 = next();
      int h2 = h1 < 0 ? -1 : next();
      pendingAt = 0;
      pendingEnd = 0;
      if (hex(h1) && hex(h2)) {
        pending[pendingEnd++] = 'u';
        pending[pendingEnd++] = '0';
        pending[pendingEnd++] = '0';
        pending[pendingEnd++] = (byte) h1;
        pending[pendingEnd++] = (byte) h2;
      } else {
        pending[pendingEnd++] = 'x';
        if (h1 >= 0) {
          pending[pendingEnd++] = (byte) h1;
        }
        if (h2 >= 0) {
          pending[pendingEnd++] = (byte) h2;
        }
      }
      return b;
    }

    private static boolean hex(int c) {
      return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) {
        return 0;
      }
      int n = 0;
      while (n < len) {
        int c = read();
        if (c < 0) {
          return n == 0 ? -1 : n;
        }
        b[off + n++] = (byte) c;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long s = 0;
      while (s < n && read() >= 0) {
        s++;
      }
      return s;
    }

    @Override
    public int available() {
      return (pendingEnd - pendingAt) + (end - at);
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }
}
