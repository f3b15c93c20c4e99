package id.cermat.engine.text;

import java.util.List;

/** A post after normalisation: the folded text for detectors and the tokens for term lists. */
public record NormalizedText(FoldedText folded, List<Token> tokens) {

  public NormalizedText {
    // the normaliser hands over a list it no longer touches: wrap it rather than copy it
    tokens = java.util.Collections.unmodifiableList(tokens);
  }

  public String original() {
    return folded.original();
  }

  /** The original text a token came from. */
  public String originalOf(Token token) {
    return folded.original().substring(token.start(), token.end());
  }
}
