package dev.corroborate.index;

import java.util.Set;

/**
 * What an index holds of one corpus file: the content hash it was indexed with and the ids of the
 * sources it gave (a mutable set while the index is being read).
 */
public record IndexedFile(String hash, Set<String> sourceIds) {}
