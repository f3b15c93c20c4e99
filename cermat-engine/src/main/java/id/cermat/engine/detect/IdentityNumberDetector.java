package id.cermat.engine.detect;

import id.cermat.engine.catalog.SignalKind;
import id.cermat.engine.text.FoldedText;
import java.util.List;
import java.util.Set;

/**
 * NIK (citizen number) and KK (family card number): 16 digits = 6-digit region code (a real province code,
 * regency and district not 00) + DDMMYY date (women's day + 40 in a NIK) + a serial that is not 0000.
 * A number written right after an invoice, order or payment word is a transaction number, not a NIK.
 */
final class IdentityNumberDetector {

  private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "16", "17", "18", "19",
      "21", "31", "32", "33", "34", "35", "36", "51", "52", "53", "61", "62", "63", "64", "65", "71", "72",
      "73", "74", "75", "76", "81", "82", "91", "92", "93", "94", "95", "96");
  private static final int[] DAYS = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  private static final Set<String> KK_WORDS = Set.of("kk", "kartu keluarga", "no kk", "nokk");
  private static final Set<String> TRANSACTION_WORDS = Set.of("invoice", "inv", "faktur", "resi",
      "transaksi", "trx", "ref", "referensi", "va", "virtual", "order", "pesanan", "tagihan", "pelanggan",
      "idpel", "token", "billing", "kode", "nota", "kwitansi", "booking", "awb", "no.inv");

  void detect(FoldedText f, List<NumberRun> runs, List<Detection> out) {
    for (NumberRun r : runs) {
      String d = r.digits();
      if (d.length() != 16 || r.plus()) {
        continue;
      }
      if (!PROVINCES.contains(d.substring(0, 2)) || d.startsWith("00", 2) || d.startsWith("00", 4)) {
        continue;
      }
      int day = Integer.parseInt(d.substring(6, 8));
      int month = Integer.parseInt(d.substring(8, 10));
      boolean woman = day > 40;
      int realDay = woman ? day - 40 : day;
      if (month < 1 || month > 12 || realDay < 1 || realDay > DAYS[month - 1] || d.endsWith("0000")) {
        continue;
      }
      String before = window(f, r.from() - 40, r.from());
      if (containsWord(before, TRANSACTION_WORDS)) {
        continue;
      }
      boolean kk = !woman && containsWord(before, KK_WORDS);
      String region = d.substring(0, 2) + "." + d.substring(2, 4) + "." + d.substring(4, 6);
      String date = String.format("%02d-%s-%s", realDay, d.substring(8, 10), d.substring(10, 12));
      out.add(new Detection(kk ? SignalKind.KK : SignalKind.NIK, f.start(r.from()), f.end(r.to() - 1), d, 0,
          kk ? List.of(region, date) : List.of(region, date, woman ? "P" : "L")));
    }
  }

  static String window(FoldedText f, int from, int to) {
    from = Math.max(0, from);
    to = Math.min(f.length(), to);
    return from >= to ? "" : f.slice(from, to);
  }

  /** True when one of the words (or phrases) stands in the text as whole words. */
  static boolean containsWord(String text, Set<String> words) {
    for (String w : words) {
      int i = text.indexOf(w);
      while (i >= 0) {
        boolean left = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        int e = i + w.length();
        boolean right = e == text.length() || !Character.isLetter(text.charAt(e));
        if (left && right) {
          return true;
        }
        i = text.indexOf(w, i + 1);
      }
    }
    return false;
  }
}
