package dev.saakh.server.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.saakh.core.consent.FiType;
import dev.saakh.core.lake.Dataset;
import dev.saakh.core.statement.StatementException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class FiDocumentsTest {
  private static final String DEPOSIT =
      "<Account linkedAccRef=\"A1\" maskedAccNumber=\"XX11\"><Summary type=\"SAVINGS\""
          + " currentBalance=\"10\"/><Transactions><Transaction txnId=\"T1\" type=\"CREDIT\""
          + " amount=\"10\" transactionTimestamp=\"2026-01-02T10:00:00+05:30\""
          + " narration=\"NEFT X\"/></Transactions></Account>";
  private static final String GST =
      "{\"Saakh\":{\"version\":\"1\",\"fiType\":\"GSTR1_3B\",\"dataset\":\"gst\","
          + "\"records\":[\"{\\\"return_id\\\":\\\"R1\\\"}\",\"not json at all\"]}}";

  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void depositAndSaakhFormBecomeRawLinesKeptAsSent() {
    FiDocuments d = new FiDocuments("CUST_MSM_00001", EnumSet.of(FiType.DEPOSIT, FiType.GSTR1_3B));
    d.add(b(DEPOSIT), "a");
    d.add(b(GST), "g");
    assertThat(d.raw().get(Dataset.TRANSACTIONS)).hasSize(1);
    assertThat(d.raw().get(Dataset.GST)).hasSize(2);
    assertThat(d.raw().get(Dataset.GST).get(1).text()).isEqualTo("not json at all");
    assertThat(d.fiTypes()).containsExactly("DEPOSIT", "GSTR1_3B");
    assertThat(d.documents()).isEqualTo(2);
  }

  @Test
  void anFiTypeTheConsentDoesNotNameIsRefused() {
    FiDocuments d = new FiDocuments("CUST_MSM_00001", EnumSet.of(FiType.DEPOSIT));
    assertThatThrownBy(() -> d.add(b(GST), "g"))
        .isInstanceOf(StatementException.class)
        .hasMessageContaining("g: it is GSTR1_3B data, which the consent does not cover");
    FiDocuments gstOnly = new FiDocuments("CUST_MSM_00001", EnumSet.of(FiType.GSTR1_3B));
    assertThatThrownBy(() -> gstOnly.add(b(DEPOSIT), "a"))
        .hasMessageContaining("DEPOSIT data, which the consent does not cover");
  }

  @Test
  void aSaakhFormWithBadPartsIsRefusedNamingThem() {
    FiDocuments d = new FiDocuments("CUST_MSM_00001", EnumSet.allOf(FiType.class));
    assertThatThrownBy(() -> d.add(b("{\"Saakh\":{\"fiType\":\"NOPE\",\"dataset\":\"gst\"}}"), "x"))
        .hasMessageContaining("x: its fiType 'NOPE'");
    assertThatThrownBy(
            () ->
                d.add(
                    b("{\"Saakh\":{\"fiType\":\"GSTR1_3B\",\"dataset\":\"gst\",\"records\":[1]}}"),
                    "y"))
        .hasMessageContaining("y: Saakh.records holds a NUMBER");
    assertThatThrownBy(() -> d.add(b("{broken"), "z")).hasMessageContaining("z: not valid JSON");
  }
}
