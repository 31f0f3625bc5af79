/**
 * Analysis stage: text in, {@link dev.corroborate.analysis.Sentence sentences} of {@link
 * dev.corroborate.analysis.Token tokens} out, with character offsets into the input, UD POS tags,
 * lemmas and stemmed matching keys. {@link dev.corroborate.analysis.OpenNlpAnalyzer} uses the
 * Apache OpenNLP UD English models from the classpath (never downloaded), loaded on first use; it is
 * thread-safe (one set of OpenNLP tools per thread). OpenNLP types never leave this package.
 *
 * <p>Two speeds: indexing needs only {@link dev.corroborate.analysis.TextAnalyzer#segment segments}
 * (sentences and words, no tagger or lemmatizer) and their {@link
 * dev.corroborate.analysis.RetrievalKeys keys}; a retrieved sentence is analysed fully with {@link
 * dev.corroborate.analysis.TextAnalyzer#analyzeSentence}, which gives the tokens the analysis of the
 * whole text gave it, through a bounded, shared {@link dev.corroborate.analysis.SentenceCache}.
 */
package dev.corroborate.analysis;
