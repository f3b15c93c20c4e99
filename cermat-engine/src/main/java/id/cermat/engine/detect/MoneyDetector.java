package id.cermat.engine.detect;

import id.cermat.engine.catalog.SignalKind;
import id.cermat.engine.text.FoldedText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Money amounts as Indonesians write them, parsed to a value: "Rp 25.000.000", "Rp25jt", "100jt", "2M",
 * "1,5 miliar", "500 ribu", "$5k", "USD 1,200". A bare number is not money; a currency or a unit makes it so.
 * In rupiah "M" is miliar (10^9); after a dollar sign "m" is a million and "b" a billion.
 */
final class MoneyDetector {

  private static final String[] PREFIXES = {"rp", "idr", "us$", "usd", "$", "sgd", "€", "eur"};
  private static final String[] UNITS = {"triliun", "miliar", "milyar", "million", "billion", "juta", "ribu",
      "rupiah", "dollar", "dolar", "jeti", "usd", "idr", "rb", "jt", "k", "m", "b", "t"};

  private final Map<String, Long> idrPerUnit;

  MoneyDetector(Map<String, Long> idrPerUnit) {
    this.idrPerUnit = idrPerUnit;
  }

  void detect(FoldedText f, List<Detection> out) {
    int n = f.length();
    int i = 0;
    // only digits can start an amount: visit them, and look back for a currency written before
    while (i < n) {
      char c = f.charAt(i);
      if (!isDigit(c)) {
        i++;
        continue;
      }
      char before = i > 0 ? f.charAt(i - 1) : ' ';
      if (isDigit(before)) {
        i++;
        continue;
      }
      int from = i;
      String currency = null;
      int p = i - 1;
      if (!Character.isLetter(before)) {
        // "Rp 25.000", "Rp. 25.000", "USD 1,200": up to two spaces, then an optional dot or colon
        for (int spaces = 0; p >= 0 && f.charAt(p) == ' ' && spaces < 2; spaces++) {
          p--;
        }
        if (p >= 0 && (f.charAt(p) == '.' || f.charAt(p) == ':')) {
          p--;
        }
      }
      for (String pre : PREFIXES) {
        int s = p - pre.length() + 1;
        if (s >= 0 && f.matches(s, pre) && (s == 0 || !Character.isLetterOrDigit(f.charAt(s - 1)))) {
          currency = pre.equals("rp") || pre.equals("idr") ? "IDR" : pre.equals("sgd") ? "SGD"
              : pre.equals("€") || pre.equals("eur") ? "EUR" : "USD";
          from = s;
          break;
        }
      }
      if (currency == null && Character.isLetter(before)) {
        // glued to a word that is not a currency: "mahjong88"
        while (i < n && Character.isLetterOrDigit(f.charAt(i))) {
          i++;
        }
        continue;
      }
      int end = parse(f, from, i, currency, out);
      i = Math.max(end, i + 1);
    }
  }

  /** Parses a number at {@code k} (currency already read from {@code from}); returns where scanning goes on. */
  private int parse(FoldedText f, int from, int k, String currency, List<Detection> out) {
    int n = f.length();
    int j = k;
    while (j < n && (isDigit(f.charAt(j))
        || ((f.charAt(j) == '.' || f.charAt(j) == ',') && j + 1 < n && isDigit(f.charAt(j + 1))))) {
      j++;
    }
    String raw = f.slice(k, j);
    // the unit: attached ("100jt") or after one space ("1,5 miliar"); one-letter units only attached
    int u = j;
    boolean spaced = false;
    if (u < n && f.charAt(u) == ' ') {
      u++;
      spaced = true;
    }
    String unit = null;
    for (String candidate : UNITS) {
      int e = u + candidate.length();
      if (f.matches(u, candidate) && (e == n || !Character.isLetter(f.charAt(e)))) {
        if (candidate.length() == 1 && spaced && currency == null) {
          continue;
        }
        unit = candidate;
        break;
      }
    }
    if (currency == null && unit == null) {
      return j;
    }
    String cur = currency;
    BigDecimal multiplier = BigDecimal.ONE;
    if (unit != null) {
      switch (unit) {
        case "rupiah", "idr" -> cur = cur == null ? "IDR" : cur;
        case "dollar", "dolar", "usd" -> cur = cur == null ? "USD" : cur;
        case "ribu", "rb", "k" -> multiplier = BigDecimal.valueOf(1_000);
        case "juta", "jt", "jeti", "million" -> multiplier = BigDecimal.valueOf(1_000_000);
        case "miliar", "milyar", "billion" -> multiplier = BigDecimal.valueOf(1_000_000_000);
        case "triliun" -> multiplier = BigDecimal.valueOf(1_000_000_000_000L);
        case "m" -> multiplier = BigDecimal.valueOf("IDR".equals(cur) || cur == null ? 1_000_000_000 : 1_000_000);
        case "b" -> multiplier = BigDecimal.valueOf(1_000_000_000);
        case "t" -> multiplier = BigDecimal.valueOf(1_000_000_000_000L);
        default -> { }
      }
    }
    if (cur == null) {
      cur = "IDR";
    }
    BigDecimal number = number(raw, cur);
    if (number == null) {
      return j;
    }
    BigDecimal value = number.multiply(multiplier);
    long rate = "IDR".equals(cur) ? 1 : idrPerUnit.getOrDefault(cur, 0L);
    BigDecimal idr = value.multiply(BigDecimal.valueOf(rate));
    long amountIdr = idr.compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0
        ? Long.MAX_VALUE / 2 : idr.longValue();
    int end = unit == null ? j : u + unit.length();
    // the value stays a number here: formatting it for people is left to whoever shows it
    out.add(new Detection(SignalKind.MONEY, f.start(from), f.end(end - 1), value.toPlainString() + " " + cur,
        amountIdr, List.of()));
    return end;
  }

  /**
   * Reads "25.000.000", "1,5", "5,000.50" or "1.500": the last separator is decimal when both kinds
   * appear; a lone separator followed by three digits groups thousands, otherwise it is decimal.
   */
  static BigDecimal number(String raw, String currency) {
    if (raw.isEmpty()) {
      return null;
    }
    int dots = count(raw, '.');
    int commas = count(raw, ',');
    String s;
    if (dots > 0 && commas > 0) {
      char dec = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
      char grp = dec == '.' ? ',' : '.';
      s = raw.replace(String.valueOf(grp), "").replace(dec, '.');
    } else if (dots + commas == 0) {
      s = raw;
    } else {
      char sep = dots > 0 ? '.' : ',';
      int last = raw.lastIndexOf(sep);
      boolean grouping = dots + commas > 1 || raw.length() - last - 1 == 3;
      s = grouping ? raw.replace(String.valueOf(sep), "") : raw.replace(sep, '.');
      if (dots + commas > 1 && raw.length() - last - 1 != 3) {
        return null;
      }
    }
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int count(String s, char c) {
    int k = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        k++;
      }
    }
    return k;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
