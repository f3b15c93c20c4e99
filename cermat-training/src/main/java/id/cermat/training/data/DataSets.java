package id.cermat.training.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The labelled data of a data folder laid out like ../shared/data: ibrohim2019, netifier and synthetic. */
public final class DataSets {

  private DataSets() {}

  /** Every labelled post of the folder, source by source, files in name order. */
  public static List<LabelledPost> readAll(Path root) {
    List<LabelledPost> all = new ArrayList<>();
    all.addAll(IbrohimReader.read(require(root.resolve("ibrohim2019/train.csv"))));
    all.addAll(NetifierReader.read(require(root.resolve("netifier/train.csv"))));
    Path synthetic = require(root.resolve("synthetic"));
    try (Stream<Path> files = Files.list(synthetic)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList()) {
        all.addAll(SyntheticReader.read(f));
      }
    } catch (IOException e) {
      throw new DataException(synthetic + ": cannot be listed: " + e.getMessage(), e);
    }
    return all;
  }

  private static Path require(Path p) {
    if (!Files.exists(p)) {
      throw new DataException(p + ": not found (expected the layout of ../shared/data)");
    }
    return p;
  }
}
