package dev.saakh.core.policy;

/**
 * Score cut-offs on the overall score (0 to 100, higher is better): from {@code approveMin} an
 * application with no knock-out is approved, from {@code referMin} referred, below it rejected.
 */
public record CutOffs(int approveMin, int referMin) {
  public CutOffs {
    if (approveMin < 0 || approveMin > 100) {
      throw new IllegalArgumentException("approveMin must be 0 to 100, got " + approveMin);
    }
    if (referMin < 0 || referMin > approveMin) {
      throw new IllegalArgumentException(
          "referMin must be 0 to approveMin " + approveMin + ", got " + referMin);
    }
  }
}
