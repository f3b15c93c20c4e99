package id.cermat.engine.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a post the way Indonesians write online and turns it into tokens that remember where they came
 * from: Unicode folding, emoji, links, mentions and hashtags (split into words), elongation, leetspeak,
 * masked, spaced and dotted letters, slang and regional words, reduplication and stemming.
 * Thread-safe; build once and share.
 */
public final class TextNormalizer {

  private static final int MAX_HASHTAG_SPLIT = 48;
  private static final int MAX_WORD = 24;
  private static final int SPLIT_CACHE_LIMIT = 100_000;
  private static final Set<String> MONEY_UNITS = Set.of("rb", "ribu", "k", "jt", "juta", "m", "miliar",
      "milyar", "t", "triliun", "an", "rban", "jtan", "b", "mio", "jeti");
  private static final Set<String> TLDS = Set.of("com", "id", "net", "org", "info", "biz", "xyz", "site",
      "online", "vip", "top", "io", "me", "co", "app", "link", "club", "live", "pro", "cc", "tv", "asia",
      "bet", "win", "shop", "store", "ly", "gl", "gg", "fun", "icu", "cloud", "web", "my", "sg", "us", "to");

  private final UnicodeFolder folder = new UnicodeFolder();
  private final Stemmer stemmer;
  private final WordTable<Analysis> common;
  /** Numbers of the vocabulary's standard forms and stems; never modified after construction. */
  private final Map<String, Integer> ids;
  private final List<String> vocabulary;
  private final RecentWords<Analysis> recent = new RecentWords<>(1 << 16);
  private final java.util.concurrent.ConcurrentHashMap<String, int[]> splits =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final Lexicon lexicon;
  private final Set<String> priority;
  private final Map<Integer, List<String>> priorityByLength;

