package dev.saakh.core.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.saakh.core.bank.Transaction;
import dev.saakh.core.lake.LakeJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Any bytes, and any cut or change of a valid statement, give clean data or a coded refusal. */
class StatementFuzzTest {
  private static final byte[] REBIT =
      BankStatementFileTest.ACCOUNT.getBytes(StandardCharsets.UTF_8);
  private static final byte[] NDJSON = ndjson();

  private static byte[] ndjson() {
    StringBuilder b = new StringBuilder();
    for (Transaction t :
        BankStatementFileTest.parse(BankStatementFileTest.ACCOUNT).data().transactions()) {
      try {
        b.append(LakeJson.mapper().writeValueAsString(t)).append('\n');
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new AssertionError(e);
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Property(tries = 500)
  void anyBytes(@ForAll @Size(max = 400) byte[] bytes) {
    survives(bytes);
  }

  @Property(tries = 500)
  void anyJsonishText(@ForAll("jsonish") String text) {
    survives(text.getBytes(StandardCharsets.UTF_8));
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> jsonish() {
    return net.jqwik.api.Arbitraries.strings()
        .withChars("{}[]\":,0123456789.eE-+ \n\uFEFFtrunlfasAccountTransaction_id")
        .ofMaxLength(200)
        .map(s -> (s.isEmpty() || s.charAt(0) != '{' ? "{" : "") + s);
  }

  @Property(tries = 400)
  void cutsAndFlipsOfAReBitDocument(
      @ForAll @IntRange(min = 0, max = 1_000_000) int at,
      @ForAll byte flip,
      @ForAll @IntRange(min = 1, max = 4) int width) {
    mutate(REBIT, at, flip, width);
  }

  @Property(tries = 400)
  void cutsAndFlipsOfCleanNdjson(
      @ForAll @IntRange(min = 0, max = 1_000_000) int at,
      @ForAll byte flip,
      @ForAll @IntRange(min = 1, max = 4) int width) {
    mutate(NDJSON, at, flip, width);
  }

  private static final List<byte[]> AA =
      Stream.of(
              "setu-fi-data.json",
              "finvu-fi.json",
              "rebit-fi-decrypted.json",
              "rebit-fi-encrypted.json",
              "xml2js-account.json",
              "other-banks.json",
              "consent-artefact.json",
              "consent-signed.json",
              "consent-detail.json")
          .map(AaEnvelopeTest::fixture)
          .toList();

  @Property(tries = 600)
  void cutsAndFlipsOfAaEnvelopesAndConsents(
      @ForAll @IntRange(min = 0, max = 1_000_000) int at,
      @ForAll byte flip,
      @ForAll @IntRange(min = 1, max = 4) int width,
      @ForAll @IntRange(min = 0, max = 8) int which) {
    byte[] doc = AA.get(which % AA.size());
    mutate(doc, at, flip, width);
    int i = at % doc.length;
    survivesInput(Arrays.copyOf(doc, i));
    byte[] flipped = doc.clone();
    for (int k = i; k < Math.min(doc.length, i + width); k++) {
      flipped[k] = (byte) (flipped[k] ^ flip);
    }
    survivesInput(flipped);
  }

  @Property(tries = 300)
  void anyJsonishTextAsInput(@ForAll("jsonish") String text) {
    survivesInput(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void survivesInput(byte[] bytes) {
    try {
      StatementInput in = BankStatementFile.input("fuzz", bytes);
      assertThat(in.source()).isEqualTo("fuzz");
      if (in.part() != null && in.part().transactionCount() > 0) {
        new StatementSet().add("fuzz", in.format(), null, in.part()).clean();
      }
    } catch (StatementException refused) {
      assertThat(refused.getMessage()).startsWith("fuzz");
      assertThat(refused.code()).isNotNull();
    }
  }

  private static void mutate(byte[] doc, int at, byte flip, int width) {
    int i = at % doc.length;
    survives(Arrays.copyOf(doc, i));
    byte[] flipped = doc.clone();
    for (int k = i; k < Math.min(doc.length, i + width); k++) {
      flipped[k] = (byte) (flipped[k] ^ flip);
    }
    survives(flipped);
    byte[] replaced = doc.clone();
    replaced[i] = flip;
    survives(replaced);
  }

  private static void survives(byte[] bytes) {
    try {
      StatementData s = BankStatementFile.parse(bytes, "fuzz");
      assertThat(s.data().customerId()).isEqualTo(s.customerId());
    } catch (StatementException refused) {
      assertThat(refused.getMessage()).startsWith("fuzz: ");
      assertThat(refused.code()).isNotNull();
    }
  }
}
