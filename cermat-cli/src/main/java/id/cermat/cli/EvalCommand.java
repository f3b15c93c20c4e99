package id.cermat.cli;

import id.cermat.engine.Screener;
import id.cermat.training.data.DataException;
import id.cermat.training.data.IbrohimReader;
import id.cermat.training.data.LabelledPost;
import id.cermat.training.data.NetifierReader;
import id.cermat.training.data.Split;
import id.cermat.training.data.SyntheticReader;
import id.cermat.training.eval.Evaluation;
import id.cermat.training.eval.Evaluator;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code cermat eval}: screens a labelled file and prints how the decisions compare with its labels. */
@Command(
    name = "eval",
    synopsisHeading = "Pemakaian / usage: ",
    parameterListHeading = "%nParameter:%n",
    optionListHeading = "%nOpsi / options:%n",
    description = {
      "Menilai penyaringan pada berkas berlabel: presisi, recall, F1 per kategori, F1 mikro dan makro,",
      "tingkat tanda palsu pada pos tanpa label; baris terakhir adalah JSON dengan semua angka.",
      "Evaluates screening on a labelled file; the last line is JSON with every figure."
    })
final class EvalCommand implements Callable<Integer> {

  enum Format { IBROHIM, NETIFIER, JSONL }

  @CommandLine.ParentCommand
  CermatCommand parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Bantuan ini. / This help.")
  boolean help;

  @Option(names = "--format", required = true, paramLabel = "FORMAT",
      description = "Format berkas: ${COMPLETION-CANDIDATES} (jsonl: {\"id\", \"text\", \"labels\"}).")
  Format format;

  @Option(names = "--split", paramLabel = "SPLIT", defaultValue = "all",
      description = "Hanya bagian ini dari pembagian deterministik: all, train, validation, test (bawaan "
          + "${DEFAULT-VALUE}). / Only this part of the deterministic split.")
  String split;

  @Option(names = "--rules-only", description = "Aturan saja, tanpa model. / The rules alone, without the model.")
  boolean rulesOnly;

  @Parameters(index = "0", paramLabel = "FILE", description = "Berkas berlabel. / The labelled file.")
  Path file;

  @Override
  public Integer call() {
    CliMessages m = new CliMessages(parent.locale());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Split only = null;
    if (!split.equalsIgnoreCase("all")) {
      try {
        only = Split.valueOf(split.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        err.println(m.get("error.split", split));
        return ScreenCommand.USAGE;
      }
    }
    if (!Files.isRegularFile(file)) {
      err.println(m.get("error.noFile", file));
      return ScreenCommand.UNREADABLE;
    }
    List<LabelledPost> posts;
    try {
      posts = switch (format) {
        case IBROHIM -> IbrohimReader.read(file);
        case NETIFIER -> NetifierReader.read(file);
        case JSONL -> SyntheticReader.read(file);
      };
    } catch (DataException e) {
      err.println("cermat: " + e.getMessage());
      return ScreenCommand.INPUT_ERRORS;
    }
    if (only != null) {
      Split side = only;
      posts = posts.stream().filter(p -> p.split() == side).toList();
    }
    Screener screener = rulesOnly ? Screener.createRulesOnly(parent.locale()) : Screener.createDefault(parent.locale());
    Evaluation evaluation = new Evaluator(screener).evaluate(posts);
    out.print(evaluation.table());
    out.println(evaluation.json());
    out.flush();
    return ScreenCommand.OK;
  }
}
