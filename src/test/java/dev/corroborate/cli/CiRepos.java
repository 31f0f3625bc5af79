package dev.corroborate.cli;

import dev.corroborate.gate.TestRepo;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The fact-checking repository of the CI tests (src/test/resources/ci/repo): {@code base} is the
 * main branch (two claims, two sources about an invented ferry); {@code good-pr} adds a source and
 * a claim it supports; {@code bad-pr} adds a claim whose expected verdict is wrong and which an
 * official source contradicts.
 */
final class CiRepos {
  private CiRepos() {}

  static Path resource(String name) {
    try {
      return Path.of(CiRepos.class.getResource("/ci/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A repository in {@code dir} with {@code base} committed on main and also as
   * {@code origin/main} (as a CI checkout with full history has it), then {@code pr} committed on
   * top of it; null {@code pr} leaves only the base.
   */
  static TestRepo pullRequest(Path dir, String pr) {
    TestRepo repo = TestRepo.init(dir);
    repo.copyTree(resource("repo/base"));
    repo.write(".gitignore", ".corroborate/\n");
    String base = repo.commitAll("base: claims and corpus");
    repo.git("update-ref", "refs/remotes/origin/main", base);
    if (pr != null) {
      repo.git("checkout", "-q", "-b", "pr");
      repo.copyTree(resource("repo/" + pr));
      repo.commitAll("pull request: " + pr);
    }
    return repo;
  }
}
