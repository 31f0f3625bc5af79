/**
 * Language knowledge as data: cue words, synonyms and antonyms ({@link dev.corroborate.lexicon.Lexicon},
 * from the shipped {@code cues.yaml}), entity aliases ({@link dev.corroborate.lexicon.AliasTable}, shipped
 * plus the corpus's own {@code aliases.yaml}), and {@link dev.corroborate.lexicon.TermUnitizer}, which
 * groups analysed tokens into names, entities and content words. Nothing here names a person, claim or
 * source of any particular corpus. All types are immutable and thread-safe.
 */
package dev.corroborate.lexicon;
