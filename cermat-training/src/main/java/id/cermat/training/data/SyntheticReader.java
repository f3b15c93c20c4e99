package id.cermat.training.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.cermat.engine.CategoryCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * Reads the posts written for this project (JSON Lines {@code {"id","text","labels":[...],"platform"}};
 * {@code labels: []} is no violation). Labels are Cermat's own category codes.
 */
public final class SyntheticReader {

  public static final String SOURCE = "synthetic";

  private static final ObjectMapper JSON = new ObjectMapper();

  private SyntheticReader() {}

  public static List<LabelledPost> read(Path file) {
    List<LabelledPost> posts = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int no = 0;
      for (String line; (line = in.readLine()) != null; ) {
        no++;
        if (line.isBlank()) {
          continue;
        }
        String at = file + " line " + no;
        JsonNode n;
        try {
          n = JSON.readTree(line);
        } catch (IOException e) {
          throw new DataException(at + ": not valid JSON", e);
        }
        if (!n.path("text").isTextual() || !n.path("id").isTextual() || !n.path("labels").isArray()) {
          throw new DataException(at + ": needs a string \"id\", a string \"text\" and an array \"labels\"");
        }
        EnumSet<CategoryCode> labels = EnumSet.noneOf(CategoryCode.class);
        for (JsonNode l : n.get("labels")) {
          try {
            labels.add(CategoryCode.valueOf(l.asText()));
          } catch (IllegalArgumentException e) {
            throw new DataException(at + ": unknown label \"" + l.asText() + "\"");
          }
        }
        posts.add(new LabelledPost(SOURCE, SOURCE + ":" + n.get("id").asText(), n.get("text").asText(), labels,
            Map.of()));
      }
    } catch (IOException e) {
      throw new DataException(file + ": cannot be read: " + e.getMessage(), e);
    }
    return posts;
  }
}
