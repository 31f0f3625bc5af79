package dev.corroborate.stance;

import dev.corroborate.analysis.ClockTimes;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

/**
 * Judges one passage against one claim with explainable rules: weighted coverage of the claim's
 * units, then contradiction cues (negation of a matched predicate, a refutation word governing the
 * claim's content, a different agent for the same action, an antonym, a different number), then
 * support; hedges and third-party attribution lower confidence. Thread-safe.
 */
final class PassageJudge {
  static final double RELATED = 0.25;
  static final double CONTRADICT = 0.5;
  static final double SUPPORT = 0.6;
  /** A claim unit carrying this share of the claim's weight must be found for the passage to support it. */
  static final double ESSENTIAL = 0.2;

  private final Lexicon lex;
  private final AttributionFinder attributions;
  private final ContradictionCues contradictions;
  private final Admissions admissions;
  private final NumberConflict numbers;
  private final ImpliedUnits impliedUnits;
  private final Modality modality;
  private final ActionForms actionForms;

  PassageJudge(Lexicon lex) {
    this.lex = lex;
    this.attributions = new AttributionFinder(lex);
    this.contradictions = new ContradictionCues(lex);
    this.admissions = new Admissions(lex);
    this.modality = new Modality(lex);
    this.actionForms = new ActionForms(lex);
    this.numbers = new NumberConflict(lex);
    this.impliedUnits = new ImpliedUnits(lex, numbers);
  }

  /**
   * What of the claim the passage matches, the first step of judging: where each claim unit occurs,
   * which count as implied by the source's own voice or stood for by a pronoun, and the coverage.
   * {@code attribution} is null when it was not needed for the coverage (found later if the passage
   * is related).
   */
  private record Match(int[] at, boolean[] implied, double matchedWeight, double coverage, double entityWeight,
      double entityMatched, TreeMap<Integer, String> matchedWords, List<String> missing, boolean topical,
      int converse, int q, Attribution attribution, List<String> fromTitle, List<String> described, List<String> notes) {
    /** The matched words in passage order, each once. */
    List<String> words() {
      return new ArrayList<>(new java.util.LinkedHashSet<>(matchedWords.values()));
    }
  }

  /** The passage's coverage of the claim, as {@link #judge} reports it, without the rest of the judgement. */
  double coverage(ClaimFrame c, SentenceView p, SourceVoice voice) {
    return round(match(c, p, voice).coverage());
  }

  StanceJudgement judge(ClaimFrame c, SentenceView p, SourceVoice voice) {
    return judge(c, p, voice, false);
  }

