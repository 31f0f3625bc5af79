package dev.corroborate.gate;

import static dev.corroborate.gate.Fixtures.says;
import static dev.corroborate.gate.Fixtures.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.corroborate.claims.Claim;
import dev.corroborate.claims.ClaimsLoader;
import dev.corroborate.corpus.SourceKind;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.stance.Stance;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --changed-since against real git repositories made in a temporary folder. */
class ChangeDetectorTest {
  private static final String CLAIMS = """
      claims:
        - id: alpha
          text: "The ferry resumes in June."
          expect: supported
        - id: beta
          text: "The fares went up."
          expect: contested
        - id: gamma
          text: "The town sold the ferry."
      """;

  @TempDir Path dir;
  private TestRepo repo;
  private String base;
  private final ClaimsLoader loader = new ClaimsLoader();
  private final ChangeDetector detector = new ChangeDetector(Git.onPath(), loader);

  @BeforeEach
  void baseCommit() {
    repo = TestRepo.init(dir);
    repo.write("claims.yaml", CLAIMS);
    repo.write("corpus/authority.md", "The ferry resumes in June.\n");
    repo.write("corpus/paper.md", "Fares went up.\n");
    repo.write("corpus/notes.txt", "Notes.\n");
    repo.write("corpus/notes.meta.yaml", "id: notes\n");
    repo.write("corpus/.gitkeep", "");
    base = repo.commitAll("base");
  }

  private Changes changes(String ref) throws BadInputException {
    Path claims = dir.resolve("claims.yaml");
    return detector.since(ref, claims, loader.load(claims), dir.resolve("corpus"));
  }

  @Test
  void nothingChangedSelectsNothing() throws Exception {
    Changes c = changes("HEAD");
    assertThat(c.claims()).isEmpty();
    assertThat(c.corpusFiles()).isEmpty();
    assertThat(c.everyClaim()).isEmpty();
    assertThat(c.select(report()).report().results()).isEmpty();
  }

  @Test
  void claimsAreComparedByIdNotByLine() throws Exception {
    repo.write("claims.yaml", """
        # reordered and reformatted: gamma moved up, beta's expect changed, alpha's text changed, delta new
        claims:
          - {id: gamma, text: "The town sold the ferry."}
          - id: alpha
            text: "The ferry resumes in July."
            expect: supported
          - id: beta
            text: "The fares went up."
            expect: contradicted
          - id: delta
            text: "A new claim."
        """);
    repo.commitAll("edit claims");
    Changes c = changes(base);
    assertThat(c.claims()).containsOnly(entry("alpha", ClaimChange.TEXT), entry("beta", ClaimChange.EXPECT),
        entry("delta", ClaimChange.NEW));
    assertThat(c.corpusFiles()).isEmpty();
  }

  @Test
  void uncommittedClaimEditsCountBecauseTheFileIsReadFromDisk() throws Exception {
    repo.write("claims.yaml", CLAIMS.replace("The fares went up.", "The fares went down.")
        .replace("expect: contested", "expect: supported"));
    assertThat(changes(base).claims()).containsOnly(entry("beta", ClaimChange.TEXT_AND_EXPECT));
  }

  @Test
  void corpusChangesCommittedStagedUnstagedAndUntrackedAreAllSeen() throws Exception {
    repo.write("corpus/paper.md", "Fares went up by ten percent.\n");
    repo.commitAll("committed edit");
    repo.write("corpus/authority.md", "The ferry resumes in June, the authority said.\n");
    repo.git("add", "corpus/authority.md");
    repo.write("corpus/letter.md", "A new, untracked letter.\n");
    repo.write("corpus/sub/new.md", "Another untracked file in a subfolder.\n");
    repo.write("corpus/.hidden.md", "Hidden: the corpus loader ignores it.\n");
    Changes c = changes(base);
    assertThat(c.corpusFiles()).containsExactly("authority.md", "letter.md", "paper.md", "sub/new.md");
    assertThat(c.everyClaim()).isEmpty();
    assertThat(c.claims()).isEmpty();

    repo.write("corpus/notes.txt", "Unstaged edit.\n");
    assertThat(changes(base).corpusFiles()).contains("notes.txt");
  }

