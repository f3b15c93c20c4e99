package id.cermat.engine.text;

/** What a token is in a post. */
public enum TokenType {
  WORD,
  NUMBER,
  EMOJI,
  URL,
  MENTION,
  HASHTAG,
  EMAIL
}
