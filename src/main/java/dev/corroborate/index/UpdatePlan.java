package dev.corroborate.index;

import dev.corroborate.corpus.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an incremental update of the corpus folder's sources has to do, whatever the backend: the
 * files whose documents go (gone from the corpus, or changed), the sources to analyse and write
 * (of new or changed files, in corpus order), and the counts for {@link IndexStats}. A file is
 * unchanged when its content hash is the one it was indexed with.
 *
 * @param filesToDelete files whose indexed documents are deleted first
 * @param todo          sources to analyse and write
 * @param unchanged     sources of unchanged files
 * @param removed       indexed sources that are gone (their file is gone or no longer yields them)
 */
public record UpdatePlan(List<String> filesToDelete, List<SourceDocument> todo, int unchanged, int removed) {
  public UpdatePlan {
    filesToDelete = List.copyOf(filesToDelete);
    todo = List.copyOf(todo);
  }

  /** The plan that brings what is indexed (by file) in line with these loaded sources. */
  public static UpdatePlan of(Map<String, IndexedFile> indexed, List<SourceDocument> sources) {
    Map<String, List<SourceDocument>> byFile = new LinkedHashMap<>();
    for (SourceDocument s : sources) {
      byFile.computeIfAbsent(s.file(), f -> new ArrayList<>()).add(s);
    }
    List<String> delete = new ArrayList<>();
    int removed = 0;
    for (Map.Entry<String, IndexedFile> e : indexed.entrySet()) {
      if (!byFile.containsKey(e.getKey())) {
        removed += e.getValue().sourceIds().size();
        delete.add(e.getKey());
      }
    }
    List<SourceDocument> todo = new ArrayList<>();
    int unchanged = 0;
    for (Map.Entry<String, List<SourceDocument>> e : byFile.entrySet()) {
      IndexedFile before = indexed.get(e.getKey());
      String hash = e.getValue().get(0).fileHash();
      if (before != null && hash.equals(before.hash())) {
        unchanged += e.getValue().size();
      } else {
        if (before != null) {
          Set<String> now = new HashSet<>();
          e.getValue().forEach(s -> now.add(s.id()));
          removed += (int) before.sourceIds().stream().filter(id -> !now.contains(id)).count();
          delete.add(e.getKey());
        }
        todo.addAll(e.getValue());
      }
    }
    return new UpdatePlan(delete, todo, unchanged, removed);
  }
}