  @Test
  void aChangedSidecarCountsAsAChangeOfTheTextItDescribes() throws Exception {
    repo.write("corpus/notes.meta.yaml", "id: notes\nkind: letter\n");
    assertThat(changes(base).corpusFiles()).containsExactly("notes.meta.yaml", "notes.txt");
  }

  @Test
  void selectionKeepsChangedClaimsAndClaimsWhoseResultInvolvesAChangedFile() throws Exception {
    repo.write("corpus/paper.md", "Fares went up by ten percent.\n");
    repo.write("claims.yaml", CLAIMS.replace("The town sold the ferry.", "The town sold both ferries."));
    Selection s = changes(base).select(report());
    assertThat(s.report().results()).extracting(r -> r.claim().id()).containsExactly("beta", "gamma");
    assertThat(s.selected()).extracting(Selection.Selected::reasons).containsExactly(
        List.of("changed corpus file paper.md"), List.of("text changed"));
    assertThat(s.describe()).containsExactly("changed since " + base + ": 2 of 3 claims to check",
        "  beta: changed corpus file paper.md", "  gamma: text changed");
    assertThat(s.report().claimsFile()).isEqualTo("claims.yaml");
    assertThat(s.report().sourceCount()).isEqualTo(3);
  }

  @Test
  void aDeletedSourceFileOrChangedAliasesSelectsEveryClaim() throws Exception {
    repo.delete("corpus/authority.md");
    Changes deleted = changes(base);
    assertThat(deleted.everyClaim()).isEqualTo("every claim: " + dir.resolve("corpus") + "/authority.md was deleted");
    assertThat(deleted.select(report()).report().results()).hasSize(3);

    repo.write("corpus/authority.md", "The ferry resumes in June.\n");
    repo.write("corpus/aliases.yaml", "aliases:\n  Ferry: [boat]\n");
    assertThat(changes(base).everyClaim()).contains("aliases.yaml changed");
  }

  @Test
  void aDeletedSidecarOrHiddenFileDoesNotSelectEveryClaim() throws Exception {
    repo.delete("corpus/notes.meta.yaml");
    repo.delete("corpus/.gitkeep");
    Changes c = changes(base);
    assertThat(c.everyClaim()).isEmpty();
    assertThat(c.corpusFiles()).containsExactly("notes.meta.yaml", "notes.txt");
  }

  @Test
  void aClaimsFileThatDidNotExistAtTheRefMakesEveryClaimNew() throws Exception {
    repo.git("mv", "claims.yaml", "checks.yaml");
    String renamed = repo.commitAll("rename");
    Path claims = dir.resolve("checks.yaml");
    Changes c = detector.since(base, claims, loader.load(claims), dir.resolve("corpus"));
    assertThat(c.claims()).containsOnly(entry("alpha", ClaimChange.NEW), entry("beta", ClaimChange.NEW),
        entry("gamma", ClaimChange.NEW));
    assertThat(detector.since(renamed, claims, loader.load(claims), dir.resolve("corpus")).claims()).isEmpty();
  }

  @Test
  void anInvalidClaimsFileAtTheRefSelectsEveryClaim() throws Exception {
    repo.write("claims.yaml", "claims:\n  - id: alpha\n    colour: red\n");
    String broken = repo.commitAll("broken");
    repo.write("claims.yaml", CLAIMS);
    Changes c = changes(broken);
    assertThat(c.claims()).isEmpty();
    assertThat(c.everyClaim()).contains("is not a valid claims file");
    assertThat(c.select(report()).report().results()).hasSize(3);
  }

