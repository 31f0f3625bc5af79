package dev.corroborate.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.corroborate.corpus.SourceDocument;
import java.io.UncheckedIOException;

/** Source metadata as stored in the index (JSON of the record, body left out), by every backend. */
public final class SourceCodec {
  private static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private SourceCodec() {}

  public static String encode(SourceDocument s) {
    SourceDocument meta = new SourceDocument(s.id(), s.title(), s.publisher(), s.kind(), s.date(), s.url(),
        s.language(), s.speaker(), s.file(), s.fileHash(), "");
    try {
      return JSON.writeValueAsString(meta);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SourceDocument decode(String json) {
    try {
      return JSON.readValue(json, SourceDocument.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
