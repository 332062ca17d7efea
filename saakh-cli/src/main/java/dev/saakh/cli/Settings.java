package dev.saakh.cli;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One setting's value by STYLE.md's precedence: flag, then SAAKH_ environment variable, then file.
 */
final class Settings {
  private final Map<String, String> env;

  Settings(Map<String, String> env) {
    this.env = env;
  }

  /**
   * @param name the flag's name without dashes, e.g. {@code as-of}; its variable is {@code
   *     SAAKH_AS_OF}
   */
  <T> T pick(String name, T flag, Function<String, T> parse, T fromFileOrDefault) {
    if (flag != null) {
      return flag;
    }
    String var = "SAAKH_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
    String value = env.get(var);
    if (value != null && !value.isBlank()) {
      try {
        return parse.apply(value.trim());
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(
            "environment variable " + var + "='" + value + "' is not valid: " + e.getMessage(), e);
      }
    }
    return fromFileOrDefault;
  }
}
