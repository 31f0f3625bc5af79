package dev.corroborate.pipeline;

import dev.corroborate.analysis.SentenceCache;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.analysis.Passage;
import dev.corroborate.backend.SearchBackend;
import dev.corroborate.claims.Claim;
import dev.corroborate.conflicts.ConflictFinder;
import dev.corroborate.conflicts.ConflictGroup;
import dev.corroborate.conflicts.ConflictPair;
import dev.corroborate.conflicts.ConflictsReport;
import dev.corroborate.conflicts.Denial;
import dev.corroborate.conflicts.DenialFinder;
import dev.corroborate.conflicts.DenialLinker;
import dev.corroborate.conflicts.ContestedProposition;
import dev.corroborate.conflicts.Proposition;
import dev.corroborate.conflicts.PropositionAssembler;
import dev.corroborate.conflicts.PropositionExtractor;
import dev.corroborate.conflicts.PropositionGrouper;
import dev.corroborate.corpus.CorpusLoader;
import dev.corroborate.corpus.LoadResult;
import dev.corroborate.corpus.SourceCollection;
import dev.corroborate.corpus.SourceDocument;
import dev.corroborate.diag.BadInputException;
import dev.corroborate.index.IndexException;
import dev.corroborate.index.IndexLockedException;
import dev.corroborate.index.IndexStats;
import dev.corroborate.index.Indexer;
import dev.corroborate.index.Progress;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import dev.corroborate.retrieval.ClaimQuery;
import dev.corroborate.retrieval.Hit;
import dev.corroborate.retrieval.PassageIndex;
import dev.corroborate.stance.ClaimFrame;
import dev.corroborate.stance.PreparedPassage;
import dev.corroborate.stance.SourceVoice;
import dev.corroborate.stance.Stance;
import dev.corroborate.stance.StanceEngine;
import dev.corroborate.stance.StanceJudgement;
import dev.corroborate.verdict.CheckReport;
import dev.corroborate.verdict.ClaimResult;
import dev.corroborate.verdict.Parties;
import dev.corroborate.verdict.VerdictAggregator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Wires the stages: corpus → analysis → index → retrieval → stance → verdict. No logic of its own
 * beyond passing each stage's output to the next.
 */
public final class Pipeline {
  /** Passages retrieved and judged per claim. */
  public static final int CANDIDATES = 50;
  /** The corpus file of event-specific aliases, optional. */
  public static final String ALIASES_FILE = "aliases.yaml";
  /** Why a check did not update the index first. */
  public static final String LOCKED =
      "index is being updated by another process; checking against the last committed index";

  private final TextAnalyzer analyzer;
  private final Lexicon lexicon;
  private final CorpusLoader loader;
  private final int threads;
  /** Full analyses of retrieved passages, shared by all checks of this pipeline. */
  private final SentenceCache passages;

  public Pipeline(TextAnalyzer analyzer, Lexicon lexicon, CorpusLoader loader, int threads) {
    this.analyzer = analyzer;
    this.lexicon = lexicon;
    this.loader = loader;
    this.threads = Math.max(1, threads);
    this.passages = new SentenceCache(analyzer, SentenceCache.DEFAULT_CAPACITY, this.threads);
  }

  /** Loads the corpus and brings the index up to date. */
  public IndexStats index(Path corpus, SearchBackend index, boolean rebuild, Progress progress)
      throws BadInputException, IndexException {
    LoadResult loaded = loader.load(corpus);
    return index.update(loaded, rebuild, analyzer, threads, progress);
  }

  /**
   * Updates the index if the corpus changed, then checks every claim against it. When another process
   * is updating the index, checks against its last commit instead (the stats say so).
   */
  public CheckRun check(String claimsName, List<Claim> claims, Path corpus, SearchBackend index,
      Progress progress)
      throws BadInputException, IndexException {
    IndexStats stats = upToDate(corpus, index, progress);
    return new CheckRun(stats, checkIndex(claimsName, claims, corpus, index, progress));
  }

