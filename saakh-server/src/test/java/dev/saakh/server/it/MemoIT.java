package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.money.IndianFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The memo and KFS downloads over real HTTP: files, roles, the consent gate and the audit. */
class MemoIT extends ServerIT {
  static final String MSME = "/api/v1/customers/CUST_MSM_00002";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** A download: status, content type, disposition and the bytes as sent. */
  record File(int status, String contentType, String disposition, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  File download(String token, String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(path)).GET().timeout(Duration.ofSeconds(120));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new File(
          r.statusCode(),
          r.headers().firstValue("Content-Type").orElse(""),
          r.headers().firstValue("Content-Disposition").orElse(""),
          r.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String pdfText(byte[] pdf) {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    } catch (IOException e) {
      throw new AssertionError("not a readable PDF", e);
    }
  }

  JsonNode decide(String body) {
    Reply made = post(UNDERWRITER, MSME + "/decisions", body);
    assertThat(made.status()).as(made.body()).isIn(200, 201);
    return made.json();
  }

  @Test
  void anUnderwriterDownloadsTheMemoAsPdfAndXlsxAndTheKfsOfAnOffer() throws IOException {
    JsonNode d = decide("{}");
    String id = d.path("decision_id").asText();
    JsonNode offer = d.path("decision").path("offer");
    assertThat(offer.isObject()).as("the demo's CUST_MSM_00002 gets an offer: " + d).isTrue();
    String base = MSME + "/decisions/" + id;

    File pdf = download(UNDERWRITER, base + "/memo.pdf");
    assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.disposition())
        .startsWith("attachment")
        .contains("filename=\"CUST_MSM_00002-" + id + "-memo.pdf\"");
    assertThat(pdfText(pdf.body()))
        .contains("CUST_MSM_00002")
        .contains(id)
        .contains(d.path("decision").path("outcome").asText())
        .contains(IndianFormat.rupees(offer.path("emi").decimalValue()));

    File kfs = download(UNDERWRITER, base + "/kfs.pdf");
    assertThat(kfs.status()).as(kfs.text()).isEqualTo(200);
    assertThat(kfs.contentType()).isEqualTo("application/pdf");
    assertThat(kfs.disposition()).contains("CUST_MSM_00002-" + id + "-kfs.pdf");
    assertThat(pdfText(kfs.body()))
        .contains("Key Facts Statement")
        .contains(offer.path("annual_percentage_rate").decimalValue().toPlainString() + "%")
        .contains(IndianFormat.rupees(offer.path("total_payable").decimalValue()));

    File xlsx = download(UNDERWRITER, base + "/memo.xlsx");
    assertThat(xlsx.status()).as(xlsx.text()).isEqualTo(200);
    assertThat(xlsx.contentType()).isEqualTo(XLSX);
    assertThat(xlsx.disposition()).contains("CUST_MSM_00002-" + id + "-memo.xlsx");
    long total =
        get(UNDERWRITER, MSME + "/data/transactions?limit=1").json().path("total").asLong();
    JsonNode months =
        get(UNDERWRITER, MSME + "/reports/transaction_summary").json().path("monthly");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .startsWith("Overview", "Monthly Analysis", "EOD Balances", "Transactions")
          .contains("Fraud", "Decision", "Repayment Schedule");
      Sheet t = wb.getSheet("Transactions");
      assertThat(t.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Date");
      assertThat((long) t.getLastRowNum()).isEqualTo(total);
      Sheet m = wb.getSheet("Monthly Analysis");
      for (int i = 0; i < months.size(); i++) {
        assertThat(m.getRow(i + 1).getCell(2).getNumericCellValue())
            .isEqualTo(months.get(i).path("inflow").asDouble());
      }
    }
    assertThat(auditRows("CUST_MSM_00002"))
        .anyMatch(
            r ->
                r.path("action").asText().equals("memo.download memo.pdf")
                    && r.path("detail").asText().contains(id))
        .anyMatch(r -> r.path("action").asText().equals("memo.download memo.xlsx"))
        .anyMatch(r -> r.path("action").asText().equals("memo.download kfs.pdf"));
  }

  @Test
  void aRejectionHasAMemoWithItsNoticeButNoKfs() {
    // below the product's minimum amount, so rejected (AMOUNT_BELOW_MINIMUM) with a notice
    JsonNode d = decide("{\"amount\": 1000}");
    assertThat(d.path("decision").path("outcome").asText()).as(d.toString()).isEqualTo("REJECT");
    String base = MSME + "/decisions/" + d.path("decision_id").asText();
    Reply kfs = get(UNDERWRITER, base + "/kfs.pdf");
    JsonNode p = kfs.problem(404, "no-offer");
    assertThat(p.path("detail").asText()).contains("carries no offer (REJECT)");
    File pdf = download(UNDERWRITER, base + "/memo.pdf");
    assertThat(pdf.status()).as(pdf.text()).isEqualTo(200);
    String text = pdfText(pdf.body());
    assertThat(text).contains("REJECT").contains("Notice to the borrower");
    for (JsonNode n : d.path("decision").path("notice")) {
      assertThat(text).contains(n.asText().replaceAll("\\s+", " "));
    }
  }

  @Test
  void theWrongRoleNoConsentAndNoSuchDecisionAreClearProblems() {
    String any = MSME + "/decisions/00000000-0000-0000-0000-000000000000";
    get(AUDITOR, any + "/memo.pdf").problem(403, "forbidden");
    get(AUDITOR, any + "/memo.xlsx").problem(403, "forbidden");
    get(ADMIN, any + "/kfs.pdf").problem(403, "forbidden");
    get(null, any + "/memo.pdf").problem(401, "unauthenticated");
    get(UNDERWRITER, any + "/memo.pdf").problem(404, "no-such-decision");
    get(UNDERWRITER, any + "/kfs.pdf").problem(404, "no-such-decision");
    get(UNDERWRITER, "/api/v1/customers/CUST_CON_00002/decisions/x/memo.xlsx")
        .problem(403, "no-consent");
  }

  private List<JsonNode> auditRows(String customerId) {
    List<JsonNode> rows = new ArrayList<>();
    long after = 0;
    for (int page = 0; page < 100; page++) {
      JsonNode got =
          get(AUDITOR, "/api/v1/audit?limit=1000&customer_id=" + customerId + "&after=" + after)
              .json();
      got.forEach(rows::add);
      if (got.size() < 1000) {
        break;
      }
      after = got.get(got.size() - 1).path("seq").asLong();
    }
    return rows;
  }
}
