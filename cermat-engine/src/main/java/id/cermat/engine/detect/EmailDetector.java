package id.cermat.engine.detect;

import id.cermat.engine.catalog.SignalKind;
import id.cermat.engine.text.NormalizedText;
import id.cermat.engine.text.Token;
import id.cermat.engine.text.TokenType;
import java.util.List;

/** E-mail addresses, as the normaliser already typed them. */
final class EmailDetector {

  void detect(NormalizedText text, List<Detection> out) {
    for (Token t : text.tokens()) {
      if (t.type() == TokenType.EMAIL) {
        String domain = t.norm().substring(t.norm().indexOf('@') + 1);
        out.add(new Detection(SignalKind.EMAIL, t.start(), t.end(), t.norm(), 0, List.of(domain)));
      }
    }
  }
}