  @Test
  void claimsAndCorpusInASubfolderOfTheRepository() throws Exception {
    TestRepo nested = TestRepo.init(Files.createDirectories(dir.resolve("outer")));
    nested.write("desk/claims.yaml", CLAIMS);
    nested.write("desk/corpus/paper.md", "Fares.\n");
    nested.write("other/corpus/paper.md", "Another desk's corpus.\n");
    String first = nested.commitAll("two desks");
    nested.write("desk/corpus/paper.md", "Fares went up.\n");
    nested.write("other/corpus/paper.md", "Changed elsewhere.\n");
    nested.write("desk/claims.yaml", CLAIMS + "  - id: delta\n    text: \"New.\"\n");
    Path claims = nested.dir().resolve("desk/claims.yaml");
    Changes c = detector.since(first, claims, loader.load(claims), nested.dir().resolve("desk/corpus"));
    assertThat(c.corpusFiles()).containsExactly("paper.md");
    assertThat(c.claims()).containsOnly(entry("delta", ClaimChange.NEW));
  }

  @Test
  void branchNamesAndRelativeRefsWork() throws Exception {
    repo.git("branch", "base-branch");
    repo.write("corpus/paper.md", "Edited.\n");
    repo.commitAll("second");
    assertThat(changes("base-branch").corpusFiles()).containsExactly("paper.md");
    assertThat(changes("HEAD~1").corpusFiles()).containsExactly("paper.md");
  }

  @Test
  void anUnknownRefIsBadInputWithAHintAboutFetching() {
    assertThatThrownBy(() -> changes("origin/no-such-branch")).isInstanceOf(BadInputException.class)
        .satisfies(e -> assertThat(((BadInputException) e).diagnostics().get(0).oneLine())
            .startsWith("--changed-since origin/no-such-branch: unknown git ref 'origin/no-such-branch'")
            .contains("fetch-depth: 0"));
    assertThatThrownBy(() -> changes("--output=x")).isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a git ref");
  }

  @Test
  void outsideAGitRepositoryIsBadInput(@TempDir Path plain) throws Exception {
    Path claims = Files.writeString(plain.resolve("claims.yaml"), CLAIMS);
    Files.createDirectories(plain.resolve("corpus"));
    assertThatThrownBy(() -> detector.since("HEAD", claims, loader.load(claims), plain.resolve("corpus")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not in a git repository").hasMessageContaining("leave it out");
  }

  @Test
  void aCorpusOutsideTheClaimsRepositoryIsBadInput(@TempDir Path elsewhere) {
    Path claims = dir.resolve("claims.yaml");
    assertThatThrownBy(() -> detector.since("HEAD", claims, loader.load(claims), elsewhere))
        .isInstanceOf(BadInputException.class).hasMessageContaining("not in the git work tree");
  }

  @Test
  void aMissingGitIsBadInputNamingIt() {
    ChangeDetector noGit = new ChangeDetector(new Git(dir.resolve("no-such-git").toString()), loader);
    Path claims = dir.resolve("claims.yaml");
    assertThatThrownBy(() -> noGit.since("HEAD", claims, loader.load(claims), dir.resolve("corpus")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("cannot run git").hasMessageContaining("install git");
  }

  /** A report of the three claims as a check would give it: beta involves paper.md, alpha authority.md. */
  private CheckReport report() {
    var authority = source("authority", SourceKind.OFFICIAL_STATEMENT, "authority.md");
    var paper = source("paper", SourceKind.PRESS_REPORT, "paper.md");
    List<ClaimResult> results = List.of(
        new ClaimResult(new Claim("alpha", "The ferry resumes in June.", Verdict.SUPPORTED, 2), Verdict.SUPPORTED,
            "r", List.of(says(authority, Stance.SUPPORTS, "The ferry resumes in June."))),
        new ClaimResult(new Claim("beta", "The fares went up.", Verdict.CONTESTED, 5), Verdict.SUPPORTED, "r",
            List.of(says(paper, Stance.SUPPORTS, "Fares went up."))),
        new ClaimResult(new Claim("gamma", "The town sold the ferry.", null, 8), Verdict.UNVERIFIED, "r", List.of()));
    return new CheckReport("claims.yaml", 3, results);
  }
}
