package id.cermat.training.data;

import id.cermat.engine.CategoryCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Netifier (Instagram, Twitter and Kaskus posts; no license file, listed elsewhere as CC BY-NC-SA 4.0:
 * read for training and evaluation only). Fields may span lines; literal {@code \n} becomes a new line;
 * forum quotes {@code [QUOTE=...]...[/QUOTE]} are removed because they are someone else's words.
 *
 * <p>Mapping: pornografi → INDECENCY, sara → HATE_SARA, radikalisme → RADICALISM, pencemaran_nama_baik
 * (defamation) → ABUSIVE.
 */
public final class NetifierReader {

  public static final String SOURCE = "netifier";

  private static final List<String> HEADER = List.of("original_text", "source", "pornografi", "sara",
      "radikalisme", "pencemaran_nama_baik");
  private static final Map<String, CategoryCode> MAPPING = new LinkedHashMap<>();
  private static final Pattern QUOTE = Pattern.compile("(?is)\\[quote(=[^\\]]*)?\\].*?\\[/quote\\]");

  static {
    MAPPING.put("pornografi", CategoryCode.INDECENCY);
    MAPPING.put("sara", CategoryCode.HATE_SARA);
    MAPPING.put("radikalisme", CategoryCode.RADICALISM);
    MAPPING.put("pencemaran_nama_baik", CategoryCode.ABUSIVE);
  }

  private NetifierReader() {}

  public static List<LabelledPost> read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new DataException(file + ": not valid UTF-8", e);
    } catch (IOException e) {
      throw new DataException(file + ": cannot be read: " + e.getMessage(), e);
    }
  }

  static List<LabelledPost> read(Reader in, String name) {
    List<LabelledPost> posts = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser csv = CSVParser.parse(in, format)) {
      if (!csv.getHeaderNames().equals(HEADER)) {
        throw new DataException(name + ": header is " + csv.getHeaderNames() + ", expected " + HEADER);
      }
      for (CSVRecord r : csv) {
        String at = name + " record " + r.getRecordNumber();
        if (r.size() != HEADER.size()) {
          throw new DataException(at + ": " + r.size() + " fields, expected " + HEADER.size());
        }
        String text = clean(r.get("original_text"));
        if (text.isEmpty()) {
          continue; // only quoted words of others: nothing the author wrote
        }
        EnumSet<CategoryCode> labels = EnumSet.noneOf(CategoryCode.class);
        Map<String, Boolean> own = new LinkedHashMap<>();
        for (Map.Entry<String, CategoryCode> m : MAPPING.entrySet()) {
          boolean set = IbrohimReader.flag(r, m.getKey(), at);
          own.put(m.getKey(), set);
          if (set) {
            labels.add(m.getValue());
          }
        }
        posts.add(new LabelledPost(SOURCE, SOURCE + ":" + r.getRecordNumber(), text, labels, own));
      }
    } catch (java.io.UncheckedIOException e) {
      if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
        throw new DataException(name + ": not valid UTF-8", e);
      }
      throw new DataException(name + ": not valid CSV: " + e.getMessage(), e);
    } catch (IOException | IllegalStateException e) {
      throw new DataException(name + ": not valid CSV: " + e.getMessage(), e);
    }
    return posts;
  }

  static String clean(String raw) {
    return QUOTE.matcher(raw.replace("\\n", "\n")).replaceAll(" ").strip();
  }
}