  /** Brings the index up to date with the corpus; when another process holds it, its last commit. */
  private IndexStats upToDate(Path corpus, SearchBackend index, Progress progress)
      throws BadInputException, IndexException {
    LoadResult loaded = loader.load(corpus);
    try {
      return index.update(loaded, false, analyzer, threads, progress);
    } catch (IndexLockedException e) {
      return index.lastCommit(loaded, LOCKED, analyzer);
    }
  }

  /** The voice of every source of the index, by source id. */
  private Map<String, SourceVoice> voices(PassageIndex searcher, AliasTable aliases) {
    Map<String, SourceVoice> voices = new TreeMap<>();
    for (SourceDocument s : searcher.sources().values()) {
      SourceVoice voice = SourceVoice.of(lexicon, aliases, s.speaker(), s.publisher());
      voice = s.kind() == dev.corroborate.corpus.SourceKind.PRESS_BRIEFING ? voice.asTranscript() : voice;
      voices.put(s.id(), s.kind().official() ? voice.official(lexicon) : voice);
    }
    return voices;
  }

  /**
   * Checks every claim against the index as it is, without reading or indexing the corpus folder
   * (which may be absent: only its {@code aliases.yaml} is read when there), e.g. after an import.
   */
  public CheckReport checkIndex(String claimsName, List<Claim> claims, Path corpus, SearchBackend index,
      Progress progress)
      throws BadInputException, IndexException {
    try (Checker checker = checker(corpus, index)) {
      List<ClaimResult> results = inParallel(claims, progress, checker::check);
      return new CheckReport(claimsName, checker.searcher.sources().size(), results,
          List.copyOf(checker.searcher.sources().values()));
    } catch (IOException e) {
      throw new IndexException("cannot read the " + index.describe() + ": " + e.getMessage()
          + " (run 'corroborate index --rebuild')", e);
    }
  }

  /**
   * Updates the index if the corpus changed, then finds the propositions on which sources disagree:
   * every passage's proposition is framed, its candidates retrieved and judged (see
   * {@link ConflictFinder#DISTINCT}), on all threads; the conflicting pairs are grouped, named and ranked.
   */
  public ConflictsRun conflicts(Path corpus, SearchBackend index, Progress progress) throws BadInputException, IndexException {
    IndexStats stats = upToDate(corpus, index, progress);
    AliasTable aliases = AliasTable.shippedPlus(corpus.resolve(ALIASES_FILE));
    TermUnitizer unitizer = new TermUnitizer(lexicon, aliases);
    StanceEngine engine = new StanceEngine(analyzer, unitizer);
    try (PassageIndex searcher = index.open(this.passages)) {
      Map<String, SourceVoice> voices = voices(searcher, aliases);
      List<Passage> all = searcher.passages();
      PropositionExtractor extractor = new PropositionExtractor(engine);
      Map<String, Proposition> propositions = new TreeMap<>();
      Map<String, List<Passage>> bySource = new TreeMap<>();
      for (Passage p : all) {
        bySource.computeIfAbsent(p.sourceId(), k -> new ArrayList<>()).add(p);
        extractor.extract(p, voices.getOrDefault(p.sourceId(), SourceVoice.none()))
            .ifPresent(x -> propositions.put(p.id(), x));
      }
      ConflictFinder finder = new ConflictFinder(engine, searcher,
          (frame, limit) -> searcher.search(ClaimQuery.of(frame.termUnits(), lexicon, aliases), limit), voices);
      List<Proposition> candidates = List.copyOf(propositions.values());
      List<ConflictPair> pairs = new ArrayList<>();
      inParallel(candidates, progress, "finding conflicts", finder::find).forEach(pairs::addAll);
      DenialFinder denialFinder = new DenialFinder(unitizer, voices);
      List<Denial> denials = new ArrayList<>();
      all.forEach(p -> denialFinder.find(p).ifPresent(denials::add));
      List<ConflictGroup> groups = new DenialLinker().link(new PropositionGrouper().group(pairs), denials, propositions);
      List<ContestedProposition> contested = new PropositionAssembler(unitizer, searcher.sources(), propositions,
          bySource, voices).assemble(groups);
      return new ConflictsRun(stats, new ConflictsReport(contested, List.copyOf(searcher.sources().values()),
          all.size(), candidates.size(), pairs.size()));
    } catch (IOException e) {
      throw new IndexException("cannot read the " + index.describe() + ": " + e.getMessage()
          + " (run 'corroborate index --rebuild')", e);
    }
  }

