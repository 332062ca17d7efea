package dev.saakh.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.lake.LakeJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Stored JSON read back as a tree. */
final class Json {
  private Json() {}

  static JsonNode tree(byte[] json) {
    try {
      return LakeJson.mapper().readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("stored JSON is unreadable", e);
    }
  }
}
