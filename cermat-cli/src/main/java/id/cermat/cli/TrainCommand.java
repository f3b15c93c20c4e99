package id.cermat.cli;

import id.cermat.engine.model.ClassifierModel;
import id.cermat.training.data.DataException;
import id.cermat.training.model.Trainer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cermat train}: trains the classifier on a data folder laid out like ../shared/data and writes the
 * model file. The file appears whole or not at all: it is written beside the target and moved into place.
 */
@Command(
    name = "train",
    synopsisHeading = "Pemakaian / usage: ",
    optionListHeading = "%nOpsi / options:%n",
    description = {
      "Melatih model klasifikasi dari folder data (ibrohim2019, netifier, synthetic) dan menulis berkas model.",
      "Data yang sama memberi berkas yang sama, byte demi byte.",
      "Trains the classifier from a data folder and writes the model file; the same data gives the same bytes."
    })
final class TrainCommand implements Callable<Integer> {

  @CommandLine.ParentCommand
  CermatCommand parent;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Bantuan ini. / This help.")
  boolean help;

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Folder data, tersusun seperti ../shared/data. / The data folder.")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "FILE",
      description = "Berkas model yang ditulis. / The model file to write.")
  Path out;

  @Option(names = "--max-false-flag-rate", paramLabel = "RATE", defaultValue = "0.03",
      description = "Batas tanda palsu pada pos bersih di split validasi (bawaan ${DEFAULT-VALUE}). / The gate's "
          + "budget of flagged clean posts on validation.")
  double maxFalseFlagRate;

  @Option(names = {"-q", "--quiet"}, description = "Tanpa laporan kemajuan. / No progress report.")
  boolean quiet;

  @Override
  public Integer call() {
    CliMessages m = new CliMessages(parent.locale());
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(data)) {
      err.println(m.get("error.noDir", data));
      return ScreenCommand.UNREADABLE;
    }
    if (!(maxFalseFlagRate >= 0 && maxFalseFlagRate <= 1)) {
      err.println(m.get("error.rate", maxFalseFlagRate));
      return ScreenCommand.USAGE;
    }
    ClassifierModel model;
    try {
      model = new Trainer(Trainer.Parameters.DEFAULT.withMaxFalseFlagRate(maxFalseFlagRate), line -> {
        if (!quiet) {
          err.println("cermat train: " + line);
          err.flush();
        }
      }).train(data);
    } catch (DataException e) {
      err.println("cermat: " + e.getMessage());
      return ScreenCommand.INPUT_ERRORS;
    }
    Path target = out.toAbsolutePath();
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), ".cermat-model", ".tmp");
      try (OutputStream o = Files.newOutputStream(temp)) {
        model.write(o);
      }
      try {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      err.println(m.get("error.write", out, e.getMessage()));
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write already failed; the message above says so
        }
      }
      return ScreenCommand.UNREADABLE;
    }
    err.println(m.get("train.done", out, model.featureCount(), model.heads().size()));
    return ScreenCommand.OK;
  }
}
