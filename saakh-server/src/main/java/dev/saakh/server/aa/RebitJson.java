package dev.saakh.server.aa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of ReBIT messages: the names as the records declare them, fields a newer
 * version adds ignored (the checks in {@link Rebit} say what must be there), nothing else inferred.
 */
public final class RebitJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .build();

  private RebitJson() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The message as the bytes that are sent and signed. */
  public static byte[] bytes(Object message) {
    try {
      return MAPPER.writeValueAsBytes(message);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a ReBIT message is not writable as JSON", e);
    }
  }

  /**
   * The message read from the bytes received; unreadable JSON or a wrong type is {@code
   * InvalidRequest} naming where.
   */
  public static <T> T read(byte[] body, Class<T> type, String what) {
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw new RebitException(400, "InvalidRequest", what + ": the body is empty", null);
      }
      return value;
    } catch (java.io.IOException e) {
      String why = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      throw new RebitException(400, "InvalidRequest", what + " is not valid: " + why, null);
    }
  }
}
