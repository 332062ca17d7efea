package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReasonCodeTest {
  @Test
  void everyCodeHasAOneLineDescription() {
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(code.description()).as(code.name()).isNotBlank().doesNotContain("\n");
    }
  }

  @Test
  void theParsersCodesExist() {
    assertThat(Arrays.stream(ReasonCode.values()).map(Enum::name))
        .contains(
            "EMPTY",
            "UNPARSEABLE_DATE",
            "IMPOSSIBLE_DATE",
            "DATE_OUT_OF_RANGE",
            "UNPARSEABLE_AMOUNT",
            "CONFLICTING_SIGN",
            "AMOUNT_OUT_OF_RANGE");
  }

  @Test
  void theCodesOfLinesThatWereNotReadAsRecordsAreTheLineLevelOnes() {
    assertThat(Arrays.stream(ReasonCode.values()).filter(ReasonCode::unreadableLine))
        .containsExactlyInAnyOrder(
            ReasonCode.INVALID_UTF8,
            ReasonCode.LINE_TOO_LONG,
            ReasonCode.CUT_LINE,
            ReasonCode.JSON_ARRAY_FILE,
            ReasonCode.NOT_JSON,
            ReasonCode.NOT_AN_OBJECT);
  }

  @Test
  void everyCodeIsDocumentedInTheCleaningGuide() throws java.io.IOException {
    String guide =
        java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "cleaning.md"));
    for (ReasonCode code : ReasonCode.values()) {
      assertThat(guide).as(code.name()).contains("| `" + code.name() + "` |");
    }
  }
}
