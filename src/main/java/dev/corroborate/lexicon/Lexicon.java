package dev.corroborate.lexicon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.corroborate.analysis.Stemmer;
import dev.corroborate.analysis.Token;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The stance engine's word lists, read from {@code cues.yaml} and keyed by matching key (stem), so
 * a lookup is one hash probe. Immutable and thread-safe.
 */
public final class Lexicon {
  private final Set<String> negations;
  private final Set<String> negatingDeterminers;
  private final Set<String> objectSensitiveRefutations;
  private final Set<String> disagreementNouns;
  private final Set<String> propositions;
  private final Set<String> institutions;
  private final Set<String> businessSelfNames;
  private final Set<String> refutations;
  private final Set<String> doubts;
  private final Set<String> hedges;
  private final Set<String> intentions;
  private final Set<String> attributions;
  private final Set<String> sourcings;
  private final Set<String> labels;
  private final Set<String> informants;
  private final Set<String> noncommittal;
  private final Set<String> declines;
  private final Set<String> othersOfKind;
  private final Set<String> raising;
  private final Set<String> directives;
  private final Set<String> knowing;
  private final Set<String> openings;
  private final Set<String> peopleNouns;
  private final Set<String> possibilities;
  private final Set<String> admissions;
  private final Set<String> directions;
  private final Map<String, Set<String>> passiveMeanings;
  private final Set<String> innocence;
  private final Set<String> guiltNouns;
  private final Set<String> partialQuantifiers;
  private final Set<String> universalQuantifiers;
  private final Set<String> light;
  private final Set<String> titles;
  private final Set<String> clauseBoundaries;
  private final Set<String> selfReferences;
  private final Set<String> stopwords;
  private final Set<String> temporal;
  private final Map<String, Set<String>> synonymGroups;
  private final Map<String, Set<String>> antonyms;
  private final Map<String, Set<String>> oppositePrepositions;
  private final Map<String, Set<String>> converses;
  private final Map<String, Set<String>> synonymMembers;
  private final Map<String, Set<String>> phrasalVerbs;
  private final AssertionCues assertionCues;

  /** The document shape of cues.yaml. */
  record CueFile(
      List<String> negations,
      List<String> negatingDeterminers,
      List<String> partialQuantifiers,
      List<String> universalQuantifiers,
      List<String> refutations,
      List<String> objectSensitiveRefutations,
      List<String> disagreementNouns,
      List<String> propositions,
      List<String> institutions,
      List<String> businessSelfNames,
      List<String> doubts,
      List<String> hedges,
      List<String> intentions,
      List<String> attributions,
      List<String> labels,
      List<String> sourcings,
      List<String> informants,
      List<String> noncommittal,
      List<String> declines,
      List<String> othersOfKind,
      List<String> raising,
      List<String> knowing,
      List<String> openings,
      List<String> peopleNouns,
      List<String> possibilities,
      List<String> directives,
      List<String> admissions,
      List<String> directions,
      List<List<String>> passiveMeanings,
      List<String> innocence,
      List<String> guiltNouns,
      List<String> light,
      List<String> titles,
      List<String> clauseBoundaries,
      List<String> selfReferences,
      List<String> stopwords,
      List<String> temporal,
      List<List<String>> synonyms,
      List<List<String>> antonyms,
      List<List<String>> oppositePrepositions,
      List<List<String>> converses,
      List<List<String>> phrasalVerbs,
      AssertionCues assertionCues) {}

