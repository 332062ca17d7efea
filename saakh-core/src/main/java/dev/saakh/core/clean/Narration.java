package dev.saakh.core.clean;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import java.util.Objects;

/**
 * What a narration says: rail, direction, who, their UPI id and IFSC, the RRN/UTR, and the
 * category, with the ids of the shape and category rule that decided (for the clean log).
 *
 * @param shape id of the matched shape, or null when none matched (channel OTHER)
 */
public record Narration(
    Channel channel,
    Direction direction,
    String counterparty,
    String vpa,
    String ifsc,
    String reference,
    Category category,
    String shape,
    int categoryRule) {

  public Narration {
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(category, "category");
  }
}
