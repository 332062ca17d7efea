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
   * The flag's value if given, else the variable's parsed, else {@code fromFileOrDefault}. A value
   * the parser refuses is refused in the same words as the flag, naming the variable: {@code
   * SAAKH_SEED must be a whole number, was 'abc'}.
   *
   * @param name the flag's name without dashes, e.g. {@code as-of}; its variable is {@code
   *     SAAKH_AS_OF}
   */
  <T> T pick(String name, T flag, Function<String, T> parse, T fromFileOrDefault) {
    if (flag != null) {
      return flag;
    }
    String var = variable(name);
    String value = env.get(var);
    if (value != null && !value.isBlank()) {
      try {
        return parse.apply(value.trim());
      } catch (Values.Refusal e) {
        throw e.as(var);
      } catch (NumberFormatException e) {
        throw new Values.Refusal(var, "must be a whole number, was " + Values.echo(value));
      } catch (RuntimeException e) {
        throw new Values.Refusal(var, "is not valid, was " + Values.echo(value));
      }
    }
    return fromFileOrDefault;
  }

  /** {@code as-of} → {@code SAAKH_AS_OF}. */
  static String variable(String name) {
    return "SAAKH_" + name.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
