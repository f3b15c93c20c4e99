package id.cermat.importers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** Ids for records whose format has none. */
public final class PostIds {

  private PostIds() {
  }

  /**
   * {@code "h:"} and the first 128 bits, in hex, of the SHA-256 of author, time (epoch seconds) and text,
   * separated by NUL: the same message exported twice gets the same id, so a re-import does not duplicate it.
   * Two identical messages by one author within the same second (a chat's minute, for formats that give only
   * minutes) get one id.
   */
  public static String hash(String author, Instant time, String text) {
    MessageDigest sha = sha256();
    String joined = (author == null ? "" : author) + '\0' + (time == null ? "" : time.getEpochSecond()) + '\0'
        + (text == null ? "" : text);
    byte[] d = sha.digest(joined.getBytes(StandardCharsets.UTF_8));
    return "h:" + HexFormat.of().formatHex(d, 0, 16);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
