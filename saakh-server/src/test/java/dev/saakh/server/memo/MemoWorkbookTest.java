package dev.saakh.server.memo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.saakh.core.money.IndianFormat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MemoWorkbookTest {
  static XSSFWorkbook read(byte[] xlsx) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    } catch (IOException e) {
      throw new AssertionError("not a readable XLSX", e);
    }
  }

  static List<String> sheets(XSSFWorkbook wb) {
    List<String> out = new ArrayList<>();
    wb.forEach(s -> out.add(s.getSheetName()));
    return out;
  }

  static List<String> header(Sheet s) {
    List<String> out = new ArrayList<>();
    s.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }

  @Test
  void anApprovalsWorkbookHasEverySheetWithAFrozenFilteredHeader() throws IOException {
    TestingMemo.Engine e = TestingMemo.firstWith("APPROVE");
    try (XSSFWorkbook wb = read(MemoWorkbook.render(e.memo()))) {
      assertThat(sheets(wb)).isEqualTo(MemoWorkbook.SHEETS);
      for (String name : MemoWorkbook.SHEETS) {
        XSSFSheet s = wb.getSheet(name);
        assertThat(s.getPaneInformation().getHorizontalSplitTopRow()).as(name).isEqualTo((short) 1);
        assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as(name).startsWith("A1:");
        assertThat(s.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
      }
      Sheet schedule = wb.getSheet("Repayment Schedule");
      JsonNode offer = e.decision().path("decision").path("offer");
      assertThat(schedule.getLastRowNum()).isEqualTo(offer.path("schedule").size());
      assertThat(schedule.getRow(1).getCell(4).getNumericCellValue())
          .isEqualTo(offer.path("schedule").get(0).path("instalment").asDouble());
    }
  }

  @Test
  void everyCleanTransactionIsARowWithTypedCells() throws IOException {
    TestingMemo.Engine e = TestingMemo.firstWith("REJECT");
    try (XSSFWorkbook wb = read(MemoWorkbook.render(e.memo()))) {
      assertThat(sheets(wb)).doesNotContain("Repayment Schedule").contains("Transactions");
      Sheet t = wb.getSheet("Transactions");
      assertThat(header(t))
          .containsExactly(
              "Date",
              "Account",
              "Narration",
              "Amount",
              "Debit/Credit",
              "Balance",
              "Category",
              "Channel",
              "Counterparty",
              "Transaction");
      assertThat(t.getLastRowNum()).isEqualTo(e.transactions().size());
      JsonNode first = e.transactions().get(0);
      Row r = t.getRow(1);
      assertThat(DateUtil.isCellDateFormatted(r.getCell(0))).isTrue();
      assertThat(r.getCell(0).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.parse(first.path("date").asText()));
      assertThat(r.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(r.getCell(3).getNumericCellValue()).isEqualTo(first.path("amount").asDouble());
      assertThat(r.getCell(9).getStringCellValue())
          .isEqualTo(first.path("transaction_id").asText());
    }
  }

  @Test
  void theMonthlySheetHoldsTheReportsFiguresInLakhGrouping() throws IOException {
    TestingMemo.Engine e = TestingMemo.firstWith("REJECT");
    JsonNode months = e.reports().get("transaction_summary").path("monthly");
    DataFormatter shown = new DataFormatter(java.util.Locale.ROOT);
    try (XSSFWorkbook wb = read(MemoWorkbook.render(e.memo()))) {
      Sheet s = wb.getSheet("Monthly Analysis");
      assertThat(s.getLastRowNum()).isEqualTo(months.size());
      boolean sawLakhs = false;
      for (int i = 0; i < months.size(); i++) {
        Row r = s.getRow(i + 1);
        assertThat(r.getCell(0).getStringCellValue())
            .isEqualTo(months.get(i).path("month").asText());
        double inflow = months.get(i).path("inflow").asDouble();
        assertThat(r.getCell(2).getNumericCellValue()).isEqualTo(inflow);
        if (inflow >= 100_000) {
          assertThat(shown.formatCellValue(r.getCell(2)))
              .isEqualTo(IndianFormat.rupees(inflow).substring(1));
          sawLakhs = true;
        }
      }
      assertThat(sawLakhs).as("a month of at least a lakh").isTrue();
    }
  }

  @Test
  void theEodSheetCarriesEachDaysLastBalancePerAccount() throws IOException {
    TestingMemo.Engine e = TestingMemo.firstWith("REJECT");
    Map<String, Map<LocalDate, Double>> last = new HashMap<>();
    for (JsonNode x : e.transactions()) {
      last.computeIfAbsent(x.path("account_id").asText(), a -> new HashMap<>())
          .put(LocalDate.parse(x.path("date").asText()), x.path("balance_after").asDouble());
    }
    try (XSSFWorkbook wb = read(MemoWorkbook.render(e.memo()))) {
      Sheet s = wb.getSheet("EOD Balances");
      List<String> accounts = header(s).subList(1, header(s).size());
      assertThat(accounts).containsExactlyInAnyOrderElementsOf(last.keySet());
      int checked = 0;
      for (int i = 1; i <= s.getLastRowNum(); i++) {
        Row r = s.getRow(i);
        LocalDate day = r.getCell(0).getLocalDateTimeCellValue().toLocalDate();
        for (int a = 0; a < accounts.size(); a++) {
          Double expected = last.get(accounts.get(a)).get(day);
          if (expected != null) {
            assertThat(r.getCell(a + 1).getNumericCellValue())
                .as(day + " " + a)
                .isEqualTo(expected);
            checked++;
          }
        }
      }
      assertThat(checked).isPositive();
    }
  }

  @Test
  void theFraudSheetListsEveryGstIndicatorAndAnomaly() throws IOException {
    TestingMemo.Engine e = TestingMemo.fraud();
    CreditMemo m = e.memo();
    try (XSSFWorkbook wb = read(MemoWorkbook.render(m))) {
      Sheet s = wb.getSheet("Fraud");
      assertThat(s.getLastRowNum()).isEqualTo(m.gst().flags().size() + m.anomalies().size());
      int flags = 0;
      for (JsonNode r : e.reports().get("gst_summary").path("fraud").path("flagged")) {
        flags += r.path("indicators").size();
      }
      assertThat(m.gst().flags()).hasSize(flags);
      JsonNode flag = e.reports().get("gst_summary").path("fraud").path("flagged").get(0);
      Row first = s.getRow(1);
      assertThat(first.getCell(1).getStringCellValue())
          .isEqualTo(flag.path("indicators").get(0).path("code").asText());
      assertThat(first.getCell(4).getStringCellValue()).isEqualTo(flag.path("return_id").asText());
      assertThat(first.getCell(5).getNumericCellValue())
          .isEqualTo(flag.path("indicators").get(0).path("observed").asDouble());
      Row anomaly = s.getRow(m.gst().flags().size() + 1);
      JsonNode a = e.reports().get("anomalies_report").path("anomalies").get(0);
      assertThat(anomaly.getCell(1).getStringCellValue()).isEqualTo(a.path("code").asText());
      assertThat(anomaly.getCell(4).getStringCellValue())
          .startsWith(a.path("evidence").get(0).asText());
    }
  }
}
