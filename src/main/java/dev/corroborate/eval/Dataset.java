package dev.corroborate.eval;

import static java.util.Map.entry;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.stance.Stance;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The labelled stance datasets {@code corroborate eval} reads, each with its file format, its label
 * words (mapped to stances both ways), whether the FNC-1 score applies, and where its files lie under a datasets root.
 */
public enum Dataset {
  /** Fake News Challenge stage 1: news headline against article body. */
  FNC1("fnc1",
      LabelVocabulary.of(entry("agree", Stance.SUPPORTS), entry("disagree", Stance.CONTRADICTS),
          entry("discuss", Stance.MENTIONS), entry("unrelated", Stance.UNRELATED)),
      true,
      List.of("fnc1/train_bodies.csv", "fnc1/train_stances.csv"),
      List.of("bodies CSV (Body ID,articleBody)", "stances CSV (Headline,Body ID,Stance)"),
      new FncReader()),
  /** Emergent (Ferreira and Vlachos 2016): rumour claim against a news-article headline. */
  EMERGENT("emergent",
      LabelVocabulary.of(entry("for", Stance.SUPPORTS), entry("against", Stance.CONTRADICTS),
          entry("observing", Stance.MENTIONS)),
      false,
      List.of("emergent/url-versions-2015-06-14-clean-train.csv"),
      List.of("CSV (row id, claimHeadline, articleHeadline, articleHeadlineStance, articleId, claimId)"),
      new EmergentReader()),
  /** FEVER-Symmetric: claim against one Wikipedia evidence sentence. */
  FEVER_SYMMETRIC("fever-symmetric",
      LabelVocabulary.of(entry("SUPPORTS", Stance.SUPPORTS), entry("REFUTES", Stance.CONTRADICTS)),
      false,
      List.of("fever_symmetric/fever_symmetric_dev.jsonl"),
      List.of("JSON Lines (id, claim, evidence, label)"),
      new FeverReader()),
  /** ARC (Hanselowski et al. 2018): debate comments in the FNC-1 format. */
  ARC("arc",
      LabelVocabulary.of(entry("agree", Stance.SUPPORTS), entry("disagree", Stance.CONTRADICTS),
          entry("discuss", Stance.MENTIONS), entry("unrelated", Stance.UNRELATED)),
      true,
      List.of("arc/arc_bodies.csv", "arc/arc_stances_train.csv"),
      List.of("bodies CSV (Body ID,articleBody)", "stances CSV (Headline,Body ID,Stance)"),
      new FncReader());

  private final String label;
  private final LabelVocabulary labels;
  private final boolean fncScore;
  private final List<String> defaultFiles;
  private final List<String> dataRoles;
  private final PairReader reader;

  Dataset(String label, LabelVocabulary labels, boolean fncScore, List<String> defaultFiles,
      List<String> dataRoles, PairReader reader) {
    this.label = label;
    this.labels = labels;
    this.fncScore = fncScore;
    this.defaultFiles = defaultFiles;
    this.dataRoles = dataRoles;
    this.reader = reader;
  }

  /** The name on the command line and in YAML and JSON, e.g. {@code fever-symmetric}. */
  @JsonValue
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }

  public static Optional<Dataset> fromLabel(String label) {
    return Arrays.stream(values()).filter(d -> d.label.equalsIgnoreCase(label)).findFirst();
  }

  public static String allLabels() {
    return Arrays.stream(values()).map(Dataset::label).collect(Collectors.joining(", "));
  }

  /** The gold label words, in the dataset's order (which is also the order of reports). */
  public List<String> labelWords() {
    return labels.words();
  }

  /** The gold classes, in the order of {@link #labelWords()}; macro-F1 averages over these. */
  public List<Stance> goldClasses() {
    return labels.stances();
  }

  /** The stance of a label word ({@code discuss} → mentions), empty for a word of another dataset. */
  public Optional<Stance> stance(String word) {
    return labels.stance(word);
  }

  /**
   * The dataset's word for a stance ({@code CONTRADICTS} → {@code disagree}); a stance outside its
   * gold set (e.g. unrelated on FEVER) is written as {@link Stance#label()}.
   */
  public String word(Stance stance) {
    return labels.word(stance);
  }

  /** Stances among {@code predicted} that the dataset has no gold word for, in {@link Stance} order. */
  List<Stance> outsideGold(Iterable<Stance> predicted) {
    return labels.outside(predicted);
  }

  /**
   * What the dev split keeps together ({@link LabelledPair#group}), in the plural: what the
   * resampling of {@link Intervals} draws.
   */
  public String groupNoun() {
    return switch (this) {
      case FNC1, ARC -> "bodies";
      case EMERGENT -> "claims";
      case FEVER_SYMMETRIC -> "groups of claims and evidence sentences";
    };
  }

  /** Whether the FNC-1 relative score applies (FNC-1 and ARC, which share its labels). */
  public boolean fncScore() {
    return fncScore;
  }

  /** The dataset's files relative to a datasets root, in the order {@link #read} takes them. */
  public List<String> defaultFiles() {
    return defaultFiles;
  }

  /** The default files under {@code root}. */
  public List<Path> defaultData(Path root) {
    return defaultFiles.stream().map(root::resolve).toList();
  }

  /** What each data file is, in the order {@link #read} takes them (for help and errors). */
  public List<String> dataRoles() {
    return dataRoles;
  }

  /**
   * Reads the dataset's files into pairs, in file order.
   *
   * @param data one path per {@link #dataRoles() role}, in that order
   * @throws MalformedDataException a row or header does not fit the format (file and line named)
   * @throws BadInputException      a file is missing or unreadable
   * @throws IllegalArgumentException the number of paths is not the number of roles
   */
  public List<LabelledPair> read(List<Path> data) throws BadInputException {
    if (data.size() != dataRoles.size()) {
      throw new IllegalArgumentException(label + " takes " + dataRoles.size() + " file(s): "
          + String.join(", then ", dataRoles) + "; got " + data.size());
    }
    return reader.read(List.copyOf(data), labels);
  }
}
