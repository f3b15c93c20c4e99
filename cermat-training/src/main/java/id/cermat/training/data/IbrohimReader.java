package id.cermat.training.data;

import id.cermat.engine.CategoryCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Ibrohim & Budi (2019) multi-label hate speech and abusive language tweets (CC BY-NC-SA 4.0: read
 * for training and evaluation, never copied into the project). The file is not valid UTF-8: it is read as
 * ISO-8859-1, the {@code \xNN} escapes of a bytes repr are turned back into UTF-8 bytes (emoji), literal
 * {@code \n} into new lines, {@code &amp;} into {@code &}, and the stray quote a bytes repr left at the end
 * is dropped. Truncated byte sequences become U+FFFD.
 *
 * <p>Mapping: Abusive → ABUSIVE; HS aimed at religion, race, physique or gender → HATE_SARA. Other hate
 * speech maps to no Cermat category but is kept as the source label HS (with Abusive) for the comparison
 * with the published results.
 */
public final class IbrohimReader {

  public static final String SOURCE = "ibrohim2019";

  private static final String[] HEADER = {"Tweet", "HS", "Abusive", "HS_Individual", "HS_Group",
    "HS_Religion", "HS_Race", "HS_Physical", "HS_Gender", "HS_Other", "HS_Weak", "HS_Moderate", "HS_Strong"};

  private IbrohimReader() {}

  public static List<LabelledPost> read(Path file) {
    String content;
    try {
      content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new DataException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return read(new StringReader(content), file.toString());
  }

  static List<LabelledPost> read(Reader in, String name) {
    List<LabelledPost> posts = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser csv = CSVParser.parse(in, format)) {
      List<String> header = csv.getHeaderNames();
      if (!header.equals(List.of(HEADER))) {
        throw new DataException(name + ": header is " + header + ", expected " + List.of(HEADER));
      }
      for (CSVRecord r : csv) {
        String at = name + " record " + r.getRecordNumber() + " (line " + r.getParser().getCurrentLineNumber()
            + ")";
        if (r.size() != HEADER.length) {
          throw new DataException(at + ": " + r.size() + " fields, expected " + HEADER.length);
        }
        boolean hs = flag(r, "HS", at);
        boolean abusive = flag(r, "Abusive", at);
        EnumSet<CategoryCode> labels = EnumSet.noneOf(CategoryCode.class);
        if (abusive) {
          labels.add(CategoryCode.ABUSIVE);
        }
        if (hs && (flag(r, "HS_Religion", at) || flag(r, "HS_Race", at) || flag(r, "HS_Physical", at)
            || flag(r, "HS_Gender", at))) {
          labels.add(CategoryCode.HATE_SARA);
        }
        posts.add(new LabelledPost(SOURCE, SOURCE + ":" + r.getRecordNumber(), clean(r.get("Tweet")), labels,
            Map.of("HS", hs, "Abusive", abusive)));
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new DataException(name + ": not valid CSV: " + e.getMessage(), e);
    }
    return posts;
  }

  /** A 0/1 column of a labelled CSV record; anything else is refused, naming the record. */
  static boolean flag(CSVRecord r, String column, String at) {
    String v = r.get(column).strip();
    if (v.equals("1")) {
      return true;
    }
    if (v.equals("0")) {
      return false;
    }
    throw new DataException(at + ": " + column + " is \"" + v + "\", expected 0 or 1");
  }

  /** Repairs one tweet as the data README describes (ISO-8859-1 chars, \xNN escapes, literal \n, &amp;). */
  static String clean(String latin1) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(latin1.length());
    for (int i = 0; i < latin1.length(); i++) {
      char c = latin1.charAt(i);
      if (c == '\\' && i + 3 < latin1.length() && latin1.charAt(i + 1) == 'x'
          && hex(latin1.charAt(i + 2)) >= 0 && hex(latin1.charAt(i + 3)) >= 0) {
        bytes.write(hex(latin1.charAt(i + 2)) * 16 + hex(latin1.charAt(i + 3)));
        i += 3;
      } else if (c == '\\' && i + 1 < latin1.length() && latin1.charAt(i + 1) == 'n') {
        bytes.write('\n');
        i += 1;
      } else {
        bytes.write(c & 0xff);
      }
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(bytes.toByteArray()))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not throw", e);
    }
    text = text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").strip();
    if (!text.isEmpty() && (text.endsWith("'") || text.endsWith("\""))) {
      text = text.substring(0, text.length() - 1).strip();
    }
    return text;
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
