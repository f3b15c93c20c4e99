package id.cermat.importers;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An exception of the importers' own whose message is a key of {@link ImportMessages}: its
 * {@link Throwable#getMessage()} is English, and where it is reported its key and arguments are passed on so
 * that it is said in the reader's language.
 */
interface Keyed {

  String key();

  List<Object> args();

  /** The message as a {@link ImportMessages.Text}, to be an argument of another. */
  default ImportMessages.Text text() {
    return new ImportMessages.Text(key(), args());
  }

  /** An I/O error found by the importers themselves (a limit passed while reading). */
  final class IO extends IOException implements Keyed {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    IO(String key, Object... args) {
      this(null, key, args);
    }

    IO(Throwable cause, String key, Object... args) {
      super(ImportMessages.get(Locale.ENGLISH, key, args), cause);
      this.key = key;
      this.args = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(Arrays.asList(args)));
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public List<Object> args() {
      return args == null ? List.of() : args;
    }
  }
}
