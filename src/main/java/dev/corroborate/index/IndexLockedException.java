package dev.corroborate.index;

/**
 * Another process (or another writer in this one) holds the index's write lock: an index update is
 * running. Readers can still use the last commit; a second update must wait for the first.
 */
public final class IndexLockedException extends IndexException {
  private static final long serialVersionUID = 1L;

  public IndexLockedException(String message, Throwable cause) {
    super(message, cause);
  }
}
