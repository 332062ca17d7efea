package dev.saakh.core.policy;

import dev.saakh.core.customer.Segment;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A validated decision policy. {@code sha256} is the hex SHA-256 of the file's exact bytes, so a
 * decision names the policy it was made under beyond doubt.
 */
public record Policy(
    String policyId,
    String version,
    String sha256,
    String description,
    List<KnockOut> knockOuts,
    int approveMin,
    int referMin,
    List<Grade> grades,
    Map<Segment, Product> products) {
  public Policy {
    Objects.requireNonNull(policyId, "policyId");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(sha256, "sha256");
    knockOuts = List.copyOf(knockOuts);
    grades = List.copyOf(grades);
    products = Collections.unmodifiableMap(new EnumMap<>(products));
  }

  /** The grade whose score range holds {@code score} (grades are best first, the last from 0). */
  public Grade grade(int score) {
    for (Grade g : grades) {
      if (score >= g.minScore()) {
        return g;
      }
    }
    return grades.get(grades.size() - 1);
  }

  public Product product(Segment segment) {
    Product p = products.get(segment);
    if (p == null) {
      throw new IllegalArgumentException("policy " + policyId + " has no product for " + segment);
    }
    return p;
  }
}
