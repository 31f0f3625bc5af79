/**
 * Analysis stage: text in, {@link dev.corroborate.analysis.Sentence sentences} of {@link
 * dev.corroborate.analysis.Token tokens} out, with character offsets into the input, UD POS tags,
 * lemmas and stemmed matching keys. {@link dev.corroborate.analysis.OpenNlpAnalyzer} uses the
 * Apache OpenNLP UD English models from the classpath (never downloaded); it is thread-safe (one
 * set of OpenNLP tools per thread). OpenNLP types never leave this package.
 */
package dev.corroborate.analysis;
