package id.cermat.training.data;

/** A data file that cannot be read as its format says; the message names the file and the record. */
public final class DataException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DataException(String message) {
    super(message);
  }

  public DataException(String message, Throwable cause) {
    super(message, cause);
  }
}
