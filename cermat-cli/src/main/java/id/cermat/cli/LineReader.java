package id.cermat.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Reads input line by line as raw bytes and decodes each line as strict UTF-8, so that one bad line is
 * reported with its number and the next lines are still read. Lines longer than a limit are skipped whole.
 */
final class LineReader {

  /** One line: its number (from 1) and either its text or why it could not be read. */
  record Line(long number, String text, String problemKey, Object[] problemArgs) {
    boolean ok() {
      return problemKey == null;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
  private final byte[] chunk = new byte[8192];
  private int pos;
  private int limit;
  private long number;
  private boolean eof;

  LineReader(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the input. */
  Line next() throws IOException {
    if (eof && pos >= limit) {
      return null;
    }
    buf.reset();
    boolean tooLong = false;
    boolean sawAny = false;
    while (true) {
      if (pos >= limit) {
        limit = in.read(chunk);
        pos = 0;
        if (limit <= 0) {
          eof = true;
          limit = 0;
          if (!sawAny) {
            return null;
          }
          break;
        }
      }
      sawAny = true;
      int nl = -1;
      for (int i = pos; i < limit; i++) {
        if (chunk[i] == '\n') {
          nl = i;
          break;
        }
      }
      int end = nl < 0 ? limit : nl;
      if (!tooLong) {
        if (buf.size() + (end - pos) > maxBytes) {
          tooLong = true;
          buf.reset();
        } else {
          buf.write(chunk, pos, end - pos);
        }
      }
      pos = end;
      if (nl >= 0) {
        pos = nl + 1;
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null, "error.tooLong", new Object[] {maxBytes / (1024 * 1024)});
    }
    byte[] bytes = buf.toByteArray();
    int from = 0;
    int to = bytes.length;
    if (number == 1 && to >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf) {
      from = 3;
    }
    if (to > from && bytes[to - 1] == '\r') {
      to--;
    }
    try {
      CharBuffer chars = decoder.reset().decode(ByteBuffer.wrap(bytes, from, to - from));
      return new Line(number, chars.toString(), null, null);
    } catch (MalformedInputException e) {
      return new Line(number, null, "error.utf8", new Object[] {firstBadByte(bytes, from, to) + 1 - from});
    } catch (CharacterCodingException e) {
      return new Line(number, null, "error.utf8", new Object[] {1});
    }
  }

  /** The offset of the first byte that is not valid UTF-8. */
  private int firstBadByte(byte[] b, int from, int to) {
    CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(b, from, to - from);
    CharBuffer out = CharBuffer.allocate(to - from + 1);
    d.decode(in, out, true);
    return in.position();
  }
}
