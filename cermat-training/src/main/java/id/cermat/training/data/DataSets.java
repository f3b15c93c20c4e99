package id.cermat.training.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The labelled data of a data folder laid out like ../shared/data: {@code ibrohim2019/train.csv},
 * {@code netifier/train.csv} and {@code synthetic/*.jsonl} (Cermat's own format, also the one for an
 * agency's own labelled posts). Each source is optional; a folder with none of them is refused.
 */
public final class DataSets {

  private DataSets() {}

  /** Every labelled post of the folder, source by source, files in name order. */
  public static List<LabelledPost> readAll(Path root) {
    List<LabelledPost> all = new ArrayList<>();
    for (Path f : files(root)) {
      String name = root.relativize(f).toString().replace('\\', '/');
      if (name.startsWith("ibrohim2019/")) {
        all.addAll(IbrohimReader.read(f));
      } else if (name.startsWith("netifier/")) {
        all.addAll(NetifierReader.read(f));
      } else {
        all.addAll(SyntheticReader.read(f));
      }
    }
    return all;
  }

  /** The files {@link #readAll} reads, in that order: Ibrohim, Netifier, then the JSON Lines files by name. */
  public static List<Path> files(Path root) {
    if (!Files.isDirectory(root)) {
      throw new DataException(root + ": not a folder");
    }
    List<Path> out = new ArrayList<>();
    for (String csv : List.of("ibrohim2019/train.csv", "netifier/train.csv")) {
      if (Files.isRegularFile(root.resolve(csv))) {
        out.add(root.resolve(csv));
      }
    }
    Path synthetic = root.resolve("synthetic");
    if (Files.isDirectory(synthetic)) {
      try (Stream<Path> files = Files.list(synthetic)) {
        out.addAll(files.filter(p -> p.getFileName().toString().endsWith(".jsonl")).sorted().toList());
      } catch (IOException e) {
        throw new DataException(synthetic + ": cannot be listed: " + e.getMessage(), e);
      }
    }
    if (out.isEmpty()) {
      throw new DataException(root + ": no labelled data found (expected ibrohim2019/train.csv, netifier/train.csv"
          + " or synthetic/*.jsonl, the layout of ../shared/data)");
    }
    return out;
  }
}