  /**
   * A checker of single claims over the last commit of the index, for callers that check claims one
   * at a time (benchmarks, services); thread-safe; close it when done.
   */
  public Checker checker(Path corpus, SearchBackend index) throws BadInputException, IndexException {
    return new Checker(corpus, index);
  }

  /** Checks claims one at a time against one point-in-time view of the index. */
  public final class Checker implements AutoCloseable {
    private final AliasTable aliases;
    private final StanceEngine engine;
    private final PassageIndex searcher;
    private final Map<String, SourceVoice> voices;
    /**
     * The voices with the topic of each source's title, made when a passage of the source is first
     * judged (a large index has many sources that no claim reaches). Conflict discovery does without
     * titles: there both sides are passages, and a title's words would make different events of one
     * source's story look like one event (a briefing on the 25th and a press conference on the 27th).
     */
    private final Map<String, SourceVoice> titled = new java.util.concurrent.ConcurrentHashMap<>();
    private final VerdictAggregator aggregator;

    private Checker(Path corpus, SearchBackend index) throws BadInputException, IndexException {
      this.aliases = AliasTable.shippedPlus(corpus.resolve(ALIASES_FILE));
      this.engine = new StanceEngine(analyzer, new TermUnitizer(lexicon, aliases));
      this.searcher = index.open(passages);
      this.voices = voices(searcher, aliases);
      this.aggregator = new VerdictAggregator(Parties.of(List.copyOf(searcher.sources().values()), voices));
    }

