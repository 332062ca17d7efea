package dev.saakh.core.bureau;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A bureau report on one subject.
 *
 * @param score 300–900, or −1 (no history) / 1–5 (thin file) as CIBIL reports them
 */
public record CreditReport(
    String reportId,
    String customerId,
    String bureau,
    LocalDate reportDate,
    String subjectName,
    String subjectPan,
    int score,
    List<Tradeline> accounts,
    List<Enquiry> enquiries) {

  public CreditReport {
    Objects.requireNonNull(reportId, "reportId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(bureau, "bureau");
    Objects.requireNonNull(reportDate, "reportDate");
    Objects.requireNonNull(subjectName, "subjectName");
    accounts = List.copyOf(Objects.requireNonNull(accounts, "accounts"));
    enquiries = List.copyOf(Objects.requireNonNull(enquiries, "enquiries"));
    boolean scored = score >= 300 && score <= 900;
    boolean thin = score == -1 || (score >= 1 && score <= 5);
    if (!scored && !thin) {
      throw new IllegalArgumentException("score must be 300–900, -1 or 1–5, was " + score);
    }
  }
}
