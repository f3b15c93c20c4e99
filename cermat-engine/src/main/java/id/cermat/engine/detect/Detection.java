package id.cermat.engine.detect;

import id.cermat.engine.catalog.SignalKind;
import java.util.List;

/**
 * Something a deterministic detector found, at {@code [start, end)} of the original text. {@code value} is
 * its canonical form (digits of a NIK, +62 form of a phone, "25000000 IDR" or "5000 USD" for money),
 * {@code amountIdr} the rupiah value of a MONEY detection (0 otherwise), {@code details} the facts that
 * make it credible (region code and birth date of a NIK, the bank's name), for the reason shown to people.
 */
public record Detection(SignalKind kind, int start, int end, String value, long amountIdr, List<String> details) {

  public Detection {
    details = List.copyOf(details);
  }
}
