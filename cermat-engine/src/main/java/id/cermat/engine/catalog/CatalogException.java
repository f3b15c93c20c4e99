package id.cermat.engine.catalog;

/** A policy catalog that cannot be used; the message names the file and the entry at fault. */
public final class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CatalogException(String message) {
    super(message);
  }

  public CatalogException(String message, Throwable cause) {
    super(message, cause);
  }
}
