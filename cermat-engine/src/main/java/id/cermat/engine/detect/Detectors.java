package id.cermat.engine.detect;

import id.cermat.engine.text.FoldedText;
import id.cermat.engine.text.NormalizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The deterministic detectors: NIK and KK numbers with a valid structure, mobile phone numbers, e-mail
 * addresses, bank account numbers near a bank's name, and money amounts. Stateless and thread-safe.
 */
public final class Detectors {

  private final IdentityNumberDetector identity = new IdentityNumberDetector();
  private final PhoneDetector phone = new PhoneDetector();
  private final EmailDetector email = new EmailDetector();
  private final BankAccountDetector bank = new BankAccountDetector();
  private final MoneyDetector money;

  /** @param idrPerUnit rupiah per unit of foreign currencies, for the rupiah value of "$5k" */
  public Detectors(Map<String, Long> idrPerUnit) {
    this.money = new MoneyDetector(Map.copyOf(idrPerUnit));
  }

  /** Everything the detectors find, in text order. */
  public List<Detection> detect(NormalizedText text) {
    FoldedText f = text.folded();
    List<Detection> out = new ArrayList<>(2);
    if (f.hasAt()) {
      email.detect(text, out);
    }
    if (f.hasDigit()) {
      List<NumberRun> runs = NumberRun.scan(f);
      identity.detect(f, runs, out);
      phone.detect(f, runs, out);
      bank.detect(f, runs, List.copyOf(out), out);
      money.detect(f, out);
    }
    if (out.size() > 1) {
      out.sort(Comparator.comparingInt(Detection::start).thenComparingInt(Detection::end));
    }
    return out;
  }

}
