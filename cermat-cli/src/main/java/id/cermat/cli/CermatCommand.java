package id.cermat.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code cermat} command: screen, import, eval and train today; serve and verify arrive with later work. */
@Command(
    name = "cermat",
    versionProvider = CermatCommand.Version.class,
    synopsisHeading = "Pemakaian / usage: ",
    commandListHeading = "%nPerintah / commands:%n",
    optionListHeading = "%nOpsi / options:%n",
    description = {
      "Cermat: penyaringan unggahan media sosial ASN dan pegawai BUMD.",
      "Cermat: screening of civil servants' and BUMD employees' social-media posts."
    },
    subcommands = {ScreenCommand.class, ImportCommand.class, EvalCommand.class, TrainCommand.class})
public final class CermatCommand implements Runnable {

  private final InputStream stdin;

  @Option(names = "--lang", scope = ScopeType.INHERIT, paramLabel = "id|en",
      description = "Bahasa keluaran: id (bawaan) atau en. / Output language: id (default) or en.")
  String lang = System.getenv().getOrDefault("CERMAT_LANG", "id");

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Bantuan ini. / This help.")
  boolean help;

  @Option(names = {"-V", "--version"}, versionHelp = true, description = "Versi. / Version.")
  boolean version;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  CermatCommand(InputStream stdin) {
    this.stdin = stdin;
  }

  InputStream stdin() {
    return stdin;
  }

  Locale locale() {
    return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.forLanguageTag("id");
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the command line with its streams; tests call this with their own. */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new CermatCommand(in));
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(
        new java.io.FileOutputStream(java.io.FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(
        new java.io.FileOutputStream(java.io.FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = commandLine(System.in, out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** The version line: engine version and the catalog version it ships. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cermat " + id.cermat.engine.EngineVersion.get()};
    }
  }
}
