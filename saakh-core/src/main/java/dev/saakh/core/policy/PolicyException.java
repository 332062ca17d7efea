package dev.saakh.core.policy;

/**
 * A policy file refused, naming the file, the field (a path like {@code knock-outs[2].op}) and why.
 */
public final class PolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem. */
  public enum Code {
    IO,
    NOT_YAML,
    SCHEMA,
    RULE
  }

  private final Code code;
  private final String field;
  private final String reason;

  PolicyException(Code code, String source, String field, String reason) {
    super(source + ": " + (field.isEmpty() ? "" : field + ": ") + reason);
    this.code = code;
    this.field = field;
    this.reason = reason;
  }

  public Code code() {
    return code;
  }

  /** The path of the offending field; empty for the whole file. */
  public String field() {
    return field;
  }

  public String reason() {
    return reason;
  }
}
