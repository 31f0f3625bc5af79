package dev.corroborate.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What {@link OpenNlpAnalyzer} adds to the {@link TextAnalyzer} contract (see TextAnalyzerContractTest). */
class OpenNlpAnalyzerTest {
  private static OpenNlpAnalyzer analyzer;

  @BeforeAll
  static void loadModels() {
    analyzer = new OpenNlpAnalyzer();
  }

  private static List<Token> tokens(String text) {
    List<Sentence> sentences = analyzer.analyze(text);
    assertThat(sentences).as("sentences of %s", text).hasSize(1);
    return sentences.get(0).tokens();
  }

  private static Token token(String text, String surface) {
    return tokens(text).stream().filter(t -> t.text().equals(surface)).findFirst()
        .orElseThrow(() -> new AssertionError("no token '" + surface + "' in " + tokens(text)));
  }

  @Test
  void usAbbreviationDoesNotEndTheSentence() {
    List<Sentence> sentences = analyzer.analyze(
        "U.S. President Donald Trump spoke on Monday. He said it was fine.");

    assertThat(sentences).extracting(Sentence::text)
        .containsExactly("U.S. President Donald Trump spoke on Monday.", "He said it was fine.");
  }

  @Test
  void theFullStopIsSplitOffTheLastWordButNotOffAnAbbreviationWithStopsInside() {
    // The tokenizer leaves the full stop on some names ("Kerr.") and not on others ("Borea", ".").
    assertThat(tokens("Daniel Osei met Nadia Kerr.")).extracting(Token::text)
        .containsExactly("Daniel", "Osei", "met", "Nadia", "Kerr", ".");
    assertThat(token("The ship was towed by Stella Borea.", "Borea").key()).isEqualTo("borea");
    assertThat(tokens("Officials met in the U.S.")).extracting(Token::text).endsWith("U.S.");
  }

  @Test
  void aSentenceIsNotCutAfterADottedAbbreviationBeforeALowerCaseWord() {
    assertThat(analyzer.analyze("Power was back by 3 p.m. on Sunday. Crews left at 4 p.m. Roads reopened."))
        .extracting(Sentence::text)
        .containsExactly("Power was back by 3 p.m. on Sunday.", "Crews left at 4 p.m.", "Roads reopened.");
  }

  @Test
  void aVerblessSentenceEndingInAnEdWordAfterAnAdjectiveHasThatWordForItsVerb() {
    // After "executive/ADJ" every reading of the tagger makes the last word a noun.
    assertThat(token("The bank's chief executive apologised.", "apologised").pos()).isEqualTo("VERB");
    assertThat(token("The bank's chief executive apologized.", "apologized").pos()).isEqualTo("VERB");
    assertThat(token("Five hundred.", "hundred").pos()).isEqualTo("NUM");
  }

  @Test
  void aVerblessSentencesEdWordBeforeAnAdjunctIsItsVerb() {
    Token collapsed = token("Negotiations between Solvane Air and the cabin crew union collapsed on Friday.", "collapsed");
    assertThat(collapsed.pos()).isEqualTo("VERB");
    assertThat(collapsed.lemma()).isEqualTo("collapse");
  }

  @Test
  void aCompoundNumberWordIsOneNumberToken() {
    Token n = token("Forty-one flights were delayed.", "Forty-one");
    assertThat(n.pos()).isEqualTo("NUM");
    assertThat(tokens("A well-known singer arrived.")).extracting(Token::text).contains("well", "-", "known");
  }

  @Test
  void aNounAfterAQuantifierTakenForAVerbIsReadAgainWithTheForTheQuantifier() {
    // The tagger reads "debris/VERB fell/ADJ" after "All"; with "The" it reads a noun and a verb.
    assertThat(token("All debris fell inside the exclusion zone.", "debris").pos()).isEqualTo("NOUN");
    assertThat(token("All debris fell inside the exclusion zone.", "fell").pos()).isEqualTo("VERB");
    // A quantifier that floats after its noun, or stands for one, keeps the verb after it.
    assertThat(token("They all left early.", "left").pos()).isEqualTo("VERB");
    assertThat(token("We all love working with him.", "love").pos()).isEqualTo("VERB");
    assertThat(token("All agreed to the plan.", "agreed").pos()).isEqualTo("VERB");
  }

