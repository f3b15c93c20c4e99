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
    List<Path> files = files(root);
    List<LabelledPost> all = new ArrayList<>();
    all.addAll(IbrohimReader.read(files.get(0)));
    all.addAll(NetifierReader.read(files.get(1)));
    for (Path f : files.subList(2, files.size())) {
      all.addAll(SyntheticReader.read(f));
    }
    return all;
  }

  /** The files {@link #readAll} reads, in that order: Ibrohim, Netifier, then the synthetic files by name. */
  public static List<Path> files(Path root) {
    List<Path> out = new ArrayList<>();
    out.add(require(root.resolve("ibrohim2019/train.csv")));
    out.add(require(root.resolve("netifier/train.csv")));
    Path synthetic = require(root.resolve("synthetic"));
    try (Stream<Path> files = Files.list(synthetic)) {
      out.addAll(files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList());
    } catch (IOException e) {
      throw new DataException(synthetic + ": cannot be listed: " + e.getMessage(), e);
    }
    return out;
  }

  private static Path require(Path p) {
    if (!Files.exists(p)) {
      throw new DataException(p + ": not found (expected the layout of ../shared/data)");
    }
    return p;
  }
}