  /**
   * @param lexicon the known words and their standard forms
   * @param priorityWords words to prefer when undoing masks, spacing and leetspeak (the term lists'
   *     words, and multi-word terms written without spaces), the most preferred first
   */
  public TextNormalizer(Lexicon lexicon, Collection<String> priorityWords) {
    this.lexicon = lexicon;
    this.priority = java.util.Collections.unmodifiableSet(new HashSet<>(priorityWords));
    this.stemmer = new Stemmer(this::known);
    Map<String, Analysis> common = new HashMap<>();
    Map<String, Integer> numbers = new HashMap<>();
    this.ids = numbers;
    for (Collection<String> words : List.of(lexicon.words(), priorityWords)) {
      for (String w : words) {
        common.computeIfAbsent(w, this::analyse);
      }
    }
    // every standard form and stem of a known word gets a number, then the analyses are redone with them
    for (Analysis first : common.values()) {
      for (Analysis x = first; x != null; x = x.next) {
        numbers.putIfAbsent(x.norm, numbers.size());
        numbers.putIfAbsent(x.stem, numbers.size());
      }
    }
    common.replaceAll((w, x) -> x.numbered(numbers));
    String[] byNumber = new String[numbers.size()];
    numbers.forEach((w, n) -> byNumber[n] = w);
    this.vocabulary = List.of(byNumber);
    // the known words are analysed up front and found without allocating; the cache serves the rest
    this.common = new WordTable<>(common);
    Map<Integer, List<String>> byLen = new HashMap<>();
    priorityWords.stream().distinct().forEach(
        w -> byLen.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w));
    byLen.replaceAll((k, v) -> List.copyOf(v));
    this.priorityByLength = Map.copyOf(byLen);
  }

  /** A normaliser with the shipped lexicon and no priority words. */
  public static TextNormalizer withDefaultLexicon() {
    return new TextNormalizer(Lexicon.loadDefault(), List.of());
  }

  public NormalizedText normalize(String text) {
    FoldedText f = folder.fold(text);
    char[] ch = f.chars();
    boolean marked = f.hasMarks();
    List<Token> out = new ArrayList<>(Math.max(8, text.length() / 5));
    int n = f.length();
    Spaced spaced = new Spaced();
    int i = 0;
    while (i < n) {
      char c = f.charAt(i);
      if (f.isEmoji(i)) {
        int j = i + 1;
        while (j < n && f.isEmoji(j) && f.start(j) == f.start(i)) {
          j++;
        }
        flushSpaced(f, spaced, out);
        emoji(f, i, j, out);
        i = j;
        continue;
      }
      if (isSpace(c)) {
        i++;
        continue;
      }
      // one pass finds the chunk's end and whether it is a plain word (a-z, then at most closing
      // punctuation), hashing its letters on the way: most chunks need nothing more
      int j = i;
      int h = 0;
      int wordEnd = -1;
      boolean plain = true;
      while (j < n) {
        char d = ch[j];
        if ((d <= ' ' || d >= 0x80) && (isSpace(d) || marked && f.isEmoji(j))) {
          break;
        }
        if (d >= 'a' && d <= 'z') {
          plain &= wordEnd < 0;
          h = 31 * h + d;
        } else if (wordEnd < 0 && j > i && isClosingPunct(d)) {
          wordEnd = j;
        } else if (wordEnd < 0 || !isClosingPunct(d)) {
          plain = false;
        }
        j++;
      }
      int end = wordEnd >= 0 ? wordEnd : j;
      if (plain && end - i > 1 && end - i <= MAX_WORD * 4) {
        flushSpaced(f, spaced, out);
        emit(f, i, end, analysis(ch, i, end, WordTable.mix(h)), 0, out);
        i = j;
        continue;
      }
      other(f, i, j, spaced, out);
      i = j;
    }
    flushSpaced(f, spaced, out);
    return new NormalizedText(f, out);
  }

  /** Single letters typed apart ("j u d i"), waiting to be joined into a word. */
  private static final class Spaced {
    private int[] positions;
    private int count;

    void add(int position) {
      if (positions == null) {
        positions = new int[8];
      } else if (count == positions.length) {
        positions = java.util.Arrays.copyOf(positions, count * 2);
      }
      positions[count++] = position;
    }
  }

  /** A chunk that is not a plain word: trimmed of punctuation, then a spaced letter or anything else. */
  private void other(FoldedText f, int a, int b, Spaced spaced, List<Token> out) {
    while (a < b && !isLetterOrDigit(f.charAt(a)) && "@#$*".indexOf(f.charAt(a)) < 0) {
      a++;
    }
    while (b > a && !isLetterOrDigit(f.charAt(b - 1))) {
      b--;
    }
    if (b - a == 1 && (isLetter(f.charAt(a)) || leet(f.charAt(a)) != 0)) {
      spaced.add(a);
    } else {
      flushSpaced(f, spaced, out);
      if (a < b) {
        chunk(f, a, b, out);
      }
    }
  }

  /** Letters typed one by one with spaces between them: "j u d i". */
  private void flushSpaced(FoldedText f, Spaced spaced, List<Token> out) {
    int count = spaced.count;
    if (count == 0) {
      return;
    }
    int[] pos = spaced.positions;
    spaced.count = 0;
    StringBuilder b = new StringBuilder(count);
    for (int k = 0; k < count; k++) {
      b.append(f.charAt(pos[k]));
    }
    if (count >= 3) {
      String joined = resolveLeet(b.toString());
      if (joined != null && (priority.contains(joined) || lexicon.isKnown(joined))) {
        emitWord(f, pos[0], pos[count - 1] + 1, joined, Token.SPACED, out);
        return;
      }
    }
    for (int k = 0; k < count; k++) {
      int p = pos[k];
      char c = f.charAt(p);
      if (isDigit(c)) {
        out.add(new Token(TokenType.NUMBER, String.valueOf(c), String.valueOf(c), f.start(p), f.end(p),
            marks(f, p, p + 1)));
      } else if (isLetter(c)) {
        emitWord(f, p, p + 1, String.valueOf(c), 0, out);
      }
    }
  }

  private void chunk(FoldedText f, int a, int b, List<Token> out) {
    if (plainLetters(f, a, b) && b - a <= MAX_WORD * 4) {
      // most chunks are plain words: skip the checks for links, mentions, leetspeak and masks
      emit(f, a, b, analysis(f.chars(), a, b), 0, out);
      return;
    }
    String s = f.slice(a, b);
    char c0 = s.charAt(0);
    if (s.startsWith("http://") || s.startsWith("https://") || s.startsWith("www.")) {
      url(f, a, b, s, out);
      return;
    }
    if (c0 == '#') {
      hashtag(f, a, b, out);
      return;
    }
    if (c0 == '@' && isMention(s)) {
      String asWord = resolveLeet(s);
      if (asWord == null || !priority.contains(asWord)) {
        out.add(new Token(TokenType.MENTION, s, s, f.start(a), f.end(b - 1), 0));
        return;
      }
    }
    int at = s.indexOf('@');
    if (at > 0 && isEmail(s, at)) {
      out.add(new Token(TokenType.EMAIL, s, s, f.start(a), f.end(b - 1), 0));
      return;
    }
    if (isDomain(s)) {
      url(f, a, b, s, out);
      return;
    }
    // split on hard punctuation: anything that is not a letter, digit, leet symbol or joiner
    int p = a;
    for (int i = a; i <= b; i++) {
      if (i == b || isHardPunct(f.charAt(i))) {
        if (i > p) {
          piece(f, p, i, out);
        }
        p = i + 1;
      }
    }
  }

  private void piece(FoldedText f, int a, int b, List<Token> out) {
    while (a < b && isJoiner(f.charAt(a))) {
      a++;
    }
    while (b > a && (isJoiner(f.charAt(b - 1)) || f.charAt(b - 1) == '!')) {
      b--;
    }
    if (a >= b) {
      return;
    }
    if (isDottedLetters(f, a, b)) {
      StringBuilder sb = new StringBuilder();
      for (int i = a; i < b; i += 2) {
        sb.append(f.charAt(i));
      }
      String joined = resolveLeet(sb.toString());
      if (joined != null) {
        emitWord(f, a, b, joined, Token.SPACED, out);
        return;
      }
    }
    int p = a;
    StringBuilder w = new StringBuilder(b - a);
    for (int i = a; i < b; i++) {
      char c = f.charAt(i);
      if (c == '\'' || c == '`') {
        continue;
      }
      boolean numberSep = (c == '.' || c == ',') && i > a && i + 1 < b
          && isDigit(f.charAt(i - 1)) && isDigit(f.charAt(i + 1));
      if (isJoiner(c) && !numberSep) {
        if (w.length() > 0) {
          atom(f, p, i, w.toString(), out);
        }
        w.setLength(0);
        p = i + 1;
      } else {
        w.append(c);
      }
    }
    if (w.length() > 0) {
      atom(f, p, b, w.toString(), out);
    }
  }

  /** One word-like run without joiners: a number, an amount, a plain, leet or masked word. */
  private void atom(FoldedText f, int a, int b, String w, List<Token> out) {
    int letters = 0;
    int digits = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (isLetter(c)) {
        letters++;
      } else if (isDigit(c)) {
        digits++;
      }
    }
    if (letters == 0) {
      if (digits > 0 && w.indexOf('*') < 0 && !(w.length() > 1 && leetWordPossible(w))) {
        out.add(new Token(TokenType.NUMBER, w, w, f.start(a), f.end(b - 1), 0));
        return;
      }
      String r = resolveLeet(w);
      if (r != null && (priority.contains(r) || lexicon.isKnown(r))) {
        emitWord(f, a, b, r, Token.LEET, out);
      } else if (digits > 0) {
        out.add(new Token(TokenType.NUMBER, w, w, f.start(a), f.end(b - 1), 0));
      }
      return;
    }
    if (digits > 0 && isDigit(w.charAt(0))) {
      int k = 0;
      while (k < w.length() && (isDigit(w.charAt(k)) || w.charAt(k) == '.' || w.charAt(k) == ',')) {
        k++;
      }
      String rest = w.substring(k);
      if (MONEY_UNITS.contains(rest)) {
        out.add(new Token(TokenType.NUMBER, w, w, f.start(a), f.end(b - 1), 0));
        return;
      }
      if (k > 1 || !leetWordPossible(w)) {
        out.add(new Token(TokenType.NUMBER, w.substring(0, k), w.substring(0, k), f.start(a),
            f.end(a + k - 1), 0));
        atom(f, a + k, b, rest, out);
        return;
      }
    }
    if (digits > 0 && isDigit(w.charAt(w.length() - 1))) {
      int k = w.length();
      while (k > 0 && isDigit(w.charAt(k - 1))) {
        k--;
      }
      String head = w.substring(0, k);
      String tail = w.substring(k);
      if (tail.equals("2") && k > 1) {
        word(f, a, b, head, Token.REDUPLICATED, out);
        return;
      }
      String asLeet = resolveLeet(w);
      if (tail.length() > 1 || asLeet == null || !(priority.contains(asLeet) || lexicon.isKnown(asLeet))) {
        word(f, a, b - tail.length(), head, 0, out);
        out.add(new Token(TokenType.NUMBER, tail, tail, f.start(b - tail.length()), f.end(b - 1), 0));
        return;
      }
    }
    word(f, a, b, w, 0, out);
  }

  /** Undoes masks and leetspeak, then elongation, then emits. */
  private void word(FoldedText f, int a, int b, String w, int flags, List<Token> out) {
    String plain = w;
    if (w.indexOf('*') >= 0) {
      String unmasked = unmask(resolveLeetKeepingMasks(w));
      if (unmasked == null) {
        return;
      }
      plain = unmasked;
      flags |= Token.MASKED;
    } else if (hasLeet(w)) {
      String r = resolveLeet(w);
      if (r == null) {
        return;
      }
      plain = r;
      flags |= Token.LEET;
    }
    emitWord(f, a, b, plain, flags, out);
  }

  private void emitWord(FoldedText f, int a, int b, String w, int flags, List<Token> out) {
    if (w.length() > MAX_WORD * 4) {
      w = w.substring(0, MAX_WORD * 4);
    }
    emit(f, a, b, analysis(w), flags, out);
  }

  private Analysis analysis(String w) {
    char[] c = w.toCharArray();
    return analysis(c, 0, c.length);
  }

  /** The analysis of the word {@code buf[from, to)}: from the vocabulary, the recent words, or computed. */
  private Analysis analysis(char[] buf, int from, int to) {
    return analysis(buf, from, to, WordTable.hash(buf, from, to));
  }

  private Analysis analysis(char[] buf, int from, int to, int h) {
    Analysis x = common.get(buf, from, to, h);
    if (x == null) {
      x = recent.get(buf, from, to, h);
      if (x == null) {
        x = analyse(new String(buf, from, to - from));
        recent.put(buf, from, to, h, x);
      }
    }
    return x;
  }

  private void emit(FoldedText f, int a, int b, Analysis x, int flags, List<Token> out) {
    flags |= x.flags | marks(f, a, b);
    int start = f.start(a);
    int end = f.end(b - 1);
    for (; x != null; x = x.next) {
      out.add(new Token(TokenType.WORD, x.norm, x.stem, start, end, flags, x.normId, x.stemId));
    }
  }

  /**
   * What a plain word becomes: its standard form, stem and their numbers, and how it was written; a slang
   * word that stands for several words chains them through {@code next}. Flat, so that emitting a token
   * touches one object.
   */
  private record Analysis(String norm, String stem, int normId, int stemId, int flags, Analysis next) {

    Analysis numbered(Map<String, Integer> ids) {
      return new Analysis(norm, stem, ids.getOrDefault(norm, -1), ids.getOrDefault(stem, -1), flags,
          next == null ? null : next.numbered(ids));
    }
  }

  /** The number of a standard form or stem in the vocabulary, or -1 for a word outside it. */
  public int wordId(String word) {
    return ids.getOrDefault(word, -1);
  }

  /** How many words the vocabulary numbers: every {@link Token#normId()} is below this. */
  public int vocabularySize() {
    return ids.size();
  }

  /** The vocabulary's words, each at its number. */
  public List<String> vocabulary() {
    return vocabulary;
  }

  /** De-elongation, then slang or regional standard form, then stemming; the same for every occurrence. */
  private Analysis analyse(String w) {
    int flags = 0;
    String norm = deElongate(w);
    if (!norm.equals(w)) {
      flags |= Token.ELONGATED;
    }
    Lexicon.Replacement r = lexicon.replacement(norm);
    String[] norms = r == null ? new String[] {norm} : r.words();
    if (r != null) {
      flags |= r.regional() ? Token.REGIONAL : Token.SLANG;
    }
    Analysis x = null;
    for (int i = norms.length - 1; i >= 0; i--) {
      x = new Analysis(norms[i], stemmer.stem(norms[i]), -1, -1, flags, x);
    }
    return x.numbered(ids);
  }

  private void emoji(FoldedText f, int a, int b, List<Token> out) {
    StringBuilder e = new StringBuilder(b - a);
    for (int i = a; i < b; i++) {
      char c = f.charAt(i);
      if (c != '\ufe0f' && c != '\ufe0e') {
        e.append(c);
      }
    }
    String s = e.toString();
    out.add(new Token(TokenType.EMOJI, s, s, f.start(a), f.end(b - 1), 0));
  }

  private void hashtag(FoldedText f, int a, int b, List<Token> out) {
    int s = a + 1;
    int e = s;
    while (e < b && (isLetterOrDigit(f.charAt(e)) || f.charAt(e) == '_')) {
      e++;
    }
    if (e == s) {
      return;
    }
    String body = f.slice(s, e).replace("_", "");
    if (body.isEmpty()) {
      return;
    }
    int id = wordId(body);
    out.add(new Token(TokenType.HASHTAG, body, body, f.start(a), f.end(e - 1), marks(f, a, e), id, id));
    splitInto(f, s, e, false, out);
    if (e < b) {
      chunk(f, e, b, out);
    }
  }

  private void url(FoldedText f, int a, int b, String s, List<Token> out) {
    out.add(new Token(TokenType.URL, s, s, f.start(a), f.end(b - 1), 0));
    int hostStart = a;
    int scheme = s.indexOf("://");
    if (scheme >= 0) {
      hostStart = a + scheme + 3;
    }
    int hostEnd = hostStart;
    while (hostEnd < b && "/?#:".indexOf(f.charAt(hostEnd)) < 0) {
      hostEnd++;
    }
    // words of the host name (slotgacor88.vip → slot, gacor): the last label is the TLD
    int labelStart = hostStart;
    List<int[]> labels = new ArrayList<>();
    for (int i = hostStart; i <= hostEnd; i++) {
      if (i == hostEnd || f.charAt(i) == '.' || f.charAt(i) == '-') {
        if (i > labelStart) {
          labels.add(new int[] {labelStart, i});
        }
        labelStart = i + 1;
      }
    }
    for (int k = 0; k < labels.size() - 1; k++) {
      int[] l = labels.get(k);
      String label = f.slice(l[0], l[1]);
      if (label.equals("www") || (TLDS.contains(label) && k == labels.size() - 2 && k > 0)) {
        continue;
      }
      int end = l[1];
      while (end > l[0] && isDigit(f.charAt(end - 1))) {
        end--;
      }
      if (end - l[0] >= 3) {
        splitInto(f, l[0], end, true, out);
      }
    }
  }

  /**
   * Splits folded chars [a, b) into two or more known words (fewest words wins) and emits them as parts;
   * with {@code whole}, a known word that does not split is emitted as one part.
   */
  private void splitInto(FoldedText f, int a, int b, boolean whole, List<Token> out) {
    int flags = Token.PART;
    String body = f.slice(a, b).replace('_', ' ');
    if (body.indexOf(' ') >= 0) {
      int p = 0;
      for (int i = 0; i <= body.length(); i++) {
        if (i == body.length() || body.charAt(i) == ' ') {
          if (i > p) {
            splitInto(f, a + p, a + i, whole, out);
          }
          p = i + 1;
        }
      }
      return;
    }
    int n = body.length();
    if (n > MAX_HASHTAG_SPLIT) {
      return;
    }
    int[] cuts = splits.get(body);
    if (cuts == null) {
      cuts = segment(body);
      if (splits.size() < SPLIT_CACHE_LIMIT) {
        splits.put(body, cuts);
      }
    }
    if (cuts.length == 0) {
      if (whole && known(body)) {
        word(f, a, b, body, flags, out);
      }
      return;
    }
    for (int k = 0; k + 1 < cuts.length; k++) {
      String part = body.substring(cuts[k], cuts[k + 1]);
      if (isDigit(part.charAt(0))) {
        out.add(new Token(TokenType.NUMBER, part, part, f.start(a + cuts[k]), f.end(a + cuts[k + 1] - 1), flags));
      } else {
        word(f, a + cuts[k], a + cuts[k + 1], part, flags, out);
      }
    }
  }

  /** The cut points (0, ..., n) of the best split of {@code body} into known words, or none. */
  private int[] segment(String body) {
    int n = body.length();
    int[] best = new int[n + 1];
    int[] back = new int[n + 1];
    java.util.Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    for (int i = 0; i < n; i++) {
      if (best[i] == Integer.MAX_VALUE) {
        continue;
      }
      if (isDigit(body.charAt(i))) {
        int j = i;
        while (j < n && isDigit(body.charAt(j))) {
          j++;
        }
        relax(best, back, i, j);
        continue;
      }
      for (int j = Math.min(n, i + MAX_WORD); j >= i + 2; j--) {
        if (i == 0 && j == n) {
          continue;
        }
        String cand = body.substring(i, j);
        if (priority.contains(cand) || lexicon.isKnown(cand) || hasLeet(cand) && known(resolveLeet(cand))) {
          relax(best, back, i, j);
        }
      }
    }
    if (best[n] == Integer.MAX_VALUE) {
      return new int[0];
    }
    int[] cuts = new int[best[n] + 1];
    for (int j = n, k = best[n]; k >= 0; k--) {
      cuts[k] = j;
      j = k > 0 ? back[j] : 0;
    }
    return cuts;
  }

  private static void relax(int[] best, int[] back, int i, int j) {
    if (best[i] + 1 < best[j]) {
      best[j] = best[i] + 1;
      back[j] = i;
    }
  }

  private boolean known(String w) {
    return w != null && (priority.contains(w) || lexicon.isKnown(w));
  }

  /** mantaaap → mantap, bangeeet → banget, anjingg → anjing; words the lexicon knows are kept. */
  private String deElongate(String w) {
    boolean triple = false;
    boolean dbl = false;
    for (int i = 2; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == w.charAt(i - 1) && c == w.charAt(i - 2) && isLetter(c)) {
        triple = true;
        break;
      }
    }
    if (!triple) {
      for (int i = 1; i < w.length(); i++) {
        if (w.charAt(i) == w.charAt(i - 1) && isLetter(w.charAt(i))) {
          dbl = true;
          break;
        }
      }
      if (!dbl || known(w)) {
        return w;
      }
      String single = collapse(w, 1, 2);
      return known(single) ? single : w;
    }
    String one = collapse(w, 1, 3);
    if (known(one)) {
      return one;
    }
    String two = collapse(w, 2, 3);
    if (known(two)) {
      return two;
    }
    String all = collapse(one, 1, 2);
    return known(all) ? all : one;
  }

  /** Shortens every run of at least {@code minRun} equal letters to {@code keep} letters. */
  private static String collapse(String w, int keep, int minRun) {
    StringBuilder b = new StringBuilder(w.length());
    int i = 0;
    while (i < w.length()) {
      char c = w.charAt(i);
      int j = i;
      while (j < w.length() && w.charAt(j) == c) {
        j++;
      }
      int run = j - i;
      int times = run >= minRun && isLetter(c) ? keep : run;
      for (int k = 0; k < times; k++) {
        b.append(c);
      }
      i = j;
    }
    return b.toString();
  }

  /** The masked word's reading: a priority word of the same length matching every unmasked letter. */
  private String unmask(String w) {
    if (w == null) {
      return null;
    }
    String stripped = w.replace("*", "");
    if (stripped.isEmpty()) {
      return null;
    }
    List<String> candidates = priorityByLength.getOrDefault(w.length(), List.of());
    for (String c : candidates) {
      boolean ok = true;
      for (int i = 0; i < w.length() && ok; i++) {
        char m = w.charAt(i);
        ok = m == '*' || m == c.charAt(i);
      }
      if (ok) {
        return c;
      }
    }
    return stripped.length() >= 2 ? stripped : null;
  }

  private static boolean hasLeet(String w) {
    for (int i = 0; i < w.length(); i++) {
      if (leet(w.charAt(i)) != 0) {
        return true;
      }
    }
    return false;
  }

  private boolean leetWordPossible(String w) {
    String r = resolveLeet(w);
    return r != null && (priority.contains(r) || lexicon.isKnown(r));
  }

  private String resolveLeetKeepingMasks(String w) {
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char l = c == '*' ? 0 : leet(c);
      b.append(l == 0 ? c : l);
    }
    return b.toString();
  }

  /**
   * Reads digits and symbols as the letters they stand for; "1" may be i or l, and the reading the
   * lexicon knows wins. Returns null when something is left that is not a letter.
   */
  private String resolveLeet(String w) {
    if (w.startsWith("@") && w.length() > 1 && isLetter(w.charAt(1))) {
      // "@njing": a leading @ stands for a
      w = "a" + w.substring(1);
    }
    int ones = 0;
    char[] b = new char[w.length()];
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (isLetter(c)) {
        b[i] = c;
        continue;
      }
      if (c == '1') {
        ones++;
      }
      char l = leet(c);
      if (l == 0) {
        return null;
      }
      b[i] = l;
    }
    String first = new String(b);
    if (ones == 0 || ones > 3) {
      return first;
    }
    int[] at = new int[ones];
    for (int i = 0, k = 0; i < w.length(); i++) {
      if (w.charAt(i) == '1') {
        at[k++] = i;
      }
    }
    for (int mask = 0; mask < (1 << ones); mask++) {
      for (int k = 0; k < ones; k++) {
        b[at[k]] = (mask & (1 << k)) != 0 ? 'l' : 'i';
      }
      String cand = new String(b);
      if (known(cand) || known(deElongate(cand))) {
        return cand;
      }
    }
    return first;
  }

  private static char leet(char c) {
    return switch (c) {
      case '4', '@' -> 'a';
      case '3' -> 'e';
      case '1', '!' -> 'i';
      case '|' -> 'l';
      case '0' -> 'o';
      case '5', '$' -> 's';
      case '7' -> 't';
      case '9', '6' -> 'g';
      case '8' -> 'b';
      default -> 0;
    };
  }

  /** s.l.o.t, j-u-d-i: single letters alternating with one joiner, at least three letters. */
  private static boolean isDottedLetters(FoldedText f, int a, int b) {
    int len = b - a;
    if (len < 5 || len % 2 == 0) {
      return false;
    }
    char sep = f.charAt(a + 1);
    if (sep != '.' && sep != '-' && sep != '_') {
      return false;
    }
    for (int i = a; i < b; i++) {
      char c = f.charAt(i);
      if ((i - a) % 2 == 0) {
        if (!isLetter(c) && leet(c) == 0) {
          return false;
        }
      } else if (c != sep) {
        return false;
      }
    }
    return true;
  }

  private static boolean isMention(String s) {
    if (s.length() < 2) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isEmail(String s, int at) {
    if (s.indexOf('@', at + 1) >= 0) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || ".-_+%".indexOf(c) >= 0)) {
        return false;
      }
    }
    String domain = s.substring(at + 1);
    int dot = domain.lastIndexOf('.');
    if (dot <= 0 || dot >= domain.length() - 2) {
      return false;
    }
    for (int i = 0; i < domain.length(); i++) {
      char c = domain.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-')) {
        return false;
      }
    }
    for (int i = dot + 1; i < domain.length(); i++) {
      if (!isLetter(domain.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDomain(String s) {
    int slash = s.indexOf('/');
    String host = slash >= 0 ? s.substring(0, slash) : s;
    int dot = host.lastIndexOf('.');
    if (dot <= 0 || dot == host.length() - 1 || !TLDS.contains(host.substring(dot + 1))) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c >= 'a' && c <= 'z') {
        letter = true;
      } else if (!(c >= '0' && c <= '9' || c == '.' || c == '-')) {
        return false;
      }
    }
    // "pns.tangerang" is two words; a host has a letter before its first dot and a known TLD
    return letter && host.charAt(0) != '.';
  }

  private static int marks(FoldedText f, int a, int b) {
    if (!f.hasMarks()) {
      return 0;
    }
    int flags = 0;
    for (int i = a; i < b; i++) {
      byte m = f.marks(i);
      if ((m & FoldedText.LOOKALIKE) != 0) {
        flags |= Token.LOOKALIKE;
      }
      if ((m & FoldedText.HIDDEN) != 0 && i > a) {
        flags |= Token.HIDDEN;
      }
    }
    return flags;
  }

  private static boolean plainLetters(FoldedText f, int a, int b) {
    for (int i = a; i < b; i++) {
      char c = f.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b;
    }
    return c >= 0x80 && (Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z' || c > 0x7f && Character.isLetter(c);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isLetterOrDigit(char c) {
    return isLetter(c) || isDigit(c);
  }

  private static boolean isClosingPunct(char c) {
    return c == '.' || c == ',' || c == '!' || c == '?' || c == ':' || c == ';' || c == ')' || c == '"'
        || c == '\'' || c == '\u2019' || c == '\u201d';
  }

  private static boolean isJoiner(char c) {
    return c == '.' || c == ',' || c == '-' || c == '_' || c == '\'' || c == '`';
  }

  private static boolean isHardPunct(char c) {
    return !isLetterOrDigit(c) && !isJoiner(c) && leet(c) == 0 && c != '*';
  }
}
