package dev.corroborate.stance;

import dev.corroborate.analysis.Stemmer;
import dev.corroborate.lexicon.AliasTable;
import dev.corroborate.lexicon.Lexicon;
import dev.corroborate.lexicon.TermUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a source implies in each of its sentences: the keys by which its own voice is recognised
 * (the words of its speaker and publisher, and the entities they name: "Ministry of Foreign Affairs
 * of ... China" speaks for China), and what its title names, the topic every sentence of it is about
 * ("Arrests after clashes in Kessler Square").
 *
 * @param keys   the voice's keys
 * @param topic  the title's keys (words with their synonym groups, names' words, entity ids)
 * @param names  the keys of each name and entity of the title
 * @param date   the source's date, against which it says "today" or "on Monday"; null when unknown
 * @param named  the keys of every word and name anywhere in the source (empty when not given)
 * @param parts  the keys of each of the voice's names (speaker, publisher) apart; empty when the
 *               voice was given as keys only
 * @param transcript whether the source is a briefing's transcript, whose labelled speakers ("HEAD
 *               KEEPER:") are its own people
 */
public record SourceVoice(Set<String> keys, Set<String> topic, List<Set<String>> names, java.time.LocalDate date,
    Set<String> named, List<Set<String>> parts, boolean transcript) {
  private static final SourceVoice NONE = new SourceVoice(Set.of());

  public SourceVoice {
    keys = Set.copyOf(keys);
    topic = Set.copyOf(topic);
    names = names.stream().map(Set::copyOf).toList();
    named = Set.copyOf(named);
    parts = parts.stream().map(Set::copyOf).toList();
  }

  /** A voice without a date or the source's words. */
  public SourceVoice(Set<String> keys, Set<String> topic, List<Set<String>> names) {
    this(keys, topic, names, null, Set.of(), List.of(), false);
  }

  /** A voice without a topic or a date. */
  public SourceVoice(Set<String> keys) {
    this(keys, Set.of(), List.of());
  }

  /** This voice with the topic of the source's title: all its keys, and each of its names' keys. */
  public SourceVoice withTopic(Set<String> titleKeys, List<Set<String>> titleNames) {
    return new SourceVoice(keys, titleKeys, titleNames, date, named, parts, transcript);
  }

  /** This voice as a briefing transcript's: its labelled speakers are its own people. */
  public SourceVoice asTranscript() {
    return new SourceVoice(keys, topic, names, date, named, parts, true);
  }

  /** This voice with the source's date (null: unknown). */
  public SourceVoice withDate(java.time.LocalDate sourceDate) {
    return new SourceVoice(keys, topic, names, sourceDate, named, parts, transcript);
  }

  /** This voice with the keys of everything the source names (see {@link StanceEngine#withSource}). */
  public SourceVoice withNamed(Set<String> sourceKeys) {
    return new SourceVoice(keys, topic, names, date, sourceKeys, parts, transcript);
  }

  /** Whether the source names this unit somewhere (one of its keys). */
  public boolean names(TermUnit unit) {
    return unit.keys().stream().anyMatch(named::contains);
  }

  /**
   * Whether the source's title names this unit of a claim: a word (or one of its synonyms) or
   * entity of the title; a name of the claim when the title has every word of it, or names part of
   * it ("Varden" in the title for the claim's "Varden Museum").
   */
  public boolean topicCovers(TermUnit unit) {
    if (topic.isEmpty()) {
      return false;
    }
    if (unit.kind() != TermUnit.Kind.NAME) {
      return unit.keys().stream().anyMatch(topic::contains);
    }
    return topic.containsAll(unit.keys()) || names.stream().anyMatch(n -> !n.isEmpty() && unit.keys().containsAll(n));
  }

  /** No voice: nothing the passage says is taken as the source's own. */
  public static SourceVoice none() {
    return NONE;
  }

  /** Builds the voice of a source from its speaker and publisher names. */
  public static SourceVoice of(Lexicon lexicon, AliasTable aliases, String... names) {
    Set<String> all = new HashSet<>();
    List<Set<String>> parts = new java.util.ArrayList<>();
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      Set<String> keys = new HashSet<>();
      // A hyphenated name is also one word, as the tokenizer keeps it ("ABERNATHY-KOLE:" for the
      // speaker "Ruth Abernathy-Kole").
      for (String whole : name.split("\\s+")) {
        String w = whole.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (w.contains("-")) {
          keys.add(Stemmer.key(w));
        }
      }
      String[] words = name.split("[^\\p{L}\\p{N}.]+");
      for (int i = 0; i < words.length; i++) {
        String w = words[i].replaceAll("^\\.+|\\.+$", "");
        if (w.isEmpty()) {
          continue;
        }
        String k = Stemmer.key(w);
        if (!lexicon.isStopword(k) && !lexicon.isTitle(k)) {
          keys.add(k);
        }
        for (AliasTable.Phrase p : aliases.startingWith(k)) {
          if (p.keys().size() == 1) {
            keys.add(p.concept());
          }
        }
      }
      all.addAll(keys);
      parts.add(keys);
    }
    return new SourceVoice(all, Set.of(), List.of(), null, Set.of(), parts, false);
  }

  /**
   * The voice of an official source: when no word of its names is an institution's kind ("ministry",
   * "union"), it is taken to be a business, and "the company", "the firm", "the group" are its own
   * voice too ("the company said" in a company's statement is the company speaking).
   */
  public SourceVoice official(Lexicon lexicon) {
    if (keys.isEmpty() || keys.stream().anyMatch(lexicon::isInstitution)) {
      return this;
    }
    Set<String> more = new HashSet<>(keys);
    more.addAll(lexicon.businessSelfNames());
    List<Set<String>> moreParts = new java.util.ArrayList<>(parts);
    lexicon.businessSelfNames().forEach(n -> moreParts.add(Set.of(n)));
    return new SourceVoice(more, topic, names, date, named, moreParts, transcript);
  }

  /**
   * Whether a unit of a claim or passage names this voice: see {@link #matches}; a name of several
   * words must also be one of the voice's names, a part of one, or have one of them as its part
   * ("Tidewell Ferries" for the publisher "Tidewell"). Two names that share only a word and go on
   * differently name two parties: "Marsh Homes" is not the "Marsh Tenants' Federation", nor the
   * "Marsh Courier" the "Marsh Borough Council".
   */
  public boolean matchesUnit(TermUnit unit) {
    if (unit.kind() != TermUnit.Kind.NAME || unit.to() - unit.from() < 2 || parts.isEmpty()) {
      return matches(unit.keys());
    }
    return matchesName(unit.keys());
  }

  /** Whether these keys of a name of several words name the voice (see {@link #matchesUnit}). */
  public boolean matchesName(Set<String> nameKeys) {
    if (parts.isEmpty()) {
      return matches(nameKeys);
    }
    for (Set<String> part : parts) {
      if (!java.util.Collections.disjoint(part, nameKeys) && (part.containsAll(nameKeys) || nameKeys.containsAll(part))) {
        return true;
      }
    }
    return false;
  }

  public boolean matches(Set<String> unitKeys) {
    for (String k : unitKeys) {
      if (keys.contains(k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether this key names the voice's members by the noun for one who does its work: "prosecutor"
   * for the "Public Prosecution Service", "inspector" for an "Inspection Authority", "auditor" for
   * an "Audit Office". The key ends in "or" or "er" and the rest, five letters or more, is one of the
   * voice's keys.
   */
  public boolean namesMembers(String key) {
    if (key.length() < 7 || !(key.endsWith("or") || key.endsWith("er"))) {
      return false;
    }
    return keys.contains(key.substring(0, key.length() - 2));
  }

  public boolean matchesAny(List<String> unitKeys) {
    return matches(new HashSet<>(unitKeys));
  }
}
