package id.cermat.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The engine's version, as the build stamped it. */
public final class EngineVersion {

  private static final String VERSION = read();

  private EngineVersion() {}

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = EngineVersion.class.getResourceAsStream("/id/cermat/engine/engine.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
