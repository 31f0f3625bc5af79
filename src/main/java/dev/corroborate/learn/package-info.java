/**
 * The learned part of the stance stage: {@link dev.corroborate.learn.StanceModel}, a maximum-entropy model
 * (Apache OpenNLP, GIS or L-BFGS) over the explainable rules' features, trained by {@code corroborate train} and
 * shipped in the jar. OpenNLP's machine-learning types stay in this package (as its NLP types stay in
 * {@code analysis}). Loaded models are immutable and thread-safe.
 */
package dev.corroborate.learn;
