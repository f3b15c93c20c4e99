package id.cermat.engine.detect;

import id.cermat.engine.text.FoldedText;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of digits in the folded text, possibly grouped by single spaces, dots or dashes
 * ("3603 1205 8700 0001", "0812-3456-7890"), not glued to letters. {@code plus} marks a leading "+".
 */
record NumberRun(int from, int to, String digits, boolean plus, int groups) {

  private static final int MAX_DIGITS = 20;

  static List<NumberRun> scan(FoldedText f) {
    List<NumberRun> runs = null;
    int n = f.length();
    int i = 0;
    while (i < n) {
      char c = f.charAt(i);
      if (c < '0' || c > '9' || (i > 0 && isAlnum(f.charAt(i - 1)))) {
        i++;
        continue;
      }
      int from = i;
      boolean plus = i > 0 && f.charAt(i - 1) == '+';
      StringBuilder d = new StringBuilder(16);
      int groups = 1;
      int j = i;
      while (j < n) {
        char x = f.charAt(j);
        if (x >= '0' && x <= '9') {
          d.append(x);
          j++;
        } else if ((x == ' ' || x == '-' || x == '.') && j + 1 < n && isDigit(f.charAt(j + 1))
            && d.length() < MAX_DIGITS) {
          groups++;
          j++;
        } else {
          break;
        }
      }
      boolean glued = j < n && Character.isLetter(f.charAt(j));
      if (!glued && d.length() <= MAX_DIGITS) {
        if (runs == null) {
          runs = new ArrayList<>(4);
        }
        runs.add(new NumberRun(plus ? from - 1 : from, j, d.toString(), plus, groups));
      }
      while (j < n && isAlnum(f.charAt(j))) {
        j++;
      }
      i = j;
    }
    return runs == null ? List.of() : runs;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlnum(char c) {
    return isDigit(c) || Character.isLetter(c);
  }
}