  @Test
  void aWordTaggedAsAnAuxiliaryThatIsNoneTakesTheTaggersOtherReading() {
    // The tagger reads "won" here as an auxiliary; the sentence then has no verb.
    assertThat(token("Anna Berg won the race in April.", "won").pos()).isEqualTo("VERB");
    assertThat(token("Lindqvist won the Copenhagen Marathon in April.", "won").pos()).isEqualTo("VERB");
    // Real auxiliaries stay.
    assertThat(token("Voters won't accept it.", "wo").pos()).isEqualTo("AUX");
    assertThat(token("She has been there.", "been").pos()).isEqualTo("AUX");
  }

  @Test
  void aLemmaTheModelLearnedFromAnEmailAddressIsTheWord() {
    // The UD model's training text gives some first names an address as their lemma.
    assertThat(token("Daniel Osei met the minister.", "Daniel").lemma()).isEqualTo("daniel");
    assertThat(token("Patrick Moore met the minister.", "Patrick").lemma()).isEqualTo("patrick");
    assertThat(OpenNlpAnalyzer.foreignMarks("someone@example", "Someone")).isTrue();
    assertThat(OpenNlpAnalyzer.foreignMarks("someone@example", "someone@example")).isFalse();
    assertThat(OpenNlpAnalyzer.foreignMarks("run", "ran")).isFalse();
  }

  @Test
  void abbreviationMidSentenceKeepsOneSentence() {
    assertThat(analyzer.analyze("The U.S. President Donald Trump met Mr. Smith on Nov. 24 in Washington."))
        .hasSize(1);
  }

  @Test
  void sentencesAreSplitAtSentenceEnds() {
    assertThat(analyzer.analyze("Xi spoke with Trump. They discussed trade! Did they agree?"))
        .extracting(Sentence::text)
        .containsExactly("Xi spoke with Trump.", "They discussed trade!", "Did they agree?");
  }

