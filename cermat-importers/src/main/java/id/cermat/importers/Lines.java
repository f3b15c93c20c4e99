package id.cermat.importers;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a text export (WhatsApp, LINE), read as a stream: UTF-8 unless a byte-order mark says UTF-16;
 * lines end at LF, CRLF or CR. Bytes that are not valid in the encoding become U+FFFD and the first line where
 * that happened is remembered ({@link #firstMalformedLine()}), so the importer can say the file was not read
 * whole. A line longer than {@link Limits#maxLineChars()} is cut there ({@link #cutLines()} counts them).
 */
public final class Lines implements Closeable {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final int maxChars;
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
  private final CharBuffer chars = CharBuffer.allocate(1 << 16);
  private final StringBuilder line = new StringBuilder();
  private boolean eof;
  private boolean flushed;
  private boolean pendingCr;
  private int number;
  private int firstMalformed;
  /** Where in {@link #chars} the first replacement character stands until its line is read, else -1. */
  private int badAt = -1;
  private int cut;

  private Lines(InputStream in, Charset charset, int maxChars) {
    this.in = in;
    this.decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.maxChars = maxChars;
    bytes.flip();
    chars.flip();
  }

  /** Opens {@code entry} of {@code source}; the encoding comes from its byte-order mark, UTF-8 without one. */
  public static Lines open(ExportSource source, ExportSource.Entry entry) throws ImportException {
    Limits limits = source.limits();
    InputStream in = source.open(entry);
    try {
      java.io.PushbackInputStream p = new java.io.PushbackInputStream(in, 3);
      byte[] head = new byte[3];
      int n = p.readNBytes(head, 0, 3);
      Charset cs = charset(head, n);
      int skip = bom(head, n);
      if (n > skip) {
        p.unread(head, skip, n - skip);
      }
      return new Lines(p, cs, limits.maxLineChars());
    } catch (IOException e) {
      try {
        in.close();
      } catch (IOException ignored) {
        // the read error is the one to report
      }
      throw ImportException.caused(e, entry.path(), "line 1", "problem.file.unreadable", ExportSource.detail(e));
    }
  }

  /** The encoding a file's first {@code n} bytes say it has: UTF-16 by its byte-order mark, else UTF-8. */
  private static Charset charset(byte[] head, int n) {
    if (n >= 2 && (head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (n >= 2 && (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    return StandardCharsets.UTF_8;
  }

  /** How many of the first {@code n} bytes are a byte-order mark. */
  private static int bom(byte[] head, int n) {
    if (n >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      return 3;
    }
    return charset(head, n) == StandardCharsets.UTF_8 ? 0 : 2;
  }

  /**
   * The first bytes of a text file ({@link ExportSource#head}) as text, decoded as {@link #open} would read the
   * file, without its byte-order mark; a character cut at the end becomes U+FFFD.
   */
  public static String headText(byte[] head) {
    int skip = bom(head, head.length);
    return new String(head, skip, head.length - skip, charset(head, head.length));
  }

  /** Receives the lines of a file. */
  public interface LineReader {
    void line(String text, int number);
  }

  /**
   * Feeds every line of {@code entry} to {@code reader}. What spoils the reading goes to {@code context} as
   * problems: an I/O error part way (the lines before it are read), bytes not valid in the file's encoding (the
   * first such line), lines cut at the limit.
   *
   * @throws ImportException when the file cannot be opened
   */
  public static void forEach(ExportSource source, ExportSource.Entry entry, ImportContext context,
      LineReader reader) throws ImportException {
    try (Lines lines = open(source, entry)) {
      try {
        String line;
        while ((line = lines.next()) != null) {
          reader.line(line, lines.number());
        }
      } catch (IOException e) {
        context.problem(entry.path(), "line " + (lines.number() + 1), "problem.lines.unreadableFurther",
            ExportSource.detail(e));
      }
      if (lines.firstMalformedLine() > 0) {
        context.problem(entry.path(), "line " + lines.firstMalformedLine(), "problem.lines.malformed");
      }
      if (lines.cutLines() > 0) {
        context.problem(entry.path(), null, "problem.lines.cut", lines.cutLines());
      }
    } catch (IOException e) {
      context.problem(entry.path(), null, "problem.file.notClosed", ExportSource.detail(e));
    }
  }

  /** The next line without its end, or null after the last. */
  public String next() throws IOException {
    line.setLength(0);
    boolean any = false;
    boolean cutHere = false;
    while (true) {
      if (!chars.hasRemaining() && !fill()) {
        if (!any && line.isEmpty()) {
          return null;
        }
        break;
      }
      if (chars.position() == badAt) {
        badAt = -1;
        firstMalformed = number + 1;
      }
      char c = chars.get();
      if (pendingCr) {
        pendingCr = false;
        if (c == '\n') {
          continue;
        }
      }
      any = true;
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        pendingCr = true;
        break;
      }
      if (line.length() < maxChars) {
        line.append(c);
      } else if (!cutHere) {
        cutHere = true;
        cut++;
      }
    }
    number++;
    return line.toString();
  }

  private boolean fill() throws IOException {
    if (flushed) {
      return false;
    }
    chars.clear();
    while (chars.position() == 0) {
      if (!eof && !bytes.hasRemaining() || (!eof && bytes.remaining() < 4)) {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
        bytes.flip();
      }
      CoderResult r = decoder.decode(bytes, chars, eof);
      if (r.isError()) {
        if (!chars.hasRemaining()) {
          break; // the characters before it are read first; the bad bytes come back at the next fill
        }
        if (firstMalformed == 0 && badAt < 0) {
          // its line is known once next() reaches it: lines may end in LF, CRLF or CR
          badAt = chars.position();
        }
        bytes.position(bytes.position() + r.length());
        chars.put('\uFFFD');
        continue;
      }
      if (eof && !bytes.hasRemaining()) {
        if (!flushed) {
          flushed = true;
          decoder.flush(chars);
        }
        break;
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  /** The number (from 1) of the line {@link #next()} returned last. */
  public int number() {
    return number;
  }

  /** The first line holding bytes not valid in the file's encoding, or 0 when there was none. */
  public int firstMalformedLine() {
    return firstMalformed;
  }

  /** How many lines were longer than the limit and cut. */
  public int cutLines() {
    return cut;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
