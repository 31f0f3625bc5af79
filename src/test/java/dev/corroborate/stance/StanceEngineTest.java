package dev.corroborate.stance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corroborate.analysis.OpenNlpAnalyzer;
import dev.corroborate.analysis.Sentence;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.Token;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The stance cues on sentences of an invented event (none of the bundled corpus's people or
 * outlets): each test names the cue that must fire, so a rule that stops firing fails here.
 */
class StanceEngineTest {
  private static final OpenNlpAnalyzer ANALYZER = new OpenNlpAnalyzer();
  private static final Lexicon LEXICON = Lexicon.shipped();
  private static final AliasTable ALIASES = AliasTable.shipped();
  private static final StanceEngine ENGINE = new StanceEngine(ANALYZER, new TermUnitizer(LEXICON, ALIASES));

  private static StanceJudgement judge(String claim, String passage) {
    return judge(claim, passage, SourceVoice.none());
  }

  private static StanceJudgement judge(String claim, String passage, SourceVoice voice) {
    ClaimFrame frame = ENGINE.frame(claim, IdfSource.uniform());
    List<Token> tokens = new ArrayList<>();
    for (Sentence s : ANALYZER.analyze(passage)) {
      tokens.addAll(s.tokens());
    }
    return ENGINE.judge(frame, tokens, voice);
  }

  private static List<Cue.Kind> kinds(StanceJudgement j) {
    return j.cues().stream().map(Cue::kind).toList();
  }