    private SourceVoice voiceOf(String sourceId) {
      SourceVoice voice = voices.get(sourceId);
      SourceDocument source = searcher.sources().get(sourceId);
      if (voice == null || source == null) {
        return SourceVoice.none();
      }
      return titled.computeIfAbsent(sourceId, id -> {
        try {
          List<List<dev.corroborate.analysis.Token>> passages = new ArrayList<>();
          for (Passage p : searcher.passagesOf(id)) {
            passages.add(p.tokens());
          }
          return engine.withSource(engine.withTitle(voice, source.title()).withDate(source.date()), passages);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    /** Frames the claim, retrieves its best passages, judges each and gives the verdict. */
    public ClaimResult check(Claim claim) throws IOException {
      ClaimFrame found = engine.frame(claim.text(), searcher);
      List<Hit> hits = searcher.search(ClaimQuery.of(found.termUnits(), lexicon, aliases), CANDIDATES);
      List<PreparedPassage> prepared = hits.stream().map(h -> engine.prepare(h.passage().tokens())).toList();
      // What the retrieved passages call each name ("the container ship Stella Borea"), so that the
      // claim's "the ship" is found where a passage gives only the name.
      ClaimFrame frame = found.withDescriptors(engine.descriptorsOf(prepared));
      List<VerdictAggregator.Judged> judged = new ArrayList<>(hits.size());
      for (int i = 0; i < hits.size(); i++) {
        Hit h = hits.get(i);
        judged.add(new VerdictAggregator.Judged(h.passage(), engine.judge(frame, prepared.get(i),
            voiceOf(h.passage().sourceId()))));
      }
      judged.addAll(answers(judged));
      judged.addAll(answeredQuestions(frame, prepared, judged));
      return aggregator.aggregate(claim, judged, searcher.sources());
    }

    /**
     * The sources' own answers to accounts they were asked about (a briefing's "Is that correct?" and
     * "It is not.", see {@link StanceEngine#answered}), each judged on the answer's passage.
     */
    private List<VerdictAggregator.Judged> answers(List<VerdictAggregator.Judged> judged) throws IOException {
      List<VerdictAggregator.Judged> out = new ArrayList<>();
      java.util.Map<String, List<Passage>> sourcePassages = new java.util.HashMap<>();
      for (VerdictAggregator.Judged j : judged) {
        if (j.judgement().stance() != Stance.SUPPORTS || j.judgement().attribution().ownVoice()) {
          continue;
        }
        Passage asked = j.passage();
        List<Passage> all = sourcePassages.get(asked.sourceId());
        if (all == null) {
          all = searcher.passagesOf(asked.sourceId());
          sourcePassages.put(asked.sourceId(), all);
        }
        Passage next = null;
        Passage answer = null;
        for (Passage p : all) {
          if (p.ordinal() == asked.ordinal() + 1) {
            next = p;
          } else if (p.ordinal() == asked.ordinal() + 2) {
            answer = p;
          }
        }
        if (next == null || answer == null) {
          continue;
        }
        StanceJudgement a = engine.answered(j.judgement(), next.tokens(), answer.tokens());
        if (a != null) {
          out.add(new VerdictAggregator.Judged(answer, a));
        }
      }
      return out;
    }

    /**
     * The sources' own bare answers to yes-or-no questions about the claim (a briefing's "Q: Were any
     * other diplomats expelled?" and "No.", see {@link StanceEngine#answeredQuestion}), each judged on
     * the answer's passage.
     */
    private List<VerdictAggregator.Judged> answeredQuestions(ClaimFrame frame, List<PreparedPassage> prepared,
        List<VerdictAggregator.Judged> judged) throws IOException {
      List<VerdictAggregator.Judged> out = new ArrayList<>();
      for (int i = 0; i < prepared.size(); i++) {
        VerdictAggregator.Judged j = judged.get(i);
        if (j.judgement().stance() != Stance.MENTIONS) {
          continue;
        }
        boolean asks = noncommittal(j.judgement(), dev.corroborate.stance.Cue.QUESTION);
        boolean turn = noncommittal(j.judgement(), dev.corroborate.stance.Cue.QUESTIONER);
        if (!asks && !turn) {
          continue;
        }
        Passage question = j.passage();
        List<Passage> all = searcher.passagesOf(question.sourceId());
        Passage next = following(all, question, 1);
        Passage answer = asks ? next : following(all, question, 2);
        if (next == null || answer == null) {
          continue;
        }
        StanceJudgement a = asks
            ? engine.answeredQuestion(frame, prepared.get(i), answer.tokens(), voiceOf(question.sourceId()))
            : engine.answeredTurn(frame, prepared.get(i), next.tokens(), answer.tokens(), voiceOf(question.sourceId()));
        if (a != null) {
          out.add(new VerdictAggregator.Judged(answer, a));
        }
      }
      return out;
    }

    private static boolean noncommittal(StanceJudgement j, String words) {
      return j.cues().stream().anyMatch(c -> c.kind() == dev.corroborate.stance.Cue.Kind.NONCOMMITTAL
          && c.words().equals(words));
    }

    /** The passage {@code by} places after {@code p} in its source, or null. */
    private static Passage following(List<Passage> all, Passage p, int by) {
      return all.stream().filter(x -> x.ordinal() == p.ordinal() + by).findFirst().orElse(null);
    }

    /** Passages in the index. */
    public int passageCount() {
      return searcher.passageCount();
    }

    @Override
    public void close() throws IOException {
      searcher.close();
    }
  }

  /**
   * Imports collection files straight into the index (see {@link Indexer#importCollections}): one
   * commit at the end for all of them.
   */
  public Indexer.ImportStats importCollections(List<SourceCollection> collections, SearchBackend index,
      boolean strict, Progress progress) throws BadInputException, IndexException {
    return index.importCollections(collections, strict, analyzer, threads, progress);
  }

  private interface Task<I, O> {
    O run(I item) throws IOException;
  }

  private List<ClaimResult> inParallel(List<Claim> claims, Progress progress, Task<Claim, ClaimResult> task)
      throws IOException {
    return inParallel(claims, progress, "checking", task);
  }

  private <I, O> List<O> inParallel(List<I> claims, Progress progress, String stage, Task<I, O> task)
      throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, claims.size())), r -> {
      Thread t = new Thread(r, "corroborate-check");
      t.setDaemon(true);
      return t;
    });
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<O>> futures = new ArrayList<>();
      for (I c : claims) {
        futures.add(pool.submit(() -> {
          O r = task.run(c);
          progress.update(stage, done.incrementAndGet(), claims.size());
          return r;
        }));
      }
      List<O> out = new ArrayList<>(claims.size());
      for (Future<O> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
