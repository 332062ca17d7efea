package dev.saakh.core.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.bank.Category;
import dev.saakh.core.bank.Channel;
import dev.saakh.core.bank.Direction;
import dev.saakh.core.bank.TxnType;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NarrationParserTest {
  private static final NarrationParser PARSER = NarrationParser.defaults();

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        // narration | type | channel | counterparty | vpa | ifsc | reference | category
        "UPI-SWIGGY-swiggy@icici-ICIC0001234-412345678901-Payment from Ph|DEBIT|UPI|SWIGGY|swiggy@icici|ICIC0001234|412345678901|FOOD",
        "UPI/412345678901/ZOMATO/zomato@hdfcbank/HDFC Bank|DEBIT|UPI|ZOMATO|zomato@hdfcbank|-|412345678901|FOOD",
        "TO TRANSFER-UPI/DR/412345678901/RAHUL SHARMA/HDFC/9876543210@ybl/UPI--|DEBIT|UPI|RAHUL SHARMA|9876543210@ybl|-|412345678901|P2P_TRANSFER",
        "UPI/P2M/412345678901/DMART/UPI/Yes Bank|DEBIT|UPI|DMART|-|-|412345678901|GROCERIES",
        "UPI/P2A/412345678901/MEERA GUPTA/Sent from Paytm/State Bank of India|DEBIT|UPI|MEERA GUPTA|-|-|412345678901|P2P_TRANSFER",
        "UPI/CR TRADERS/412345678901/INV 7998|CREDIT|UPI|CR TRADERS|-|-|412345678901|INCOME_BUSINESS",
        "NEFT CR-YESB0123456-SHUBH ENTERPRISES-INV 7998-YESBN19138584998|CREDIT|NEFT|SHUBH ENTERPRISES|-|YESB0123456|YESBN19138584998|INCOME_BUSINESS",
        "BY TRANSFER-NEFT*SBIN0001234*SBINN49464068774*INFOSYS LTD--|CREDIT|NEFT|INFOSYS LTD|-|SBIN0001234|SBINN49464068774|OTHER",
        "NEFT KKBKN04863779768 METRO AGRO FOODS INV 6017|CREDIT|NEFT|METRO AGRO FOODS|-|-|KKBKN04863779768|INCOME_BUSINESS",
        "MMT/IMPS/512345678901/RENT NOV/SWATI DAS/KKBK0001234|DEBIT|IMPS|SWATI DAS|-|KKBK0001234|512345678901|RENT",
        "ACH D- BAJAJ FINANCE LTD-6696767060|DEBIT|NACH|BAJAJ FINANCE LTD|-|-|6696767060|EMI",
        "NWD-416021XXXXXX1234-S1H12345-MUMBAI|DEBIT|ATM|-|-|-|-|CASH_WITHDRAWAL",
        "POS 416021XXXXXX1234 AMAZON|DEBIT|POS|AMAZON|-|-|-|SHOPPING",
        "ACH RTN CHRG BAJAJ FINANCE LTD INCL GST|DEBIT|CHARGE|BAJAJ FINANCE LTD|-|-|-|BOUNCE",
        "CREDIT INTEREST--|CREDIT|INTEREST|-|-|-|-|INCOME_INTEREST",
        "NEFT/CR/HDFCN52514003580/TATA CONSULTANCY SERVICES/SALARY NOV 2025|CREDIT|NEFT|TATA CONSULTANCY SERVICES|-|-|HDFCN52514003580|INCOME_SALARY",
        "NEFT/DR/SBINN12345678901/GSTN CBIC/GST CPIN 2510123456|DEBIT|NEFT|GSTN CBIC|-|-|SBINN12345678901|GST_PAYMENT",
      })
  void bankShapes(
      String narration,
      TxnType type,
      Channel channel,
      String counterparty,
      String vpa,
      String ifsc,
      String reference,
      Category category) {
    Narration n = PARSER.parse(narration, type);
    assertThat(n.channel()).isEqualTo(channel);
    assertThat(n.counterparty()).isEqualTo(counterparty);
    assertThat(n.vpa()).isEqualTo(vpa);
    assertThat(n.ifsc()).isEqualTo(ifsc);
    assertThat(n.reference()).isEqualTo(reference);
    assertThat(n.category()).isEqualTo(category);
  }

  @Test
  void codesInNameSlotsAreNeverThePayee() {
    assertThat(
            PARSER
                .parse("UPI/P2M/412345678901/SWIGGY/UPI/ICICI Bank", TxnType.DEBIT)
                .counterparty())
        .isEqualTo("SWIGGY");
    assertThat(PARSER.parse("UPI/P2A/412345678901/RAVI K/NA/SBI", TxnType.DEBIT).direction())
        .isEqualTo(Direction.P2P);
    assertThat(
            PARSER
                .parse("UPI/CR/412345678901/CR TRADERS/HDFC/crtraders@okhdfcbank", TxnType.CREDIT)
                .counterparty())
        .isEqualTo("CR TRADERS");
  }

  @Test
  void exportNoiseIsNormalisedAway() {
    Narration spaced =
        PARSER.parse("UPI / 412345678901 / ZOMATO / zomato@hdfcbank / HDFC Bank", TxnType.DEBIT);
    assertThat(spaced.counterparty()).isEqualTo("ZOMATO");
    Narration lower = PARSER.parse("ach d- bajaj finance ltd-6696767060", TxnType.DEBIT);
    assertThat(lower.channel()).isEqualTo(Channel.NACH);
    assertThat(lower.counterparty()).isEqualTo("BAJAJ FINANCE LTD");
    Narration truncated = PARSER.parse("UPI-SWIGGY-swiggy@icici-ICIC0001", TxnType.DEBIT);
    assertThat(truncated.channel()).isEqualTo(Channel.UPI);
    assertThat(truncated.counterparty()).isEqualTo("SWIGGY");
    assertThat(truncated.ifsc()).isNull();
  }

  @Test
  void unknownShapesAreOtherNotErrors() {
    Narration n = PARSER.parse("SOMETHING NEW 123", TxnType.CREDIT);
    assertThat(n.channel()).isEqualTo(Channel.OTHER);
    assertThat(n.category()).isEqualTo(Category.OTHER);
    assertThat(PARSER.parse(null, TxnType.DEBIT).channel()).isEqualTo(Channel.OTHER);
  }

  @Test
  void aMalformedRulesFileIsRefusedNamingTheEntry() {
    String bad =
        "{\"version\":\"x\",\"shapes\":[{\"id\":\"s1\",\"prefix\":\"UPI-\",\"separator\":\"-\",\"channel\":\"WIRE\",\"slots\":[]}]}";
    assertThatThrownBy(
            () ->
                NarrationParser.of(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shape s1")
        .hasMessageContaining("'WIRE'");
    String slot =
        "{\"version\":\"x\",\"shapes\":[{\"id\":\"s2\",\"prefix\":\"UPI-\",\"separator\":\"-\",\"channel\":\"UPI\",\"slots\":[\"payee\"]}]}";
    assertThatThrownBy(
            () ->
                NarrationParser.of(new ByteArrayInputStream(slot.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("shape s2 has unknown slot 'payee'");
    assertThat(PARSER.rulesVersion()).isEqualTo("2026.12-1");
  }

  @Property(tries = 1000)
  void neverThrowsOnAnyString(@ForAll String s, @ForAll TxnType type) {
    assertThat(PARSER.parse(s, type)).isNotNull();
  }
}
