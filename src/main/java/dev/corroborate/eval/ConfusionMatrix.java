package dev.corroborate.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Counts of gold label (rows) against predicted label (columns), in dataset label words. The labels
 * are the dataset's gold words in its order, then any predicted stance the dataset has no word for
 * (a row of zeros, since no gold pair has it), so the matrix is square and its order deterministic.
 *
 * @param labels the row and column labels
 * @param counts {@code counts.get(gold).get(predicted)}
 */
public record ConfusionMatrix(List<String> labels, List<List<Integer>> counts) {
  public ConfusionMatrix {
    labels = List.copyOf(labels);
    if (new HashSet<>(labels).size() != labels.size()) {
      throw new IllegalArgumentException("duplicate labels " + labels);
    }
    List<List<Integer>> rows = new ArrayList<>();
    for (List<Integer> row : counts) {
      if (row.size() != labels.size()) {
        throw new IllegalArgumentException("row of " + row.size() + " counts for " + labels.size() + " labels");
      }
      if (row.stream().anyMatch(c -> c < 0)) {
        throw new IllegalArgumentException("negative count");
      }
      rows.add(List.copyOf(row));
    }
    if (rows.size() != labels.size()) {
      throw new IllegalArgumentException(rows.size() + " rows for " + labels.size() + " labels");
    }
    counts = List.copyOf(rows);
  }

  /** How many pairs with gold label {@code gold} were predicted as {@code predicted}. */
  public int count(String gold, String predicted) {
    return counts.get(index(gold)).get(index(predicted));
  }

  /** Pairs predicted as {@code label}. */
  public int predicted(String label) {
    int column = index(label);
    return counts.stream().mapToInt(row -> row.get(column)).sum();
  }

  /** Pairs whose gold label is {@code label}. */
  public int gold(String label) {
    return counts.get(index(label)).stream().mapToInt(Integer::intValue).sum();
  }

  private int index(String label) {
    int i = labels.indexOf(label);
    if (i < 0) {
      throw new IllegalArgumentException("no label '" + label + "' in " + labels);
    }
    return i;
  }
}
