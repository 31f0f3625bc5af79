package dev.corroborate.stance;

import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.TextAnalyzer;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stance stage: prepares claims ({@link #frame}) and judges passages against them ({@link
 * #judge}). Every judgement carries the cues that decided it. Thread-safe: frames are immutable and
 * judging keeps no state.
 */
public final class StanceEngine {
  private final TextAnalyzer analyzer;
  private final TermUnitizer unitizer;
  private final PassageJudge judge;

  public StanceEngine(TextAnalyzer analyzer, TermUnitizer unitizer) {
    this.analyzer = analyzer;
    this.unitizer = unitizer;
    this.judge = new PassageJudge(unitizer.lexicon());
  }

  public TermUnitizer unitizer() {
    return unitizer;
  }

  /** Analyses a claim once for judging against many passages. */
  public ClaimFrame frame(String claimText, IdfSource idf) {
    List<Sentence> sentences = analyzer.analyze(claimText);
    return new ClaimFrame(claimText, sentences, unitizer, idf);
  }

  /** What these prepared passages call each name (see {@link Descriptors}). */
  public Descriptors descriptorsOf(List<PreparedPassage> passages) {
    return Descriptors.find(passages.stream().map(p -> p.view).toList(), unitizer.lexicon());
  }

  /** Judges one passage (its tokens, as analysed at index time) spoken by a source with this voice. */
  public StanceJudgement judge(ClaimFrame claim, List<Token> passage, SourceVoice voice) {
    return judge.judge(claim, new SentenceView(passage, unitizer), voice);
  }


  /**
   * A source's voice with the topic of its title, which every sentence of the source is about (see
   * {@link SourceVoice#topicCovers}): the title's words and names, not its verbs, numbers or dates,
   * and not the words that say what kind of document it is ("Statement on ...", "Update:").
   */
  public SourceVoice withTitle(SourceVoice voice, String title) {
    Set<String> keys = new TreeSet<>();
    List<Set<String>> names = new java.util.ArrayList<>();
    Lexicon lex = unitizer.lexicon();
    for (Sentence s : analyzer.analyze(title)) {
      for (TermUnit u : unitizer.units(s.tokens())) {
        if (u.kind() == TermUnit.Kind.VERB || u.kind() == TermUnit.Kind.NUMBER || lex.isSelfReference(u.head())
            || lex.isLabel(u.head())) {
          continue;
        }
        keys.addAll(u.keys());
        if (u.isEntity()) {
          names.add(u.keys());
        }
      }
    }
    return voice.withTopic(keys, names);
  }

  /**
   * A source's own answer to an account it was asked about, as briefing transcripts give it: the
   * passage reports someone's account of the claim ({@code asked}: supports, not in the source's own
   * voice, e.g. "Q: Aurant says it notified your department immediately."), the next sentence asks
   * whether it holds ("Is that correct?") and the one after answers with a bare no or yes ("It is
   * not."). Returns the answer's judgement in the source's own voice (contradicts for a no, supports
   * for a yes), or null when the sentences are not such a question and answer (see {@link
   * BriefingAnswers}).
   */
  public StanceJudgement answered(StanceJudgement asked, List<Token> next, List<Token> answer) {
    if (asked.stance() != Stance.SUPPORTS || asked.attribution().ownVoice()) {
      return null;
    }
    return answeredAccount(asked, asked.attribution().holder() + "'s account", next, answer);
  }

  /**
   * A source's own answer to an account a questioner puts to it in a transcript: the questioner's
   * turn states the claim ("Q (Radio North): Residents were told the depot will close at the end of
   * the year."; see {@link SentenceView#questionerTurn}), the next sentence asks whether it
   * holds ("Is that the plan?") and the one after answers with a bare no or yes ("MANAGING DIRECTOR:
   * No, and ..."). Returns the answer's judgement in the source's own voice, or null when the passages are
   * not such a turn, question and answer.
   */
  public StanceJudgement answeredTurn(ClaimFrame claim, PreparedPassage turn, List<Token> next, List<Token> answer,
      SourceVoice voice) {
    if (!turn.view.questionerTurn || claim.speechUnit >= 0) {
      // A claim of what someone said is not what the questioner's account states.
      return null;
    }
    StanceJudgement asked = judge.judge(claim, turn.view, voice, true);
    if (asked.stance() != Stance.SUPPORTS) {
      return null;
    }
    return answeredAccount(asked, "the questioner's account", next, answer);
  }

  private static StanceJudgement answeredAccount(StanceJudgement asked, String account, List<Token> next,
      List<Token> answer) {
    if (!BriefingAnswers.asksIfTrue(next)) {
      return null;
    }
    BriefingAnswers.Answer a = BriefingAnswers.answer(answer);
    if (a == null) {
      return null;
    }
    List<Cue> cues = new java.util.ArrayList<>();
    String question = SentenceView.text(next, 0, next.size());
    cues.add(new Cue(a.denies() ? Cue.Kind.NEGATION : Cue.Kind.MATCH, a.words(), "answers '" + a.words()
        + "' when asked whether " + account + " holds ('" + question + "')"));
    asked.cues().stream().filter(c -> c.kind() == Cue.Kind.MATCH).findFirst()
        .map(c -> new Cue(Cue.Kind.MATCH, c.words(), "the account asked about " + c.detail()))
        .ifPresent(cues::add);
    return new StanceJudgement(a.denies() ? Stance.CONTRADICTS : Stance.SUPPORTS, asked.confidence(), asked.coverage(),
        cues, asked.matched(), Attribution.own(answer.size()));
  }

  /**
   * A source's own bare answer to a yes-or-no question about the claim, as briefing transcripts give
   * it: the question ("Q: Were any other diplomats expelled?"), read as the statement it asks about,
   * supports the claim, and the next sentence answers with a bare no or yes ("ILESCO: No."). Returns
   * the answer's judgement in the source's own voice (contradicts for a no, supports for a yes), or
   * null when the sentences are not such a question and answer.
   */
  public StanceJudgement answeredQuestion(ClaimFrame claim, PreparedPassage question, List<Token> answer,
      SourceVoice voice) {
    if (!question.view.question || !BriefingAnswers.asksYesOrNo(question.view.tokens)) {
      return null;
    }
    BriefingAnswers.Answer a = BriefingAnswers.answer(answer);
    if (a == null) {
      return null;
    }
    StanceJudgement asked = judge.judge(claim, question.view, voice, true);
    if (asked.stance() != Stance.SUPPORTS) {
      return null;
    }
    List<Cue> cues = new java.util.ArrayList<>();
    String text = SentenceView.text(question.view.tokens, 0, question.view.tokens.size());
    cues.add(new Cue(a.denies() ? Cue.Kind.NEGATION : Cue.Kind.MATCH, a.words(), "answers '" + a.words()
        + "' when asked '" + text + "'"));
    asked.cues().stream().filter(c -> c.kind() == Cue.Kind.MATCH).findFirst()
        .map(c -> new Cue(Cue.Kind.MATCH, c.words(), "the question " + c.detail()))
        .ifPresent(cues::add);
    return new StanceJudgement(a.denies() ? Stance.CONTRADICTS : Stance.SUPPORTS, asked.confidence(), asked.coverage(),
        cues, asked.matched(), Attribution.own(answer.size()));
  }

  /**
   * A source's voice with the keys of every unit of its passages that no negation covers: what the
   * source names anywhere,
   * which a claim's circumstance ("in the attack") may be taken from (see {@link SourceVoice#names}).
   */
  public SourceVoice withSource(SourceVoice voice, List<List<Token>> passages) {
    Set<String> keys = new TreeSet<>();
    for (List<Token> passage : passages) {
      SentenceView view = new SentenceView(passage, unitizer);
      for (TermUnit u : view.units) {
        // What a sentence names only to deny it ("awarded without a public tender") it does not name.
        if (!view.negated(u.from())) {
          keys.addAll(u.keys());
        }
      }
    }
    return voice.withNamed(keys);
  }

  /** Prepares a passage once, for judging it against many claims. */
  public PreparedPassage prepare(List<Token> passage) {
    return new PreparedPassage(new SentenceView(passage, unitizer));
  }

  /** Judges a prepared passage; the same result as {@link #judge(ClaimFrame, List, SourceVoice)}. */
  public StanceJudgement judge(ClaimFrame claim, PreparedPassage passage, SourceVoice voice) {
    return judge.judge(claim, passage.view, voice);
  }

  /**
   * The coverage of the claim by a prepared passage, the same as its judgement's {@code coverage()},
   * without the contradiction and support rules (for a whole document taken as one passage).
   */
  public double coverage(ClaimFrame claim, PreparedPassage passage, SourceVoice voice) {
    return judge.coverage(claim, passage.view, voice);
  }
}