  @Test
  void restatementSupports() {
    StanceJudgement j = judge("The finance minister approved the harbour budget.",
        "On Monday the finance minister approved the harbour budget after a long debate.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.coverage()).isGreaterThan(0.9);
    assertThat(j.matched()).contains("approved", "budget");
    assertThat(kinds(j)).contains(Cue.Kind.MATCH).doesNotContain(Cue.Kind.NEGATION);
  }

  @Test
  void aCompoundMatchesItsOtherSpellings() {
    // One word, hyphenated or two words: the same compound.
    assertThat(judge("The ceasefire held after the airstrike.",
        "The cease-fire held after the air strike.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The cease-fire held after the air strike.",
        "The ceasefire held after the airstrike.").stance()).isEqualTo(Stance.SUPPORTS);
    StanceJudgement photo = judge("A photo-journalist filmed the flood.", "A photojournalist filmed the flood.");
    assertThat(photo.coverage()).isGreaterThan(0.9);
    // Two words that are no compound of the claim's word do not match it.
    assertThat(judge("The ceasefire held after the airstrike.", "The fire spread after the strike.").stance())
        .isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aWordNamedOnlyToBeDeniedContradicts() {
    StanceJudgement beams = judge("Inspectors found cracks in two steel beams of the viaduct.",
        "Inspectors found cracks in one steel beam of the viaduct, not two as reported.");
    assertThat(beams.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(beams.reason()).contains("denies 'two' ('viaduct, not two')");
    assertThat(judge("The governor signed the order.", "The mayor, not the governor, signed the order.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    // The claim's side of the contrast, and "not only", agree with it.
    assertThat(judge("The governor signed the order.", "The governor, not the mayor, signed the order.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The governor signed the order.", "The governor signed not only the order but the permit.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aDenialOfTheRefusalTheClaimStatesContradictsIt() {
    // The passage denies the claim as the claim words it, refusal included.
    assertThat(judge("Drivers refused to work on Sunday.", "The union denied that drivers refused to work on Sunday.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The students were not found.", "Officials denied that the students were not found.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
    // A denial of what the claim itself denies still agrees with it.
    assertThat(judge("The students were not found.", "Officials denied that the students were found.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void whatIsDeniedOfSomeIsDeniedOnlyByWhatHoldsForAll() {
    String claim = "Some tenants received no letter from the landlord.";
    StanceJudgement sent = judge(claim, "The landlord said it had sent letters to 400 tenants.");
    assertThat(sent.stance()).isEqualTo(Stance.MENTIONS);
    StanceJudgement received = judge(claim, "Tenants received a letter from the landlord.");
    assertThat(received.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(received.reason()).contains("denies it of part of a group ('Some')");
    assertThat(judge(claim, "Every tenant received a letter from the landlord.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "Several tenants said they received no letter from the landlord.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // Without the quantifier the claim is denied as before.
    assertThat(judge("Tenants received no letter from the landlord.", "Tenants received a letter from the landlord.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anActionOnlyAskedWantedOrTriedIsNotDone() {
    String claim = "Omar Haddad resigned as chairman of the club.";
    StanceJudgement asked = judge(claim, "The board did not ask Omar Haddad to resign as chairman of the club.");
    assertThat(asked.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(asked.reason()).contains("names 'resign' only as asked, wanted, tried or allowed ('ask ... to resign')");
    assertThat(judge(claim, "Omar Haddad wants to resign as chairman of the club.").stance())
        .isEqualTo(Stance.MENTIONS);
    // Forced to resign, he resigned; refusing to resign denies it.
    assertThat(judge(claim, "Omar Haddad was forced to resign as chairman of the club.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge(claim, "Omar Haddad refused to resign as chairman of the club.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    // A claim about the asking itself is denied by its negation.
    assertThat(judge("The board asked Omar Haddad to resign.", "The board did not ask Omar Haddad to resign.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
    // A claim that names an aim as an infinitive itself agrees with a passage that wants it.
    assertThat(judge("Haddad said he resigned to spend more time with his family.",
        "Haddad said he wished to spend more time with his family.").stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void whatThePassageDoesWithoutDeniesTheClaimsWord() {
    StanceJudgement j = judge("The harbour contract was awarded after a public tender.",
        "The harbour contract was awarded without a public tender.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("('without a public tender')");
    assertThat(judge("The harbour contract was awarded without a public tender.",
        "The harbour contract was awarded without a public tender.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The harbour contract was awarded.", "The harbour contract was awarded without a public tender.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anOppositeVerbActingOnTheClaimsThingThroughOfContradicts() {
    assertThat(judge("Lena Brandt will leave parliament.",
        "Lena Brandt will remain a member of parliament for Westfield.").stance()).isEqualTo(Stance.CONTRADICTS);
    // On something else, it is none.
    assertThat(judge("Lena Brandt will leave parliament.",
        "Lena Brandt will remain a member of the party after she leaves parliament.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void negatedActionContradicts() {
    StanceJudgement j = judge("The finance minister approved the harbour budget.",
        "The finance minister did not approve the harbour budget.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j).get(0)).isEqualTo(Cue.Kind.NEGATION);
    assertThat(j.reason()).contains("not");
  }

  @Test
  void negatedClaimIsSupportedByNegatedPassageAndContradictedByAssertion() {
    String claim = "The finance minister did not approve the harbour budget.";
    assertThat(judge(claim, "The finance minister never approved the harbour budget.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge(claim, "The finance minister approved the harbour budget on Monday.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void determinerNegationContradicts() {
    StanceJudgement j = judge("The newspaper published corrections to its story.",
        "The newspaper has published no corrections to its story.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j)).contains(Cue.Kind.NEGATION);
  }

  @Test
  void negationInAnotherClauseDoesNotFlip() {
    StanceJudgement j = judge("The finance minister approved the harbour budget.",
        "Although the mayor did not attend, the finance minister approved the harbour budget.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aNegationDeniesWhatFollowsItNotTheSubjectBeforeIt() {
    // "never" negates "put in writing", not the offer the sentence is about.
    StanceJudgement j = judge("The council made a formal offer to the tenants.",
        "The council's formal offer to the tenants was made by phone and was never put in writing.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.NEGATION);
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
    StanceJudgement written = judge("The council signed the lease.",
        "The council's lease was agreed by phone and was never signed.");
    assertThat(written.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(written)).contains(Cue.Kind.NEGATION);
  }

  @Test
  void turningDownAnOfferDoesNotRefuteTheOffer() {
    StanceJudgement offer = judge("The council offered the tenants a rent freeze.",
        "The tenants' association rejected the rent freeze the council offered.");
    assertThat(kinds(offer)).doesNotContain(Cue.Kind.REFUTATION);
    StanceJudgement report = judge("The council offered the tenants a rent freeze.",
        "The council rejected the report that it offered the tenants a rent freeze.");
    assertThat(report.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(report)).contains(Cue.Kind.REFUTATION);
  }

  @Test
  void incompatibleCountsOfTheClaimsActionContradict() {
    StanceJudgement j = judge("More than 3,000 workers joined the strike.",
        "The company said about 1,200 workers joined the strike.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j).get(0)).isEqualTo(Cue.Kind.NUMBER_MISMATCH);
    assertThat(j.reason()).contains("'about 1,200 workers' where the claim has 'More than 3,000 workers'");
    StanceJudgement within = judge("More than 3,000 workers joined the strike.", "Some 3,400 workers joined the strike.");
    assertThat(kinds(within)).doesNotContain(Cue.Kind.NUMBER_MISMATCH);
    assertThat(within.stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aDateOutsideTheClauseOfTheActionIsNotItsDate() {
    StanceJudgement j = judge("The ferry sank on 3 March.",
        "The coastguard said at its 5 March briefing that the ferry sank on 3 March.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.NUMBER_MISMATCH);
    assertThat(judge("The ferry sank on 3 March.", "The ferry sank on 5 March, the coastguard said.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void refutationVerbGoverningTheClaimContradicts() {
    StanceJudgement j = judge("The finance minister approved the harbour budget.",
        "The ministry denied that the finance minister approved the harbour budget.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j)).contains(Cue.Kind.REFUTATION);
    assertThat(j.reason()).contains("denied");
  }

  @Test
  void attributiveRefutationAdjectiveIsNotARefutation() {
    StanceJudgement j = judge("The council complained to the broadcaster about its coverage.",
        "The council complained to the broadcaster about its inaccurate coverage.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(kinds(j)).doesNotContain(Cue.Kind.REFUTATION);
  }

  @Test
  void differentAgentOfPassiveActionIsARoleConflict() {
    StanceJudgement j = judge("The summit between Germany and France was proposed by Germany.",
        "Officials said the summit between Germany and France was proposed by France.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j)).contains(Cue.Kind.ROLE_CONFLICT);
    assertThat(j.reason()).contains("France").contains("Germany");
  }

  @Test
  void symmetricActionWithBothPartiesIsNoRoleConflict() {
    StanceJudgement j = judge("Germany met France in Brussels.", "France met Germany in Brussels.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.ROLE_CONFLICT);
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void eitherOfTwoCoordinatedActorsIsTheClaimsActor() {
    StanceJudgement j = judge("Germany and France met in Brussels.", "Germany met France in Brussels on Monday.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    StanceJudgement other = judge("Spain met Italy in Brussels.", "Germany met Italy in Brussels on Monday.");
    assertThat(other.stance()).isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aBusinessNamesItselfTheCompanyInItsOwnStatements() {
    String claim = "Northgate Foods will close its bakery in Elm Park.";
    String passage = "The company said it would close its bakery in Elm Park next year.";
    StanceJudgement own = judge(claim, passage, SourceVoice.of(LEXICON, ALIASES, null, "Northgate Foods").official(LEXICON));
    assertThat(own.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(own.attribution().ownVoice()).isTrue();
    StanceJudgement ministry = judge(claim, passage,
        SourceVoice.of(LEXICON, ALIASES, null, "Ministry of Labour").official(LEXICON));
    assertThat(ministry.attribution().ownVoice()).as("a ministry quoting a company").isFalse();
  }

  @Test
  void theOtherSideOfTheClaimsActionContradictsWhenNegatedAndNeverSupports() {
    String claim = "The council sent a formal invitation to the festival organisers.";
    StanceJudgement denied = judge(claim, "The festival organisers said they had not received any formal invitation.");
    assertThat(denied.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(denied.reason()).contains("negation 'not' applies to 'received', the other side of the claim's 'sent'");
    StanceJudgement received = judge(claim, "The council received a formal invitation from the festival organisers.");
    assertThat(received.stance()).as("who sent it is not shown by 'received'").isEqualTo(Stance.MENTIONS);
    assertThat(received.reason()).contains("only from the other side ('received')");
  }

  @Test
  void smallNumbersMatchInWordsAndDigits() {
    assertThat(judge("Eleven people were arrested at the harbour.", "Police arrested 11 people at the harbour.")
        .stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Police arrested 11 people at the harbour.", "Eleven people were arrested at the harbour.")
        .matched()).contains("Eleven");
  }

  @Test
  void aMonthIsNotTheHedgeMay() {
    StanceJudgement j = judge("The count in all provinces was completed.",
        "The commission said the count in all provinces had been completed on May 11.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.HEDGE);
    assertThat(kinds(judge("The count in all provinces was completed.",
        "The count in all provinces may have been completed.")))
        .contains(Cue.Kind.HEDGE);
  }

  @Test
  void aPartyWhoseNameDoesNotSayItNamesItselfTheParty() {
    StanceJudgement own = judge("The harbour bridge will reopen in May.", "The party said the harbour bridge will reopen in May.",
        SourceVoice.of(LEXICON, ALIASES, null, "Forward Together").official(LEXICON));
    assertThat(own.attribution().ownVoice()).isTrue();
  }

  @Test
  void theObjectOfALightVerbIsTheAction() {
    String claim = "The dockers protested outside the harbour office.";
    assertThat(judge(claim, "The dockers took part in a protest outside the harbour office.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge(claim, "The dockers read a protest letter outside the harbour office.").stance())
        .as("not after a light verb").isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void antonymContradicts() {
    StanceJudgement j = judge("Fuel exports increased sharply in the third quarter.",
        "Fuel exports decreased sharply in the third quarter.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j)).contains(Cue.Kind.ANTONYM);
  }

  @Test
  void aDenialOfWhatTheClaimDeniesAgreesWithIt() {
    String denied = "The stolen paintings were not found in the warehouse.";
    StanceJudgement j = judge(denied, "Police denied that the stolen paintings were found in the warehouse.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(kinds(j)).doesNotContain(Cue.Kind.NEGATION, Cue.Kind.REFUTATION);
    assertThat(judge(denied, "The stolen paintings were found in the warehouse.").stance())
        .as("the claim denies what the passage asserts").isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The stolen paintings were found in the warehouse.",
        "Police denied that the stolen paintings were found in the warehouse.").stance())
        .as("the passage denies what the claim asserts").isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aQuestionAskedInsideASentenceLeavesItOpen() {
    String claim = "A faulty valve caused the leak.";
    for (String passage : List.of("It is too early to say whether a faulty valve caused the leak.",
        "Inspectors are examining whether a faulty valve caused the leak.",
        "Whether or not a faulty valve caused the leak, the plant stays closed.")) {
      StanceJudgement j = judge(claim, passage);
      assertThat(j.stance()).as(passage).isEqualTo(Stance.MENTIONS);
      assertThat(kinds(j)).as(passage).contains(Cue.Kind.NONCOMMITTAL).doesNotContain(Cue.Kind.NEGATION);
    }
    assertThat(judge(claim, "Inspectors said a faulty valve caused the leak.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void eitherWayLeavesItOpen() {
    String claim = "The ferry company will hold a public meeting in February.";
    for (String passage : List.of("The ferry company may or may not hold a public meeting in February.",
        "Ferry Company May Or May Not Hold A Public Meeting In February")) {
      StanceJudgement j = judge(claim, passage);
      assertThat(j.stance()).as(passage).isEqualTo(Stance.MENTIONS);
      assertThat(kinds(j)).as(passage).contains(Cue.Kind.NONCOMMITTAL).doesNotContain(Cue.Kind.NEGATION);
    }
    assertThat(judge(claim, "The ferry company will not hold a public meeting in February.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void withoutNegatesItsOwnObjectOnly() {
    String claim = "The harbour office is infested with rats.";
    assertThat(judge(claim, "The mayor was seen without her coat as she left the rat-infested harbour office.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(kinds(judge("The driver paid for the fuel.", "The driver left without paying for the fuel.")))
        .contains(Cue.Kind.NEGATION);
  }

  @Test
  void aMonthsAbbreviationIsThatMonth() {
    String claim = "The bridge will reopen on Jan. 4, 2027.";
    assertThat(kinds(judge(claim, "The bridge will reopen on January 4, 2027."))).doesNotContain(Cue.Kind.NUMBER_MISMATCH);
    assertThat(kinds(judge(claim, "The bridge will reopen on Jan 4, 2027."))).doesNotContain(Cue.Kind.NUMBER_MISMATCH);
    assertThat(kinds(judge(claim, "The bridge will reopen on Feb. 4, 2027."))).contains(Cue.Kind.NUMBER_MISMATCH);
  }

  @Test
  void aHeadlinesReducedPassiveNamesNoActorForAPassiveClaim() {
    StanceJudgement j = judge("Rebel leader Tomas Varga was killed by a Velan Army airstrike.",
        "Rebel Leader Killed: Tomas Varga Reportedly Killed By Velan Army Airstrike");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.ROLE_CONFLICT);
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aHeadlinesRefutationWordTakenForANameStillRefutes() {
    StanceJudgement j = judge("The village of Orlen was evacuated after residents tested positive for chlorine exposure.",
        "Orlen Chlorine Hoax: Village Evacuated After Residents Test Positive For Chlorine Exposure Report Totally Fake");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j)).contains(Cue.Kind.REFUTATION);
    assertThat(j.attribution().holder()).as("'... Hoax:' names no speaker").isNotEqualTo("Orlen Chlorine Hoax");
  }

  @Test
  void aNumberWordOpeningTheSentenceIsACount() {
    assertThat(kinds(judge("Fourteen wagons derailed near the depot.", "Sixteen wagons derailed near the depot.")))
        .contains(Cue.Kind.NUMBER_MISMATCH);
  }

  @Test
  void commonNounsTheOtherWayRoundAreAnotherActorsDeed() {
    String claim = "The dockers sued the harbour board.";
    StanceJudgement j = judge(claim, "On Friday the harbour board sued two dockers over the strike.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("what the harbour board did");
    assertThat(judge(claim, "The dockers sued the harbour board over the strike.").stance())
        .as("same roles").isEqualTo(Stance.SUPPORTS);
    assertThat(judge(claim, "The harbour board was sued by the dockers.").stance())
        .as("a passive keeps the roles").isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anOppositeActionOnSomethingElseIsNoAntonym() {
    String claim = "Four stranded hikers were found trying to enter the valley.";
    assertThat(kinds(judge(claim, "Four stranded hikers were found at the valley after leaving their camp.")))
        .as("leaving the camp does not undo entering the valley").doesNotContain(Cue.Kind.ANTONYM);
    assertThat(kinds(judge(claim, "Four stranded hikers were found trying to leave the valley.")))
        .as("leaving the claim's valley").contains(Cue.Kind.ANTONYM);
    assertThat(kinds(judge("The council approved the harbour budget.", "The council rejected the harbour budget.")))
        .as("the claim's object").contains(Cue.Kind.ANTONYM);
  }

  @Test
  void declinedToSayIsNoncommittal() {
    StanceJudgement j = judge("The finance minister approved the harbour budget.",
        "A spokesperson did not say whether the finance minister approved the harbour budget.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(kinds(j)).contains(Cue.Kind.NONCOMMITTAL);
  }

  @Test
  void missingActionOnlyMentions() {
    StanceJudgement j = judge("The finance minister resigned over the harbour budget.",
        "The finance minister defended the harbour budget in parliament.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(kinds(j)).contains(Cue.Kind.MISSING);
  }

  @Test
  void unrelatedPassageIsSilent() {
    StanceJudgement j = judge("The finance minister approved the harbour budget.",
        "Heavy rain flooded several villages in the north.");
    assertThat(j.stance()).isEqualTo(Stance.UNRELATED);
  }

  @Test
  void rareClaimWordMissingFromThePassageBlocksSupport() {
    IdfSource submarineIsRare = key -> key.startsWith("submarin") ? 4.0 : 1.0;
    ClaimFrame frame = ENGINE.frame("The finance minister approved the submarine budget.", submarineIsRare);
    List<Token> tokens = ANALYZER.analyze("The finance minister approved the budget.").get(0).tokens();
    StanceJudgement j = ENGINE.judge(frame, tokens, SourceVoice.none());
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("submarine");
  }

  @Test
  void hedgeLowersConfidence() {
    StanceJudgement plain = judge("The finance minister approved the harbour budget.",
        "The finance minister approved the harbour budget.");
    StanceJudgement hedged = judge("The finance minister approved the harbour budget.",
        "The finance minister reportedly approved the harbour budget.");
    assertThat(hedged.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(kinds(hedged)).contains(Cue.Kind.HEDGE);
    assertThat(hedged.confidence()).isLessThan(plain.confidence());
  }

  @Test
  void thirdPartySpeechIsAttributedAndOwnSpeechIsNot() {
    String claim = "The finance minister approved the harbour budget.";
    String passage = "Rivera said the finance minister approved the harbour budget.";
    StanceJudgement relayed = judge(claim, passage, SourceVoice.none());
    assertThat(relayed.attribution().ownVoice()).isFalse();
    assertThat(relayed.attribution().holder()).isEqualTo("Rivera");
    assertThat(kinds(relayed)).contains(Cue.Kind.ATTRIBUTION);
    StanceJudgement own = judge(claim, passage, SourceVoice.of(LEXICON, ALIASES, "Ana Rivera", "City Hall"));
    assertThat(own.attribution().ownVoice()).isTrue();
    assertThat(own.confidence()).isGreaterThan(relayed.confidence());
  }

  @Test
  void aliasesMatchCapitalsAndDemonyms() {
    StanceJudgement j = judge("China recalled its ambassador from Canada.",
        "Beijing recalled its ambassador from Ottawa on Friday.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void sourceVoiceStandsForTheClaimsActor() {
    SourceVoice ministry = SourceVoice.of(LEXICON, ALIASES, "Maria Costa", "Ministry of Health");
    StanceJudgement j = judge("The Ministry of Health criticized the report as misleading.",
        "She did not criticize the report as misleading.", ministry);
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anotherActorsDeedIsNotAboutTheClaim() {
    StanceJudgement j = judge("Germany advised its citizens against travelling to Spain.",
        "The minister insisted that France had not advised Germany to delay the vote.");
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
  }
  @Test
  void citedInformantsAreTheBasisOfTheSourcesOwnAssertion() {
    SourceVoice courier = SourceVoice.of(LEXICON, ALIASES, null, "The Harbour Courier");
    StanceJudgement j = judge("The council closed the harbour.",
        "The Courier reported that the council closed the harbour, citing two city officials.", courier);
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.attribution().ownVoice()).isTrue();
    assertThat(j.attribution().citing()).isEqualTo("two city officials");
  }

  @Test
  void citingAReasonNamesNoInformant() {
    StanceJudgement j = judge("The council closed the harbour.",
        "The council closed the harbour, citing safety concerns.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.attribution().citing()).isEmpty();
  }

  @Test
  void aReportedDenialIsHeldByTheDenier() {
    StanceJudgement j = judge("The council closed the harbour.",
        "Ana Rivera denied that the council closed the harbour.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.attribution().ownVoice()).isFalse();
    assertThat(j.attribution().holder()).isEqualTo("Ana Rivera");
    assertThat(j.attribution().holderKeys()).contains("ana", "rivera");
    assertThat(j.attribution().namedOther()).isTrue();
  }

  @Test
  void theSourcesOwnDenialStaysItsOwnVoice() {
    SourceVoice rivera = SourceVoice.of(LEXICON, ALIASES, "Ana Rivera", "Riverton City Hall");
    StanceJudgement j = judge("The council closed the harbour.",
        "Rivera denied that the council closed the harbour.", rivera);
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.attribution().ownVoice()).isTrue();
  }

  @Test
  void coverageAloneIsTheJudgementsCoverage() {
    String claim = "The harbour authority closed the northern ferry terminal on Tuesday.";
    SourceVoice authority = SourceVoice.of(LEXICON, ALIASES, "Harbour Authority");
    for (String passage : List.of(
        "The harbour authority closed the northern ferry terminal on Tuesday.",
        "The harbour authority did not close the northern ferry terminal.",
        "We closed the northern ferry terminal on Tuesday, the spokesman said.",
        "He said the terminal stayed open.",
        "Rain fell across the region.",
        "The ferry terminal in the north was shut by the port on Tuesday, officials said.")) {
      for (SourceVoice voice : List.of(SourceVoice.none(), authority)) {
        ClaimFrame frame = ENGINE.frame(claim, IdfSource.uniform());
        List<Token> tokens = new ArrayList<>();
        ANALYZER.analyze(passage).forEach(s -> tokens.addAll(s.tokens()));
        PreparedPassage prepared = ENGINE.prepare(tokens);
        assertThat(ENGINE.coverage(frame, prepared, voice)).as("%s / %s", passage, voice)
            .isEqualTo(ENGINE.judge(frame, prepared, voice).coverage());
      }
    }
  }

  @Test
  void aDerivedFormOfAClaimWordMatches() {
    StanceJudgement j = judge("The minister intends to resign.", "The minister announced her intention to resign.");
    assertThat(j.matched()).contains("intention");
  }

  @Test
  void anAgentlessPassiveDenialContradictsWhoeverTheActor() {
    String claim = "President Marten raised the case with Prime Minister Pekk in Varna.";
    StanceJudgement denied = judge(claim, "The case was not raised.");
    assertThat(denied.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(denied.reason()).contains("coverage 0.55, counting 'President Marten': the passive 'raised' names no one")
        .doesNotContain("does not mention 'President Marten'");
    assertThat(judge(claim, "The case was raised.").stance())
        .as("an agentless passive that affirms does not say who did it").isEqualTo(Stance.MENTIONS);
    assertThat(judge(claim, "The case was not raised by Chancellor Ruiz.").stance())
        .as("a passive that names another actor").isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "The minister said she was not raising the case.").stance())
        .as("not a passive").isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("President Marten raised the journalists' case with Pekk in Varna on Monday.", "The case was not raised.")
        .reason()).as("too little of the claim even with its actor").doesNotContain("counting");
  }

  @Test
  void aByPhraseNamingTheClaimsActorAmongOthersIsNoRoleConflict() {
    StanceJudgement j = judge("Tracey Vance produced Soul Harbour.",
        "Soul Harbour is a 1997 film produced by Ana Brandt, Tracey Vance and Olaf Senn.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(kinds(j)).doesNotContain(Cue.Kind.ROLE_CONFLICT);
    assertThat(kinds(judge("Soul Harbour was produced by a woman.",
        "Soul Harbour is a 1997 film produced by Ana Brandt."))).as("a common noun is not compared with a name")
        .doesNotContain(Cue.Kind.ROLE_CONFLICT);
  }

  @Test
  void aHeadlinesReducedPassiveIsNotTheVictimActing() {
    String claim = "Governor Tom Reyes arrested Mayor Ellen Varga.";
    StanceJudgement j = judge(claim, "Mayor Ellen Varga arrested after raid ordered by Governor Tom Reyes");
    assertThat(j.reason()).doesNotContain("the passage is about what");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.ROLE_CONFLICT);
    assertThat(judge(claim, "Mayor Ellen Varga arrested an aide of Governor Tom Reyes.").reason())
        .as("an object follows: she did the arresting").contains("the passage is about what Mayor Ellen Varga did");
  }

  @Test
  void anotherCountOfTheSameActionNeedsNotTheClaimsSetting() {
    // Words of the setting weigh as much as rare words of a corpus do.
    IdfSource idf = key -> key.equals(Stemmer.key("coast")) || key.equals(Stemmer.key("Velan")) ? 4.0 : 1.0;
    ClaimFrame claim = ENGINE.frame("The Marla Quist lost 46 containers off the Velan coast.", idf);
    StanceJudgement j = ENGINE.judge(claim, ANALYZER.analyze(
        "The Marla Quist lost 38 containers during severe weather.").get(0).tokens(), SourceVoice.none());
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'Velan' and 'coast', which only set where or how the count was");
    assertThat(ENGINE.judge(claim, ANALYZER.analyze("The Marla Quist lost containers during severe weather.").get(0)
        .tokens(), SourceVoice.none()).stance()).as("no count of its own").isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aClaimsNameIsFoundWhereThePassageNamesMostOfIt() {
    StanceJudgement j = judge("The Marla Quist lost 46 containers.",
        "Quist Shipping said on Monday that the Marla Quist lost 46 containers.");
    assertThat(j.matched()).contains("Marla Quist").doesNotContain("Quist Shipping");
  }

  @Test
  void theClaimsNounStandsForTheNameTheSourcesGiveIt() {
    // "ship" weighs as a word found in few passages of a corpus does.
    IdfSource idf = key -> key.equals(Stemmer.key("ship")) ? 4.0 : 1.0;
    ClaimFrame frame = ENGINE.frame("The ship lost power during the storm.", idf);
    List<Token> named = ANALYZER.analyze("The Marla Quist did not lose power at any time.").get(0).tokens();
    assertThat(ENGINE.judge(frame, named, SourceVoice.none()).stance()).as("not knowing what the Marla Quist is")
        .isNotEqualTo(Stance.CONTRADICTS);
    Descriptors d = ENGINE.descriptorsOf(List.of(ENGINE.prepare(
        ANALYZER.analyze("The navy escorted the container ship Marla Quist to port.").get(0).tokens()), ENGINE.prepare(named)));
    StanceJudgement j = ENGINE.judge(frame.withDescriptors(d), named, SourceVoice.none());
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'ship' by the name the sources give it");
    assertThat(ENGINE.judge(ENGINE.frame("A ship lost power during the storm.", idf).withDescriptors(d),
        named, SourceVoice.none()).reason()).as("'a ship' is not the one the sources name")
        .doesNotContain("by the name the sources give it");
  }

  @Test
  void theClaimsTitleStandsForTheOnePersonTheSourcesGiveIt() {
    ClaimFrame frame = ENGINE.frame("The Prime Minister asked Lena Brandt to resign.", IdfSource.uniform());
    List<Token> named = ANALYZER.analyze("Officials said Okoro had asked Lena Brandt to step down.").get(0).tokens();
    assertThat(ENGINE.judge(frame, named, SourceVoice.none()).stance()).as("not knowing who Okoro is")
        .isNotEqualTo(Stance.SUPPORTS);
    PreparedPassage titled = ENGINE.prepare(
        ANALYZER.analyze("Prime Minister Samuel Okoro accepted the resignation.").get(0).tokens());
    Descriptors d = ENGINE.descriptorsOf(List.of(titled, ENGINE.prepare(named)));
    StanceJudgement j = ENGINE.judge(frame.withDescriptors(d), named, SourceVoice.none());
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).contains("'step down'");
    // A title the sources give two people stands for neither.
    Descriptors two = ENGINE.descriptorsOf(List.of(titled, ENGINE.prepare(
        ANALYZER.analyze("Former Prime Minister Ada Mensah criticised the decision.").get(0).tokens())));
    assertThat(ENGINE.judge(frame.withDescriptors(two), named, SourceVoice.none()).stance())
        .isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void theClaimsNumberElsewhereInThePassageIsNotContradictedByAnotherAmount() {
    StanceJudgement j = judge("Halvard Mills will pay $420 million for Brisk Foods.",
        "At $420 million, Halvard Mills is paying 12 times Brisk Foods' annual revenue of $35 million.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Halvard Mills will pay $420 million for Brisk Foods.",
        "Halvard Mills will pay $510 million for Brisk Foods.").stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anotherDateForWhatSomeoneElseDidIsNoContradiction() {
    String claim = "Halvard Mills had been in talks with Brisk Foods since January.";
    assertThat(judge(claim, "A rival bidder, Tarn Group, had walked away from talks with Brisk Foods in March.")
        .stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("Halvard Mills paid $420 million for Brisk Foods.", "It paid $510 million for Brisk Foods.")
        .stance()).as("a pronoun may stand for the subject").isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aPhrasalVerbMatchesTheVerbItMeans() {
    assertThat(judge("Lena Brandt resigned on Friday.", "Lena Brandt stepped down on Friday.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The club called off the final.", "The club cancelled the final.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The club cancelled the final.", "The club called it off.").coverage()).isGreaterThan(0.5);
    // Another particle is another verb.
    assertThat(judge("Lena Brandt resigned on Friday.", "Lena Brandt stepped out on Friday.").stance())
        .isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aStatementHandedToUnnamedOthersIsHedgedNotReportedSpeech() {
    String claim = "The Harbour Museum was closed.";
    for (String passage : List.of("The Harbour Museum is said to have been closed.",
        "Harbour Museum Reported To Have Been Closed", "The Harbour Museum is rumored to have been closed.")) {
      StanceJudgement j = judge(claim, passage);
      assertThat(kinds(j)).as(passage).contains(Cue.Kind.HEDGE).doesNotContain(Cue.Kind.ATTRIBUTION);
      assertThat(j.attribution().ownVoice()).as(passage).isTrue();
    }
    assertThat(kinds(judge(claim, "The Harbour Museum was confirmed to have been closed."))).as("a passive that asserts")
        .doesNotContain(Cue.Kind.ATTRIBUTION, Cue.Kind.HEDGE);
    StanceJudgement told = judge(claim, "The mayor said to reporters that the Harbour Museum was closed.");
    assertThat(kinds(told)).as("said to someone").contains(Cue.Kind.ATTRIBUTION).doesNotContain(Cue.Kind.HEDGE);
  }

  @Test
  void aCountToldWithBeInsteadOfTheClaimsActionContradicts() {
    String claim = "More than 3,000 workers joined the strike.";
    StanceJudgement j = judge(claim, "The company said about 1,200 workers were on strike and that two berths remained open.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).startsWith("number 'about 1,200 workers' where the claim has 'More than 3,000 workers',"
        + " told without the claim's action 'joined'").contains("counting the number's place")
        .doesNotContain("does not mention");
    assertThat(judge(claim, "About 3,200 workers were on strike.").stance()).as("the same count")
        .isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "About 1,200 workers were injured during the strike.").stance())
        .as("a count of another action").isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "The strike closed 12 berths.").stance()).as("another thing counted")
        .isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void refusingOrFailingToActDeniesTheAction() {
    StanceJudgement refused = judge("The governor resigned on Friday.", "The governor refused to resign on Friday.");
    assertThat(refused.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(refused.reason()).startsWith("negation 'refused to' applies to 'resign'");
    assertThat(judge("The bill passed the senate.", "The bill failed to pass the senate.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The governor refused to resign.", "The governor refused to resign on Friday.").stance())
        .as("both refuse").isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The governor refused to resign.", "The governor resigned on Friday.").reason())
        .startsWith("the claim denies 'resign' ('refused to')");
    assertThat(judge("The governor commented on the audit.", "The governor declined to comment on the audit.").stance())
        .as("declining to comment stays noncommittal").isEqualTo(Stance.MENTIONS);
  }

  @Test
  void aQuestionAssertsNothing() {
    StanceJudgement asked = judge("The mayor approved the budget.", "Did the mayor approve the budget?");
    assertThat(asked.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(asked.reason()).contains("asks a question");
    assertThat(judge("The mayor approved the budget.", "Did the mayor really not approve the budget?\u201d").stance())
        .as("a quoted question, negated or not").isEqualTo(Stance.MENTIONS);
    assertThat(judge("The mayor approved the budget.", "The mayor approved the budget, the council said.").stance())
        .as("the same words as a statement").isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The mayor approved the budget.", "Mayor approves budget?").stance())
        .as("a headline's question mark").isEqualTo(Stance.MENTIONS);
    assertThat(judge("The patient woke up during surgery.", "Patient wakes up during surgery and asks doctors how it is going?")
        .stance()).as("a question reported, not asked; 'doctors' refutes nothing").isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anIntentionIsNotADeed() {
    StanceJudgement planned = judge("The company closed the plant.", "The company plans to close the plant.");
    assertThat(planned.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(planned.reason()).contains("only as intended or considered ('plans')");
    assertThat(judge("The council banned the parade.", "The council is considering a ban on the parade.").stance())
        .isEqualTo(Stance.MENTIONS);
    StanceJudgement future = judge("The company will close the plant.", "The company plans to close the plant.");
    assertThat(future.stance()).as("a claim about the future is only hedged").isEqualTo(Stance.SUPPORTS);
    assertThat(future.reason()).contains("hedged with 'plans'");
    assertThat(judge("The company plans to close the plant.", "The company plans to close the plant in May.").stance())
        .as("both state the plan").isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The company closed the plant.", "The company closed the plant under a plan agreed in May.").stance())
        .as("'plan' as a noun hedges nothing").isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The rebels shelled the village.", "The rebels shelled the village and threatened to attack the town.")
        .stance()).as("an intention after the deed governs what follows it, not the deed").isEqualTo(Stance.SUPPORTS);
  }

  private static SourceVoice titled(String title) {
    return ENGINE.withTitle(SourceVoice.none(), title);
  }

  @Test
  void theSourceTitleSuppliesWhatItsSentencesLeaveOut() {
    String claim = "Police used tear gas in Kessler Square.";
    String passage = "Officers used tear gas.";
    StanceJudgement plain = judge(claim, passage);
    assertThat(plain.stance()).isEqualTo(Stance.MENTIONS);
    StanceJudgement inTitled = judge(claim, passage, titled("Arrests after clashes in Kessler Square"));
    assertThat(inTitled.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(inTitled.reason()).contains("'Kessler Square' from the source's title");
    assertThat(judge(claim, passage, titled("Arrests after clashes in the square")).stance())
        .as("every word of a name must be in the title").isEqualTo(Stance.MENTIONS);
    assertThat(judge(claim, passage, titled("Statement on Kessler Square")).stance())
        .as("a title's document word ('Statement') is no topic, the name still is").isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aTitleNamingPartOfAClaimNameCoversIt() {
    String claim = "The thieves entered the Varden Museum through a rear window.";
    String passage = "The thieves entered through a rear window.";
    StanceJudgement j = judge(claim, passage, titled("Varden thieves took four paintings"));
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).contains("'Varden Museum' from the source's title");
    assertThat(judge(claim, passage, titled("Thieves took four paintings from a museum")).stance())
        .as("a common noun of the title names no museum in particular").isEqualTo(Stance.MENTIONS);
  }

  @Test
  void theHolderOfAPossessivePhraseIsWhatItQualifies() {
    StanceJudgement insurer = judge("The paintings are worth about 4 million euros.",
        "The paintings are worth about 4 million euros, according to the museum's insurer, Halden Mutual.");
    assertThat(insurer.attribution().holder()).isEqualTo("museum's insurer, Halden Mutual");
    StanceJudgement director = judge("The paintings are worth about 4 million euros.",
        "The paintings are worth about 4 million euros, its director said.");
    assertThat(director.attribution().ownVoice()).isFalse();
    assertThat(director.attribution().holder()).isEqualTo("director");
  }

  @Test
  void aReporterIsSomeoneNotTheDocument() {
    String claim = "Sixteen wagons derailed near the depot.";
    StanceJudgement according = judge(claim, "Sixteen wagons derailed near the depot, according to the Gazette's reporter.");
    assertThat(according.attribution().holder()).isEqualTo("Gazette's reporter");
    assertThat(according.attribution().ownVoice()).isFalse();
    assertThat(judge(claim, "Sixteen wagons derailed near the depot, a Gazette reporter said.").attribution().ownVoice())
        .isFalse();
    assertThat(judge(claim, "Sixteen wagons derailed near the depot, the report said.").attribution().ownVoice())
        .as("the document's own report").isTrue();
  }

  @Test
  void theTitleNeverSuppliesTheActionItsActorOrANumber() {
    assertThat(judge("Police used tear gas in Kessler Square.", "Officers were seen in Kessler Square.",
        titled("Police used tear gas in Kessler Square")).stance())
        .as("the action must be in the sentence").isNotEqualTo(Stance.SUPPORTS);
    String claim = "Tokyo lodged protests over the newspaper's reporting.";
    StanceJudgement actor = judge(claim, "Beijing lodged protests.", titled("Travel warning for Tokyo"));
    assertThat(actor.reason()).as("the title does not make Tokyo the actor")
        .doesNotContain("'Tokyo' from the source's title");
    assertThat(actor.stance()).isEqualTo(judge(claim, "Beijing lodged protests.").stance());
    StanceJudgement count = judge("Two firefighters were injured in the blaze.", "Firefighters were injured.",
        titled("Two firefighters injured in blaze"));
    assertThat(count.reason()).contains("'blaze' from the source's title").contains("does not give the claim's number 'Two'");
  }

  @Test
  void aDateIsOneClauseDespiteItsComma() {
    StanceJudgement year = judge("The film was released in 2017.", "The film was released on March 23, 2007.");
    assertThat(year.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(year.reason()).contains("year '2007' where the claim has '2017'");
    assertThat(judge("The film was released in 2017.", "The film was released on March 23, 2017.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The strike began on Monday, March 3.", "The strike began on Monday, March 3, the union said.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void hedgingAdverbsHedge() {
    for (String adverb : new String[] {"seemingly", "purportedly", "supposedly", "presumably"}) {
      StanceJudgement j = judge("The mayor approved the budget.", "The mayor " + adverb + " approved the budget.");
      assertThat(j.stance()).as(adverb).isEqualTo(Stance.SUPPORTS);
      assertThat(j.reason()).as(adverb).contains("hedged with '" + adverb + "'");
    }
  }

  @Test
  void aTitleCaseHeadlineIsReadLikeASentence() {
    StanceJudgement may = judge("The company will buy the startup.", "The Company May Buy The Startup");
    assertThat(may.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(may.reason()).as("'May' is the modal, not the month").contains("only as possible ('May')");
    assertThat(judge("The mayor approved the budget.", "Mayor Did Not Approve The Budget").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anAccusationIsReportedSpeech() {
    StanceJudgement accused = judge("The army shelled the village.", "Residents accused the army of shelling the village.");
    assertThat(accused.attribution().ownVoice()).isFalse();
    assertThat(accused.attribution().holder()).isEqualTo("Residents");
  }

  @Test
  void aHeadlineNamesItsSpeakerBeforeOrAfterAColon() {
    StanceJudgement before = judge("Two people died in the crash.", "Police: two people died in the crash");
    assertThat(before.attribution().ownVoice()).isFalse();
    assertThat(before.attribution().holder()).isEqualTo("Police");
    StanceJudgement after = judge("Rebels captured three jets.", "Rebels captured three jets in the north: monitor");
    assertThat(after.attribution().ownVoice()).isFalse();
    assertThat(after.attribution().holder()).isEqualTo("monitor");
    assertThat(judge("Two people died in the crash.", "Update: two people died in the crash").attribution().ownVoice())
        .as("a story label is no speaker").isTrue();
    assertThat(judge("Two people died in the crash.", "On Monday: two people died in the crash").attribution().ownVoice())
        .as("a date is no speaker").isTrue();
    assertThat(judge("The minister resigned.", "The minister said: I have resigned today").attribution().holder())
        .as("a verb before the colon is the usual speech form").isEqualTo("minister");
    StanceJudgement own = judge("Two people died in the crash.", "Police: two people died in the crash",
        SourceVoice.of(LEXICON, ALIASES, null, "Police"));
    assertThat(own.attribution().ownVoice()).as("the source's own name").isTrue();
  }

  @Test
  void aRumourReportsWithoutDenying() {
    assertThat(judge("The president has died.", "Rumours of the president's death swept social media.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The president has died.", "The government dismissed rumours that the president has died.").stance())
        .as("dismissing the rumour still refutes").isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aDisputeIsNotADenial() {
    assertThat(judge("The union called a strike at the port.", "The union called a strike at the port over a long pay dispute.")
        .stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The union called a strike at the port.", "The company disputed that the union called a strike at the port.")
        .stance()).as("the verb still refutes").isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anEventThatHappenedIsNamedByItsNoun() {
    assertThat(judge("The explosion happened on Sunday.", "An explosion on Sunday damaged the depot.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The explosion occurred on Sunday.", "An explosion on Monday damaged the depot.").stance())
        .as("another day").isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The explosion happened on Sunday.", "No explosion happened on Sunday.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The mayor was at the meeting.", "The mayor was not at the meeting.").stance())
        .as("a claim with only a light verb").isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The mayor was at the meeting.", "The mayor was at the meeting on Monday.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anotherNumberFillsTheClaimNumbersPlace() {
    StanceJudgement j = judge("More than 12,000 residents were evacuated from Ostry.", "About 9,000 residents were evacuated.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("counting the number's place");
    assertThat(judge("More than 12,000 residents were evacuated.", "Residents were evacuated from the valley.").stance())
        .as("no number at all").isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("Turnout in the capital was 61 percent.", "The mayor won 52.4 percent of the vote.").stance())
        .as("no action of the claim's own: another share, not the claim's").isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void theOppositePrepositionBeforeTheClaimsOwnThingContradicts() {
    StanceJudgement outside = judge("All wreckage landed inside the exclusion zone.",
        "Officials said wreckage landed on a farm near the coast, outside the exclusion zone.");
    assertThat(outside.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(outside.reason()).contains("'outside the exclusion zone' where the claim has 'inside the exclusion zone'");
    assertThat(judge("The siren sounded before the explosion.", "The siren sounded after the explosion.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("Twelve councillors voted for the budget.", "Twelve councillors voted against the budget.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
    // The claim's own preposition, or the thing placed otherwise, is no contradiction.
    assertThat(judge("The siren sounded before the explosion.", "The siren sounded just before the explosion.")
        .stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Twelve councillors voted for the budget.",
        "Twelve councillors voted for the budget after a protest against cuts.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void theClaimsGerundAfterAPrepositionMatchesTheSameGerundTaggedAsANoun() {
    // The tagger reads "accepting" in the passage as a noun; the claim's is a verb, its action.
    StanceJudgement j = judge("The judge was found guilty of accepting gifts.",
        "The tribunal found the judge guilty on three counts of accepting gifts.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.matched()).contains("accepting");
  }

  @Test
  void anOrganisationSpeakingAsWeStandsForItsMembersNamedByTheirWork() {
    String claim = "Inspectors had asked for a second audit.";
    String passage = "We had asked for a second audit.";
    assertThat(judge(claim, passage, SourceVoice.of(LEXICON, ALIASES, null, "Food Inspection Agency")).stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge(claim, passage, SourceVoice.of(LEXICON, ALIASES, null, "Harbour Board")).stance())
        .as("another body's 'we'").isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anAdmissionIsDeniedByTheOneItNamesDenyingTheActOrDeclaringInnocence() {
    String claim = "Ines Moreau admitted taking the documents.";
    StanceJudgement innocent = judge(claim, "Ines Moreau has always maintained her innocence.");
    assertThat(innocent.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(innocent)).contains(Cue.Kind.REFUTATION);
    assertThat(judge(claim, "Moreau denied any wrongdoing.").stance()).isEqualTo(Stance.CONTRADICTS);
    StanceJudgement never = judge(claim, "I never took the documents.",
        SourceVoice.of(LEXICON, ALIASES, "Ines Moreau", null));
    assertThat(never.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(never.reason()).contains("'never took'");
    // The act told by others is no admission; an admission told is one.
    assertThat(judge(claim, "Moreau took the documents, the inquiry found.").stance()).isEqualTo(Stance.MENTIONS);
    assertThat(judge(claim, "Moreau admitted taking the documents in March.").stance()).isEqualTo(Stance.SUPPORTS);
    // Innocence rejected by others, or of someone the claim does not name, denies nothing.
    assertThat(judge(claim, "The court rejected Moreau's claims of innocence.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "Paul Girard has always maintained his innocence.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aSpeakerPlacedNearSomethingIsTheSpeakerNotThePlace() {
    String claim = "Smoke covered the harbour on Friday.";
    assertThat(judge(claim, "Residents near the Kolvik refinery said smoke covered the harbour on Friday.")
        .attribution().holder()).isEqualTo("Residents");
    assertThat(judge(claim, "Fishermen outside the port said smoke covered the harbour on Friday.")
        .attribution().holder()).isEqualTo("Fishermen");
    // A spokesman for a body speaks for it: the body stays the holder.
    assertThat(judge(claim, "A spokesman for Kolvik Energy said smoke covered the harbour on Friday.")
        .attribution().holder()).isEqualTo("Kolvik Energy");
  }

  @Test
  void notYetNegatesTheVerbAfterIt() {
    // "yet" after a negation is the adverb, not the conjunction that opens a clause.
    assertThat(judge("The board approved the merger.", "The board has not yet approved the merger.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The board approved the merger.", "The board was split, yet it approved the merger.").stance())
        .isEqualTo(Stance.SUPPORTS);
    StanceJudgement filed = judge("The club has filed a complaint with the league.",
        "The league has not yet received a complaint from the club.");
    assertThat(filed.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(filed.reason()).contains("the other side of the claim's 'filed'");
  }

  @Test
  void aDirectionIsAContentWordAndTheOppositeDirectionContradicts() {
    StanceJudgement j = judge("The flood is moving south.", "The flood has slowed and is moving north at 3 km/h.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'north' is the opposite of the claim's 'south'");
    assertThat(judge("The flood is moving south.", "The flood is moving south at 3 km/h.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aPassiveThatMeansAnotherVerbMatchesIt() {
    // "were killed" is "died": the counts are compared.
    assertThat(judge("Four miners died in the blast.", "Six miners were killed, the company said.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("Four miners died in the blast.", "Four miners were killed in the blast.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // The active verb is not: the killer did not die.
    assertThat(judge("The gunman killed four miners.", "The gunman died.").stance()).isEqualTo(Stance.MENTIONS);
  }

  @Test
  void aPassiveClaimVerbIsTheNounItsSubjectReceived() {
    String claim = "Residents of the harbour district were warned before the flood.";
    StanceJudgement j = judge(claim, "The evacuation order came too late for many residents of the harbour district,"
        + " who said they had received no warning.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("negation 'no' applies to 'warning'");
    assertThat(judge(claim, "Many residents of the harbour district received a warning.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // Not for an active verb: receiving a call does not say who called.
    assertThat(judge("The governor called the mayor.", "The governor received a call from the mayor.").stance())
        .isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aPassageWithoutTheDateTheClaimAssertsOfItsActionOnlyMentionsIt() {
    StanceJudgement j = judge("The accord was signed in May.", "Unions were not consulted before the accord was signed.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("does not give the claim's date 'May'");
    assertThat(judge("The accord was signed in May.", "The accord was signed in May after long talks.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // A date that names the event the claim is about is not what the claim asserts.
    assertThat(judge("The May 4 accord was signed by the unions.", "The accord was signed by the unions.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void numberWordsMatchTheirDigitsUpToNinetyNine() {
    assertThat(judge("Twelve miners were rescued.", "12 miners were rescued.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("53 trains were cancelled.", "Fifty-three trains were cancelled on Friday.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Fifty-three trains were cancelled.", "53 trains were cancelled.").stance())
        .isEqualTo(Stance.SUPPORTS);
    StanceJudgement other = judge("53 trains were cancelled.", "Fifty-eight trains were cancelled.");
    assertThat(other.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(other.reason()).contains("'Fifty-eight trains' where the claim has '53 trains'");
  }

  @Test
  void aPassiveParticipleTaggedAsAnAdjectiveStatesTheAction() {
    // The tagger takes "diverted" after "were" for an adjective here.
    assertThat(judge("Six flights were diverted.", "Forty-one flights were delayed and six were diverted to other airports.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void whatIsOnlyToComeByALaterTimeDoesNotSupportWhatIsAlreadyDone() {
    StanceJudgement j = judge("The new scanners have been installed at the port.",
        "The minister said the new scanners would be installed at the port by the end of the year.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("only as to come ('would')");
    assertThat(judge("The new scanners have already been installed at the port.",
        "New scanners will be installed at the port.").stance()).isEqualTo(Stance.MENTIONS);
    // With "already", a later time for it says it has not happened yet.
    StanceJudgement already = judge("The new scanners have already been installed at the port.",
        "The minister said the new scanners would be installed at the port by the end of the year.");
    assertThat(already.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(already.reason()).contains("as still to come ('would ... by the end of the year')");
    // An announcement in force as it is made, or a claim about what will be, is supported.
    assertThat(judge("Trams have been diverted over the north bridge.", "Trams will be diverted over the north bridge.")
        .stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The new scanners will be installed at the port.",
        "The minister said the new scanners would be installed at the port by the end of the year.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void whatAnOrganisationHasNotDoneNoOfficerOfItDidForIt() {
    // Weighted by rarity (the officer's words are rare), "harbour" and "apologised" alone are too
    // little of the claim; the denial of the action of the officer's organisation counts them.
    IdfSource idf = term -> term.equals("chief") || term.equals("execut") ? 3.0 : 1.0;
    ClaimFrame frame = ENGINE.frame("The harbour board's chief executive apologised.", idf);
    StanceJudgement j = ENGINE.judge(frame, ANALYZER.analyze("The harbour board has not apologised.").get(0).tokens(),
        SourceVoice.none());
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("counting 'chief executive'");
    StanceJudgement other = ENGINE.judge(frame, ANALYZER.analyze("The ferry union has not apologised.").get(0).tokens(),
        SourceVoice.none());
    assertThat(other.stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aPersonDismissedIsNoClaimRefuted() {
    String claim = "The trainer had been given a new contract four months earlier.";
    StanceJudgement j = judge(claim, "Fans asked why the trainer was dismissed only four months after being given a"
        + " new contract.");
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j)).doesNotContain(Cue.Kind.REFUTATION);
    // What is said, dismissed in the passive, is refuted.
    assertThat(judge("The ship was carrying arms.", "The claim that the ship was carrying arms was dismissed as false.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aSpeechVerbOnlyAskedForHasNoSpeaker() {
    StanceJudgement j = judge("The trainer had been given a new contract in May.",
        "We have asked the board to explain why the trainer was dismissed after being given a new contract in May.");
    assertThat(j.attribution().holder()).isNotEqualTo("board");
    assertThat(judge("The mayor approved the plan.", "The council said the mayor approved the plan.").attribution()
        .holder()).isEqualTo("council");
    // What such a speech would say is asked for, not said.
    StanceJudgement asked = judge("The mayor approved the plan.",
        "Residents urged the council to confirm that the mayor approved the plan.");
    assertThat(asked.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(asked.reason()).contains("'urged the council to confirm': the passage leaves this open");
    assertThat(judge("The mayor approved the plan.", "The mayor approved the plan, and residents urged the council"
        + " to confirm it.").stance()).isEqualTo(Stance.SUPPORTS);
    // What the sentence goes on to assert ("and that ...") is said.
    assertThat(judge("The ministry has avoided a direct answer.", "The union has asked the ministry to explain its"
        + " position, and that the ministry has avoided a direct answer.").stance()).isEqualTo(Stance.SUPPORTS);
    // The asking itself is said.
    assertThat(judge("The residents urged the council to confirm the vote.",
        "The residents urged the council to confirm the vote.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aRefutationEndsAtAVerbCoordinatedAfterItsObject() {
    String claim = "The ministry recalled its ambassador for consultations.";
    // Rejecting the accusation is not rejecting the recall that follows it.
    assertThat(kinds(judge(claim, "The ministry rejected the accusation and recalled its ambassador for consultations.")))
        .doesNotContain(Cue.Kind.REFUTATION);
    assertThat(kinds(judge(claim, "The ministry rejected the accusation as unfounded and recalled its ambassador for consultations.")))
        .doesNotContain(Cue.Kind.REFUTATION);
    // A conjunction inside the denied that-clause, and a gerund after the conjunction, are still denied.
    assertThat(judge("The minister signed the deal.", "He denied that the minister met the envoy and signed the deal.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(judge("The minister signed the deal.", "The minister denied meeting the envoy and signing the deal.")))
        .contains(Cue.Kind.REFUTATION);
  }

  @Test
  void aDayToldRelativeToTheSourcesDateIsTheClaimsDate() {
    String claim = "Colonel Ruud left the country on 10 June.";
    SourceVoice tenth = SourceVoice.none().withDate(java.time.LocalDate.of(2026, 6, 10));
    SourceVoice twelfth = SourceVoice.none().withDate(java.time.LocalDate.of(2026, 6, 12));
    StanceJudgement j = judge(claim, "Colonel Ruud left the country this morning on a scheduled flight.", tenth);
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).contains("relative to the source's date (2026-06-10)");
    // 12 June 2026 is a Friday: its "on Wednesday" is 10 June, its "yesterday" 11 June.
    assertThat(judge(claim, "Colonel Ruud left the country on Wednesday.", twelfth).stance()).isEqualTo(Stance.SUPPORTS);
    // Its "yesterday" is another day than the claim's.
    StanceJudgement other = judge(claim, "Colonel Ruud left the country yesterday.", twelfth);
    assertThat(other.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(other.reason()).contains("day 'yesterday' (2026-06-11 by the source's date) where the claim has '10 June'");
    // Without the source's date the day stays unknown.
    assertThat(judge(claim, "Colonel Ruud left the country this morning.").stance()).isEqualTo(Stance.MENTIONS);
    // A passage that gives a date of its own in the action's clause is read by that date only.
    assertThat(judge(claim, "Colonel Ruud left the country on 10 June, the ministry said yesterday.", twelfth).stance())
        .isEqualTo(Stance.SUPPORTS);
    // The claim's day is its action's, not that of a clause under it.
    assertThat(judge("The two leaders agreed that the crossing would reopen by 1 September.",
        "The two leaders agreed on Tuesday that the crossing would reopen.", twelfth).stance())
        .isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void theContentWordOfAPhrasalVerbIsPartOfTheVerb() {
    // "took place" means happened: "place" is no word of the claim that the passage must name.
    SourceVoice twelfth = SourceVoice.none().withDate(java.time.LocalDate.of(2026, 5, 12));
    StanceJudgement j = judge("The summit took place on 12 May 2026.", "The summit happened on Tuesday.", twelfth);
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).doesNotContain("'place'");
  }

  @Test
  void anotherDayOfTheEventFillsTheClaimsDate() {
    SourceVoice twelfth = SourceVoice.none().withDate(java.time.LocalDate.of(2026, 5, 12));
    // The day and the year the passage does not write are the place of its own date.
    StanceJudgement j = judge("The summit took place on 12 May 2026.", "The summit took place on 11 May.", twelfth);
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("date '11 May' where the claim has '12 May'");
    j = judge("The summit took place on 12 May 2026.", "The summit took place on Monday.", twelfth);
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("day 'Monday' (2026-05-11 by the source's date)");
    // With no action of its own, the claim's event must be named, and the day beside it.
    assertThat(judge("The summit took place on 12 May 2026.",
        "The two leaders last met in March on the sidelines of the Northern Council summit in Hammerfjord.", twelfth)
        .stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The crush took place at around 4.45pm on Saturday 11 July.",
        "Ticket figures show that 16,000 people had passed through the gates by 6pm on Saturday.", twelfth)
        .stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anActionDeniedOfAnyoneDeniesTheClaimsCount() {
    String claim = "Two people have been arrested over the attack.";
    for (String none : List.of("No arrests have been made.", "Police have made no arrests.", "Nobody has been arrested.")) {
      StanceJudgement j = judge(claim, none);
      assertThat(j.stance()).as(none).isEqualTo(Stance.CONTRADICTS);
      assertThat(j.reason()).as(none).contains("'Two people' denied as none");
    }
    assertThat(judge("Three people were injured in the blast.", "No injuries were reported.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    StanceJudgement fatalities = judge("A worker died in the fire.", "There were no fatalities in the fire.");
    assertThat(fatalities.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(fatalities.reason()).contains("'A worker' denied as none ('no fatalities')");
    // Denied of others than the claim's count: not about the claim's two people.
    assertThat(judge(claim, "No protesters were arrested.").stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void goingOnAsBeforeIsTheOppositeOfASuspension() {
    assertThat(judge("Bin collections were suspended because of the attack.",
        "Bin and recycling collections are not affected and will continue as normal.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("Underground work at the mine has been halted.",
        "Underground work at the mine was stopped on Tuesday.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void theMeansOfAnAskedActionIsNotDone() {
    String claim = "Norvand expelled a Carvanian diplomat.";
    StanceJudgement asked = judge(claim, "Analysts call for Norvand to answer in kind by expelling a Carvanian diplomat.");
    assertThat(asked.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(asked.reason()).contains("'call ... to answer ... by expelling'");
    assertThat(judge(claim, "Norvand answered in kind by expelling a Carvanian diplomat.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void goingAheadIsTheOppositeOfAPostponement() {
    assertThat(judge("The 23 June trade commission meeting has been postponed.",
        "The 23 June trade commission meeting will go ahead.").stance()).isEqualTo(Stance.CONTRADICTS);
  }

  private static List<Token> tokensOf(String text) {
    List<Token> out = new ArrayList<>();
    for (Sentence s : ANALYZER.analyze(text)) {
      out.addAll(s.tokens());
    }
    return out;
  }

  @Test
  void aBriefingsBareAnswerToAYesOrNoQuestionIsItsOwn() {
    String claim = "Carvania also expelled other diplomats.";
    SourceVoice ministry = SourceVoice.of(LEXICON, ALIASES, null, "Foreign Ministry of Carvania");
    ClaimFrame frame = ENGINE.frame(claim, IdfSource.uniform());
    PreparedPassage question = ENGINE.prepare(tokensOf("Q: Were any other diplomats expelled?"));
    // The tokenizer keeps "No." as one token.
    StanceJudgement no = ENGINE.answeredQuestion(frame, question, tokensOf("ILESCO: No. This concerns one individual only."),
        ministry);
    assertThat(no.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(no.attribution().ownVoice()).isTrue();
    assertThat(no.reason()).contains("answers 'No.' when asked 'Q: Were any other diplomats expelled?'");
    assertThat(ENGINE.answeredQuestion(frame, question, tokensOf("ILESCO: Yes, two more were told to leave."), ministry)
        .stance()).isEqualTo(Stance.SUPPORTS);
    // An answer that is not a bare yes or no, a question that asks which, and one about something else.
    assertThat(ENGINE.answeredQuestion(frame, question, tokensOf("ILESCO: We will not comment on that."), ministry)).isNull();
    assertThat(ENGINE.answeredQuestion(frame, ENGINE.prepare(tokensOf("Q: Were other diplomats expelled or recalled?")),
        tokensOf("ILESCO: No."), ministry)).isNull();
    assertThat(ENGINE.answeredQuestion(frame, ENGINE.prepare(tokensOf("Q: Will the trade talks go ahead?")),
        tokensOf("ILESCO: No."), ministry)).isNull();
    // A statement is no question.
    assertThat(ENGINE.answeredQuestion(frame, ENGINE.prepare(tokensOf("Other diplomats were expelled.")),
        tokensOf("ILESCO: No."), ministry)).isNull();
  }

  @Test
  void aBriefingsBareAnswerToAnAccountItIsAskedAboutIsItsOwn() {
    String claim = "Aurant Minerals notified the inspectorate immediately after the collapse.";
    StanceJudgement asked = judge(claim, "Q: Aurant Minerals says it notified the inspectorate immediately after the collapse.");
    assertThat(asked.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(asked.attribution().ownVoice()).isFalse();
    StanceJudgement no = ENGINE.answered(asked, tokensOf("Is that correct?"), tokensOf("CHIEF INSPECTOR: It is not."));
    assertThat(no).isNotNull();
    assertThat(no.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(no.attribution().ownVoice()).isTrue();
    assertThat(no.reason()).contains("answers 'It is not'", "'Is that correct?'");
    StanceJudgement yes = ENGINE.answered(asked, tokensOf("Is that true?"), tokensOf("MINISTER: Yes, it did."));
    assertThat(yes.stance()).isEqualTo(Stance.SUPPORTS);
    // Not a yes-or-no question, or not a bare answer: nothing is answered.
    assertThat(ENGINE.answered(asked, tokensOf("What is your response?"), tokensOf("MINISTER: No comment."))).isNull();
    assertThat(ENGINE.answered(asked, tokensOf("Is that correct?"), tokensOf("MINISTER: It is far too early to say.")))
        .isNull();
    assertThat(ENGINE.answered(asked, tokensOf("Is that correct?"), tokensOf("Q: No, is it?"))).isNull();
  }

  @Test
  void aNumberDoesNotSayItIsAll() {
    String claim = "All the trapped miners were brought out alive.";
    StanceJudgement count = judge(claim, "Thirteen trapped miners were brought out alive.");
    assertThat(count.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(count.reason()).contains("gives a number ('Thirteen') where the claim says all of them");
    assertThat(judge(claim, "All thirteen trapped miners were brought out alive.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void launchingAnInvestigationIsOpeningOne() {
    assertThat(judge("Police have opened an investigation into the attack.",
        "Police have launched an investigation into the attack.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The attack was first noticed on Monday.", "The attack was first identified on Monday.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void whatTheSourceNamesElsewhereNeedNotBeRepeated() {
    SourceVoice source = ENGINE.withSource(SourceVoice.none(), List.of(
        tokensOf("Cyber criminals attacked the council's network."),
        tokensOf("Officials met an engineer employed at the naval dockyard."),
        tokensOf("The ransomware attack was reported on Monday.")));
    StanceJudgement arrested = judge("The engineer of a naval dockyard was arrested after the attack.",
        "The engineer was arrested on June 5.", source);
    assertThat(arrested.reason()).contains("'attack' named elsewhere in the source");
    StanceJudgement definite = judge("A naval dockyard engineer was arrested.", "The engineer was arrested on June 5.", source);
    assertThat(definite.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(definite.reason()).contains("'naval' and 'dockyard' named elsewhere in the source");
    // Without the source's words, or with an indefinite noun, they are missing.
    assertThat(judge("A naval dockyard engineer was arrested.", "The engineer was arrested on June 5.").stance())
        .isEqualTo(Stance.MENTIONS);
    assertThat(judge("A naval dockyard engineer was arrested.", "An engineer was arrested on June 5.", source).stance())
        .isEqualTo(Stance.MENTIONS);
  }

  @Test
  void aNumberInWordsWithAScaleIsTheClaimsNumber() {
    assertThat(judge("About 200 homes were evacuated.", "Residents of approximately two hundred homes were evacuated.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void whatADocumentLeavesOutIsNotDeniedToHaveHappened() {
    StanceJudgement omitted = judge("The leaders discussed the fishing dispute in the strait.",
        "Neither readout mentioned the fishing dispute in the strait.");
    assertThat(omitted.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(omitted.reason()).contains("says only that a document leaves it out ('Neither readout mentioned')");
    // A claim without an action of its own is judged too (a verbless headline had thrown).
    assertThat(judge("Macaulay Culkin dead: The death hoax is once again on the child actor",
        "The State Department said it could not confirm reports of the death.").stance()).isEqualTo(Stance.MENTIONS);
    // A deed of the paper is not what a document leaves out.
    assertThat(judge("The Journal issued corrections to its reports.",
        "He notes that the paper has issued no corrections to its reports.").stance()).isEqualTo(Stance.CONTRADICTS);
    // A claim about the document itself is denied.
    assertThat(judge("The statement mentioned the fishing dispute.", "The statement did not mention the fishing dispute.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aBlazeIsAFireAndAWalkoutAStrike() {
    assertThat(judge("The blaze began in a storage building.", "The fire began in a storage building at the rear.")
        .stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Sixty firefighters fought the fire.", "Sixty firefighters battled the fire through the night.")
        .stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Cabin crew began a strike on Monday.", "Cabin crew began a walkout on Monday.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Negotiations with the union resumed on Friday.", "Talks with the union resumed on Friday.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void howLongSomethingLastedIsToldByItsLength() {
    assertThat(judge("The debate lasted eight hours.", "The treaty passed after an eight-hour debate.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The debate lasted eight hours.", "The treaty passed after a nine-hour debate.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    // A time before something is not how long it lasted.
    assertThat(judge("The release lasted eleven hours.", "Residents were warned six hours before the release.").stance())
        .isEqualTo(Stance.MENTIONS);
  }

  @Test
  void aDoerIsNamedByWhatTheyDid() {
    assertThat(judge("Deputies arrested a suspected looter in Pell Valley.",
        "Deputies arrested a man suspected of looting a home in Pell Valley.").stance()).isEqualTo(Stance.SUPPORTS);
    // Not a noun that only looks like one ("officer" is not "office").
    assertThat(judge("An officer was hurt in the blast.", "The office was damaged in the blast.").stance())
        .isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aCircumstanceOfPlaceMayBeNamedElsewhere() {
    SourceVoice source = ENGINE.withSource(SourceVoice.none(), List.of(
        tokensOf("Opposition supporters gathered outside the commission's headquarters."),
        tokensOf("Police said about 2,000 people took part in the protest.")));
    StanceJudgement j = judge("About 2,000 people protested outside the commission's headquarters.",
        "Police said about 2,000 people took part in the protest.", source);
    assertThat(j.reason()).contains("'commission' and 'headquarters' named elsewhere in the source");
  }

  @Test
  void aClaimWithALightVerbHasItsNumberComparedInAnyClauseOfItsWords() {
    // "take" is light, so the claim has no action of its own; with "crush" its rarest word, the
    // number was looked for only in the clause after "after".
    IdfSource crushIsRare = key -> key.startsWith("crush") ? 4.0 : 1.0;
    ClaimFrame frame = ENGINE.frame("Twenty people were taken to hospital after the crush.", crushIsRare);
    StanceJudgement j = ENGINE.judge(frame, tokensOf("Fourteen people were taken to hospital after a crush at the gate."),
        SourceVoice.none());
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("number 'Fourteen people' where the claim has 'Twenty people'");
  }

  @Test
  void anInjurySustainedIsAHurt() {
    assertThat(judge("A police officer was hurt.", "One police officer sustained a hand injury.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aClauseOfTimeMayBeNamedElsewhereInTheSource() {
    SourceVoice source = ENGINE.withSource(SourceVoice.none(), List.of(
        tokensOf("Police cleared the protest camp on Thursday morning.")));
    StanceJudgement j = judge("Seventeen people were arrested when the camp was cleared.",
        "Seventeen people were arrested on suspicion of aggravated trespass.", source);
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).contains("'camp' and 'cleared' named elsewhere in the source");
    // A phrase of the subject, before the action, is not a circumstance.
    SourceVoice plant = ENGINE.withSource(SourceVoice.none(), List.of(tokensOf("The fire broke out in a storage building.")));
    assertThat(judge("The sprinkler system in the storage building was not working when the fire broke out.",
        "All 34 colleagues working the night shift were accounted for.", plant).stance()).isNotEqualTo(Stance.CONTRADICTS);
    // The action itself is never taken from elsewhere.
    assertThat(judge("Seventeen people were arrested when the camp was cleared.",
        "Seventeen people were at the camp when it was cleared.", ENGINE.withSource(SourceVoice.none(),
            List.of(tokensOf("Seventeen people were arrested."))))
        .stance()).isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aCountBeforeTheActionIsNotAllOfThem() {
    // The passage does not write the claim's noun (the source's title may): its count is no "every".
    SourceVoice titled = SourceVoice.none().withTopic(java.util.Set.of("whale", "strand"), List.of());
    StanceJudgement j = judge("Every whale in the stranding died.", "Of the 47 animals, 29 died on the beach.", titled);
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("gives a number ('29') where the claim says all of them");
  }

  @Test
  void whatTheClaimSaysWasNotThereMustBeSaid() {
    String claim = "Councillors backed the library plan without any votes against.";
    StanceJudgement j = judge(claim, "Councillors backed the library plan last night.",
        SourceVoice.none().withTopic(java.util.Set.of("vote"), List.of()));
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("does not say what the claim says was not there ('without any votes against')");
    assertThat(judge(claim, "Councillors backed the library plan unanimously, without a vote against.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aNumberOfTheClaimThePassageDoesNotGiveIsNotSupported() {
    StanceJudgement j = judge("The plan passed by 23 votes to 19.", "The plan passed by 23 votes to 18.");
    assertThat(j.stance()).isNotEqualTo(Stance.SUPPORTS);
    assertThat(judge("The plan passed by 23 votes to 19.", "The plan passed by 23 votes to 19 last night.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aVerbOfExpectingInThePassiveFramesTheActionAfterIt() {
    // "is projected to cut": the claim's action is "cut", which the passage states.
    assertThat(judge("The plan is projected to cut the council's costs.", "The plan will cut the council's costs.")
        .stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The plan is projected to cut the council's costs.", "The plan will not cut the council's costs.")
        .stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aHyphenatedSpeakerLabelIsTheSpeakersOwnVoice() {
    SourceVoice council = SourceVoice.of(LEXICON, ALIASES, "Ruth Abernathy-Kole", "Brennock District Council");
    StanceJudgement j = judge("No library worker will lose their job.",
        "ABERNATHY-KOLE: No library worker will lose their job.", council);
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.attribution().ownVoice()).isTrue();
  }

  @Test
  void aDenialOfSomeoneTheClaimDoesNotNameIsNoContradiction() {
    String claim = "The clinical trial has been suspended.";
    assertThat(judge(claim, "No. Dr Marwick is not suspended.").stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "The clinical trial has not been suspended.").stance()).isEqualTo(Stance.CONTRADICTS);
    // "paused" is a stop.
    assertThat(judge(claim, "The university has paused the clinical trial.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void whatASourceNamesOnlyToDenyItIsNotNamedElsewhere() {
    String claim = "The contract was awarded after a public tender.";
    String passage = "The contract was awarded to Kessler Rail in March.";
    SourceVoice named = ENGINE.withSource(SourceVoice.none(), List.of(
        tokensOf("A public tender drew four bids, documents show.")));
    SourceVoice denied = ENGINE.withSource(SourceVoice.none(), List.of(
        tokensOf("The contract was not put out to a public tender, documents show.")));
    // A source that names the tender elsewhere fills the claim's circumstance ...
    assertThat(judge(claim, passage, named).reason()).contains("named elsewhere in the source");
    // ... one that names it only to deny it does not.
    StanceJudgement j = judge(claim, passage, denied);
    assertThat(j.stance()).isNotEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).doesNotContain("named elsewhere in the source");
  }

  @Test
  void aScopeRestrictedWithOnlyContradictsAScopeOfAll() {
    String claim = "The engineers advised the council to close the bridge to all traffic.";
    StanceJudgement j = judge(claim, "The engineers advised the council to close the bridge to heavy goods vehicles only.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'to heavy goods vehicles only' where the claim has 'to all traffic'");
    assertThat(judge(claim, "The engineers advised the council to close the bridge only to lorries.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    // The other way round.
    StanceJudgement other = judge("The council opened the library to members only.",
        "The council opened the library to all residents on Monday.");
    assertThat(other.stance()).as(other.reason()).isEqualTo(Stance.CONTRADICTS);
    // A scope that names the claim's own thing, or no restriction, is no contradiction.
    assertThat(judge(claim, "The engineers advised the council to close the bridge to all traffic.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge(claim, "The engineers advised the council to close the bridge to cars.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aTimeOnTheTwelveHourClockIsTheSameTimeOnTheTwentyFourHourClock() {
    StanceJudgement j = judge("Officers were alerted to the crowd surge at 4.45pm.",
        "At 16:45 officers were alerted to a crowd surge at the north gate.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.matched()).contains("16:45");
    StanceJudgement other = judge("Officers were alerted to the crowd surge at 4.45pm.",
        "At 17:45 officers were alerted to a crowd surge at the north gate.");
    assertThat(other.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(other.reason()).contains("time '17:45' where the claim has '4.45pm'");
  }

  @Test
  void aPhraseOfTheClaimThatNamesTheSourceIsTheSourceItself() {
    SourceVoice trust = SourceVoice.of(LEXICON, ALIASES, "Harbour Residents Association");
    String claim = "The port authority has replied to the residents' association.";
    StanceJudgement j = judge(claim, "The port authority has not replied.", trust);
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'residents' and 'association' the source itself");
    // Not in another source's text, and not for one word alone.
    assertThat(judge(claim, "The port authority has not replied.", SourceVoice.of(LEXICON, ALIASES, "Harbour Gazette"))
        .reason()).doesNotContain("the source itself");
    assertThat(judge("The port authority has replied to the association.", "The port authority has not replied.", trust)
        .reason()).doesNotContain("the source itself");
  }

  @Test
  void thePhrasalVerbOfTheClaimHasTheOppositesOfWhatItMeans() {
    StanceJudgement j = judge("The organisers have called off Sunday's harbour parade.",
        "The organisers said Sunday's harbour parade will go ahead as planned.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'go ahead' is the opposite of the claim's 'called off'");
  }

  @Test
  void settingUpAFundIsCreatingIt() {
    StanceJudgement j = judge("The two ministries agreed to create a joint research fund.",
        "The two ministries agreed on Tuesday to set up a joint research fund.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.matched()).contains("set up");
    assertThat(judge("The two ministries agreed to create a joint research fund.",
        "The two ministries agreed to establish a joint research fund.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aVerbOfSayingAfterACommonNounIsItsSpeakersWordNotTheAction() {
    String claim = "Health officials reported 14 cases of measles in the district.";
    assertThat(judge(claim, "There are now 14 cases of measles in the district, the health office said.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge(claim, "Health officials have counted 14 cases of measles in the district.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // The content must still be there: another count contradicts.
    assertThat(judge(claim, "Health officials said there were 9 cases of measles in the district.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anActionGivenToSomeoneWithAnotherOfficeOfTheSameKindContradicts() {
    String claim = "The museum's chief curator opened the new exhibition.";
    StanceJudgement j = judge(claim, "The new exhibition was opened by Ada Ferro, the museum's chief conservator.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'chief conservator', where the claim has 'chief curator'");
    // The title before the name, with a phrase of time between the verb and "by".
    assertThat(judge(claim, "The new exhibition was opened on Friday by chief conservator Ada Ferro.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    // The claim's own office in the description is no conflict.
    assertThat(judge(claim, "The new exhibition was opened by Ada Ferro, the museum's chief curator.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // A description that shares no word with the claim's subject may be the same person's other role.
    assertThat(judge(claim, "The new exhibition was opened by Ada Ferro, the museum's director.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void whatIsDoneRatherThanTheClaimsActionDeniesIt() {
    String claim = "The regulator has fined the bank.";
    StanceJudgement j = judge(claim, "The regulator has warned the bank rather than fining it.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("negation 'rather than' applies to 'fining'");
    assertThat(judge(claim, "The regulator has issued a warning to the bank instead of fining it.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    // What the sentence says before the contrast is still asserted.
    assertThat(judge("The regulator has warned the bank.", "The regulator has warned the bank rather than fining it.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void notUntilSaysWhenItHappenedNotThatItDidNot() {
    String claim = "The missing climber was found by rescuers on Sunday.";
    assertThat(judge(claim, "The missing climber was not found by rescuers until Sunday.").stance())
        .isEqualTo(Stance.SUPPORTS);
    assertThat(judge(claim, "The missing climber was not found by rescuers on Sunday.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anActionOnlyPossibleDoesNotSupportItDone() {
    String claim = "The council suspended the operator's licence.";
    StanceJudgement j = judge(claim, "The council said it could suspend the operator's licence.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("only as possible ('could')");
    assertThat(judge(claim, "The council may suspend the operator's licence.").stance()).isEqualTo(Stance.MENTIONS);
    // A claim that is itself about what could happen is only hedged.
    assertThat(judge("The council could suspend the operator's licence.", "The council may suspend the operator's licence.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anInquiryIsAnInvestigation() {
    StanceJudgement j = judge("The university launched an inquiry into the lab's papers.",
        "The university opened an investigation into the lab's papers.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.matched()).contains("investigation");
  }

  @Test
  void aNumberJoinedToAnotherNounIsNotTheClaimsCount() {
    String claim = "The road was closed for three days.";
    StanceJudgement j = judge(claim, "The three-lane road was closed after the crash.");
    assertThat(j.matched()).doesNotContain("three");
    assertThat(j.stance()).isNotEqualTo(Stance.SUPPORTS);
    // Joined to the claim's own noun it is the count.
    assertThat(judge(claim, "The road was closed for a three-day period.").matched()).contains("three");
  }

  @Test
  void aMissingNounPhraseOfTheClaimWithholdsSupport() {
    String claim = "The black bear got beyond the perimeter fence at Ridgeway Zoo on Monday.";
    StanceJudgement j = judge(claim, "The black bear got out at Ridgeway Zoo on Monday.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(judge(claim, "The black bear got beyond the perimeter fence at Ridgeway Zoo on Monday, keepers said.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // Not the claim's subject, which a passage may name otherwise.
    assertThat(judge("The local bus operator said route 9 would be diverted away from the bridge for six weeks from Monday.",
        "Varne Valley Buses said route 9 would be diverted away from the bridge for six weeks from Monday.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aNumberSetAsideAsACorrectionContradicts() {
    String claim = "The charity has given the clinic more than two million dollars since 2019.";
    StanceJudgement j = judge(claim, "The charity has given the clinic $1.3 million since 2019, not the more than $2 million that was reported.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("sets aside the claim's number");
    // "not more than" is a bound, not a correction.
    assertThat(judge(claim, "The charity has given the clinic not more than $2 million since 2019.").reason())
        .doesNotContain("sets aside");
  }

  @Test
  void anActionNamedAsOneOfAlternativesIsNotSaidToHaveHappened() {
    StanceJudgement j = judge("The board dismissed the coach.", "The board voted to fine or dismiss the coach.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(judge("The board dismissed the coach.", "The board voted to dismiss the coach.").stance()).isEqualTo(Stance.SUPPORTS);
    j = judge("The regulator suspended the licence.", "Its powers run from a warning to suspension or revocation of the licence by the regulator.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("only as one of alternatives ('or')");
  }

  @Test
  void aQuestionLeftOpenDeniesThatItHasBeenAnswered() {
    String claim = "Investigators have established what caused the warehouse fire.";
    StanceJudgement j = judge(claim, "It is too early to say what caused the warehouse fire.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("leaves open what the claim says is established ('too early to say what')");
    assertThat(judge(claim, "Investigators said it remains unclear what caused the warehouse fire.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    // "determine" is "establish": the denied verb itself contradicts too.
    assertThat(judge(claim, "Investigators have not determined what caused the warehouse fire.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    // An answered question supports.
    assertThat(judge(claim, "Investigators said they had established what caused the warehouse fire.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // (A claim that itself denies knowing, "have not established what caused ...", is still read as
    // denying "caused": see EXPERIMENTS.md, change 149, not kept.)
  }

  @Test
  void moreOfAKindOfPeopleContradictsACountOfPeople() {
    String claim = "Seventeen people were detained when the square was cleared.";
    StanceJudgement j = judge(claim, "Thirty-one students were detained when the square was cleared.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("number 'Thirty-one students', more than the claim's 'Seventeen people'");
    // Fewer may be some of the claim's people; a claim's open range allows any.
    assertThat(judge(claim, "Three students were detained when the square was cleared.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("More than seventeen people were detained when the square was cleared.",
        "Thirty-one students were detained when the square was cleared.").stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anActionNamedAsAQuestionOrPossibilityIsNotSaidToHappen() {
    String claim = "The operator will refund the fares of every passenger on the cancelled sailing.";
    StanceJudgement j = judge(claim,
        "The operator is looking at how to help every passenger on the cancelled sailing, including the question of refunds of the fares.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("only as a question or possibility ('question of refunds')");
    assertThat(judge("The plant closed in March.", "The plant faced the threat of closure in March.").stance())
        .isNotEqualTo(Stance.SUPPORTS);
    // A claim about the question itself is matched as usual.
    assertThat(judge("The union raised the question of refunds.", "The union raised the question of refunds on Monday.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aWordOfAPlaceNameIsNoOpposite() {
    // "Pass" in "Marden Pass" names a place; it is not the opposite of "failed".
    StanceJudgement j = judge("The 2019 survey rated the bridge that failed as unsafe.",
        "The 2019 survey lists the bridge on the Marden Pass road as unsafe.");
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j)).doesNotContain(Cue.Kind.ANTONYM);
    // The verb still is one.
    assertThat(judge("The lift failed its annual inspection.", "The lift passed its annual inspection.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void oneOfTheThingsIsNoCountOfThem() {
    // "one of the vehicles" says which, not how many: four vehicles hit does not deny it.
    StanceJudgement j = judge("A bus with more than thirty passengers was one of the vehicles hit by the flood.",
        "Four vehicles were hit: a bus with 34 passengers and three vans.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.NUMBER_MISMATCH);
    // Nor is "one" a number the passage must give: with 34 within "more than thirty", it supports.
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    // A count against a count still contradicts.
    assertThat(judge("Two vehicles were hit by the flood.", "Four vehicles were hit by the flood.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anActionOnlyAllowedIsNotDoneAndNotAllowingItDeniesNothing() {
    // The stock "not authorised to discuss" denies a permission, not that anyone discussed.
    StanceJudgement j = judge("The officials discussed the payouts.",
        "The officials were not authorised to discuss the payouts.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("only as asked, wanted, tried or allowed");
    assertThat(judge("Residents returned to their homes on Sunday.",
        "Residents were allowed to return to their homes on Sunday.").stance()).isEqualTo(Stance.MENTIONS);
    // Denied as done, it still contradicts.
    assertThat(judge("The officials discussed the payouts.", "The officials did not discuss the payouts.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aNegationInTheClaimsRelativeClauseIsNotWhatTheClaimDenies() {
    // The claim asserts the cover; "that cannot be recovered" only says which losses.
    StanceJudgement j = judge("The insurer will cover any losses that cannot be recovered from customers.",
        "The insurer will recover the losses from customers.");
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(kinds(j)).doesNotContain(Cue.Kind.NEGATION);
    // A claim that denies in its main clause still is contradicted by the assertion.
    assertThat(judge("The insurer cannot recover the losses from customers.",
        "The insurer will recover the losses from customers.").stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aNegatingDeterminerDoesNotDenyTheQuestionEmbeddedAfterIt() {
    // "no explanation of what it paid" denies an explanation; the paying is taken for granted.
    StanceJudgement j = judge("The council paid the contractors in March.",
        "The council has given no explanation of what it paid the contractors in March.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.NEGATION);
    assertThat(judge("The council paid the contractors in March.",
        "Nobody has said what the council paid the contractors in March.").stance()).isNotEqualTo(Stance.CONTRADICTS);
    // With no question after it, the determiner still denies its clause's verb.
    StanceJudgement none = judge("The council paid the contractors in March.",
        "The council paid nothing to the contractors in March.");
    assertThat(none.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(none.reason()).contains("negation 'nothing' applies to 'paid'");
    // Nor does it deny a verb joined to its own by "and" before it.
    assertThat(judge("Tenants pay the old rent.",
        "Tenants will continue to pay the old rent and will see no change in the deposit.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void theClaimsActionIsTheOccurrenceWithItsObject() {
    // Two "pay"s: the one with the claim's object decides, not the first.
    StanceJudgement j = judge("The council paid the architects.",
        "The council paid the contractors in March but did not pay the architects.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("negation 'not' applies to 'pay'");
    assertThat(judge("The council paid the architects.",
        "The council paid the contractors in March and paid nothing to the architects.").stance())
        .isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The council paid the architects.",
        "The council did not pay the contractors but paid the architects.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aVerbAfterAndSharesTheFirstVerbsSubject() {
    // "the United Kingdom" is where the show opened, not who sold the tickets.
    StanceJudgement j = judge("Kestra sold 60,000 tickets.", "Kestra opened in the United Kingdom and sold 60,000 tickets.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Kestra sold 60,000 tickets.",
        "The show was a success, opening in the United Kingdom and selling 60,000 tickets.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
    // Another actor of the first verb is still the second's.
    StanceJudgement other = judge("Kestra sold 60,000 tickets.", "Mervane opened in the United Kingdom and sold 60,000 tickets.");
    assertThat(other.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(other.reason()).contains("with agent Mervane");
  }

  @Test
  void aNameAndItsInitialsAreTheSameActor() {
    StanceJudgement j = judge("The Board of Coastal Fisheries has opened an inquiry into the quota breach.",
        "BCF has opened an inquiry into the quota breach.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).contains("'BCF'");
    assertThat(judge("BCF has opened an inquiry into the quota breach.",
        "The Board of Coastal Fisheries has opened an inquiry into the quota breach.").stance()).isEqualTo(Stance.SUPPORTS);
    // Other initials are another actor.
    assertThat(judge("The Board of Coastal Fisheries has opened an inquiry into the quota breach.",
        "BCR has opened an inquiry into the quota breach.").stance()).isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aDeadlineIsMetByAnEarlierTimeAndAnActionlessClaimNeedsItsDate() {
    String claim = "The dredger Marlow will be back at work on the harbour channel by early October.";
    // "by early October" is no other month than "since 3 August".
    assertThat(judge(claim, "Since 3 August the dredger Marlow has been out of work at the yard.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
    // A claim with no action of its own is not supported without its date.
    StanceJudgement undated = judge(claim, "The dredger Marlow is back at work on the harbour channel.");
    assertThat(undated.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(undated.reason()).contains("does not give the claim's date 'October'");
    assertThat(judge(claim, "The dredger Marlow will be back at work on the harbour channel in October.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // A month after the deadline is another.
    assertThat(judge(claim, "The dredger Marlow will be back at work on the harbour channel in December.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void whatANegationTakesForGrantedIsNotDenied() {
    // "charged for sitting": the sitting is taken as done; "with no" denies only its object.
    assertThat(judge("Pupils will sit the new test on 4 May.",
        "No pupil will be charged for sitting the new test on 4 May.").stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The audit will be led by a former auditor.",
        "Critics want an audit led by someone with no ties to the firm, such as a former auditor.").stance())
        .isNotEqualTo(Stance.CONTRADICTS);
    StanceJudgement without = judge("The licence was granted after a public hearing.",
        "The licence was granted with no public hearing.");
    assertThat(without.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(without.reason()).contains("('with no public hearing')");
  }

  @Test
  void aVerbThatOnlySaysWhichOneIsMeantIsNotDatedAgainstTheClaim() {
    String claim = "Pupils will sit a replacement science paper on 30 May.";
    StanceJudgement j = judge(claim,
        "Because the leak was unfair to every pupil, marks from the science paper sat on 12 May will not be counted.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("does not give the claim's date '30 May'");
    // The month alone does not give the day.
    assertThat(judge(claim, "Pupils will sit a replacement science paper in May.").reason())
        .contains("does not give the claim's date '30 May'");
    // The same verb as the clause's own still dates the action.
    assertThat(judge(claim, "The pupils sat the replacement science paper on 12 May.").stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void thereBeingNoneOfWhatTheActionTakesDeniesIt() {
    String claim = "Visitors will have to pay a parking charge at the new ferry terminal.";
    StanceJudgement j = judge(claim, "There will be no parking charge at the new ferry terminal.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("there is 'no parking charge', which the claim's 'pay' takes");
    assertThat(judge(claim, "There will be a parking charge at the new ferry terminal.").stance()).isNotEqualTo(Stance.CONTRADICTS);
    // A claim that denies the action is not contradicted by it.
    assertThat(judge("Visitors will not pay a parking charge at the new ferry terminal.",
        "There will be no parking charge at the new ferry terminal.").stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aNumberGivesTheWordsThatMakeItApproximate() {
    // "2,600" gives "around 2,600"; it does not give "more than 2,600".
    StanceJudgement j = judge("Around 2,600 tickets were refunded.", "2,600 tickets were refunded.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).doesNotContain("does not mention 'Around'");
    assertThat(judge("More than 2,600 tickets were refunded.", "2,600 tickets were refunded.").stance())
        .isNotEqualTo(Stance.SUPPORTS);
    // A number set aside after a comma is denied whatever comes before it.
    StanceJudgement aside = judge("Around 2,600 season tickets were refunded after the fault.",
        "Their figure is 3,100 tickets refunded, not 2,600.");
    assertThat(aside.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(aside.reason()).contains("the passage denies '2,600'");
  }

  @Test
  void whatCouldHappenDoesNotSupportWhatWill() {
    StanceJudgement j = judge("Rebuilding the pier will cost the town more than 2 million euros.",
        "An engineer estimated that rebuilding the pier could cost the town more than 2 million euros.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("states it only as possible ('could'), not as certain");
    // A hedged claim is supported by the same hedge.
    assertThat(judge("Rebuilding the pier could cost the town more than 2 million euros.",
        "An engineer estimated that rebuilding the pier could cost the town more than 2 million euros.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aNumberWithinTheClaimsRangeGivesTheClaimsNumber() {
    // The range's own words come with the number.
    StanceJudgement old = judge("The ferry Tolla is more than 30 years old.", "The ferry Tolla was built in 1995 and is now 31 years old.");
    assertThat(old.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(old.reason()).doesNotContain("does not mention 'more'");
    StanceJudgement exact = judge("More than 130 millimetres of rain fell on the town in a day.",
        "138 millimetres of rain fell on the town in a day.");
    assertThat(exact.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(exact.reason()).contains("'138' within the claim's 'More than 130'");
    assertThat(judge("More than 130 millimetres of rain fell on the town in a day.",
        "Nearly 140 millimetres of rain fell on the town in a day.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Roughly 38,000 patients were prescribed the drug in 2025.",
        "About 38,400 patients were prescribed the drug in 2025.").stance()).isEqualTo(Stance.SUPPORTS);
    // Out of the range, or open-ended, it gives nothing; counted things must be the same.
    assertThat(judge("More than 130 millimetres of rain fell on the town in a day.",
        "Up to 300 millimetres of rain fell on the town in a day.").stance()).isNotEqualTo(Stance.SUPPORTS);
    assertThat(judge("Fewer than 1,300 tickets were paid the wrong prize.",
        "1,286 tickets were paid the wrong prize.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Fewer than 1,300 tickets were paid the wrong prize.",
        "1,286 shops were paid the wrong prize.").stance()).isNotEqualTo(Stance.SUPPORTS);
    // "About" leaves room against a contradiction, not for another number to give it.
    assertThat(judge("Around 13,500 people attended the festival on Saturday.",
        "15,000 people attended the festival on Saturday.").stance()).isNotEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aTimeTheClaimGivesApproximatelyAllowsTimesNearIt() {
    StanceJudgement near = judge("Power to the district was restored shortly after 3pm on Tuesday.",
        "Power to the district was restored at 3.20pm on Tuesday.");
    assertThat(near.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(near.reason()).contains("'3.20pm' within the claim's 'shortly after 3pm'");
    assertThat(judge("Power to the district was restored shortly after 3pm on Tuesday.",
        "Power to the district was restored at 3.20 pm on Tuesday.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Power to the district was restored at around 3pm on Tuesday.",
        "Power to the district was restored at 2.45pm on Tuesday.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Power to the district was restored before 3pm on Tuesday.",
        "Power to the district was restored at 11am on Tuesday.").stance()).isEqualTo(Stance.SUPPORTS);
    // Outside the span, still another time.
    assertThat(judge("Power to the district was restored shortly after 3pm on Tuesday.",
        "Power to the district was restored at 5.20pm on Tuesday.").stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("Power to the district was restored before 3pm on Tuesday.",
        "Power to the district was restored at 4pm on Tuesday.").stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aFractionOfAnHourIsThatManyMinutes() {
    StanceJudgement same = judge("Customers whose trains were delayed by a quarter of an hour can claim a refund.",
        "Customers whose trains were delayed by 15 minutes can claim a refund.");
    assertThat(same.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Customers whose trains were delayed by half an hour can claim a refund.",
        "Customers whose trains were delayed by 30 minutes can claim a refund.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("Customers whose trains were delayed by half an hour can claim a refund.",
        "Customers whose trains were delayed by 60 minutes can claim a refund.").stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The strike lasted two days.", "The strike lasted 48 hours.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anAdverbOfMannerWithAnOppositeMustBeGiven() {
    StanceJudgement other = judge("The council said the library would close permanently.",
        "The council said the library will close temporarily from 1 May.");
    assertThat(other.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(other.reason()).contains("'temporarily' is the opposite of the claim's 'permanently'");
    assertThat(judge("The council said the library would close permanently.",
        "The council said the library will close.").stance()).isEqualTo(Stance.MENTIONS);
    assertThat(judge("The council said the library would close permanently.",
        "The council said the library will close permanently.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void whatTheClaimsObjectDidIsNotTheClaimsAction() {
    String claim = "Cable theft caused the power cut at the Morlan Road substation.";
    StanceJudgement reversed = judge(claim, "The power cut at the Morlan Road substation caused long delays.");
    assertThat(reversed.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(reversed.reason()).contains("the passage is about what the power cut did, not the claim's actor");
    // Through a relative pronoun, past the phrases that qualify the noun.
    assertThat(judge(claim, "Engineers are looking into the power cut at the Morlan Road substation on 3 May,"
        + " which caused long delays.").reason()).contains("the passage is about what the power cut did");
    assertThat(judge(claim, "Cable theft caused the power cut at the Morlan Road substation, engineers said.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void denyingAnotherAgentTheActionDoesNotDenyTheClaim() {
    StanceJudgement other = judge("The new wing was funded by a grant from the Arts Council.",
        "The new wing was not funded by the city.");
    assertThat(other.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(other.reason()).contains("the passage denies 'funded by city'");
    assertThat(judge("The new wing was funded by a grant from the Arts Council.",
        "The new wing was not funded by a grant from the Arts Council.").stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anOrdinalNextToAMonthIsThatDay() {
    StanceJudgement other = judge("The museum will stop lending paintings on 15 May 2027.",
        "The museum will stop lending paintings on the first of May.");
    assertThat(other.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(other.reason()).contains("date 'first of May' where the claim has '15 May'");
    assertThat(judge("The museum stopped lending paintings on 15 May.",
        "The museum stopped lending paintings on the 15th of May.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The museum stopped lending paintings on the fifteenth of May.",
        "The museum stopped lending paintings on 15 May.").stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(judge("The museum stopped lending paintings on 15 May.",
        "The museum stopped lending paintings on May 15th.").stance()).isEqualTo(Stance.SUPPORTS);
    // Last in a headline with no full stop.
    assertThat(judge("The museum stopped lending paintings on 15 May.",
        "Museum stopped lending paintings on May 15th").stance()).isEqualTo(Stance.SUPPORTS);
    // An ordinal that is no day of a month is not read as one.
    assertThat(judge("The museum stopped lending paintings on 15 May.",
        "The museum stopped lending paintings for the first time in May.").stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void whatOthersDoInARelativeClauseDoesNotUndoTheClaimsDenial() {
    String claim = "No company director visited the island during the strike.";
    StanceJudgement others = judge(claim,
        "We are sorry for the people who live on, work on and visit the island during the strike.");
    assertThat(others.stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "A company director visited the island on the second day of the strike.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void firstAndLastBeforeACountPickOutSpansNotOpposites() {
    assertThat(judge("No ferry sailed to the island during the first twelve days of the strike.",
        "The last ten days of the strike were hard for the island, and no ferry sailed.").reason())
        .doesNotContain("is the opposite of the claim's 'first'");
    assertThat(judge("Rovers won the first match of the season.", "Rovers won the last match of the season.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void theCountOfADefinitePhraseAfterAPrepositionNeedNotBeRepeated() {
    // "over the two strike days" says which days; the passage names them otherwise.
    StanceJudgement j = judge("More than 140 Varra Air flights were cancelled over the two strike days.",
        "More than 140 Varra Air flights were cancelled across the strike days, Friday and Saturday.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    // A count the claim asserts is still needed, and another count still conflicts.
    assertThat(judge("Varra Air cancelled more than 140 flights.", "Varra Air cancelled flights on Friday.").stance())
        .isNotEqualTo(Stance.SUPPORTS);
    assertThat(judge("More than 140 Varra Air flights were cancelled over the two strike days.",
        "More than 140 Varra Air flights were cancelled over the three strike days.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void showingAndDisplayingAreOneAction() {
    StanceJudgement j = judge("The warning panel showed a red light before the crash.",
        "The warning panel displayed a red light before the crash.");
    assertThat(j.stance()).isEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).doesNotContain("does not state the claim's action");
  }

  @Test
  void aNameBeforeTheCountedNounDoesNotHideIt() {
    // "140 Varra Air flights" counts flights, as "112 flights" does.
    StanceJudgement j = judge("More than 140 Varra Air flights were cancelled on Friday.",
        "The airline says 112 flights were cancelled on Friday.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'112 flights'");
    // A date before a name is no count of what follows.
    assertThat(judge("Varra Air cancelled 40 flights.", "On 15 March Varra Air cancelled 40 flights.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void writingToSomeoneIsTheClaimsActionNotWhatWasSaid() {
    String claim = "The Kelby housing trust wrote to every family whose home was flooded.";
    StanceJudgement j = judge(claim, "Families whose home was flooded say they heard nothing from the Kelby housing trust.");
    assertThat(j.stance()).isNotEqualTo(Stance.SUPPORTS);
    assertThat(j.reason()).contains("'wrote'");
    assertThat(ENGINE.frame(claim, IdfSource.uniform()).speechUnit).isNegative();
    // With a clause after it ("that" and no verb right after), the verb still frames what was said.
    assertThat(ENGINE.frame("The minister wrote to the committee that the bridge would reopen in May.",
        IdfSource.uniform()).speechUnit).isNotNegative();
  }

  @Test
  void aQuestionersTurnIsNotTheSourcesOwnButItsAnswerIs() {
    String claim = "The depot at Orlwick will close at the end of the year.";
    SourceVoice firm = SourceVoice.of(LEXICON, ALIASES, null, "Vantor Logistics").official(LEXICON);
    String turn = "Q (Radio North): Staff were told the depot at Orlwick will close at the end of the year.";
    StanceJudgement asked = judge(claim, turn, firm);
    assertThat(asked.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(asked.reason()).contains("the questioner's words");
    // The source's bare no, after "Is that the plan?", is its own denial.
    ClaimFrame frame = ENGINE.frame(claim, IdfSource.uniform());
    StanceJudgement no = ENGINE.answeredTurn(frame, ENGINE.prepare(tokensOf(turn)), tokensOf("Is that the plan?"),
        tokensOf("MANAGING DIRECTOR: No, the depot stays open."), firm);
    assertThat(no).isNotNull();
    assertThat(no.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(no.attribution().ownVoice()).isTrue();
    assertThat(no.reason()).contains("the questioner's account", "'Is that the plan?'");
    // The same words without the label are the source's.
    assertThat(judge(claim, "Staff were told the depot at Orlwick will close at the end of the year.", firm).stance())
        .isEqualTo(Stance.SUPPORTS);
    // A claim of what someone said is not what the questioner's account states.
    assertThat(ENGINE.answeredTurn(ENGINE.frame("The managing director said the depot at Orlwick would stay open.",
        IdfSource.uniform()), ENGINE.prepare(tokensOf(turn)), tokensOf("Is that the plan?"),
        tokensOf("MANAGING DIRECTOR: No, the depot stays open."), firm)).isNull();
  }

  @Test
  void aNameInAnOpeningCircumstanceMayBeNamedElsewhereInTheSource() {
    String claim = "Under Vantor, parcels are to be sorted at a central depot and delivered by van.";
    String passage = "We hear that parcels will be sorted at a central depot and delivered by van.";
    SourceVoice withName = SourceVoice.of(LEXICON, ALIASES, null, "Orlwick Residents Group")
        .withNamed(Set.of(Stemmer.key("vantor")));
    StanceJudgement j = judge(claim, passage, withName);
    assertThat(j.reason()).contains("'Vantor' named elsewhere in the source");
    assertThat(judge(claim, passage, SourceVoice.of(LEXICON, ALIASES, null, "Orlwick Residents Group")).reason())
        .doesNotContain("named elsewhere");
  }

  @Test
  void aCompoundNamesTheSameActorAsItsHead() {
    // "shipowner" and "owners" are not two actors.
    StanceJudgement j = judge("The cost of the salvage is being met by the shipowner's insurers.",
        "The full cost of the salvage is being met by the owners through their insurers.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.ROLE_CONFLICT);
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The cost of the salvage is being met by the shipowner's insurers.",
        "The full cost of the salvage is being met by the council through its insurers.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aDecisionStillToBeTakenLeavesItsOutcomeOpen() {
    StanceJudgement j = judge("The board has decided to appeal against the fine.",
        "The board is expected to decide within days whether to appeal against the fine.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("'decide ... whether'");
    assertThat(judge("The board has decided to appeal against the fine.",
        "The board decided on Monday to appeal against the fine.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anAmountWithItsScaleAbbreviatedIsTheAmount() {
    String claim = "The contract is worth about \u00a314 million.";
    assertThat(judge(claim, "The contract, worth \u00a314.2m, was signed on Friday.").stance()).isEqualTo(Stance.SUPPORTS);
    StanceJudgement other = judge(claim, "The contract, worth \u00a320m, was signed on Friday.");
    assertThat(other.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(other.reason()).contains("'\u00a320m'");
    assertThat(judge("The deal is worth $3 billion.", "The deal is worth $3bn.").stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aSourceSharingAPlaceNameWithAnotherPartyIsNotItsVoice() {
    String claim = "Marsh Homes said it would pay the fine from its reserves.";
    String passage = "Marsh Homes said it would pay the fine from its reserves.";
    SourceVoice federation = SourceVoice.of(LEXICON, ALIASES, null, "Marsh Tenants Federation");
    StanceJudgement reported = judge(claim, passage, federation);
    assertThat(reported.attribution().ownVoice()).isFalse();
    assertThat(reported.attribution().holder()).isEqualTo("Marsh Homes");
    // The party's own statement, under its name or a part of it, is its own voice.
    assertThat(judge(claim, passage, SourceVoice.of(LEXICON, ALIASES, null, "Marsh Homes Ltd")).attribution().ownVoice())
        .isTrue();
    assertThat(judge(claim, passage, SourceVoice.of(LEXICON, ALIASES, null, "Marsh Homes")).attribution().ownVoice())
        .isTrue();
  }

  @Test
  void aPossessedCommonWordIsNoPartOfAName() {
    StanceJudgement j = judge("Marsh Homes repaired the roofs.", "Volunteers repaired the roofs of people's homes.");
    assertThat(j.matched()).doesNotContain("homes");
    assertThat(judge("Marsh Homes repaired the roofs.", "Homes repaired the roofs.").matched()).contains("Homes");
  }

  @Test
  void aSuperlativeGivenToAnotherNamedPartyIsDeniedOfTheClaimsOne() {
    String claim = "Kelby Foods put in the lowest bid for the school meals contract.";
    StanceJudgement j = judge(claim, "A rival, Marlow Kitchens, tabled the lowest bid for the school meals contract.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'the lowest' goes to Marlow Kitchens");
    assertThat(judge(claim, "Kelby Foods tabled the lowest bid for the school meals contract.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // A word in "-est" that is no superlative gives nothing to anyone.
    assertThat(judge("Kelby Foods put in the honest bid for the school meals contract.",
        "Marlow Kitchens made the honest bid for the school meals contract.").reason()).doesNotContain("goes to");
  }

  @Test
  void aChangeFromOneAmountToAnotherIsNoTally() {
    // "from \u00a32 to \u00a32.60" is a rise, not a count of two sides such as "23 votes to 18".
    StanceJudgement j = judge("The adult single fare is going up from \u00a32 to \u00a32.60.",
        "A single fare going from two pounds to two pounds sixty is a big increase.");
    assertThat(j.reason()).doesNotContain("tally");
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge("The motion passed by 23 votes to 19.", "The motion passed by 23 votes to 18.").reason())
        .contains("tally");
  }

  @Test
  void theMainClausesActionComesBeforeARelativeClauses() {
    // "received" only picks out the applicants; the claim is about paying.
    String claim = "Applicants who received the wrong letters will be paid compensation by the college.";
    ClaimFrame frame = ENGINE.frame(claim, IdfSource.uniform());
    assertThat(frame.units.get(frame.predicates.get(0)).unit().display()).isEqualTo("paid");
    assertThat(judge(claim, "We cannot give places to people because of our mistake, in fairness to other applicants.")
        .stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aConditionIsNotAFact() {
    String claim = "Residents will have to move out of Larch House.";
    StanceJudgement j = judge(claim, "If a resident decides to move out of Larch House, we will support that.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("'If'");
    assertThat(judge(claim, "We will help residents if they move out of Larch House.").stance()).isEqualTo(Stance.MENTIONS);
    // "even if" concedes what follows; the main clause is still asserted.
    assertThat(judge("Residents moved out of Larch House.", "Residents moved out of Larch House, even if they did not want to.")
        .stance()).isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anObligationInTheClaimIsNotMetByAWish() {
    // "will have to move" says the action; "wants to move" only wishes it.
    StanceJudgement j = judge("Residents will have to move out of Larch House.", "A resident wants to move out of Larch House.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("only as asked, wanted");
    assertThat(judge("Residents will have to move out of Larch House.", "Residents will move out of Larch House.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void anOppositeAtAnotherTimeIsNoConflict() {
    String claim = "The public vote to name the calf closes on 26 March.";
    StanceJudgement j = judge(claim, "The public vote to name the calf opens on Wednesday and runs until the 26th of March.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.ANTONYM);
    assertThat(judge(claim, "The public vote to name the calf opens on 26 March.").stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void aDateInARelativeClauseTellsOfItsNoun() {
    StanceJudgement j = judge("The okapi calf was born at Marsh Zoo in the early hours of Tuesday 9 March 2027.",
        "The calf arrived in the early hours of Tuesday to its mother, who came to Marsh Zoo from a wildlife park in 2021.");
    assertThat(j.reason()).doesNotContain("'2021'");
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void oneOfTheOptionsGivesAClaimOfWhatMayBeDone() {
    String claim = "Passengers can claim a full refund.";
    assertThat(judge(claim, "Passengers can rebook free of charge or claim a full refund.").stance())
        .isEqualTo(Stance.SUPPORTS);
    // What was done is not one of two things that might have been.
    assertThat(judge("The minister was jailed.", "The minister could be fined or jailed.").stance()).isEqualTo(Stance.MENTIONS);
  }

  @Test
  void aTranscriptsLabelledSpeakerIsTheSourcesOwn() {
    String claim = "The public vote runs until 26 March.";
    String passage = "KESTREL: The public vote opens on Wednesday and runs until the 26th of March.";
    SourceVoice zoo = SourceVoice.of(LEXICON, ALIASES, null, "Marsh Zoo");
    assertThat(judge(claim, passage, zoo.asTranscript()).attribution().ownVoice()).isTrue();
    // Elsewhere such a label names someone the source reports; a questioner is never the source.
    assertThat(judge(claim, passage, zoo).attribution().ownVoice()).isFalse();
    assertThat(judge(claim, "Q: The public vote opens on Wednesday and runs until the 26th of March.",
        zoo.asTranscript()).reason()).contains("the questioner's words");
  }

  @Test
  void aNegatedOppositeDeniesNothing() {
    String claim = "The Larch Regatta was called off because of the algae.";
    StanceJudgement j = judge(claim, "The Larch Regatta will not go ahead because of the algae.");
    assertThat(kinds(j)).doesNotContain(Cue.Kind.ANTONYM);
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "The Larch Regatta will go ahead despite the algae.").stance()).isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anotherOfItsKindIsNotTheClaimsOne() {
    String claim = "The okapi calf was born at Marsh Zoo in the early hours of Tuesday 9 March 2027.";
    for (String passage : List.of("Our last okapi calf, Kito, was born at Marsh Zoo in 2005.",
        "A calf named Kito was born at Marsh Zoo in 2005.", "Another calf was born at Marsh Zoo in 2005.")) {
      StanceJudgement j = judge(claim, passage);
      assertThat(j.stance()).as(passage).isEqualTo(Stance.MENTIONS);
      assertThat(j.reason()).as(passage).contains("is another of its kind than the claim's");
    }
    // The claim's own calf, told without such a word, still conflicts on the year.
    assertThat(judge(claim, "The calf was born at Marsh Zoo in 2005.").stance()).isEqualTo(Stance.CONTRADICTS);
    // A name given to the claim's own calf is no other calf; nor is a last week another of its kind.
    assertThat(judge(claim, "The calf, named Kito, was born at Marsh Zoo on 9 March 2027.").reason())
        .doesNotContain("another of its kind");
    assertThat(judge("The bridge reopened last week.", "The bridge reopened last week.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aParticipleThatDescribesANounIsNoActionOfTheClaim() {
    String claim = "The governing board will ratify record times from the race, including the women's winning run.";
    StanceJudgement j = judge(claim, "That includes the winning time in the women's race and any age-group bests.");
    assertThat(j.reason()).contains("does not state the claim's action 'ratify'");
    assertThat(judge("Police arrested the injured driver.", "Police arrested the driver, who was injured.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void whatADirectiveAsksForIsNotDoneForAClaimWithNoActionWord() {
    String claim = "The organisers are giving runners their entry fees back in full.";
    StanceJudgement j = judge(claim,
        "A group representing runners, the Corrin Runners' Forum, has called for the entry fee to be refunded in full.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("'called ... to be refunded'");
    assertThat(judge(claim, "The organisers said the entry fee would be refunded in full to runners.").stance())
        .isEqualTo(Stance.SUPPORTS);
  }

  @Test
  void aWhetherClauseIsNeverAsserted() {
    String claim = "The lighthouse's Fresnel lens is to be taken out of the lantern room.";
    StanceJudgement j = judge(claim, "We ask for confirmation of whether the Fresnel lens, which remains in the lantern room,"
        + " will stay in place.");
    assertThat(j.stance()).isEqualTo(Stance.MENTIONS);
    assertThat(j.reason()).contains("leaves this open");
    assertThat(judge(claim, "Whether the Fresnel lens will be taken out of the lantern room is for the buyer to decide.")
        .stance()).isEqualTo(Stance.MENTIONS);
  }

  @Test
  void aClaimWithNoActionWordDeniesTheFirstWordAfterItsNegation() {
    String claim = "The Brannock Point light has not been in service as a navigation aid since 2019.";
    StanceJudgement j = judge(claim, "The lamp at Brannock Point was switched off in 2019, one of many lights made"
        + " redundant by satellite navigation.");
    assertThat(j.reason()).doesNotContain("the claim denies 'navigation'");
    assertThat(j.stance()).isNotEqualTo(Stance.CONTRADICTS);
    assertThat(judge(claim, "The Brannock Point light has been in service as a navigation aid since 2019.").stance())
        .isEqualTo(Stance.CONTRADICTS);
  }

  @Test
  void anEventToldFromTheOtherSideKeepsItsTime() {
    String claim = "The Friends of Marsh Light handed in their offer before the council's closing date.";
    StanceJudgement j = judge(claim, "A further bid, from the Friends of Marsh Light, was received on 4 March, after the closing date.");
    assertThat(j.stance()).isEqualTo(Stance.CONTRADICTS);
    assertThat(j.reason()).contains("'after the closing date' where the claim has 'before");
    // Received before the date, it still does not show who handed it in.
    assertThat(judge(claim, "The bid from the Friends of Marsh Light was received before the closing date.").stance())
        .isEqualTo(Stance.MENTIONS);
  }
}
