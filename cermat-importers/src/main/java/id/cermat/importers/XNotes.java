package id.cermat.importers;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The note tweets (long posts) of an archive held while its tweets are read, so that a tweet whose text X
 * truncated gets its note's full text. The archive does not link them: a note has its own id
 * ({@code noteTweetId}, not the tweet's {@code id_str}); its {@code createdAt} is the tweet's {@code created_at}
 * to the second, and the tweet's text is the start of the note's. A tweet takes the first unused note of the
 * same second whose text its own (links, reply mentions and the ellipsis left out) begins. Held up to
 * {@link #MAX_NOTES} notes and {@link #MAX_CHARS} characters; the importer emits the others on their own.
 */
final class XNotes {

  static final int MAX_NOTES = 10_000;
  static final long MAX_CHARS = 20_000_000L;

  /** How many characters of a tweet's comparable text must begin the note's. */
  private static final int COMPARED = 80;

  /** One note tweet as read. */
  record Note(String id, Instant createdAt, String text, List<String> hashtags, List<String> mentions,
      List<String> links, CapturedPost.Source source) {
  }

  private final Map<Long, List<Note>> bySecond = new HashMap<>();
  private final List<Note> held = new ArrayList<>();
  private final Set<Note> used = Collections.newSetFromMap(new IdentityHashMap<>());
  private long chars;

  /** Holds {@code note} for matching; false when it has no time or the limits are reached. */
  boolean hold(Note note) {
    if (note.createdAt() == null || held.size() >= MAX_NOTES || chars + note.text().length() > MAX_CHARS) {
      return false;
    }
    held.add(note);
    chars += note.text().length();
    bySecond.computeIfAbsent(note.createdAt().getEpochSecond(), k -> new ArrayList<>()).add(note);
    return true;
  }

  /** The unused note of the tweet published at {@code time} with {@code tweetText}, marked used; or null. */
  Note take(Instant time, String tweetText) {
    if (time == null) {
      return null;
    }
    List<Note> candidates = bySecond.get(time.getEpochSecond());
    if (candidates == null) {
      return null;
    }
    String tweet = XText.comparable(tweetText);
    String start = tweet.length() > COMPARED ? tweet.substring(0, COMPARED) : tweet;
    List<Note> unused = new ArrayList<>();
    for (Note n : candidates) {
      if (!used.contains(n)) {
        unused.add(n);
      }
    }
    for (Note n : unused) {
      if (!start.isEmpty() && XText.comparable(n.text()).startsWith(start)) {
        used.add(n);
        return n;
      }
    }
    if (start.isEmpty() && unused.size() == 1) {
      used.add(unused.get(0));
      return unused.get(0);
    }
    return null;
  }

  /** The notes held that no tweet took, in the order read. */
  List<Note> unused() {
    List<Note> out = new ArrayList<>();
    for (Note n : held) {
      if (!used.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }
}
