package id.cermat.engine;

/** Where a post was published. */
public enum Platform {
  X,
  INSTAGRAM,
  FACEBOOK,
  TIKTOK,
  TELEGRAM,
  WHATSAPP,
  LINE,
  MESSENGER,
  OTHER
}
