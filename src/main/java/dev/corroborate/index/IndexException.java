package dev.corroborate.index;

/** The index cannot be used as it is: locked by another process, incompatible, or unreadable. */
public class IndexException extends Exception {
  private static final long serialVersionUID = 1L;

  public IndexException(String message) {
    super(message);
  }

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
