package dev.corroborate.corpus;

/**
 * A corpus file cannot be read at all (too large, binary, not UTF-8, unreadable). Internal to
 * the package: format readers turn it into a {@link Skip}; it never reaches the caller.
 */
final class FileProblem extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Problem problem;

  FileProblem(Problem problem) {
    super(problem.message(), null, false, false);
    this.problem = problem;
  }

  Problem problem() {
    return problem;
  }
}
