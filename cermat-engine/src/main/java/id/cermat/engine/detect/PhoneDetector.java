package id.cermat.engine.detect;

import id.cermat.engine.catalog.SignalKind;
import id.cermat.engine.text.FoldedText;
import java.util.List;

/** Indonesian mobile numbers: 08…, +62 8…, 62 8…, with 10 to 13 digits after the leading 0, separators allowed. */
final class PhoneDetector {

  void detect(FoldedText f, List<NumberRun> runs, List<Detection> out) {
    for (NumberRun r : runs) {
      String d = r.digits();
      String national;
      if (d.startsWith("08")) {
        national = d.substring(1);
      } else if (d.startsWith("628")) {
        national = d.substring(2);
      } else {
        continue;
      }
      // the digits after the leading 0 (8xx…): 10 to 13, and 9 for the oldest 0811 numbers
      if (national.length() < 9 || national.length() > 13) {
        continue;
      }
      out.add(new Detection(SignalKind.PHONE, f.start(r.from()), f.end(r.to() - 1), "+62" + national, 0,
          List.of("+62 " + national)));
    }
  }
}
