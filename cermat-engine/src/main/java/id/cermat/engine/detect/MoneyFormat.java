package id.cermat.engine.detect;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money as Indonesians read it: "25.000.000", "1,5". */
public final class MoneyFormat {

  private MoneyFormat() {}

  /** 25000000 → "25.000.000", 1.5 → "1,5": dots group thousands, a comma marks at most two decimals. */
  public static String rupiah(BigDecimal v) {
    BigDecimal r = v.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    String plain = r.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder b = new StringBuilder(plain.length() + whole.length() / 3);
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        b.append('.');
      }
      b.append(whole.charAt(i));
    }
    if (dot >= 0) {
      b.append(',').append(plain, dot + 1, plain.length());
    }
    return r.signum() < 0 ? "-" + b : b.toString();
  }

  /** A foreign amount without trailing zeros: 5000 → "5000", 1200.50 → "1200.5". */
  public static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
