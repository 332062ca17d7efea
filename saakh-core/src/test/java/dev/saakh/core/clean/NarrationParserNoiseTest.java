package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Export noise (DESIGN §4.3): changed case and spaces read exactly as the clean narration; a
 * truncated narration still gives what its complete parts show and claims nothing from the part
 * that was cut.
 */
class NarrationParserNoiseTest {
  private static final NarrationParser PARSER = NarrationParser.defaults();

  @Property(tries = 2000)
  void caseAndSpacesDoNotChangeTheReading(@ForAll("shaped") String clean, @ForAll TxnType type) {
    Narration expected = PARSER.parse(clean, type);
    assertThat(PARSER.parse(clean.toLowerCase(Locale.ROOT), type)).isEqualTo(expected);
    assertThat(PARSER.parse(clean.replace("/", " / ").replace("-", "  -"), type))
        .isEqualTo(expected);
    assertThat(PARSER.parse("  " + clean + "   ", type)).isEqualTo(expected);
  }

  @Test
  void aCutReferenceIsNotClaimedButEverythingBeforeItIs() {
    Narration n = PARSER.parse("UPI-SWIGGY-swiggy@icici-ICIC0001234-4123456", TxnType.DEBIT);
    assertThat(n.channel()).isEqualTo(Channel.UPI);
    assertThat(n.counterparty()).isEqualTo("SWIGGY");
    assertThat(n.vpa()).isEqualTo("swiggy@icici");
    assertThat(n.ifsc()).isEqualTo("ICIC0001234");
    assertThat(n.reference()).isNull();
    assertThat(n.category()).isEqualTo(Category.FOOD);
    assertThat(n.direction()).isEqualTo(Direction.P2M);
  }

  @Test
  void aCutNameIsNotClaimedButStillShowsWhatItIs() {
    Narration n = PARSER.parse("UPI/DR/258528317992/RELIANCE F", TxnType.DEBIT);
    assertThat(n.channel()).isEqualTo(Channel.UPI);
    assertThat(n.reference()).isEqualTo("258528317992");
    assertThat(n.counterparty()).isNull();
    assertThat(n.category()).isEqualTo(Category.GROCERIES);
    assertThat(n.direction()).isEqualTo(Direction.P2M);
    Narration business = PARSER.parse("NEFT-PUNBN41105598521-NARMADA CERAMIC", TxnType.CREDIT);
    assertThat(business.reference()).isEqualTo("PUNBN41105598521");
    assertThat(business.counterparty()).isNull();
    assertThat(business.category()).isEqualTo(Category.INCOME_BUSINESS);
  }

  @Test
  void aShapeThatEndsInAMarkIsCutWithoutIt() {
    Narration n =
        PARSER.parse("BY TRANSFER-NEFT*SBIN0001234*SBINN49464068774*INFOSYS L", TxnType.CREDIT);
    assertThat(n.channel()).isEqualTo(Channel.NEFT);
    assertThat(n.ifsc()).isEqualTo("SBIN0001234");
    assertThat(n.reference()).isEqualTo("SBINN49464068774");
    assertThat(n.counterparty()).isNull();
    assertThat(
            PARSER
                .parse("TO TRANSFER-UPI/DR/412345678901/RAHUL SHARMA/HDFC/98765432", TxnType.DEBIT)
                .vpa())
        .isNull();
  }

  @Test
  void aNarrationCutBeforeItsDigitsIsStillUpi() {
    Narration n = PARSER.parse("UPI/SRI VENKATESWARA HANDLOOMS & C", TxnType.CREDIT);
    assertThat(n.channel()).isEqualTo(Channel.UPI);
    assertThat(n.shape()).isEqualTo("kotak_upi");
    assertThat(n.counterparty()).isNull();
  }

  @Test
  void namesThatBeginLikeACodeAreNotTheCode() {
    assertThat(PARSER.parse("NEFT/DR/SBINN12345678901/RAVI KUMAR/NA", TxnType.DEBIT).category())
        .isEqualTo(Category.P2P_TRANSFER);
    assertThat(
            PARSER
                .parse("NEFT/DR/SBINN12345678901/NANDINI RAO/NAGPUR BRANCH", TxnType.DEBIT)
                .category())
        .isEqualTo(Category.OTHER);
    assertThat(PARSER.parse("RTGS/IDFBR4742936795200/NARMADA TEX", TxnType.DEBIT).category())
        .isNotEqualTo(Category.P2P_TRANSFER);
  }

  @Provide
  Arbitrary<String> shaped() {
    return NarrationParserEquivalenceTest.shaped(NarrationParserEquivalenceTest.defaultRules());
  }
}
