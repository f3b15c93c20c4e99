package id.cermat.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/** What one in-process run of the `cermat` command printed, and its exit status. */
record CliRun(int status, String out, String err) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static CliRun run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = CermatCommand.commandLine(new ByteArrayInputStream(stdin), new PrintWriter(out),
        new PrintWriter(err)).execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }

  static CliRun run(String... args) {
    return run(new byte[0], args);
  }

  /** Standard output, one JSON value per non-blank line. */
  List<JsonNode> lines() throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      if (!line.isBlank()) {
        nodes.add(JSON.readTree(line));
      }
    }
    return nodes;
  }
}