  @Test
  void blankLinesListItemsAndHeadingsAreSeparateBlocks() {
    String text = "# Heading\n\nPara one goes\non here\n\n- first item\n- second item\n1. third item";

    assertThat(analyzer.analyze(text)).extracting(Sentence::text)
        .containsExactly("Heading", "Para one goes\non here", "first item", "second item", "third item");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Japan's prime minister spoke.", "Japan\u2019s prime minister spoke."})
  void possessiveIsSplitOffTheName(String text) {
    List<Token> tokens = tokens(text);

    assertThat(tokens.get(0)).extracting(Token::text, Token::pos, Token::key, Token::start, Token::end)
        .containsExactly("Japan", "PROPN", "japan", 0, 5);
    assertThat(tokens.get(1).text()).isEqualTo(text.substring(5, 7));
    assertThat(tokens.get(1).key()).isEqualTo("'s");
    assertThat(tokens.get(1).start()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"He hadn't advised her.", "They didn't go.", "It wasn\u2019t true.", "I can't say."})
  void contractedNegationYieldsTokenWithLemmaNot(String text) {
    assertThat(tokens(text)).filteredOn(t -> t.lemma().equals("not"))
        .singleElement()
        .satisfies(t -> assertThat(t.text()).isIn("n't", "n\u2019t"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Japan hadn't responded.", "Tokyo hadn\u2019t responded."})
  void contractedNegationAfterANameYieldsTokenWithLemmaNot(String text) {
    assertThat(tokens(text)).extracting(Token::lemma).contains("not");
  }

  @Test
  void capitalisedWordMidSentenceIsAProperNoun() {
    assertThat(token("Yesterday the Journal said the call was brief.", "Journal").pos()).isEqualTo("PROPN");
  }

  @Test
  void nameOpeningTheSentenceAsSubjectIsAProperNoun() {
    List<Token> tokens = tokens("Trump advised Takaichi not to provoke China.");

    assertThat(tokens).extracting(Token::text, Token::pos)
        .contains(tuple("Trump", "PROPN"), tuple("advised", "VERB"), tuple("Takaichi", "PROPN"),
            tuple("China", "PROPN"));
  }

  @Test
  void ordinaryFirstWordStaysLowerCaseLemmaAndIsNoName() {
    Token first = tokens("The call was brief.").get(0);

    assertThat(first.pos()).isEqualTo("DET");
    assertThat(first.lemma()).isEqualTo("the");
  }

  @Test
  void nounAfterDeterminerIsNotAVerb() {
    assertThat(token("She noted the remarks of the minister.", "remarks").pos()).isEqualTo("NOUN");
  }

  @Test
  void aCapitalisedNumberWordIsANumber() {
    assertThat(token("Sixteen wagons derailed near the town.", "Sixteen").pos()).isEqualTo("NUM");
    assertThat(token("Eleven miners were rescued.", "Eleven").pos()).isEqualTo("NUM");
    assertThat(token("Seven Killed In Blast", "Seven").pos()).isEqualTo("NUM");
    assertThat(token("The film was made by the Seven of Harrowgate.", "Seven").pos())
        .as("after a determiner it may be a name").isNotEqualTo("NUM");
  }

  @Test
  void aHyphenIsItsOwnToken() {
    // The tokenizer leaves some hyphens on a word ("-journalist", "cease-"), which is then punctuation.
    assertThat(tokens("A photo-journalist saw the cease-fire.")).extracting(Token::text)
        .containsSubsequence("photo", "-", "journalist", "cease", "-", "fire");
    assertThat(token("A photo-journalist saw the cease-fire.", "journalist").pos()).isEqualTo("NOUN");
    assertThat(tokens("It fell to -5 degrees overnight.")).extracting(Token::text).contains("-5");
  }

  @Test
  void aQuotationMarkLeftOnAWordIsItsOwnToken() {
    assertThat(tokens("The union called it a \u2018final\u2019 offer.")).extracting(Token::text)
        .containsSubsequence("\u2018", "final", "\u2019", "offer");
    assertThat(tokens("They called the plan 'reckless' on Monday.")).extracting(Token::text)
        .containsSubsequence("'", "reckless", "'");
    assertThat(tokens("The workers' union said it's over and they'll strike.")).extracting(Token::text)
        .contains("'s", "'ll").doesNotContain("union'");
  }

  @Test
  void aPossessiveTheTaggerLeftWholeIsSplit() {
    assertThat(tokens("The company's iCloud was hacked.")).extracting(Token::text, Token::pos)
        .containsSubsequence(tuple("company", "NOUN"), tuple("'s", "PART"));
    assertThat(tokens("It's over, let's go.")).extracting(Token::text).contains("It", "'s", "let");
  }

  @Test
  void aWordTaggedAsPunctuationIsAWord() {
    assertThat(token("The company's iCloud was hacked.", "iCloud").pos()).isEqualTo("PROPN");
    assertThat(token("He bought it on eBay for fun.", "eBay").pos()).isEqualTo("PROPN");
  }

  @Test
  void theVerbOfAShortSentenceIsAVerb() {
    // The tagger reads these verbs as nouns; the sentence has no other verb.
    assertThat(token("The minister resigns.", "resigns").pos()).isEqualTo("VERB");
    assertThat(token("Police arrest the mayor.", "arrest").pos()).isEqualTo("VERB");
    assertThat(token("The harbour board's chairman spoke.", "spoke").pos()).isEqualTo("VERB");
    // A sentence of nouns alone, or a noun after two nouns at its end, is left as it is.
    assertThat(tokens("Harbour Board sales figures.")).extracting(Token::pos).doesNotContain("VERB");
    assertThat(token("The company plans layoffs.", "layoffs").pos()).isNotEqualTo("VERB");
  }

  @Test
  void aVerbInSBeforeThatIsAVerb() {
    assertThat(token("The association denies that pilots refused to work on Sunday.", "denies").pos())
        .isEqualTo("VERB");
    assertThat(token("Harbour reports that were leaked show abuse.", "reports").pos())
        .as("'that' opens a relative clause").isNotEqualTo("VERB");
  }

  @Test
  void aNameInCapitalsIsNoFunctionWord() {
    // The tagger sees "is" in "OASIS" and tags it as an auxiliary, in lower case too.
    assertThat(token("OASIS captured a convoy of trucks bound for the border.", "OASIS").pos()).isEqualTo("PROPN");
    assertThat(token("OASIS is trying to sell the convoy.", "OASIS").pos()).isEqualTo("PROPN");
    assertThat(token("Officials said OASIS fighters were near the town.", "OASIS").pos()).isEqualTo("PROPN");
    assertThat(token("He IS the man who took it.", "IS").pos()).as("an auxiliary in capitals").isEqualTo("AUX");
    assertThat(token("It is NOT true that the bridge fell.", "NOT").pos()).isEqualTo("PART");
    assertThat(token("She said it was ALL over by noon.", "ALL").pos()).isNotEqualTo("PROPN");
  }

  @Test
  void aContractedNegationInATitleCaseHeadlineIsSplit() {
    List<Token> t = tokens("Harbour Master Hasn't Resigned Despite What Everyone Is Saying");
    assertThat(t).extracting(Token::text).contains("Has", "n't");
    assertThat(token("Harbour Master Hasn't Resigned Despite What Everyone Is Saying", "n't").lemma()).isEqualTo("not");
  }

  @Test
  void nonAsciiNameStaysOneToken() {
    assertThat(tokens("The Zuih\u014d Maru sailed on.")).extracting(Token::text)
        .contains("Zuih\u014d", "Maru");
  }

  @Test
  void keysAreStemsOfLemmas() {
    Token provoking = token("He was provoking them.", "provoking");
    Token provoke = token("They provoke us.", "provoke");
    Token said = token("She said so.", "said");

    assertThat(provoking.key()).isEqualTo(provoke.key()).isEqualTo(Stemmer.key("provoke"));
    assertThat(provoking.key()).isEqualTo(Stemmer.key(provoking.lemma()));
    assertThat(said.lemma()).isEqualTo("say");
    assertThat(said.key()).isEqualTo("say");
  }

  /**
   * Each word is lemmatised on its own (word and tag), so a lemma is a pure function of the two,
   * cacheable and independent of what was analysed before. A lemma is then not always the base form
   * ("provoking" may stay "provoking"), but its key, which matching uses, is the base form's.
   */
  @Test
  void keysOfInflectedFormsMatchTheBaseFormAndRegularLemmasAreBaseForms() {
    Token provoking = token("He was provoking them.", "provoking");
    Token provoke = token("They provoke us.", "provoke");

    assertThat(provoking.key()).isEqualTo(provoke.key());
    assertThat(token("He hadn't advised her.", "advised").lemma()).isEqualTo("advise");
    assertThat(token("The ministries protested.", "ministries").lemma()).isEqualTo("ministry");
  }

  @Test
  void lemmaIsAFunctionOfWordAndTagWhateverTheSentence() {
    List<String> sentences = List.of(
        "He was provoking them.",
        "The spokesperson was provoking reporters at the briefing.",
        "Provoking the neighbours was never the plan, he said, and provoking them is unwise.",
        "He hadn't advised her.",
        "The ministry advised caution and her advisers advised patience.",
        "Her remarks were noted; she noted her own remarks later.");
    java.util.Map<String, java.util.Set<String>> lemmas = new java.util.TreeMap<>();
    java.util.Map<String, Integer> seen = new java.util.TreeMap<>();
    for (String s : sentences) {
      for (Token t : tokens(s)) {
        String wordAndTag = t.text() + "/" + t.pos();
        lemmas.computeIfAbsent(wordAndTag, k -> new java.util.TreeSet<>()).add(t.lemma());
        seen.merge(wordAndTag, 1, Integer::sum);
      }
    }

    assertThat(seen).as("some word and tag recur").containsEntry("advised/VERB", 3);
    assertThat(lemmas).allSatisfy((wordAndTag, l) -> assertThat(l).as(wordAndTag).hasSize(1));
  }

  @Test
  void sameTextGivesTheSameTokensWhateverWasAnalysedBefore() {
    String text = "The officials were advising caution while ministries protested.";
    List<Sentence> warm = analyzer.analyze(text);

    assertThat(new OpenNlpAnalyzer().analyze(text)).isEqualTo(warm);
  }

  @Test
  void mergedNegationIsSplitWhateverTheTag() {
    List<Token> tokens = tokens("Japan hadn't responded.");

    assertThat(tokens).extracting(Token::text, Token::pos, Token::lemma)
        .startsWith(tuple("Japan", "PROPN", "japan"), tuple("had", "AUX", "have"), tuple("n't", "PART", "not"));
    assertThat(tokens("He cannot attend.")).extracting(Token::text, Token::lemma)
        .contains(tuple("can", "can"), tuple("not", "not"));
  }

  @Test
  void offsetsPointIntoTheWholeText() {
    String text = "First sentence here.\n\nSecond one follows.";
    Sentence second = analyzer.analyze(text).get(1);

    assertThat(second.start()).isEqualTo(text.indexOf("Second"));
    assertThat(second.tokens().get(0)).extracting(Token::text, Token::start)
        .containsExactly("Second", text.indexOf("Second"));
  }

  @Test
  void settingsNameTheModelsAndAreTheSameForEveryInstance() {
    assertThat(analyzer.settings()).isEqualTo(analyzer.settings())
        .startsWith("opennlp-en-ud-ewt-").contains("snowball");
    assertThat(new OpenNlpAnalyzer().settings()).isEqualTo(analyzer.settings());
  }

  @Test
  void rememberedChunkSpansAreTheTokenizersOwn() throws Exception {
    opennlp.tools.tokenize.TokenizerME model;
    try (var in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(OpenNlpAnalyzer.TOKENS)) {
      model = new opennlp.tools.tokenize.TokenizerME(new opennlp.tools.tokenize.TokenizerModel(in));
    }
    List<String> sentences = List.of(
        "The minister's office said on Nov. 24, 2025 that it \"didn't\" call (first).",
        "Costs rose 3.5% to $1,200,000\u00a0-- e-mail us at desk@example.org, or call +1-202-555-0100!",
        "U.S.-China talks: \u201cWe can't,\u201d he said;\tthey'd\u2019ve   gone\u2026 again?!",
        "The minister's office said it \"didn't\" call again.");
    for (String s : sentences) {
      assertThat(analyzer.tokenSpans(s)).as(s).containsExactly(model.tokenizePos(s));
      assertThat(analyzer.tokenSpans(s)).as("%s, from the remembered chunks", s).containsExactly(model.tokenizePos(s));
    }
  }

  @Test
  void wordLemmatizerGivesTheLemmatizersOwnLemmas() throws Exception {
    opennlp.tools.lemmatizer.LemmatizerModel model;
    try (var in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(OpenNlpAnalyzer.LEMMAS)) {
      model = new opennlp.tools.lemmatizer.LemmatizerModel(in);
    }
    opennlp.tools.lemmatizer.LemmatizerME reference = new opennlp.tools.lemmatizer.LemmatizerME(model);
    WordLemmatizer fast = new WordLemmatizer(model);
    String[][] words = {{"went", "VERB"}, {"children", "NOUN"}, {"better", "ADJ"}, {"denied", "VERB"},
        {"hadn't", "AUX"}, {"wasn\u2019t", "AUX"}, {"Ministries", "NOUN"}, {"running", "VERB"}, {"3,000", "NUM"},
        {"xqzv", "NOUN"}, {"is", "AUX"}, {"feet", "NOUN"}, {"spoke", "VERB"}, {"U.S.", "PROPN"}};
    for (String[] w : words) {
      assertThat(fast.lemma(w[0], w[1])).as("%s/%s", w[0], w[1])
          .isEqualTo(reference.lemmatize(new String[] {w[0]}, new String[] {w[1]})[0]);
    }
  }

  @Test
  void titleCaseHeadlineKeepsItsVerbsAndModals() {
    // Every word is capitalised, so capitals do not make names: "May" is the modal, "Beheaded" a verb.
    assertThat(token("Harbour Board May Buy Rival Ferry Line", "May").pos()).isEqualTo("AUX");
    assertThat(token("Rebels Seemingly Beheaded Captured Border Guard Tomas Verhoeven", "Beheaded").isVerb()).isTrue();
    assertThat(token("POLICE SAY MAYOR DID NOT GET SECOND PENSION", "NOT").pos()).isEqualTo("PART");
    // In sentence case a capitalised "May" is still the month.
    assertThat(token("The vote was held in May and the results came in June.", "May").pos()).isEqualTo("PROPN");
  }

  @Test
  void aCompoundAdjectiveWithAHyphenIsNoVerb() {
    // The tagger reads "finned" as a verb in "were long-finned pilot whales".
    assertThat(token("The whales that came ashore were long-finned pilot whales.", "finned").pos()).isEqualTo("ADJ");
    // A dash with spaces around it is punctuation, not a hyphen: the verb after it stays one.
    assertThat(token("The council met - decided nothing - and left.", "decided").isVerb()).isTrue();
  }

  @Test
  void aNounModifierAfterADeterminerIsNoVerb() {
    // The tagger reads "pay" as a verb in "a 4.5% pay rise" and "a real-terms pay rise".
    assertThat(token("The airline offered its crew a 4.5% pay rise.", "pay").pos()).isEqualTo("NOUN");
    assertThat(token("Crew have not had a real-terms pay rise since 2022.", "pay").pos()).isEqualTo("NOUN");
    // After a noun it may be the verb: "the company cut jobs".
    assertThat(token("The company cut jobs in May.", "cut").isVerb()).isTrue();
  }

  @Test
  void aWordWithANounEndingBeforeANounIsNoAdverb() {
    // The tagger reads "agency" as an adverb in "used agency cabin crew".
    assertThat(token("The airline used agency cabin crew to keep flights running.", "agency").pos()).isEqualTo("NOUN");
    // Adverbs keep their tag: "only" and "hence" have no noun ending, "quickly" is followed by no noun.
    assertThat(token("The hospital hired only agency nurses.", "only").pos()).isNotEqualTo("NOUN");
    assertThat(token("The ward closed quickly after the outbreak.", "quickly").pos()).isEqualTo("ADV");
  }

  @Test
  void aWordRightAfterAModalIsItsVerbNotAnAdjective() {
    // The tagger reads "close" after "would" as an adjective; no adjective follows a modal bare.
    assertThat(token("The council said the library would close permanently.", "close").pos()).isEqualTo("VERB");
    assertThat(token("The council said the library would not close permanently.", "close").pos()).isEqualTo("VERB");
    // An adverb in "-ly" may stand there; an adjective elsewhere stays one.
    assertThat(token("The council said the library would likely close.", "likely").pos()).isNotEqualTo("VERB");
    assertThat(token("The library is close to the station.", "close").pos()).isEqualTo("ADJ");
  }

  @Test
  void anEdWordAfterTheOpeningNounPhraseIsTheMainVerbWhenNoOtherFollows() {
    // The tagger reads "consulted" as an adjective; the only verb after it is in a clause of its own.
    assertThat(token("The exam board consulted school leaders before it announced the date.", "consulted").pos())
        .isEqualTo("VERB");
    assertThat(token("The exam board consulted school leaders.", "leaders").pos()).isEqualTo("NOUN");
  }

  @Test
  void anEdWordTaggedAsAPrepositionInAVerblessSentenceIsItsVerb() {
    // The tagger reads "fined" as a preposition: the sentence had no action.
    assertThat(token("The Privacy Rights Office fined Marsh Homes \u00a31.35 million over the tenant portal breach.",
        "fined").pos()).isEqualTo("VERB");
    // A preposition keeps its tag.
    assertThat(token("The Privacy Rights Office fined Marsh Homes \u00a31.35 million over the tenant portal breach.",
        "over").pos()).isEqualTo("ADP");
  }

  @Test
  void aScaleAbbreviatedOntoAnAmountIsAWordOfItsOwn() {
    Token m = token("The contract, worth \u00a314.2m, was signed.", "m");
    assertThat(m.pos()).isEqualTo("NUM");
    assertThat(m.lemma()).isEqualTo("million");
    assertThat(token("The contract, worth \u00a314.2m, was signed.", "\u00a314.2").pos()).isEqualTo("NUM");
    assertThat(token("The firm lost $3bn last year.", "bn").lemma()).isEqualTo("billion");
    // Without a currency sign "500m" is more often metres.
    assertThat(token("A 500m exclusion zone was set up.", "m").lemma()).isNotEqualTo("million");
  }

  @Test
  void aTimeWrittenInOneChunkIsOneToken() {
    // The tokenizer cut "7.52am" into "7.5" and "2am".
    Token time = token("The fire service was called at 7.52am today.", "7.52am");
    assertThat(time.pos()).isEqualTo("NUM");
    assertThat(token("The fire service was called at 7.52am.", "7.52am").end() - time.start()).isEqualTo(6);
  }

  @Test
  void anAcronymsPossessiveIsSplitOffAndIsNoVerb() {
    // The tokenizer kept "KDB's" whole and the tagger read it as a verb.
    assertThat(token("KDB's adult single fare is going up.", "KDB").pos()).isEqualTo("PROPN");
    assertThat(token("KDB's adult single fare is going up.", "'s").pos()).isEqualTo("PART");
    assertThat(token("The BBC's report was wrong.", "'s").lemma()).isEqualTo("'s");
  }
}
