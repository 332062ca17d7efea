package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in real headless Chromium: an underwriter runs the whole pipeline for a generated
 * fraud MSME (the customer approves the consent in the simulator's AA app), sees the GST fraud
 * alert with its evidence and the REJECT with its reasons; an auditor cannot open customer data.
 * The screenshots of docs/console/ are taken here.
 */
class ConsoleBrowserIT extends ServerIT {
  /** Generated with profile {@code fraud} by the demo seed (42). */
  static final String FRAUD = "CUST_MSM_00006";

  /** Generated with profile {@code high_growth}: the engine approves it. */
  static final String GOOD = "CUST_MSM_00004";

  private String base() {
    return "http://localhost:" + port;
  }

  @Test
  void anUnderwriterRunsTheWholePipelineForAFraudMsmeAndSeesWhy() throws Exception {
    try (Browser b = Browser.open(base())) {
      b.go("/login");
      b.find("#username");
      b.screenshot("01-login");
      b.signIn("underwriter", "saakh-demo-underwriter");
      openCase(b, FRAUD);
      b.screenshot("02-customer-new");
      fetchThroughTheAa(b, FRAUD);
      runStep(b, "#run-clean", "cleaned");
      assertThat(b.find("#run-log").getText())
          .contains("raw →")
          .contains("balance chain")
          .contains("quarantined");
      runStep(b, "#run-analyze", "REJECT");
      assertThat(b.find("#run-log").getText()).contains("KO_GST_FRAUD");
      b.waitText("#customer-id", FRAUD);
      assertThat(b.driver.findElements(By.cssSelector("header.bar"))).hasSize(1);
      assertThat(b.driver.findElements(By.cssSelector("#header"))).hasSize(1);
      b.screenshot("03-pipeline");

      b.click("#tab-gst");
      WebElement alerts = b.find("#fraud-alerts");
      assertThat(b.find("#gst-fraud-severity").getText()).isEqualTo("GST HIGH");
      assertThat(
              alerts.findElement(By.cssSelector("tr[data-code='gst_fraud_indicators']")).getText())
          .contains("HIGH")
          .contains("fraud indicators");
      assertThat(b.driver.findElements(By.cssSelector("#gst-monthly tr.mark"))).isNotEmpty();
      assertThat(b.driver.findElements(By.cssSelector("#flagged-returns tr.mark"))).isNotEmpty();
      b.screenshot("05-gst-fraud");

      b.click("#tab-banking");
      chartDrawn(b, "#chart-monthly");
      chartDrawn(b, "#chart-category");
      assertThat(b.find("#monthly").getText()).contains("₹");
      b.screenshot("04-banking");

      evidenceIsHighlighted(b);
      decisionExplained(b);
      downloads(b);
      phone(b);
    }
  }

  @Test
  void anOverrideIsMadeByOneUnderwriterAndApprovedByAnother() throws Exception {
    String checker = "checker.browser";
    if (!get(ADMIN, "/api/v1/admin/users").body().contains("\"" + checker + "\"")) {
      Reply made =
          post(
              ADMIN,
              "/api/v1/admin/users",
              "{\"username\":\""
                  + checker
                  + "\",\"password\":\"checker-password-1\",\"role\":\"UNDERWRITER\"}");
      assertThat(made.status()).isIn(200, 201);
    }
    try (Browser b = Browser.open(base())) {
      b.signIn("underwriter", "saakh-demo-underwriter");
      openCase(b, GOOD);
      fetchThroughTheAa(b, GOOD);
      runStep(b, "#run-clean", "cleaned");
      runStep(b, "#run-analyze", "APPROVE");
      b.click("#tab-decision");
      assertThat(b.find("#outcome").getText()).isEqualTo("APPROVE");
      assertThat(b.find("#apr").getText()).endsWith("%");
      b.click("#override-box summary");
      new Select(b.find("#override-outcome")).selectByValue("REJECT");
      b.find("#override-reason").sendKeys("too short");
      b.click("#override-send");
      assertThat(b.find("#review-error").getText()).contains("20");
      b.click("#override-box summary");
      new Select(b.find("#override-outcome")).selectByValue("REJECT");
      b.find("#override-reason")
          .sendKeys("Site visit on 2 Dec found the unit shut; the promoter could not explain it.");
      b.click("#override-send");
      assertThat(b.find("#review-ok").getText()).contains("second underwriter");
      assertThat(b.find("#review-status-0").getText()).isEqualTo("PENDING");
      b.screenshot("09-override-pending");
      b.go("/console/reviews");
      assertThat(b.find("#pending tr[data-customer='" + GOOD + "']").getText()).contains("yours");
      b.signOut();

      b.signIn(checker, "checker-password-1");
      b.go("/console/reviews");
      WebElement row = b.find("#pending tr[data-customer='" + GOOD + "']");
      row.findElement(By.cssSelector(".check-note"))
          .sendKeys("Agreed after reading the visit report.");
      b.screenshot("10-review-queue");
      row.findElement(By.cssSelector("button.approve")).click();
      assertThat(b.find("#review-ok").getText()).contains(GOOD).contains("approved");
    }
    String decision =
        get(UNDERWRITER, "/api/v1/customers/" + GOOD + "/decisions")
            .json()
            .get(0)
            .path("decision_id")
            .asText();
    Reply list =
        get(UNDERWRITER, "/api/v1/customers/" + GOOD + "/decisions/" + decision + "/reviews");
    assertThat(list.body()).contains("\"APPROVED\"").contains(checker).contains("Site visit");
  }

  @Test
  void anAuditorCannotOpenCustomerData() throws Exception {
    try (Browser b = Browser.open(base())) {
      b.signIn("auditor", "saakh-demo-auditor");
      b.go("/console/customers/CUST_MSM_00001");
      assertThat(b.find("h1").getText()).isEqualTo("Not allowed");
      assertThat(b.find("#refusal").getText()).contains("AUDITOR");
      assertThat(b.driver.getPageSource()).doesNotContain("Banking");
      b.go("/console/customers/CUST_MSM_00001/tab/banking");
      assertThat(b.find("h1").getText()).isEqualTo("Not allowed");
      b.go("/api/v1/customers/CUST_MSM_00001/reports");
      assertThat(b.driver.getPageSource()).contains("forbidden");
      b.go("/console/audit?customer=CUST_MSM_00001&outcome=DENIED");
      assertThat(b.find("main").getText()).contains("GET /console/customers/CUST_MSM_00001");
      b.screenshot("11-audit-log");
      b.signOut();
      b.signIn("admin", "saakh-demo-admin");
      b.go("/console/admin/policies");
      assertThat(b.find("main").getText()).contains("saakh-default");
      b.screenshot("12-admin-policies");
    }
    assertThat(auditOf("CUST_MSM_00001"))
        .contains("\"role\":\"AUDITOR\"")
        .contains("\"action\":\"GET /console/customers/CUST_MSM_00001\",\"outcome\":\"DENIED\"");
  }

  /**
   * Every audit row of the customer, as JSON text (paged through, oldest first; each read adds an
   * audit.read row of its own, so a short page is the end).
   */
  private String auditOf(String customer) {
    StringBuilder all = new StringBuilder();
    long after = 0;
    while (true) {
      com.fasterxml.jackson.databind.JsonNode rows =
          get(AUDITOR, "/api/v1/audit?limit=1000&customer_id=" + customer + "&after=" + after)
              .json();
      all.append(rows);
      if (rows.size() < 1000) {
        return all.toString();
      }
      after = rows.get(rows.size() - 1).path("seq").asLong();
    }
  }

  static void openCase(Browser b, String customer) {
    b.go("/console");
    b.find("#customer-id").sendKeys(customer);
    new Select(b.find("#purpose")).selectByValue("NEW_LOAN");
    b.find("#reference").sendKeys("APP-" + customer);
    b.click("#open");
    assertThat(b.find("#customer-id").getText()).isEqualTo(customer);
  }

  /** Consent + fetch: the lender asks, the customer approves in the simulator's AA app. */
  static void fetchThroughTheAa(Browser b, String customer) {
    String console = b.driver.getWindowHandle();
    b.click("#run-fetch");
    b.waitText("#run-log", "waiting for the customer");
    b.driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
    b.go("/sim/aa/ui");
    By approve =
        By.xpath(
            "//tr[td[contains(., '"
                + customer
                + "@saakh-sim')] and td[.='PENDING']]//form[contains(@action, '/approve')]/button");
    b.driver.findElement(approve).click();
    new WebDriverWait(b.driver, Browser.WAIT).until(d -> d.findElements(approve).isEmpty());
    b.screenshot("00-simulator-approved");
    b.driver.close();
    b.driver.switchTo().window(console);
    try {
      new WebDriverWait(b.driver, java.time.Duration.ofSeconds(90))
          .until(d -> d.findElement(By.id("run-state")).getText().equals("fetched"));
    } catch (org.openqa.selenium.TimeoutException e) {
      throw new AssertionError(
          "the fetch did not finish; its log: " + b.find("#run-log").getText(), e);
    }
    assertThat(b.find("#run-log").getText()).contains("is ACTIVE").contains("session STORED");
    b.waitText("#consent-chip", "ACTIVE");
  }

  static void runStep(Browser b, String button, String result) {
    new WebDriverWait(b.driver, Browser.WAIT)
        .until(d -> d.findElement(By.cssSelector(button)).isEnabled());
    b.click(button);
    b.waitText("#run-state", result);
  }

  private static void chartDrawn(Browser b, String css) {
    new WebDriverWait(b.driver, Browser.WAIT)
        .until(d -> "1".equals(d.findElement(By.cssSelector(css)).getDomAttribute("data-drawn")));
  }

  private static void evidenceIsHighlighted(Browser b) {
    b.click("#tab-gst");
    b.find("#fraud-alerts");
    List<WebElement> links = b.driver.findElements(By.cssSelector("#fraud-alerts a.evidence-link"));
    assertThat(links).isNotEmpty();
    links.get(0).click();
    assertThat(b.find("#tx-count").getText()).contains("named as evidence");
    List<WebElement> marked = b.driver.findElements(By.cssSelector("#tx-table tbody tr.mark"));
    assertThat(marked).isNotEmpty();
    assertThat(b.driver.findElements(By.cssSelector("#tx-table tbody tr"))).hasSameSizeAs(marked);
    assertThat(b.find("#quarantine").getText()).contains("MISSING_FIELD");
    b.screenshot("06-transactions-evidence");
  }

  private static void decisionExplained(Browser b) {
    b.click("#tab-decision");
    assertThat(b.find("#outcome").getText()).isEqualTo("REJECT");
    assertThat(b.find("#decided-by").getText()).isEqualTo("KO_GST_FRAUD");
    assertThat(b.find("#rules").getText()).contains("gst_fraud_high");
    assertThat(b.find("#notice").getText()).contains("GST returns");
    assertThat(b.driver.findElements(By.cssSelector(".trace"))).hasSizeGreaterThanOrEqualTo(4);
    b.screenshot("07-decision-reject");
  }

  /** The memo as PDF and XLSX, downloaded by the browser, read back with PDFBox and POI. */
  private static void downloads(Browser b) throws Exception {
    b.click("#dl-memo-pdf");
    java.nio.file.Path pdf = b.download("memo.pdf");
    try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
      assertThat(text).contains(FRAUD).contains("REJECT").contains("KO_GST_FRAUD").contains("₹");
    }
    b.click("#dl-memo-xlsx");
    java.nio.file.Path xlsx = b.download("memo.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
      assertThat(wb.getSheet("Transactions")).isNotNull();
      assertThat(wb.getSheet("Transactions").getLastRowNum()).isGreaterThan(100);
      assertThat(wb.getSheet("Fraud").getLastRowNum()).isGreaterThan(0);
      StringBuilder decision = new StringBuilder();
      var fmt = new org.apache.poi.ss.usermodel.DataFormatter();
      wb.getSheet("Decision")
          .forEach(r -> r.forEach(c -> decision.append(fmt.formatCellValue(c)).append(' ')));
      assertThat(decision.toString()).contains("REJECT").contains("KO_GST_FRAUD");
    }
  }

  private static void phone(Browser b) {
    b.click("#tab-banking");
    b.find("#chart-monthly");
    b.driver.manage().window().setSize(new Dimension(390, 844));
    b.driver.navigate().refresh();
    chartDrawn(b, "#chart-monthly");
    long width =
        (Long)
            ((JavascriptExecutor) b.driver)
                .executeScript("return document.documentElement.scrollWidth;");
    assertThat(width).as("the page fits a 390-px phone").isLessThanOrEqualTo(390);
    b.screenshot("08-phone-banking");
    b.click("#tab-decision");
    b.find("#outcome");
    b.screenshot("08-phone-decision");
    b.driver.manage().window().setSize(new Dimension(1280, 800));
  }
}
