package dev.saakh.core.policy;

import java.util.Objects;

/**
 * A policy file refused. The message is one line a lender can act on: the source, the field path
 * (like {@code knock-outs[2].threshold}, omitted for the whole file) and the reason, e.g. {@code
 * my-policy.yaml: knock-outs[2].threshold: must be a number, got "high"}. It never carries a parser
 * message or stack trace.
 */
public final class PolicyException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What kind of problem. */
  public enum Code {
    /** The file could not be read (missing, not a regular file, no permission). */
    IO,
    /** The file is larger than {@link PolicyFile#MAX_BYTES}. */
    TOO_LARGE,
    /** Not YAML Saakh reads: a syntax error, a duplicate key, anchors, several documents. */
    NOT_YAML,
    /** Valid YAML that breaks the JSON Schema: a type, a key, a value out of range. */
    SCHEMA,
    /** Fits the schema but breaks a rule across fields, e.g. min-amount above max-amount. */
    RULE
  }

  private final Code code;
  private final String source;
  private final String field;
  private final String reason;

  PolicyException(Code code, String source, String field, String reason) {
    this(code, source, field, reason, null);
  }

  PolicyException(Code code, String source, String field, String reason, Throwable cause) {
    super(source + ": " + (field.isEmpty() ? "" : field + ": ") + reason, cause);
    this.code = Objects.requireNonNull(code, "code");
    this.source = source;
    this.field = field;
    this.reason = reason;
  }

  public Code code() {
    return code;
  }

  /** The file name or other source name the policy was read from. */
  public String source() {
    return source;
  }

  /** The path of the offending field, e.g. {@code products.MSME.foir-cap}; empty for the file. */
  public String field() {
    return field;
  }

  /** Why the field (or the file) is refused. */
  public String reason() {
    return reason;
  }
}
