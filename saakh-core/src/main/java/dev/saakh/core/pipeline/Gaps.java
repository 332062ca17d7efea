package dev.saakh.core.pipeline;

import dev.saakh.core.clean.Quarantined;
import dev.saakh.core.clean.Reason;
import dev.saakh.core.decide.RuleResult;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.lake.LakeLayout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What a customer's quarantine says about the input: unreadable lines, unusable consents. */
final class Gaps {
  /** The rule a decision with input gaps records; it refers the case to a person. */
  static final String RULE = "INPUT_INCOMPLETE";

  private Gaps() {}

  /** The quarantined consent artefacts. */
  static List<Quarantined> consents(List<Quarantined> quarantined) {
    return quarantined.stream()
        .filter(q -> q.dataset().equals(Dataset.CONSENTS.fileName()))
        .toList();
  }

  /** One gap per dataset in which some of the customer's lines were not records at all. */
  static List<InputGap> lostLines(List<Quarantined> quarantined) {
    Map<String, List<Quarantined>> byDataset = new LinkedHashMap<>();
    for (Quarantined q : quarantined) {
      if (q.reasons().stream().anyMatch(r -> r.code().unreadableLine())) {
        byDataset.computeIfAbsent(q.dataset(), k -> new ArrayList<>()).add(q);
      }
    }
    List<InputGap> gaps = new ArrayList<>();
    byDataset.forEach(
        (dataset, lost) ->
            gaps.add(
                new InputGap(
                    lost.size(),
                    LakeLayout.rawName(Dataset.named(dataset)),
                    lost.size()
                        + (lost.size() == 1 ? " line" : " lines")
                        + " of this customer could not be read as records ("
                        + describe(lost)
                        + ")")));
    return gaps;
  }

  private static String describe(List<Quarantined> lost) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(3, lost.size()); i++) {
      Quarantined q = lost.get(i);
      Reason r =
          q.reasons().stream().filter(x -> x.code().unreadableLine()).findFirst().orElseThrow();
      b.append(i == 0 ? "" : ", ").append("line ").append(q.line()).append(' ').append(r.code());
    }
    return lost.size() > 3 ? b.append(", …").toString() : b.toString();
  }

  /** The REFER rule for a decision with gaps, or none. */
  static List<RuleResult> rules(List<InputGap> gaps) {
    if (gaps.isEmpty()) {
      return List.of();
    }
    long lines = gaps.stream().mapToLong(InputGap::lines).sum();
    String where = String.join(", ", gaps.stream().map(InputGap::where).distinct().toList());
    return List.of(
        new RuleResult(
            RULE,
            "unreadable_input_lines",
            (double) lines,
            String.format(Locale.ROOT, "unreadable_input_lines = 0 (%d lost in %s)", lines, where),
            true,
            "REFER",
            "Part of the data shared with us could not be read, so a member of our staff must"
                + " review your application before we decide."));
  }
}
