/**
 * Loading the corpus: {@link dev.corroborate.corpus.CorpusLoader#load} walks a corpus folder and
 * turns each file into {@link dev.corroborate.corpus.SourceDocument}s.
 *
 * <p><b>Input.</b> A folder, read recursively in sorted order of relative path, leaving out hidden
 * names; symbolic links are not followed unless the loader is asked to (then loops are skipped).
 * Files over the size limit (20 MiB unless another is given) are skipped without being read. Formats: {@code .md}/{@code .markdown} with optional
 * YAML front matter (keys id, title, publisher, kind, date, url, language, speaker); {@code .txt}
 * with an optional {@code <name>.meta.yaml} sidecar of the same keys; {@code .html}/{@code .htm}
 * (metadata from meta tags, text from the article); {@code .jsonl}, one source per line with the
 * same keys plus {@code text}. {@code aliases.yaml} at the root is configuration and is ignored.
 *
 * <p><b>Output.</b> A {@link dev.corroborate.corpus.LoadResult}: sources with unique ids, a
 * {@link dev.corroborate.corpus.Skip} with reason and line for every file or line that could not
 * be loaded (bad YAML, unknown key or kind, bad date or id, not UTF-8, binary, empty, too large,
 * duplicate id, unsupported type), and warnings for defaults that were applied. Only an unusable
 * folder, or one without a single loadable source, is a {@link dev.corroborate.diag.BadInputException}.
 *
 * <p><b>Collections.</b> {@link dev.corroborate.corpus.SourceCollection} reads a bulk collection file
 * (JSON Lines, Reuters-21578 JSON) as a stream, one record at a time, for {@code import}: each record
 * is a source, a skip with file and line, or an empty record.
 *
 * <p><b>Thread-safety.</b> A {@code CorpusLoader} is immutable and may be shared; each call to
 * {@code load} keeps its state on the stack.
 */
package dev.corroborate.corpus;
