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
      phone(b);
    }
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
    b.driver.close();
    b.driver.switchTo().window(console);
    b.waitText("#run-state", "fetched");
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
    List<WebElement> links = b.driver.findElements(By.cssSelector("#fraud-alerts a.evidence-link"));
    assertThat(links).isNotEmpty();
    links.get(0).click();
    List<WebElement> marked = b.driver.findElements(By.cssSelector("#tx-table tbody tr.mark"));
    assertThat(b.find("#tx-count").getText()).contains("named as evidence");
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

  private static void phone(Browser b) {
    b.click("#tab-banking");
    b.find("#chart-monthly");
    b.driver.manage().window().setSize(new Dimension(390, 844));
    long width =
        (Long)
            ((JavascriptExecutor) b.driver)
                .executeScript("return document.documentElement.scrollWidth;");
    assertThat(width).as("the page fits a 390-px phone").isLessThanOrEqualTo(390);
    b.screenshot("08-phone-banking");
    b.driver.manage().window().setSize(new Dimension(1280, 800));
  }
}