  private Lexicon(CueFile f) {
    negations = lemmas(f.negations());
    negatingDeterminers = lemmas(f.negatingDeterminers());
    partialQuantifiers = lemmas(f.partialQuantifiers());
    universalQuantifiers = lemmas(f.universalQuantifiers());
    objectSensitiveRefutations = keys(f.objectSensitiveRefutations());
    disagreementNouns = keys(f.disagreementNouns());
    propositions = keys(f.propositions());
    institutions = keys(f.institutions());
    businessSelfNames = keys(f.businessSelfNames());
    refutations = keys(f.refutations());
    doubts = keys(f.doubts());
    hedges = lemmas(f.hedges());
    intentions = keys(f.intentions());
    attributions = keys(f.attributions());
    sourcings = keys(f.sourcings());
    labels = keys(f.labels());
    informants = keys(f.informants());
    noncommittal = keys(f.noncommittal());
    declines = keys(f.declines());
    othersOfKind = lemmas(f.othersOfKind());
    raising = lemmas(f.raising());
    directives = lemmas(f.directives());
    knowing = lemmas(f.knowing());
    openings = lemmas(f.openings());
    peopleNouns = keys(f.peopleNouns());
    possibilities = lemmas(f.possibilities());
    admissions = lemmas(f.admissions());
    directions = keys(f.directions());
    Map<String, Set<String>> passive = new HashMap<>();
    for (List<String> pair : f.passiveMeanings() == null ? List.<List<String>>of() : f.passiveMeanings()) {
      if (pair.size() != 2) {
        throw new IllegalStateException("cues.yaml: a passive meaning entry must be [verb, meaning]: " + pair);
      }
      passive.computeIfAbsent(pair.get(0).trim().toLowerCase(java.util.Locale.ROOT), x -> new HashSet<>())
          .add(Stemmer.key(pair.get(1)));
    }
    passiveMeanings = freeze(passive);
    innocence = lemmas(f.innocence());
    guiltNouns = lemmas(f.guiltNouns());
    light = keys(f.light());
    titles = keys(f.titles());
    clauseBoundaries = keys(f.clauseBoundaries());
    selfReferences = keys(f.selfReferences());
    stopwords = keys(f.stopwords());
    temporal = keys(f.temporal());
    Map<String, Set<String>> syn = new HashMap<>();
    for (int g = 0; g < f.synonyms().size(); g++) {
      for (String k : keys(f.synonyms().get(g))) {
        syn.computeIfAbsent(k, x -> new HashSet<>()).add("syn:" + g);
      }
    }
    synonymGroups = freeze(syn);
    Map<String, Set<String>> members = new HashMap<>();
    syn.forEach((k, groups) -> groups.forEach(g -> members.computeIfAbsent(g, x -> new HashSet<>()).add(k)));
    synonymMembers = freeze(members);
    Map<String, Set<String>> phrasal = new HashMap<>();
    for (List<String> pair : f.phrasalVerbs() == null ? List.<List<String>>of() : f.phrasalVerbs()) {
      if (pair.size() != 2 || pair.get(0).trim().split("\\s+").length != 2) {
        throw new IllegalArgumentException("a phrasal verb must be [verb particle, verb]: " + pair);
      }
      phrasal.put(pair.get(0).trim().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "),
          Set.of(Stemmer.key(pair.get(1))));
    }
    phrasalVerbs = freeze(phrasal);
    antonyms = freeze(pairs(f.antonyms(), "an antonym"));
    oppositePrepositions = freeze(pairs(f.oppositePrepositions(), "an opposite preposition"));
    converses = freeze(pairs(f.converses(), "a converse"));
    assertionCues = f.assertionCues() == null ? AssertionCues.none() : f.assertionCues();
  }

