package id.cermat.importers;

/** The platforms whose data exports Cermat reads. */
public enum Platform {
  X, INSTAGRAM, FACEBOOK, TIKTOK, TELEGRAM, WHATSAPP, LINE, MESSENGER
}
