package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** {@code POST /api/bank-statements/analyze}: several uploaded files of one customer, one reply. */
class StatementUploadIT extends ServerIT {
  private static final String PATH = "/api/bank-statements/analyze";
  private static final String BOUNDARY = "saakh-it-boundary-7f3a";

  private Reply upload(String token, Map<String, String> files) {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
    return uploadBytes(token, bytes);
  }

  private Reply uploadBytes(String token, Map<String, byte[]> files) {
    return uploadBytes(token, files, List.of());
  }

  private Reply uploadBytes(String token, Map<String, byte[]> files, List<String> passwords) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String p : passwords) {
      String part =
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n"
              + p
              + "\r\n";
      body.writeBytes(part.getBytes(StandardCharsets.UTF_8));
    }
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String head =
          "--"
              + BOUNDARY
              + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
              + f.getKey()
              + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
      body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
      body.writeBytes(f.getValue());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri(PATH))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    return send(token, b);
  }

  @Test
  void twoDownloadsOfOneAccountAreOneStatementWithTheRepeatsListedByFile() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("march.json", SeedApiIT.fixture());
    files.put("march-again.json", SeedApiIT.fixture());
    Reply r = upload(UNDERWRITER, files);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode out = r.json();
    assertThat(out.path("customer_id").asText()).isEqualTo("CUST_CON_00077");
    assertThat(out.path("clean_transactions").asInt()).isEqualTo(30);
    assertThat(out.path("duplicate_transactions").asInt()).isEqualTo(30);
    assertThat(out.path("files").size()).isEqualTo(2);
    assertThat(out.path("files").get(1).path("name").asText()).isEqualTo("march-again.json");
    assertThat(out.path("duplicates").get(0).path("file").asText()).isEqualTo("march-again.json");
    assertThat(out.path("balance_chains").size()).isPositive();
    JsonNode rows = get(AUDITOR, "/api/v1/audit?customer_id=CUST_CON_00077&limit=1000").json();
    assertThat(rows.findValuesAsText("detail")).anyMatch(d -> d.contains("2 file(s)"));
  }

  @Test
  void aFileThatIsNotAStatementIsAProblemNamingIt() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("march.json", SeedApiIT.fixture());
    files.put("notes.txt", "hello,world\nthis is,not a statement\n");
    JsonNode p = upload(UNDERWRITER, files).problem(400, "bad-statement");
    assertThat(p.path("detail").asText()).startsWith("notes.txt");
    upload(UNDERWRITER, Map.of()).problem(400, "bad-statement");
    upload(null, Map.of("march.json", SeedApiIT.fixture())).problem(401, "unauthenticated");
  }

  @Test
  void anExcelDownloadIsReadAndATruncatedOneIsAProblemNamingIt() throws IOException {
    byte[] xlsx = hdfcXlsx();
    Reply r = uploadBytes(UNDERWRITER, Map.of("hdfc.xlsx", xlsx));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().at("/files/0/format").asText()).isEqualTo("BANK_XLSX");
    assertThat(r.json().at("/files/0/layout").asText()).isEqualTo("HDFC");
    assertThat(r.json().path("clean_transactions").asInt()).isEqualTo(2);

    byte[] half = Arrays.copyOf(xlsx, 700);
    JsonNode p = uploadBytes(UNDERWRITER, Map.of("half.xlsx", half)).problem(400, "bad-statement");
    assertThat(p.path("detail").asText()).startsWith("half.xlsx: not a readable Excel");
  }

  @Test
  void aProtectedWorkbookIsOpenedWithAPasswordFieldThatIsNeverAudited() throws Exception {
    byte[] locked = encrypted(hdfcXlsx(), "MEERA0311");
    JsonNode p =
        uploadBytes(UNDERWRITER, Map.of("locked.xlsx", locked), List.of("guess-0311"))
            .problem(400, "bad-statement");
    assertThat(p.path("detail").asText())
        .startsWith("locked.xlsx: a password-protected workbook")
        .doesNotContain("guess");
    Reply r =
        uploadBytes(UNDERWRITER, Map.of("locked.xlsx", locked), List.of("guess-0311", "MEERA0311"));
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(r.json().path("clean_transactions").asInt()).isEqualTo(2);
    String audit = get(AUDITOR, "/api/v1/audit?limit=1000").body();
    assertThat(audit).contains("locked.xlsx").doesNotContain("MEERA0311").doesNotContain("guess");
  }

  private static byte[] hdfcXlsx() throws IOException {
    String[][] rows = {
      {"HDFC BANK Ltd."},
      {
        "Date",
        "Narration",
        "Chq./Ref.No.",
        "Value Dt",
        "Withdrawal Amt.",
        "Deposit Amt.",
        "Closing Balance"
      },
      {
        "03/11/26",
        "UPI-MEERA STORES-meerastores@okaxis-UTIB0000123-412300000101-GROCERY",
        "0000412300000101",
        "03/11/26",
        "1245.50",
        "",
        "44433.40"
      },
      {
        "04/11/26",
        "NEFT CR-KKBK0000958-NIMBUS SOFTLABS PVT LTD-SALARY NOV",
        "KKBKN12345000001",
        "04/11/26",
        "",
        "123456.78",
        "167890.18"
      }
    };
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var sheet = wb.createSheet("Statement");
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          row.createCell(c).setCellValue(rows[r][c]);
        }
      }
      wb.write(xlsx);
    }
    return xlsx.toByteArray();
  }

  private static byte[] encrypted(byte[] xlsx, String password) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword(password);
      try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(xlsx));
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      return out.toByteArray();
    }
  }
}
