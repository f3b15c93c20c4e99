package id.cermat.engine.detect;

import id.cermat.engine.catalog.SignalKind;
import id.cermat.engine.text.FoldedText;
import java.util.List;
import java.util.Set;

/**
 * Bank account numbers: 8 to 18 digits within a few words of a bank's name or of "rekening", that are not
 * already a phone number or a NIK.
 */
final class BankAccountDetector {

  private static final Set<String> BANKS = Set.of("bca", "bri", "bni", "mandiri", "bsi", "btn", "cimb",
      "cimb niaga", "danamon", "permata", "bjb", "bank jago", "jago", "seabank", "ocbc", "muamalat", "panin",
      "maybank", "btpn", "jenius", "bank mega", "sinarmas", "bukopin", "bank dki", "bank banten", "bank jatim",
      "bank jateng", "bank sumut", "bank nagari", "bank kalbar", "bank papua", "bpd", "bank syariah");
  private static final Set<String> ACCOUNT_WORDS = Set.of("rekening", "rek", "norek", "no rek", "rekber",
      "atas nama", "a.n.");

  void detect(FoldedText f, List<NumberRun> runs, List<Detection> already, List<Detection> out) {
    for (NumberRun r : runs) {
      int len = r.digits().length();
      if (len < 8 || len > 18 || r.plus() || overlaps(f, r, already)) {
        continue;
      }
      String around = IdentityNumberDetector.window(f, r.from() - 40, r.from()) + " "
          + IdentityNumberDetector.window(f, r.to(), r.to() + 30);
      String bank = longestIn(around, BANKS);
      if (bank == null) {
        bank = longestIn(around, ACCOUNT_WORDS);
      }
      if (bank != null) {
        out.add(new Detection(SignalKind.BANK_ACCOUNT, f.start(r.from()), f.end(r.to() - 1), r.digits(), 0,
            List.of(bank.toUpperCase(java.util.Locale.ROOT))));
      }
    }
  }

  private static String longestIn(String text, Set<String> words) {
    String found = null;
    for (String b : words) {
      if (IdentityNumberDetector.containsWord(text, Set.of(b)) && (found == null || b.length() > found.length())) {
        found = b;
      }
    }
    return found;
  }

  private static boolean overlaps(FoldedText f, NumberRun r, List<Detection> already) {
    int s = f.start(r.from());
    int e = f.end(r.to() - 1);
    for (Detection d : already) {
      if (d.start() < e && s < d.end()) {
        return true;
      }
    }
    return false;
  }
}