  /** The lexicon shipped in the jar. */
  public static Lexicon shipped() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    try (InputStream in = Lexicon.class.getResourceAsStream("cues.yaml")) {
      if (in == null) {
        throw new IllegalStateException("cues.yaml missing from the jar");
      }
      return new Lexicon(yaml.readValue(in, CueFile.class));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped cues.yaml: " + e.getMessage(), e);
    }
  }

  private static Set<String> keys(List<String> words) {
    return words == null ? Set.of() : words.stream().map(Stemmer::key).collect(Collectors.toUnmodifiableSet());
  }

  private static Set<String> lemmas(List<String> words) {
    return words == null ? Set.of()
        : words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }

  private static Map<String, Set<String>> freeze(Map<String, Set<String>> m) {
    Map<String, Set<String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, Set.copyOf(v)));
    return Map.copyOf(out);
  }

  /** Whether a token with this lemma negates its clause. */
  public boolean isNegation(String lemma) {
    return negations.contains(lemma);
  }

  public boolean isRefutation(String key) {
    return refutations.contains(key);
  }

  /**
   * Whether this word casts doubt on a report without refuting it outright ("sceptical", "prank",
   * "exaggerated"). Only the learned model's features count these; no rule fires on them.
   */
  public boolean isDoubt(String key) {
    return doubts.contains(key);
  }

  /** Whether a token with this lemma weakens commitment. */
  public boolean isHedge(String lemma) {
    return hedges.contains(lemma);
  }

  /**
   * Whether the token at {@code i} weakens commitment to what it governs: a hedge word ("reportedly",
   * "may"), or a verb of intending or weighing ("plans to", "is considering"), also where the tagger
   * took it for a noun before "to" and a verb ("the company plans to close").
   */
  public boolean hedges(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (isHedge(t.lemma()) || raisingPassive(tokens, i)) {
      return true;
    }
    return intentions.contains(t.key()) && (t.isVerb() || (i + 2 < tokens.size()
        && tokens.get(i + 1).key().equals("to") && tokens.get(i + 2).isVerb()));
  }

  /**
   * Whether the word is a verb of saying or rumour in a passive that hands the statement to unnamed
   * others: "is said to have resigned", "Apple Reported to Begin Shipping", "rumored to be", "alleged
   * to have". The sentence's subject is then not a speaker, and the statement is hedged.
   */
  public boolean raisingPassive(List<Token> tokens, int i) {
    if (i + 2 >= tokens.size() || !tokens.get(i + 1).key().equals("to")) {
      return false;
    }
    Token t = tokens.get(i);
    String w = t.text().toLowerCase(java.util.Locale.ROOT);
    boolean participle = w.endsWith("ed") || w.equals("said") || w.equals("thought") || w.equals("understood");
    boolean saying = HANDED_ON.contains(t.key());
    Token after = tokens.get(i + 2);
    boolean base = after.pos().equals("AUX") || (after.isVerb()
        && after.text().toLowerCase(java.util.Locale.ROOT).equals(after.lemma()));
    return participle && saying && base;
  }

  /**
   * Verbs whose passive with "to" leaves the statement to others ("is said to", "is believed to").
   * Not "confirmed to be" or "announced to be", which assert.
   */
  private static final Set<String> HANDED_ON = Set.of(Stemmer.key("said"), Stemmer.key("say"), Stemmer.key("reported"),
      Stemmer.key("alleged"), Stemmer.key("claimed"), Stemmer.key("rumored"), Stemmer.key("rumoured"),
      Stemmer.key("thought"), Stemmer.key("think"), Stemmer.key("believed"), Stemmer.key("understood"),
      Stemmer.key("supposed"), Stemmer.key("reckoned"));

  public boolean isAttribution(String key) {
    return attributions.contains(key);
  }

  /** Whether this word labels a kind of story before a colon ("Update:", "Exclusive:"). */
  public boolean isLabel(String key) {
    return labels.contains(key);
  }

  /** Whether this verb names the sources of an assertion ("citing", "quoting"). */
  public boolean isSourcing(String key) {
    return sourcings.contains(key);
  }

  /** Whether this negation word negates its whole clause ("no", "nobody", "nothing"), by lemma. */
  public boolean isNegatingDeterminer(String lemma) {
    return negatingDeterminers.contains(lemma);
  }

  /** Whether this lemma quantifies part of a group ("some", "several", "many"). */
  public boolean isPartialQuantifier(String lemma) {
    return partialQuantifiers.contains(lemma);
  }

  /** Whether this lemma quantifies all of a group ("all", "every", "each"). */
  public boolean isUniversalQuantifier(String lemma) {
    return universalQuantifiers.contains(lemma);
  }

  /** Whether this refutation word, as a noun, names a disagreement rather than a denial ("a pay dispute"). */
  public boolean isDisagreementNoun(String key) {
    return disagreementNouns.contains(key);
  }

  /** Whether this refutation verb refutes only a that-clause or a proposition noun ("reject", "dismiss"). */
  public boolean isObjectSensitiveRefutation(String key) {
    return objectSensitiveRefutations.contains(key);
  }

  /** Whether this noun names something said or held true ("report", "claim", "account"). */
  public boolean isProposition(String key) {
    return propositions.contains(key);
  }

  /** Whether this noun names an institution by its kind ("ministry", "union", "council"). */
  public boolean isInstitution(String key) {
    return institutions.contains(key);
  }

  /** The keys by which a business's own statements name it ("company", "firm", "group"). */
  public Set<String> businessSelfNames() {
    return businessSelfNames;
  }

  /** Whether this noun names informants ("officials", "a source", "documents"). */
  public boolean isInformant(String key) {
    return informants.contains(key);
  }

  public boolean isNoncommittal(String key) {
    return noncommittal.contains(key);
  }

  public boolean isDecline(String key) {
    return declines.contains(key);
  }

  /** Whether a modifier with this lemma makes its noun another of its kind ("last", "previous", "another"). */
  public boolean isOtherOfKind(String lemma) {
    return othersOfKind.contains(lemma);
  }

  /**
   * Whether the verb at {@code i} only frames the action after it: a verb of expecting or scheduling in
   * the passive, with "to" and a verb after it ("is expected to cut", "was projected to save", "is
   * set to close"). The infinitive is the action.
   */
  public boolean isRaising(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    if (!t.isVerb() || !raising.contains(t.lemma()) || i + 2 >= tokens.size() || i == 0) {
      return false;
    }
    String before = tokens.get(i - 1).lemma();
    boolean passive = before.equals("be") || tokens.get(i - 1).pos().equals("AUX");
    return passive && tokens.get(i + 1).key().equals("to") && tokens.get(i + 2).isVerb();
  }

  /** Whether this lemma says something has come to be known ("determine", "establish", "identify"). */
  public boolean isKnowing(String lemma) {
    return knowing.contains(lemma);
  }

  /** Whether this lemma is a noun whose "of" names something not said to have happened ("question"). */
  public boolean isPossibility(String lemma) {
    return possibilities.contains(lemma);
  }

  /** Whether this key is a noun that counts people of any kind ("people", "person"). */
  public boolean isPeopleNoun(String key) {
    return peopleNouns.contains(key);
  }

  /** Whether this lemma may open a question left open before "what", "why", "how" ("say", "unclear"). */
  public boolean isOpening(String lemma) {
    return openings.contains(lemma);
  }

  /** Whether this lemma's "to" and infinitive is asked, wanted or tried, not done ("asked her to resign"). */
  public boolean isDirective(String lemma) {
    return directives.contains(lemma);
  }

  public boolean isLight(String key) {
    return light.contains(key);
  }

  public boolean isTitle(String key) {
    return titles.contains(key);
  }

  /** Whether every one of these words is a title ("Prime Minister"): a name that is only an office. */
  public boolean allTitles(List<Token> words) {
    for (Token t : words) {
      if (!isTitle(t.key())) {
        return false;
      }
    }
    return !words.isEmpty();
  }

  public boolean isClauseBoundary(String key) {
    return clauseBoundaries.contains(key);
  }

  public boolean isSelfReference(String key) {
    return selfReferences.contains(key);
  }

  /** Months, weekdays and the like: words that date an event. */
  public boolean isTemporal(String key) {
    return temporal.contains(key);
  }

  /**
   * Whether a token names a month or day ("May 11", "on Monday"): a calendar word written with a
   * capital, unless the tagger read it as an auxiliary ("Apple May Buy ..." in a title-case headline).
   */
  public boolean isCalendarName(Token t) {
    return isTemporal(t.key()) && !t.text().isEmpty() && Character.isUpperCase(t.text().charAt(0))
        && !t.pos().equals("AUX");
  }

  public boolean isStopword(String key) {
    return stopwords.contains(key);
  }

  /**
   * The key of the one verb a phrasal verb means ("step down": resign) when the token at {@code i} is
   * its verb with the particle right after it or after a pronoun ("called it off"); empty otherwise.
   */
  public Set<String> phrasalKeys(List<Token> tokens, int i) {
    int k = phrasalParticle(tokens, i);
    return k < 0 ? Set.of()
        : phrasalVerbs.get(tokens.get(i).lemma() + " " + tokens.get(k).text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Where the particle of the phrasal verb whose verb is the token at {@code i} stands ("place" in
   * "took place"), or -1 when that token is no such verb. A particle that is a content word is part of
   * the verb, not a word of its own.
   */
  public int phrasalParticle(List<Token> tokens, int i) {
    Token verb = tokens.get(i);
    if (!verb.isVerb() || phrasalVerbs.isEmpty()) {
      return -1;
    }
    for (int k = i + 1; k <= i + 2 && k < tokens.size(); k++) {
      Token next = tokens.get(k);
      if (phrasalVerbs.containsKey(verb.lemma() + " " + next.text().toLowerCase(java.util.Locale.ROOT))) {
        return k;
      }
      if (!next.pos().equals("PRON")) {
        break;
      }
    }
    return -1;
  }

  /** Synonym-group ids ("syn:N") the key belongs to; empty when none. */
  public Set<String> synonymGroups(String key) {
    return synonymGroups.getOrDefault(key, Set.of());
  }

  /** Keys of the words that share a synonym group with this key (the key itself excluded). */
  public Set<String> synonyms(String key) {
    Set<String> out = new HashSet<>();
    for (String g : synonymGroups(key)) {
      out.addAll(synonymMembers.getOrDefault(g, Set.of()));
    }
    out.remove(key);
    return out;
  }

  /** Words and phrases that mark a sentence as other than a factual assertion (for claim extraction). */
  public AssertionCues assertionCues() {
    return assertionCues;
  }

  private static Map<String, Set<String>> pairs(List<List<String>> entries, String what) {
    Map<String, Set<String>> out = new HashMap<>();
    for (List<String> pair : entries == null ? List.<List<String>>of() : entries) {
      if (pair.size() != 2) {
        throw new IllegalStateException("cues.yaml: " + what + " entry must be a pair: " + pair);
      }
      String a = Stemmer.key(pair.get(0));
      String b = Stemmer.key(pair.get(1));
      out.computeIfAbsent(a, x -> new HashSet<>()).add(b);
      out.computeIfAbsent(b, x -> new HashSet<>()).add(a);
    }
    return out;
  }

  /**
   * Keys of the verbs that tell the same event from the other party's side ("deliver" and
   * "receive", "sell" and "buy"); empty when none.
   */
  public Set<String> converses(String key) {
    return converses.getOrDefault(key, Set.of());
  }

  /**
   * The keys of what this verb's passive means ("die" for "kill": "were killed" is "died"), by the
   * verb's lemma; empty when none.
   */
  public Set<String> passiveMeanings(String lemma) {
    return passiveMeanings.getOrDefault(lemma, Set.of());
  }

  /**
   * The keys a verb at {@code i} also has because it is passive ("were killed": "die"); empty when it
   * is not passive (a form of "be" or "get" right before it, adverbs and "not" aside) or has none.
   */
  public Set<String> passiveKeys(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    Set<String> meanings = t.isVerb() ? passiveMeanings(t.lemma()) : Set.of();
    if (meanings.isEmpty()) {
      return Set.of();
    }
    int k = i - 1;
    while (k >= 0 && (tokens.get(k).pos().equals("ADV") || tokens.get(k).pos().equals("PART"))) {
      k--;
    }
    boolean passive = k >= 0 && tokens.get(k).pos().equals("AUX")
        && (tokens.get(k).lemma().equals("be") || tokens.get(k).lemma().equals("get"));
    if (!passive) {
      return Set.of();
    }
    Set<String> out = new HashSet<>();
    for (String m : meanings) {
      out.add(m);
      out.addAll(synonymGroups(m));
    }
    return out;
  }

  /** Whether this key is an adverb of direction ("north", "downstream"), a content word though an adverb. */
  public boolean isDirection(String key) {
    return directions.contains(key);
  }

  /** Whether this lemma is a verb of owning up to an act ("admit", "confess"). */
  public boolean isAdmission(String lemma) {
    return admissions.contains(lemma);
  }

  /** Whether this lemma declares innocence ("innocence", "innocent"). */
  public boolean isInnocence(String lemma) {
    return innocence.contains(lemma);
  }

  /** Whether this lemma names guilt that a denial denies ("wrongdoing", "charge"). */
  public boolean isGuiltNoun(String lemma) {
    return guiltNouns.contains(lemma);
  }

  /**
   * Keys of the prepositions that place a thing on the other side of what this preposition's key
   * places it ("outside" for "inside", "after" for "before"); empty when none.
   */
  public Set<String> oppositePrepositions(String key) {
    return oppositePrepositions.getOrDefault(key, Set.of());
  }

  /** Keys that are antonyms of this key; empty when none. */
  public Set<String> antonyms(String key) {
    return antonyms.getOrDefault(key, Set.of());
  }
}
