package dev.saakh.core.policy;

import dev.saakh.core.customer.Segment;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A validated decision policy. {@code sha256} is the lowercase hex SHA-256 of the policy file's
 * exact bytes, so a decision names the policy it was made under beyond doubt. Knock-outs keep file
 * order; grades are best first, with strictly decreasing {@code minScore} down to 0; there is a
 * product for every {@link Segment}.
 */
public record Policy(
    String policyId,
    String version,
    String sha256,
    String description,
    List<KnockOut> knockOuts,
    CutOffs cutOffs,
    List<Grade> grades,
    Map<Segment, Product> products) {
  public Policy {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(cutOffs, "cutOffs");
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
    }
    knockOuts = List.copyOf(knockOuts);
    grades = List.copyOf(grades);
    products = Collections.unmodifiableMap(new EnumMap<>(products));
    checkKnockOuts(knockOuts);
    checkGrades(grades);
    if (products.size() != Segment.values().length) {
      throw new IllegalArgumentException("need a product for every segment, got " + products);
    }
  }

  /** The grade whose score range holds {@code score}, 0 to 100. */
  public Grade grade(int score) {
    if (score < 0 || score > 100) {
      throw new IllegalArgumentException("score must be 0 to 100, got " + score);
    }
    for (Grade g : grades) {
      if (score >= g.minScore()) {
        return g;
      }
    }
    throw new IllegalStateException("the last grade starts at 0");
  }

  /** The loan product for a segment. */
  public Product product(Segment segment) {
    return products.get(Objects.requireNonNull(segment, "segment"));
  }

  private static void checkKnockOuts(List<KnockOut> knockOuts) {
    Set<String> ids = new HashSet<>();
    for (KnockOut k : knockOuts) {
      if (!ids.add(k.id())) {
        throw new IllegalArgumentException("knock-out id " + k.id() + " is used twice");
      }
    }
  }

  private static void checkGrades(List<Grade> grades) {
    if (grades.isEmpty()) {
      throw new IllegalArgumentException("need at least one grade");
    }
    for (int i = 1; i < grades.size(); i++) {
      if (grades.get(i).minScore() >= grades.get(i - 1).minScore()) {
        throw new IllegalArgumentException("grade minScore must strictly decrease: " + grades);
      }
    }
    if (grades.get(grades.size() - 1).minScore() != 0) {
      throw new IllegalArgumentException("the last grade must start at 0");
    }
  }
}