  /**
   * Judges a passage; with {@code askedAsStatement}, a question is judged as the statement it asks
   * about ("Were other diplomats expelled?" as "other diplomats were expelled"), for its answer.
   */
  StanceJudgement judge(ClaimFrame c, SentenceView p, SourceVoice voice, boolean askedAsStatement) {
    Match m = match(c, p, voice);
    int n = c.units.size();
    int[] at = m.at();
    boolean[] implied = m.implied();
    double matchedWeight = m.matchedWeight();
    double coverage = m.coverage();
    TreeMap<Integer, String> matchedWords = m.matchedWords();
    double entityWeight = m.entityWeight();
    double entityMatched = m.entityMatched();
    List<String> words = m.words();
    List<String> missing = m.missing();
    int q = m.q();
    List<Cue> cues = new ArrayList<>();
    Admissions.Denial denial = admissions.denied(c, p, voice);
    if (denial != null) {
      // Asked before relatedness: a denial shares little with the claim besides the name.
      Attribution attribution = m.attribution() != null ? m.attribution() : attribution(p, voice, denial.at());
      cues.add(denial.cue());
      cues.add(new Cue(Cue.Kind.MATCH, String.join(", ", words), String.format(Locale.ROOT,
          "shares %s with the claim (coverage %.2f)", words.isEmpty() ? "its subject" : quoteList(words), coverage)));
      double conf = (0.55 + 0.45 * Math.max(coverage, RELATED)) * (attribution.ownVoice() ? 1.0 : 0.8);
      return new StanceJudgement(Stance.CONTRADICTS, round(conf), round(coverage), cues, words, attribution);
    }
    if (coverage < RELATED || !m.topical()) {
      return new StanceJudgement(Stance.UNRELATED, round(1 - coverage), round(coverage), cues, words,
          m.attribution() != null ? m.attribution() : Attribution.own(p.tokens.size()));
    }
    Attribution attribution = m.attribution() != null ? m.attribution() : attribution(p, voice, q);
    int converse = m.converse();
    String titled = (m.fromTitle().isEmpty() ? "" : "; " + quoteList(m.fromTitle()) + " from the source's title")
        + (m.described().isEmpty() ? "" : "; " + quoteList(m.described()) + " by the name the sources give it")
        + m.notes().stream().map(note -> "; " + note).collect(java.util.stream.Collectors.joining());
    Cue match = new Cue(Cue.Kind.MATCH, String.join(", ", words), String.format(Locale.ROOT,
        "shares %s with the claim (coverage %.2f%s)", words.isEmpty() ? "its subject" : quoteList(words), coverage,
        titled));
    Cue missed = notMentioned(missing);
    Cue attributed = attribution.ownVoice() ? null
        : new Cue(Cue.Kind.ATTRIBUTION, attribution.holder(), "reported speech: the passage attributes this to "
            + attribution.holder());
    double voiceFactor = attribution.ownVoice() ? 1.0 : 0.8;

    Cue noncommittal = p.question && !askedAsStatement
        ? new Cue(Cue.Kind.NONCOMMITTAL, Cue.QUESTION, "the passage asks a question; it does not assert anything either way")
        : p.questionerTurn && attribution.ownVoice() && !askedAsStatement
        ? new Cue(Cue.Kind.NONCOMMITTAL, Cue.QUESTIONER, "the questioner's words, put to the source; the source does not"
            + " assert them")
        : q >= 0 && q >= p.noncommittalFrom && q < p.noncommittalTo ? new Cue(Cue.Kind.NONCOMMITTAL, p.noncommittalWords,
            "'" + p.noncommittalWords + (p.noncommittalAsks ? "': the passage leaves this open, it does not assert it"
                : "': the source declines to say either way")) : null;
    if (noncommittal != null) {
      cues.add(noncommittal);
      addIfPresent(cues, match, attributed);
      return new StanceJudgement(Stance.MENTIONS, round(0.6 * coverage), round(coverage), cues, words, attribution);
    }
    int directive = modality.directive(c, p, q);
    int infinitive = q;
    if (directive < 0) {
      int[] over = modality.directiveOverMatched(c, p, at);
      if (over != null) {
        directive = over[0];
        infinitive = over[1];
      }
    }
    if (directive >= 0) {
      String verb = p.tokens.get(directive).text();
      String action = p.tokens.get(infinitive).text();
      boolean means = p.tokens.get(infinitive - 1).lemma().equals("by");
      boolean passive = p.tokens.get(infinitive - 1).lemma().equals("be");
      String asked = means ? "to " + p.tokens.get(Modality.infinitiveBefore(p, infinitive - 1)).text() + " ... by " + action
          : (passive ? "to be " : "to ") + action;
      cues.add(new Cue(Cue.Kind.HEDGE, verb, "names '" + action + "' only as asked, wanted, tried or allowed ('" + verb
          + " ... " + asked + "'), not as done"));
      addIfPresent(cues, match, attributed);
      return new StanceJudgement(Stance.MENTIONS, round(0.6 * coverage), round(coverage), cues, words, attribution);
    }
    boolean predicateMatched = c.predicates.isEmpty()
        || c.predicates.stream().anyMatch(i -> at[i] >= 0 && !c.deniedOnlyInDescription(i));
    String otherActor = converse >= 0 ? null : contradictions.otherActor(c, p, at);
    if (otherActor != null) {
      cues.add(match);
      cues.add(new Cue(Cue.Kind.MISSING, otherActor, "the passage is about what " + otherActor
          + " did, not the claim's actor"));
      addIfPresent(cues, attributed);
      return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
    }
    String another = converse >= 0 ? null : OtherOfKind.find(c, p, at, lex);
    if (another != null) {
      cues.add(match);
      cues.add(new Cue(Cue.Kind.MISSING, another, "'" + another + "' is another of its kind than the claim's"));
      addIfPresent(cues, attributed);
      return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
    }

    if (!c.predicates.isEmpty() && predicateMatched && q >= 0 && p.negated(q) && contradictions.documentSubject(p, q)
        && !contradictions.documentSubject(c.view, c.units.get(c.predicates.get(0)).unit().from())) {
      // "Neither readout mentioned the fishing quarrel": what a document leaves out is not denied to
      // have happened ("the leaders discussed the fishing dispute"), nor said to have happened.
      cues.add(match);
      cues.add(new Cue(Cue.Kind.NONCOMMITTAL, p.tokens.get(q).text(), "says only that a document leaves it out ('"
          + p.span(q - 2, q + 1) + "'), not that it did not happen"));
      addIfPresent(cues, attributed);
      return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
    }
    List<Cue> against = new ArrayList<>();
    boolean describes = q >= 0 && !c.predicates.isEmpty() && describesNoun(p, q);
    if (converse >= 0) {
      contradictions.negation(c, p, at, against);
      against.replaceAll(cue -> cue.kind() != Cue.Kind.NEGATION ? cue : new Cue(cue.kind(), cue.words(),
          cue.detail().replace("', which the claim asserts", "', the other side of the claim's '"
              + c.units.get(converse).unit().display() + "'")));
      contradictions.refutation(c, p, at, against);
      if (against.isEmpty()) {
        // One event told from the other side keeps its time and place: "received ... after the closing
        // date" against "handed in their offer before the closing date".
        contradictions.oppositePlace(c, p, at, against);
      }
    } else if (predicateMatched) {
      contradictions.negation(c, p, at, against);
      contradictions.refutation(c, p, at, against);
      contradictions.roleConflict(c, p, at, against);
      Cue role = against.stream().filter(cue -> cue.kind() == Cue.Kind.ROLE_CONFLICT).findFirst().orElse(null);
      if (role != null && q >= 0 && p.tokens.get(q).isVerb()
          && against.stream().anyMatch(cue -> cue.kind() == Cue.Kind.NEGATION)) {
        // "not funded by the museum" denies the action of another agent, not the claim's ("funded by
        // a grant"): it neither gives nor denies the claim.
        cues.add(match);
        cues.add(new Cue(Cue.Kind.MISSING, role.words(), "the passage denies '" + role.words()
            + "', not what the claim's actor did"));
        addIfPresent(cues, attributed);
        return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
      }
      if (against.isEmpty()) {
        contradictions.contrastDenied(c, p, at, against);
      }
      if (against.isEmpty()) {
        contradictions.oppositePlace(c, p, at, against);
      }
      if (against.isEmpty()) {
        contradictions.restrictedScope(c, p, at, against);
      }
      if (against.isEmpty()) {
        contradictions.superlativeHolder(c, p, at, against);
      }
      if (against.isEmpty() && subjectThere(c, p, at, implied)
          && (!c.predicates.isEmpty() || eventThere(c, at, implied)) && !describes) {
        // In the clause of the claim's action; with no action of its own ("Twenty people were taken
        // to hospital after the crush": "take" is light), in any clause of a matched word, beside one
        // ("Monday's summit", not "met in March on the sidelines of the ... summit").
        java.util.BitSet clauses = new java.util.BitSet();
        if (!c.predicates.isEmpty() && q >= 0) {
          clauses.set(p.clause[q]);
        } else {
          for (int x : at) {
            if (x >= 0) {
              clauses.set(p.clause[x]);
            }
          }
        }
        java.util.function.IntPredicate where = c.predicates.isEmpty()
            ? x -> clauses.get(p.clause[x]) && nearMatched(at, x, 4) : x -> clauses.get(p.clause[x]);
        numbers.find(c.view.tokens, p.tokens, where).ifPresent(against::add);
        if (against.isEmpty()) {
          otherRelativeDay(c, p, voice, where).ifPresent(against::add);
        }
      }
    }
    contradictions.antonym(c, p, at, against, matchedWeight);
    // "too early to say what caused ..." against "officials have determined what caused ...".
    ImpliedUnits.Fill open = converse < 0 && against.isEmpty() ? impliedUnits.leftOpen(c, p, at) : null;
    if (open != null && at[open.units().get(0)] >= 0) {
      against.add(open.against());
      open = null;
    }
    if (converse < 0 && (!predicateMatched || coverage < CONTRADICT || open != null)) {
      // A contradiction may account for claim words the passage does not write (ImpliedUnits).
      ImpliedUnits.Fill fill = !predicateMatched ? impliedUnits.countWithoutAction(c, p, at)
          : against.isEmpty() ? null : impliedUnits.deniedOfAnyone(c, p, at);
      if (fill == null && !predicateMatched && against.isEmpty()) {
        fill = impliedUnits.noneThere(c, p, at);
      }
      if (fill == null && predicateMatched && !against.isEmpty()) {
        fill = impliedUnits.officerOfDenier(c, p, at);
      }
      if (fill == null) {
        fill = open;
      }
      boolean otherDay = against.stream().anyMatch(cue -> cue.kind() == Cue.Kind.NUMBER_MISMATCH
          && RelativeDates.namesDay(cue.words()));
      if (fill == null && (!c.predicates.isEmpty() || otherDay) && predicateMatched) {
        // Only with the claim's own action matched: "Turnout was 61 percent" has none, and "52.4
        // percent of the vote" is another share. Another day for an event with no action of its own
        // ("The summit took place on 12 May": "take place" is light) is the event's.
        fill = impliedUnits.numberReplaced(c, at, against);
      }
      if (fill != null && (matchedWeight + fill.weight(c)) / c.totalWeight >= CONTRADICT) {
        matchedWeight += fill.weight(c);
        coverage = Math.min(1.0, matchedWeight / c.totalWeight);
        missing = new ArrayList<>(missing);
        missing.removeAll(fill.explained());
        missed = notMentioned(missing);
        match = new Cue(Cue.Kind.MATCH, String.join(", ", words), String.format(Locale.ROOT,
            "shares %s with the claim (coverage %.2f, %s%s)", words.isEmpty() ? "its subject" : quoteList(words),
            coverage, fill.note(), titled));
        if (fill.against() != null) {
          against.add(fill.against());
        }
      }
    }
    if (!against.isEmpty() && coverage >= CONTRADICT) {
      cues.addAll(against);
      addIfPresent(cues, attributed, match, missed);
      double conf = (0.55 + 0.45 * coverage) * voiceFactor;
      return new StanceJudgement(Stance.CONTRADICTS, round(conf), round(coverage), cues, words, attribution);
    }
    int partial = converse < 0 && predicateMatched ? contradictions.partialDenial(c, p, at) : -1;
    if (partial >= 0) {
      String quantifier = c.view.tokens.get(partial).text();
      cues.add(match);
      cues.add(new Cue(Cue.Kind.MISSING, quantifier, "the claim denies it of part of a group ('" + quantifier
          + "'); the passage asserts it without saying it holds for all of them"));
      addIfPresent(cues, attributed, missed);
      return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.8), round(coverage), cues, words, attribution);
    }
    boolean entitiesOk = entityWeight == 0 || entityMatched / entityWeight >= 0.5;
    boolean essentialMissing = false;
    for (int i = 0; i < n; i++) {
      ClaimFrame.WeightedUnit wu = c.units.get(i);
      if (at[i] < 0 && !implied[i] && wu.unit().kind() != TermUnit.Kind.NUMBER && !lex.isLight(wu.unit().head())
          && wu.weight() >= ESSENTIAL * c.totalWeight) {
        essentialMissing = true;
      }
    }
    essentialMissing |= phraseMissing(c, at, implied);
    if (converse >= 0) {
      cues.add(match);
      cues.add(new Cue(Cue.Kind.MISSING, p.tokens.get(at[converse]).text(), "tells the claim's action '"
          + c.units.get(converse).unit().display() + "' only from the other side ('" + p.tokens.get(at[converse]).text()
          + "'), which does not show who did what"));
      addIfPresent(cues, attributed);
      return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.8), round(coverage), cues, words, attribution);
    }
    // The date the claim asserts of its action ("was signed in March"), not one that names the
    // event its subject is ("the November 24 call was initiated by ..."): after the claim's action,
    // or, in a claim with no verb but "be", after its subject ("The ferry will be back in service by
    // early September").
    String dateMissing = null;
    boolean verbless = c.view.tokens.stream().noneMatch(Token::isVerb);
    int action = !c.predicates.isEmpty() ? c.units.get(c.predicates.get(0)).unit().from()
        : verbless && c.subjectHead >= 0 ? c.units.get(c.subjectHead).unit().from() : Integer.MAX_VALUE;
    for (int i = 0; i < n && dateMissing == null; i++) {
      TermUnit u = c.units.get(i).unit();
      if (at[i] < 0 && !implied[i] && u.from() > action && (lex.isTemporal(u.head())
          || (u.kind() == TermUnit.Kind.NUMBER && NumberConflict.year(c.view.tokens.get(u.from())) != null))) {
        dateMissing = u.display();
      } else if (at[i] < 0 && !implied[i] && u.from() > action && u.kind() == TermUnit.Kind.NUMBER
          && isDatePart(c, u)) {
        // The day of "30 May" where the passage has "12 May".
        boolean monthAfter = u.to() < c.view.tokens.size() && RelativeDates.isMonth(c.view.tokens.get(u.to()));
        dateMissing = monthAfter ? SentenceView.text(c.view.tokens, u.from(), u.to() + 1)
            : SentenceView.text(c.view.tokens, u.from() - 1, u.to());
      }
    }
    // Support the passage would give but for one thing the claim says and it does not.
    boolean supportable = entitiesOk && !essentialMissing && coverage >= SUPPORT;
    String numberMissing = null;
    for (int i = 0; i < n && numberMissing == null; i++) {
      TermUnit u = c.units.get(i).unit();
      if (at[i] < 0 && !implied[i] && u.kind() == TermUnit.Kind.NUMBER && !isDatePart(c, u)
          && !lex.isTemporal(u.head()) && NumberConflict.year(c.view.tokens.get(u.from())) == null
          && !NumberConflict.identifies(c.view.tokens, u.from(), NumberConflict.value(c.view.tokens.get(u.from())))
          && !definiteAdjunct(c.view.tokens, u.from())) {
        // "was one of the vehicles" names no number the passage must give.
        numberMissing = u.display();
      }
    }
    String absent = withoutMissing(c, at);
    String count = predicateMatched ? countForAll(c, p, at, q) : null;
    Cue withheld = !supportable || !predicateMatched ? null
        : dateMissing != null ? new Cue(Cue.Kind.MISSING, dateMissing, "does not give the claim's date '" + dateMissing + "'")
        // "passed by 23 votes to 18" does not give the claim's "23 votes to 19".
        : numberMissing != null ? new Cue(Cue.Kind.MISSING, numberMissing, "does not give the claim's number '"
            + numberMissing + "'")
        : absent != null ? new Cue(Cue.Kind.MISSING, absent, "does not say what the claim says was not there ('"
            + absent + "')")
        : count != null ? new Cue(Cue.Kind.MISSING, count, "gives a number ('" + count
            + "') where the claim says all of them; it does not say that is all")
        : null;
    if (withheld != null) {
      cues.add(match);
      cues.add(withheld);
      addIfPresent(cues, attributed);
      return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.8), round(coverage), cues, words, attribution);
    }
    int toCome = predicateMatched && q >= 0 ? Modality.prospective(c, p, q) : -1;
    if (toCome >= 0 && supportable) {
      String aux = p.tokens.get(toCome).text();
      String later = c.tokenLemmas.contains("already") ? Modality.laterWords(p, q) : null;
      if (later != null) {
        // "has already been installed" against "would be installed by the end of the year": not yet done.
        cues.add(new Cue(Cue.Kind.NUMBER_MISMATCH, aux + " ... " + later, "states '" + p.tokens.get(q).text()
            + "' as still to come ('" + aux + " ... " + later + "'), where the claim says it has already happened"));
        addIfPresent(cues, attributed, match, missed);
        return new StanceJudgement(Stance.CONTRADICTS, round((0.55 + 0.45 * coverage) * voiceFactor), round(coverage),
            cues, words, attribution);
      }
      cues.add(match);
      cues.add(new Cue(Cue.Kind.HEDGE, aux, "states '" + p.tokens.get(q).text() + "' only as to come ('" + aux
          + "'), where the claim has it done"));
      addIfPresent(cues, attributed, missed);
      return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
    }
    if (predicateMatched && supportable) {
      int hedgeAt = modality.hedge(c, p, q, matchedWords.keySet());
      String hedge = hedgeAt < 0 ? null : p.tokens.get(hedgeAt).text();
      cues.add(match);
      double conf = coverage * voiceFactor;
      int or = q >= 0 && !c.tokenLemmas.contains("or") && !optionClaimed(c) ? Modality.alternativeAt(p, q) : -1;
      if (or >= 0) {
        // "powers run from advice to suspension or revocation of a licence", "fined or jailed": one of
        // the alternatives is not said to have happened.
        cues.add(new Cue(Cue.Kind.HEDGE, p.span(or - 1, or + 2), "names '" + p.tokens.get(q).text()
            + "' only as one of alternatives ('" + p.tokens.get(or).text() + "'), not as done"));
        addIfPresent(cues, attributed, missed);
        return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
      }
      int possibility = q >= 0 ? modality.possibilityOf(c, p, q) : -1;
      if (possibility >= 0) {
        // "including the question of refunds" does not say that refunds will be paid.
        String named = p.span(possibility, q + 1);
        cues.add(new Cue(Cue.Kind.HEDGE, named, "names '" + p.tokens.get(q).text() + "' only as a question or possibility ('"
            + named + "'), not as done"));
        addIfPresent(cues, attributed, missed);
        return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
      }
      int hedged = hedgeAt > q ? actionAfter(c, at, hedgeAt) : q;
      if (hedgeAt >= 0 && q >= 0 && modality.possibleOnly(c, p, hedgeAt, hedged)) {
        // "the council could suspend the licence" does not say that it has, or that it will.
        cues.add(new Cue(Cue.Kind.HEDGE, hedge, "states it only as possible ('" + hedge + "'), not as "
            + (modality.statedAsDone(c) ? "done" : "certain")));
        addIfPresent(cues, attributed, missed);
        return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
      }
      if (hedgeAt >= 0 && modality.intends(c, p, hedgeAt)) {
        // "plans to close the plant" does not say that the plant was closed.
        cues.add(new Cue(Cue.Kind.HEDGE, hedge, "states it only as intended or considered ('" + hedge
            + "'), not as done"));
        addIfPresent(cues, attributed, missed);
        return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.6), round(coverage), cues, words, attribution);
      }
      if (hedge != null) {
        cues.add(new Cue(Cue.Kind.HEDGE, hedge, "hedged with '" + hedge + "'"));
        conf *= 0.75;
      }
      addIfPresent(cues, attributed, missed);
      return new StanceJudgement(Stance.SUPPORTS, round(conf), round(coverage), cues, words, attribution);
    }
    cues.add(match);
    if (!predicateMatched) {
      ClaimFrame.WeightedUnit main = c.units.get(c.predicates.get(0));
      cues.add(new Cue(Cue.Kind.MISSING, main.unit().display(),
          "does not state the claim's action '" + main.unit().display() + "'"));
      if (missed != null) {
        List<String> rest = new ArrayList<>(missing);
        rest.remove(main.unit().display());
        if (!rest.isEmpty()) {
          cues.add(notMentioned(rest));
        }
      }
    } else {
      addIfPresent(cues, missed);
    }
    addIfPresent(cues, attributed);
    return new StanceJudgement(Stance.MENTIONS, round(coverage * 0.8), round(coverage), cues, words, attribution);
  }

  /**
   * Whether the claim's word at unit {@code i} belongs to a phrase of two or more adjacent words that
   * all name the source ("the supporters' trust" in a letter from the Rovers Supporters Trust), none
   * of them in the passage: the source itself, which its own text need not name ("The board has not
   * replied").
   */
  private static boolean voiceWords(ClaimFrame c, int i, SourceVoice voice, SentenceView p) {
    // Each word of the phrase is missing from the passage: "cabin" of "cabin crew" is not the union
    // of cabin crew where the passage has "crew".
    java.util.function.IntPredicate names = j -> j >= 0 && j < c.units.size()
        && c.units.get(j).unit().kind() == TermUnit.Kind.WORD && voice.matches(c.units.get(j).unit().keys())
        && p.positionsOf(c.units.get(j).unit().keys()).isEmpty();
    if (!names.test(i)) {
      return false;
    }
    TermUnit u = c.units.get(i).unit();
    return (names.test(i - 1) && adjacent(c, c.units.get(i - 1).unit(), u))
        || (names.test(i + 1) && adjacent(c, u, c.units.get(i + 1).unit()));
  }

  /** Modals that make an action one that may be taken ("can claim a refund"). */
  private static final Set<String> OPTION_MODALS = Set.of("can", "may", "could", "might");

  /**
   * Whether the claim's main action is one that may be taken ("Passengers can claim a full refund"):
   * then one of the passage's alternatives ("can rebook or claim a full refund") is what it says.
   */
  private static boolean optionClaimed(ClaimFrame c) {
    if (c.predicates.isEmpty()) {
      return false;
    }
    int k = c.units.get(c.predicates.get(0)).unit().from() - 1;
    while (k >= 0 && c.view.tokens.get(k).pos().equals("ADV")) {
      k--;
    }
    return k >= 0 && OPTION_MODALS.contains(c.view.tokens.get(k).lemma());
  }

  /** Possessive pronouns: the noun after one belongs to someone, it is no organisation's name. */
  private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");

  /**
   * Whether the passage's word at {@code x} is a common word someone possesses ("people's homes",
   * "their homes", "his office"): written in lower case after a possessive, it is not the word of a
   * name of several words ("Marsh Homes", "Home Office") that it matches.
   */
  private static boolean possessedCommonWord(SentenceView p, int x) {
    Token t = p.tokens.get(x);
    if (x == 0 || t.text().isEmpty() || !Character.isLowerCase(t.text().charAt(0))) {
      return false;
    }
    String before = p.tokens.get(x - 1).text().toLowerCase(Locale.ROOT);
    return before.equals("'s") || before.equals("\u2019s") || before.equals("'") || before.equals("\u2019")
        || POSSESSIVES.contains(before);
  }

  /** Whether only a possessive ending stands between two units of the claim. */
  private static boolean adjacent(ClaimFrame c, TermUnit first, TermUnit second) {
    for (int k = first.to(); k < second.from(); k++) {
      Token t = c.view.tokens.get(k);
      boolean possessive = t.pos().equals("PART") || t.pos().equals("PUNCT");
      if (!possessive || !(t.text().contains("'") || t.text().contains("\u2019"))) {
        return false;
      }
    }
    return true;
  }

  private Match match(ClaimFrame c, SentenceView p, SourceVoice voice) {
    int n = c.units.size();
    int[] at = new int[n];
    boolean[] implied = new boolean[n];
    boolean firstPerson = p.firstPerson;
    boolean holderIsVoice = c.holderUnit >= 0 && voice.matchesUnit(c.units.get(c.holderUnit).unit());
    List<String> described = new ArrayList<>();
    List<String> self = new ArrayList<>();
    List<String> ranged = new ArrayList<>();
    List<List<Integer>> candidates = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      TermUnit u = c.units.get(i).unit();
      List<Integer> ps = p.positionsOf(u.keys());
      if (u.kind() == TermUnit.Kind.NAME && u.to() - u.from() > 1) {
        ps = ps.stream().filter(x -> !possessedCommonWord(p, x)).toList();
      }
      if (u.kind() == TermUnit.Kind.NUMBER) {
        ps = ps.stream().filter(x -> !countsOtherNoun(c, u, p, x)).toList();
        int clock = ps.isEmpty() ? NumberConflict.clockWithin(c.view.tokens, u.from(), p.tokens) : -1;
        int within = ps.isEmpty() && clock < 0 ? numbers.withinRange(c.view.tokens, u.from(), u.to(), p.tokens) : -1;
        if (clock >= 0) {
          ps = List.of(clock);
          ClockTimes.Time t = ClockTimes.at(c.view.tokens, u.from());
          int modifier = ClockTimes.window(c.view.tokens, u.from(), t).from();
          ranged.add("'" + SentenceView.text(p.tokens, clock, clock + ClockTimes.at(p.tokens, clock).length())
              + "' within the claim's '" + SentenceView.text(c.view.tokens, modifier, u.to()) + "'");
          givenWithNumber(c, at, i, modifier, clock);
        } else if (within >= 0) {
          ps = List.of(within);
          int modifier = NumberConflict.modifierStart(c.view.tokens, u.from());
          ranged.add("'" + p.tokens.get(within).text() + "' within the claim's '"
              + SentenceView.text(c.view.tokens, modifier, u.to()) + "'");
          // The words of the range ("more" of "more than 30") are given with the number.
          givenWithNumber(c, at, i, modifier, within);
        } else if (!ps.isEmpty() && NumberConflict.boundsAllow(c.view.tokens, u.from())) {
          // "11,400" gives "around 11,400", "at least 30" is given by "30".
          givenWithNumber(c, at, i, NumberConflict.modifierStart(c.view.tokens, u.from()), ps.get(0));
        }
      }
      if (c.units.get(i).predicate()) {
        ps = ps.stream().filter(x -> actionForms.statesAction(c, u, p, x)).toList();
      }
      if (ps.isEmpty() && (u.kind() == TermUnit.Kind.WORD || u.kind() == TermUnit.Kind.VERB)) {
        ps = p.derivedPositions(u.head());
      }
      if (ps.isEmpty() && u.kind() == TermUnit.Kind.WORD) {
        ps = doerOf(u, p);
      }
      if (ps.isEmpty() && u.kind() != TermUnit.Kind.VERB) {
        // "a quarter of an hour" is given by "15 minutes", "two days" by "48 hours".
        int same = NumberConflict.sameLength(c.lengths, u.from(), p.tokens);
        ps = same >= 0 ? List.of(same) : ps;
      }
      if (ps.isEmpty() && u.kind() == TermUnit.Kind.VERB && c.view.tokens.get(u.from()).lemma().equals("last")) {
        // "The debate lasted eight hours": a length of time joined to one of the claim's nouns in the
        // passage ("an eight-hour debate") tells how long it lasted.
        ps = NumberConflict.lengthPositions(p.tokens).stream().filter(x -> x + 1 < p.tokens.size()
            && p.tokens.get(x + 1).pos().equals("NOUN") && c.tokenKeys.contains(p.tokens.get(x + 1).key())).toList();
      }
      if (ps.isEmpty() && u.kind() == TermUnit.Kind.NAME) {
        int named = titledName(c, p, u);
        if (named >= 0) {
          ps = List.of(named);
          described.add(u.display());
        }
      }
      if (ps.isEmpty() && u.kind() == TermUnit.Kind.WORD) {
        int named = describedName(c, p, u);
        if (named >= 0) {
          ps = List.of(named);
          described.add(u.display());
        }
      }
      at[i] = ps.isEmpty() ? -1 : u.kind() == TermUnit.Kind.NAME && u.keys().size() > 1 ? fullestName(p, u, ps) : ps.get(0);
      candidates.add(ps);
      if (at[i] < 0) {
        boolean selfNamed = !u.isEntity() && voiceWords(c, i, voice, p);
        boolean voiceUnit = (u.isEntity() || selfNamed) && voice.matchesUnit(u);
        // "We had asked for six years" in the prosecution service's own statement: its prosecutors asked.
        boolean members = firstPerson && u.kind() == TermUnit.Kind.WORD && voice.namesMembers(u.head());
        implied[i] = voiceUnit || members || (i == c.speechUnit && holderIsVoice);
        if (selfNamed) {
          self.add(u.display());
        }
      }
    }
    initialsCoverTheirWords(c, p, at);
    for (int i : c.predicates) {
      if (candidates.get(i).size() > 1) {
        at[i] = withMostOfClaim(c, p, i, candidates, at);
      }
    }
    int converse = converse(c, p, at);
    int q = mainPosition(c, at);
    // Who asserts the passage is looked for only where it can matter: when units count as implied by
    // the source's own voice (the coverage depends on it) or when the passage turns out related. Most
    // passages a claim is judged against are unrelated; theirs is not looked for.
    boolean anyImplied = false;
    for (boolean b : implied) {
      anyImplied |= b;
    }
    Attribution attribution = anyImplied ? attribution(p, voice, q) : null;
    if (attribution != null && !attribution.ownVoice()) {
      java.util.Arrays.fill(implied, false);
    }
    List<String> fromTitle = fromTitle(c, at, implied, voice);
    List<String> fromSource = fromSource(c, p, at, implied, voice);
    List<String> notes = new ArrayList<>();
    if (!self.isEmpty() && (attribution == null || attribution.ownVoice())) {
      notes.add(quoteList(self) + " the source itself");
    }
    if (!fromSource.isEmpty()) {
      notes.add(quoteList(fromSource) + " named elsewhere in the source");
    }
    notes.addAll(ranged);
    for (String note : new String[] {datedBySource(c, p, at, implied, voice), deniedCount(c, p, at, implied)}) {
      if (note != null) {
        notes.add(note);
      }
    }
    boolean[] pronoun = new boolean[n];
    int pronouns = p.thirdPersonPronouns;
    for (int i = 0; i < n && pronouns > 0; i++) {
      if (at[i] < 0 && !implied[i] && c.units.get(i).unit().kind() == TermUnit.Kind.NAME) {
        pronoun[i] = true;
        pronouns--;
      }
    }
    double matchedWeight = 0;
    double entityWeight = 0;
    double entityMatched = 0;
    TreeMap<Integer, String> matchedWords = new TreeMap<>();
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ClaimFrame.WeightedUnit wu = c.units.get(i);
      boolean hit = at[i] >= 0 || implied[i];
      if (wu.unit().isEntity()) {
        entityWeight += wu.weight();
        entityMatched += hit ? wu.weight() : pronoun[i] ? wu.weight() / 2 : 0;
      }
      if (pronoun[i]) {
        matchedWeight += wu.weight() / 2;
      }
      if (hit) {
        matchedWeight += wu.weight();
        if (at[i] >= 0) {
          TermUnit pu = p.unitAt(at[i]);
          int particle = lex.phrasalParticle(p.tokens, at[i]);
          matchedWords.put(at[i], pu != null && pu.isEntity() ? pu.display()
              : particle == at[i] + 1 ? SentenceView.text(p.tokens, at[i], particle + 1)
              : p.tokens.get(at[i]).text());
        }
      } else if (wu.weight() >= 0.5) {
        missing.add(wu.unit().display());
      }
    }
    double coverage = c.totalWeight == 0 ? 0 : Math.min(1.0, matchedWeight / c.totalWeight);
    boolean topical = false;
    for (int i = 0; i < n; i++) {
      TermUnit u = c.units.get(i).unit();
      if (at[i] >= 0 && !u.isEntity() && u.kind() != TermUnit.Kind.NUMBER && !lex.isLight(u.head())) {
        topical = true;
      }
    }
    return new Match(at, implied, matchedWeight, coverage, entityWeight, entityMatched, matchedWords, missing,
        topical, converse, q, attribution, fromTitle, described, notes);
  }

  /**
   * The claim's date when the passage tells it relative to the source's own date ("left Carvania this
   * morning" in a source of 10 June, for "left Carvania on 10 June"): its missing date units count as
   * found, and the note for the reason is returned (null when the rule does not apply).
   */
  private String datedBySource(ClaimFrame c, SentenceView p, int[] at, boolean[] implied, SourceVoice voice) {
    if (voice.date() == null) {
      return null;
    }
    List<Integer> dateUnits = new ArrayList<>();
    for (int i = 0; i < at.length; i++) {
      if (at[i] < 0 && !implied[i] && isDatePart(c, c.units.get(i).unit())) {
        dateUnits.add(i);
      }
    }
    if (dateUnits.isEmpty()) {
      return null;
    }
    RelativeDates.ClaimDay day = RelativeDates.claimDay(c.view.tokens);
    java.time.LocalDate named = day == null ? null : RelativeDates.namedDay(p.tokens, voice.date());
    if (named == null || !day.is(named)) {
      return null;
    }
    List<String> shown = new ArrayList<>();
    for (int i : dateUnits) {
      implied[i] = true;
      shown.add(c.units.get(i).unit().display());
    }
    return quoteList(shown) + ": the day the passage names relative to the source's date (" + named + ")";
  }

  /**
   * Whether the passage names the event of a claim with no action of its own: the head of the claim's
   * subject ({@link ClaimFrame#subjectHead}: "fund" in "The joint energy fund will be worth ...").
   */
  private static boolean eventThere(ClaimFrame c, int[] at, boolean[] implied) {
    int head = c.subjectHead;
    return head < 0 || at[head] >= 0 || implied[head];
  }

  private static boolean nearMatched(int[] at, int x, int within) {
    for (int a : at) {
      if (a >= 0 && Math.abs(a - x) <= within) {
        return true;
      }
    }
    return false;
  }

  /**
   * Another day than the claim's, told relative to the source's date ("resigned yesterday" in a
   * source of 12 May, for "resigned on 10 May"), in the positions that pass {@code where}, when the
   * passage gives no date of its own there.
   */
  private java.util.Optional<Cue> otherRelativeDay(ClaimFrame c, SentenceView p, SourceVoice voice,
      java.util.function.IntPredicate where) {
    if (voice.date() == null) {
      return java.util.Optional.empty();
    }
    // The claim's day of its action, not of a clause under it ("agreed that the crossing would
    // reopen by 1 September").
    int action = c.predicates.isEmpty() ? -1 : c.units.get(c.predicates.get(0)).unit().from();
    RelativeDates.ClaimDay day = RelativeDates.claimDay(c.view.tokens,
        k -> action < 0 || c.view.clause[k] == c.view.clause[action]);
    if (day == null) {
      return java.util.Optional.empty();
    }
    for (int i = 0; i < p.tokens.size(); i++) {
      if (where.test(i) && (RelativeDates.isMonth(p.tokens.get(i)) || NumberConflict.year(p.tokens.get(i)) != null)) {
        return java.util.Optional.empty();
      }
    }
    java.time.LocalDate named = RelativeDates.namedDay(p.tokens, voice.date(), where);
    if (named == null || day.is(named)) {
      return java.util.Optional.empty();
    }
    String words = RelativeDates.dayWords(p.tokens, where);
    String mine = c.view.tokens.stream().filter(t -> RelativeDates.isMonth(t) || RelativeDates.isWeekday(t))
        .map(Token::text).findFirst().orElse("");
    return java.util.Optional.of(new Cue(Cue.Kind.NUMBER_MISMATCH, words, String.format(Locale.ROOT,
        "day '%s' (%s by the source's date) where the claim has %s", words, named,
        day.month() != null ? "'" + day.day() + " " + mine + "'" : "'" + mine + "'")));
  }

  /**
   * The claim's words of what it says was not there ("without any votes against") when the passage
   * does not write them: a passage that only tells the action ("councillors backed the plan") does not
   * say it was done so, even where the source's title or other sentences name the word. Returns the
   * claim's words, or null.
   */
  private static String withoutMissing(ClaimFrame c, int[] at) {
    List<Token> t = c.view.tokens;
    for (int w = 0; w < t.size(); w++) {
      if (!t.get(w).key().equals("without")) {
        continue;
      }
      int end = w + 1;
      while (end < t.size() && !t.get(end).isPunctuation() && !t.get(end).isVerb() && c.view.clause[end] == c.view.clause[w]) {
        end++;
      }
      for (int i = 0; i < c.units.size(); i++) {
        int from = c.units.get(i).unit().from();
        if (at[i] < 0 && from > w && from < end) {
          return c.view.span(w, end);
        }
      }
    }
    return null;
  }

  /**
   * Whether the number at {@code i} is the count of a definite phrase after a preposition ("over the
   * two strike days", "during the three days of talks"): it says which things the claim means, it
   * does not assert how many there were, so a passage need not repeat it.
   */
  private static boolean definiteAdjunct(List<Token> tokens, int i) {
    return i >= 2 && tokens.get(i - 1).lemma().equalsIgnoreCase("the") && tokens.get(i - 2).pos().equals("ADP");
  }

  /**
   * A number the passage gives for what the claim says all of: "Thirteen trapped miners were brought
   * out alive" for "All the trapped miners were brought out alive" (a number before the claim's noun,
   * within three words, and no "all", "every" or "each" in the passage); where the passage does not
   * write the claim's noun, a number before the passage's action ({@code q}): "Of the 47 animals, 29
   * died" for "Every whale in the stranding died". Returns the number's words, or null.
   */
  private String countForAll(ClaimFrame c, SentenceView p, int[] at, int q) {
    List<Token> ct = c.view.tokens;
    if (p.tokens.stream().anyMatch(t -> lex.isUniversalQuantifier(t.lemma()))) {
      return null;
    }
    for (int i = 0; i < c.units.size(); i++) {
      TermUnit u = c.units.get(i).unit();
      if (u.kind() != TermUnit.Kind.WORD) {
        continue;
      }
      boolean all = false;
      for (int k = u.from() - 1; k >= Math.max(0, u.from() - 3) && !all; k--) {
        all = lex.isUniversalQuantifier(ct.get(k).lemma());
      }
      if (!all) {
        continue;
      }
      int from = at[i] >= 0 ? at[i] - 1 : q - 1;
      int to = at[i] >= 0 ? Math.max(0, at[i] - 3) : 0;
      int clauseAt = at[i] >= 0 ? at[i] : q;
      for (int k = from; clauseAt >= 0 && k >= to && (at[i] < 0 || p.clause[k] == p.clause[clauseAt]); k--) {
        Token t = p.tokens.get(k);
        if (NumberConflict.value(t) != null && NumberConflict.year(t) == null
            && !RelativeDates.isMonth(p.tokens.get(Math.min(k + 1, p.tokens.size() - 1)))
            && !(k > 0 && RelativeDates.isMonth(p.tokens.get(k - 1)))) {
          return t.text();
        }
      }
    }
    return null;
  }

  /**
   * The claim's count of those its action befell ("Two people have been arrested", "A worker died")
   * when the passage denies the action of anyone at all: "no arrests have been made", "police made no
   * arrests", "nobody was arrested", "there were no fatalities". None is not two, nor one, so the count
   * and its noun count as found, and the negation decides. Returns the note for the reason, or null.
   */
  private String deniedCount(ClaimFrame c, SentenceView p, int[] at, boolean[] implied) {
    int q = -1;
    for (int i : c.predicates) {
      if (at[i] >= 0) {
        q = at[i];
        break;
      }
    }
    if (q < 0) {
      return null;
    }
    int none = -1;
    if (p.tokens.get(q).pos().equals("NOUN") && q > 0 && lex.isNegatingDeterminer(p.tokens.get(q - 1).lemma())
        && !p.tokens.get(q - 1).lemma().equals("nothing")) {
      none = q - 1;
    } else if (p.tokens.get(q).isVerb()) {
      for (int k = q - 1; k >= 0 && p.clause[k] == p.clause[q]; k--) {
        String w = p.tokens.get(k).text().toLowerCase(Locale.ROOT);
        boolean noOne = w.equals("no") && k + 1 < q && p.tokens.get(k + 1).text().equalsIgnoreCase("one");
        if (w.equals("nobody") || w.equals("none") || noOne) {
          none = k;
          break;
        }
      }
    }
    if (none < 0) {
      return null;
    }
    int action = c.units.get(c.predicates.get(0)).unit().from();
    for (int j = 0; j < c.units.size(); j++) {
      // "A worker died": one of them, before the action.
      TermUnit one = c.units.get(j).unit();
      String before = one.from() > 0 ? c.view.tokens.get(one.from() - 1).text().toLowerCase(Locale.ROOT) : "";
      if (one.kind() == TermUnit.Kind.WORD && at[j] < 0 && !c.units.get(j).predicate() && one.to() <= action
          && (before.equals("a") || before.equals("an"))) {
        implied[j] = true;
        return "'" + c.view.span(one.from() - 1, one.to()) + "' denied as none ('"
            + p.span(none, Math.max(none + 2, q + 1)) + "')";
      }
    }
    for (int j = 0; j + 1 < c.units.size(); j++) {
      TermUnit count = c.units.get(j).unit();
      TermUnit counted = c.units.get(j + 1).unit();
      if (count.kind() == TermUnit.Kind.NUMBER && at[j] < 0 && !isDatePart(c, count)
          && counted.kind() == TermUnit.Kind.WORD && counted.from() == count.to() && at[j + 1] < 0
          && !c.units.get(j + 1).predicate()) {
        implied[j] = true;
        implied[j + 1] = true;
        return "'" + c.view.span(count.from(), counted.to()) + "' denied as none ('"
            + p.span(none, Math.max(none + 2, q + 1)) + "')";
      }
    }
    return null;
  }

  private static boolean isDatePart(ClaimFrame c, TermUnit u) {
    return RelativeDates.isDatePart(c.view.tokens, u);
  }

  /**
   * Where the passage names what a noun of the claim stands for: the claim says "the ship" (a noun
   * after "the", adjectives between), and the sources call a name of this passage so ("the container
   * ship Stella Borea"); -1 when not.
   */
  private static int describedName(ClaimFrame c, SentenceView p, TermUnit u) {
    List<java.util.Set<String>> names = c.descriptors.namesFor(u.head());
    if (names.isEmpty() || !definite(c.view, u.from())) {
      return -1;
    }
    for (TermUnit pu : p.units) {
      if (pu.kind() == TermUnit.Kind.NAME && names.stream().anyMatch(pu.keys()::containsAll)) {
        return pu.from();
      }
    }
    return -1;
  }

  /**
   * Whether the name the claim opens with, its subject, is in the passage (or implied by the source's
   * voice, or stood for by a pronoun): another number or date for what someone else did is no
   * contradiction ("Norsk Grid walked away from talks with Lumio in March" against "Corvex had been
   * in talks with Lumio since January"). True when the claim does not open with a name.
   */
  private static boolean subjectThere(ClaimFrame c, SentenceView p, int[] at, boolean[] implied) {
    int subject = -1;
    for (int i = 0; i < c.units.size(); i++) {
      TermUnit u = c.units.get(i).unit();
      if (subject < 0 || u.from() < c.units.get(subject).unit().from()) {
        subject = i;
      }
    }
    if (subject < 0 || c.units.get(subject).unit().kind() != TermUnit.Kind.NAME) {
      return true;
    }
    for (int k = 0; k < c.units.get(subject).unit().from(); k++) {
      if (!c.view.tokens.get(k).pos().equals("DET")) {
        return true;
      }
    }
    if (at[subject] >= 0 || implied[subject]) {
      return true;
    }
    for (Token t : p.tokens) {
      if (t.pos().equals("PRON") && !t.lemma().equals("that") && !t.lemma().equals("which")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the passage names the one person the sources give the claim's title ("Osei" for "the Prime
   * Minister", where a source wrote "Prime Minister Daniel Osei"), or -1.
   */
  private int titledName(ClaimFrame c, SentenceView p, TermUnit u) {
    java.util.Set<String> name = c.personTitled(u, lex);
    if (name == null || !definite(c.view, u.from())) {
      return -1;
    }
    for (TermUnit pu : p.units) {
      if (pu.kind() == TermUnit.Kind.NAME && name.containsAll(pu.keys())) {
        return pu.from();
      }
    }
    return -1;
  }

  /** Whether the noun at this token follows "the", with only adjectives between. */
  private static boolean definite(SentenceView v, int noun) {
    for (int k = noun - 1; k >= 0; k--) {
      Token t = v.tokens.get(k);
      if (t.pos().equals("DET")) {
        return t.key().equals("the");
      }
      if (!t.pos().equals("ADJ")) {
        return false;
      }
    }
    return false;
  }

  /**
   * Of the places where a claim's name of several words is found, the first where the passage names
   * the most of it: "Stella Borea" is at "the Stella Borea", not at "Borea Lines" before it.
   */
  private static int fullestName(SentenceView p, TermUnit u, List<Integer> ps) {
    int best = ps.get(0);
    int bestShared = -1;
    for (int x : ps) {
      TermUnit there = p.unitAt(x);
      int shared = 0;
      if (there != null) {
        for (String k : there.keys()) {
          shared += u.keys().contains(k) ? 1 : 0;
        }
      }
      if (shared > bestShared) {
        best = x;
        bestShared = shared;
      }
    }
    return best;
  }

  /**
   * Marks as implied the claim's words and names that the passage leaves out but the source's title
   * names ("officers used tear gas" in a source titled "Arrests after clashes in Kessler Square"),
   * when the passage states the claim's action; returns them as written in the claim. Never the
   * action itself, its actor (who did it must be read in the sentence: the title of a source about
   * Tokyo does not make Tokyo the actor of "Beijing lodged protests"), a number or a date.
   */
  private static List<String> fromTitle(ClaimFrame c, int[] at, boolean[] implied, SourceVoice voice) {
    if (voice.topic().isEmpty()) {
      return List.of();
    }
    return markImplied(c, at, implied, i -> {
      TermUnit u = c.units.get(i).unit();
      return !c.units.get(i).predicate() && u.kind() != TermUnit.Kind.NUMBER && u.kind() != TermUnit.Kind.VERB
          && voice.topicCovers(u);
    });
  }

  /**
   * Marks as implied the claim's units (by index) the passage leaves out that {@code eligible} accepts,
   * when the passage states the claim's action; never its actor, the holder of its speech or the
   * speech itself. Returns them as written in the claim.
   */
  private static List<String> markImplied(ClaimFrame c, int[] at, boolean[] implied,
      java.util.function.IntPredicate eligible) {
    if (c.predicates.stream().noneMatch(i -> at[i] >= 0)) {
      return List.of();
    }
    Agent actor = Agent.of(c.view, c.units.get(c.predicates.get(0)).unit().from());
    List<String> out = new ArrayList<>();
    for (int i = 0; i < at.length; i++) {
      TermUnit u = c.units.get(i).unit();
      boolean isActor = actor != null && u.keys().stream().anyMatch(actor.keys()::contains);
      if (at[i] < 0 && !implied[i] && !isActor && i != c.holderUnit && i != c.speechUnit && eligible.test(i)) {
        implied[i] = true;
        out.add(u.display());
      }
    }
    return out;
  }


  /**
   * The claim's words that the source names elsewhere, when the passage states the claim's action: a
   * circumstance, the noun after a preposition of place or time after the action ("in the attack",
   * "after the collapse"), which a source about the event need not repeat in every sentence; and a modifier of a
   * noun the passage refers back to with "the" ("the engineer was arrested" for "a naval dockyard
   * engineer was arrested", in a source that has named the naval dockyard's engineer); and the words
   * and verbs of a clause of time after the action ("when the camp was cleared"). Marks them implied;
   * returns them as written in the claim. Never the action, its actor, a number or a name.
   */
  private static List<String> fromSource(ClaimFrame c, SentenceView p, int[] at, boolean[] implied, SourceVoice voice) {
    if (voice.named().isEmpty()) {
      return List.of();
    }
    return markImplied(c, at, implied, i -> {
      TermUnit u = c.units.get(i).unit();
      boolean word = !c.units.get(i).predicate() && u.kind() == TermUnit.Kind.WORD
          && (afterPreposition(c.view.tokens, u.from()) && u.from() > actionAt(c) || modifiesDefinite(c, p, at, u));
      return (word || inCircumstanceClause(c, u) || frontedCircumstance(c, u)) && voice.names(u);
    });
  }

  /**
   * Whether a name or word of the claim is in a prepositional phrase that opens the claim and is set
   * off by a comma before its subject ("Under Vantor, lunches are to be cooked ...", "In the
   * north, ..."): it tells the circumstances, as a phrase after the action does.
   */
  private static boolean frontedCircumstance(ClaimFrame c, TermUnit u) {
    List<Token> t = c.view.tokens;
    if (u.to() >= t.size() || !t.get(u.to()).text().equals(",")
        || u.to() >= actionAt(c) || !t.get(0).pos().equals("ADP")) {
      return false;
    }
    for (int i = 1; i < u.from(); i++) {
      String tag = t.get(i).pos();
      if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("PROPN"))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the claim's first action is; a prepositional phrase before it belongs to its subject ("the
   * sprinkler system in the storage building was not working"), not to the circumstances.
   */
  private static int actionAt(ClaimFrame c) {
    return c.predicates.isEmpty() ? Integer.MAX_VALUE : c.units.get(c.predicates.get(0)).unit().from();
  }

  /** Words that open a clause telling when the claim's action happened ("when the camp was cleared"). */
  private static final Set<String> WHEN = Set.of("when", "while", "after", "before", "since", "until", "as", "once");

  /**
   * Whether a word or verb of the claim stands in a clause of time of its own ("Seventeen people were
   * arrested when the camp was cleared"), not in the clause of the claim's action.
   */
  private static boolean inCircumstanceClause(ClaimFrame c, TermUnit u) {
    if (c.predicates.isEmpty() || (u.kind() != TermUnit.Kind.WORD && u.kind() != TermUnit.Kind.VERB)) {
      return false;
    }
    int[] clause = c.view.clause;
    int action = actionAt(c);
    int k = clause[u.from()];
    if (k == clause[action] || u.from() < action) {
      return false;
    }
    int start = u.from();
    while (start > 0 && clause[start - 1] == k) {
      start--;
    }
    return WHEN.contains(c.view.tokens.get(start).lemma().toLowerCase(Locale.ROOT));
  }


  /**
   * Where the passage names by its verb what the claim's noun for its doer names: "a man suspected of
   * looting" for "a suspected looter", "rioting" for "rioters". The claim's key ends in "er" or "or"
   * and the rest, four letters or more, is the key of a verb of the passage.
   */
  private static List<Integer> doerOf(TermUnit u, SentenceView p) {
    String key = u.head();
    if (u.to() - u.from() != 1 || key.length() < 6 || !(key.endsWith("er") || key.endsWith("or"))) {
      return List.of();
    }
    String base = key.substring(0, key.length() - 2);
    List<Integer> out = new ArrayList<>();
    for (int x = 0; x < p.tokens.size(); x++) {
      if (p.tokens.get(x).isVerb() && p.tokens.get(x).key().equals(base)) {
        out.add(x);
      }
    }
    return out;
  }

  /** Words by which a passage refers back to a thing already named ("the engineer"). */
  private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

  /**
   * Whether the claim's unit modifies a noun after it ("naval dockyard engineer", "detection
   * equipment") that the passage has, after "the", "this" or "that" ("the engineer").
   */
  private static boolean modifiesDefinite(ClaimFrame c, SentenceView p, int[] at, TermUnit u) {
    List<Token> ct = c.view.tokens;
    int head = u.to();
    while (head < ct.size() && (ct.get(head).pos().equals("ADJ") || ct.get(head).pos().equals("NOUN"))) {
      head++;
    }
    head--;
    if (head < u.to() || !ct.get(head).pos().equals("NOUN")) {
      return false;
    }
    for (int j = 0; j < c.units.size(); j++) {
      TermUnit h = c.units.get(j).unit();
      if (h.from() <= head && head < h.to() && at[j] >= 0) {
        int k = at[j] - 1;
        while (k >= 0 && p.tokens.get(k).pos().equals("ADJ")) {
          k--;
        }
        return k >= 0 && DEFINITE.contains(p.tokens.get(k).text().toLowerCase(Locale.ROOT));
      }
    }
    return false;
  }

  /** Prepositions of circumstance: where, when or in the course of what something happened. */
  private static final Set<String> CIRCUMSTANTIAL = Set.of("in", "at", "on", "over", "after", "during", "following",
      "amid", "since", "into", "near", "throughout", "before", "from", "outside", "inside", "across", "along",
      "around");

  /**
   * Whether a preposition of circumstance heads the noun phrase of the token at {@code i} ("in the
   * attack", "over its collapse", "outside the commission's headquarters"); not "of", "for" or "by", whose nouns are part of what the claim is
   * about ("two of the lost containers", "asked for the B sample", "arrested by police").
   */
  private static boolean afterPreposition(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0; k--) {
      String pos = tokens.get(k).pos();
      if (pos.equals("ADP") || pos.equals("ADV") && CIRCUMSTANTIAL.contains(tokens.get(k).lemma())) {
        // "outside" and "inside" are often tagged adverbs.
        return CIRCUMSTANTIAL.contains(tokens.get(k).lemma());
      }
      boolean possessor = k + 1 < i && (tokens.get(k + 1).text().equals("'s") || tokens.get(k + 1).text().equals("\u2019s"));
      if (!(pos.equals("DET") || pos.equals("ADJ") || pos.equals("PRON") || pos.equals("NUM") || pos.equals("PART")
          || possessor && (pos.equals("NOUN") || pos.equals("PROPN")))) {
        return false;
      }
    }
    return false;
  }

  /** Who asserts what the passage says at the claim's main position {@code q} (the own voice when none). */
  private Attribution attribution(SentenceView p, SourceVoice voice, int q) {
    Attribution a = q >= 0 ? attributions.covering(attributions.find(p, voice), q, p.tokens.size())
        : Attribution.own(p.tokens.size());
    if (a.ownVoice() && a.holder().isEmpty()) {
      String basis = attributions.ownBasis(p);
      a = basis.isEmpty() ? a : a.citing(basis);
    }
    return a;
  }

  /**
   * When the claim's main action is not in the passage but its converse is ("received" for
   * "delivered"), records the converse's position as the action's and returns the action's unit
   * index; -1 otherwise.
   */
  private int converse(ClaimFrame c, SentenceView p, int[] at) {
    if (c.predicates.isEmpty() || at[c.predicates.get(0)] >= 0) {
      return -1;
    }
    int main = c.predicates.get(0);
    for (String k : lex.converses(c.units.get(main).unit().head())) {
      for (int x : p.positionsOf(Set.of(k))) {
        if (p.tokens.get(x).isVerb() || ActionForms.verbInContext(p, x)) {
          at[main] = x;
          return main;
        }
      }
    }
    return -1;
  }

  /** Position in the passage of the claim's first matched predicate, else of its heaviest matched unit. */
  /** Marks the claim's units from {@code modifier} up to the number unit {@code i} as found at {@code x}. */
  private static void givenWithNumber(ClaimFrame c, int[] at, int i, int modifier, int x) {
    for (int j = 0; j < i; j++) {
      if (at[j] < 0 && c.units.get(j).unit().from() >= modifier) {
        at[j] = x;
      }
    }
  }

  /**
   * A claim's name found in the passage by its initials ("OWR" for "Office of Water Regulation")
   * also finds the words before it that the initials spell ("Office of"), which the claim holds as
   * units of their own.
   */
  private static void initialsCoverTheirWords(ClaimFrame c, SentenceView p, int[] at) {
    for (int i = 0; i < at.length; i++) {
      TermUnit u = c.units.get(i).unit();
      if (at[i] < 0 || u.kind() != TermUnit.Kind.NAME || u.to() - u.from() < 2) {
        continue;
      }
      String written = p.tokens.get(at[i]).text().toLowerCase(Locale.ROOT);
      if (!u.keys().contains(TermUnitizer.ACRONYM + written)) {
        continue;
      }
      int from = u.from();
      for (int j = i - 1; j >= 0 && from >= 2; j--) {
        TermUnit before = c.units.get(j).unit();
        String joint = c.view.tokens.get(from - 1).key();
        if (before.to() != from - 1 || !TermUnitizer.INITIALED_JOINTS.contains(joint)) {
          break;
        }
        at[j] = at[i];
        from = before.from();
      }
    }
  }

  /**
   * Of the passage's places for the claim's action {@code i}, the one whose conjunct holds the most
   * other words of the claim, its subject aside (verbs joined by "and" or "but" share one), the first
   * on a tie: in "paid the contractors but did not pay the architects" the action of "paid the
   * architects" is the second "pay".
   */
  private static int withMostOfClaim(ClaimFrame c, SentenceView p, int i, List<List<Integer>> candidates, int[] at) {
    int best = at[i];
    int most = -1;
    for (int x : candidates.get(i)) {
      int with = 0;
      for (int j = 0; j < candidates.size(); j++) {
        if (j != i && j != c.subjectHead && at[j] >= 0
            && candidates.get(j).stream().anyMatch(y -> p.sameConjunct(x, y))) {
          with++;
        }
      }
      if (with > most) {
        most = with;
        best = x;
      }
    }
    return best;
  }

  /**
   * Whether the passage's verb at {@code q} only describes the noun phrase before it ("the paper sat
   * on 9 June"), its clause's own verb coming after in the same conjunct ("... will not be used"): a
   * number or date there says which one is meant, not when or how often the claim's action happened.
   */
  /** Tags of the words between a determiner and its noun ("the replacement science paper"). */
  private static final Set<String> NOUN_PHRASE_TAGS = Set.of("NOUN", "ADJ", "NUM");

  private static boolean describesNoun(SentenceView p, int q) {
    if (q < 2 || !p.tokens.get(q).isVerb() || !p.tokens.get(q - 1).pos().equals("NOUN")) {
      return false;
    }
    int k = q - 1;
    while (k > 0 && NOUN_PHRASE_TAGS.contains(p.tokens.get(k).pos())) {
      k--;
    }
    if (!p.tokens.get(k).pos().equals("DET")) {
      return false;
    }
    for (k = q + 1; k < p.tokens.size() && p.sameConjunct(k, q); k++) {
      if (p.tokens.get(k).pos().equals("AUX")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The passage's place of one of the claim's actions within three words after {@code hedgeAt}
   * ("could cost" when the claim's first action is its subject's "Rebuilding"), or -1.
   */
  private static int actionAfter(ClaimFrame c, int[] at, int hedgeAt) {
    for (int i : c.predicates) {
      if (at[i] > hedgeAt && at[i] - hedgeAt <= 3) {
        return at[i];
      }
    }
    return -1;
  }

  private static int mainPosition(ClaimFrame c, int[] at) {
    for (int i : c.predicates) {
      if (at[i] >= 0) {
        return at[i];
      }
    }
    int best = -1;
    double w = -1;
    for (int i = 0; i < at.length; i++) {
      if (at[i] >= 0 && c.units.get(i).weight() > w) {
        w = c.units.get(i).weight();
        best = at[i];
      }
    }
    return best;
  }


  /**
   * Whether the passage's number at {@code x} is joined by a hyphen to a noun other than the one the
   * claim's number counts: "a four-year-old female" does not give the claim's "four hours".
   */
  private static boolean countsOtherNoun(ClaimFrame c, TermUnit number, SentenceView p, int x) {
    if (x + 2 >= p.tokens.size() || !p.tokens.get(x + 1).text().equals("-") || !p.tokens.get(x + 2).pos().equals("NOUN")) {
      return false;
    }
    int k = number.to();
    while (k < c.view.tokens.size() && c.view.tokens.get(k).text().equals("-")) {
      k++;
    }
    if (k >= c.view.tokens.size() || !c.view.tokens.get(k).pos().equals("NOUN")) {
      return false;
    }
    return !c.view.tokens.get(k).key().equals(p.tokens.get(x + 2).key());
  }

  /**
   * Whether a noun phrase of the claim of two or more adjacent words, none of them a name, number or
   * action ("the perimeter fence", "a primary school"), is missing from the passage word for word and
   * weighs as much as an essential word: the passage does not tell what the claim says of that
   * thing ("escaped from its enclosure" for "made it beyond the perimeter fence"). Not the claim's
   * subject, which a passage may name otherwise, nor a phrase that tells about another noun ("the
   * search for the snow leopard").
   */
  private static boolean phraseMissing(ClaimFrame c, int[] at, boolean[] implied) {
    int n = c.units.size();
    int i = 0;
    while (i < n) {
      if (!phraseWord(c, i)) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && phraseWord(c, j) && c.units.get(j - 1).unit().to() == c.units.get(j).unit().from()) {
        j++;
      }
      boolean subject = c.subjectHead >= i && c.subjectHead < j;
      if (j - i >= 2 && !subject && !qualifiesNoun(c, c.units.get(i).unit().from())
          && c.view.tokens.get(c.units.get(j - 1).unit().to() - 1).pos().equals("NOUN")) {
        double weight = 0;
        boolean found = false;
        for (int k = i; k < j; k++) {
          found |= at[k] >= 0 || implied[k];
          weight += c.units.get(k).weight();
        }
        if (!found && weight >= ESSENTIAL * c.totalWeight) {
          return true;
        }
      }
      i = j;
    }
    return false;
  }

  /**
   * Whether the noun phrase opening at this token of the claim is the object of a preposition that
   * follows a noun ("the search for the snow leopard"): it tells about that noun, not the action.
   */
  private static boolean qualifiesNoun(ClaimFrame c, int from) {
    int k = from - 1;
    while (k >= 0 && Set.of("DET", "PRON", "PART", "PROPN", "NUM", "ADJ").contains(c.view.tokens.get(k).pos())) {
      k--;
    }
    return k >= 1 && c.view.tokens.get(k).pos().equals("ADP") && c.view.tokens.get(k - 1).pos().equals("NOUN");
  }

  /** Whether the claim's unit is a common noun or adjective, not an action. */
  private static boolean phraseWord(ClaimFrame c, int i) {
    ClaimFrame.WeightedUnit wu = c.units.get(i);
    String pos = c.view.tokens.get(wu.unit().from()).pos();
    return wu.unit().kind() == TermUnit.Kind.WORD && !wu.predicate() && (pos.equals("NOUN") || pos.equals("ADJ"));
  }


  private static void addIfPresent(List<Cue> cues, Cue... more) {
    for (Cue cue : more) {
      if (cue != null) {
        cues.add(cue);
      }
    }
  }

  /** The cue naming the claim words a passage leaves out ("does not mention 'X' and 'Y'"); null for none. */
  private static Cue notMentioned(List<String> words) {
    return words.isEmpty() ? null
        : new Cue(Cue.Kind.MISSING, String.join(", ", words), "does not mention " + quoteList(words));
  }

  /** The words quoted and joined as a reader would list them: "'A'", "'A' and 'B'", "'A', 'B' and 'C'". */
  static String quoteList(List<String> words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.size(); i++) {
      sb.append(i == 0 ? "" : i == words.size() - 1 ? " and " : ", ").append('\'').append(words.get(i)).append('\'');
    }
    return sb.toString();
  }

  private static double round(double x) {
    return Math.round(Math.max(0, Math.min(1, x)) * 1000) / 1000.0;
  }
}
