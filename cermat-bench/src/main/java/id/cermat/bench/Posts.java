package id.cermat.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The posts a benchmark screens: every {@code text} of the JSON Lines files in a folder. */
final class Posts {

  private Posts() {}

  static String[] load(String folder) {
    Path dir = Path.of(folder);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("benchmark data not found: " + dir.toAbsolutePath()
          + " (run from the repository root with ../shared beside it, or pass -p data=FOLDER)");
    }
    ObjectMapper json = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          for (String line; (line = r.readLine()) != null; ) {
            if (!line.isBlank()) {
              JsonNode n = json.readTree(line);
              texts.add(n.get("text").asText());
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (texts.isEmpty()) {
      throw new IllegalStateException("no posts in " + dir.toAbsolutePath());
    }
    double mean = texts.stream().mapToInt(String::length).average().orElse(0);
    System.err.printf("benchmark data: %d posts from %s, mean length %.0f chars%n", texts.size(), dir, mean);
    return texts.toArray(new String[0]);
  }
}
