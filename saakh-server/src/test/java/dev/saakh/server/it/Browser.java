package dev.saakh.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium for the console's browser tests: Debian's {@code chromium} driven through
 * its {@code chromedriver} (never a downloaded browser or driver). Without them the tests are
 * skipped, unless {@code -Dsaakh.it.browser=required} (CI sets it) makes that a failure.
 * Screenshots go to {@code target/console-screenshots}, and also to {@code
 * -Dsaakh.console.screenshots=<dir>} when given (how docs/console/ is refreshed).
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM =
      Path.of(System.getProperty("saakh.it.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("saakh.it.chromedriver", "/usr/bin/chromedriver"));
  static final Duration WAIT = Duration.ofSeconds(30);

  final WebDriver driver;
  final Path downloads;
  private final String base;

  private Browser(WebDriver driver, Path downloads, String base) {
    this.driver = driver;
    this.downloads = downloads;
    this.base = base;
  }

  /** A fresh browser (own profile, 1280×800) on the server at {@code base}; skips without one. */
  static Browser open(String base) throws IOException {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!present && "required".equals(System.getProperty("saakh.it.browser"))) {
      throw new IllegalStateException(
          "browser tests need "
              + CHROMIUM
              + " and "
              + DRIVER
              + " (apt-get install chromium"
              + " chromium-driver); .ci/run installs them");
    }
    Assumptions.assumeTrue(present, "no " + CHROMIUM + " / " + DRIVER + ": browser tests skipped");
    Path profile = Files.createTempDirectory("saakh-chromium-");
    Path downloads = Files.createTempDirectory("saakh-downloads-");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,800",
        "--user-data-dir=" + profile);
    o.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory", downloads.toString(),
            "download.prompt_for_download", false,
            "plugins.always_open_pdf_externally", true));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    WebDriver d = new ChromeDriver(service, o);
    d.manage().window().setSize(new Dimension(1280, 800));
    return new Browser(d, downloads, base);
  }

  void go(String path) {
    driver.get(base + path);
  }

  WebElement find(String css) {
    return new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
  }

  void click(String css) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)))
        .click();
  }

  /** Waits until the element's text contains {@code text}; its text. */
  String waitText(String css, String text) {
    new WebDriverWait(driver, WAIT)
        .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    return driver.findElement(By.cssSelector(css)).getText();
  }

  /** Signs in through the login form. */
  void signIn(String user, String password) {
    go("/login");
    find("#username").sendKeys(user);
    driver.findElement(By.id("password")).sendKeys(password);
    driver.findElement(By.id("sign-in")).click();
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/console"));
  }

  void signOut() {
    click(".signout button");
    new WebDriverWait(driver, WAIT).until(ExpectedConditions.urlContains("/login"));
  }

  /** Saves a screenshot of the page as {@code name}.png. */
  void screenshot(String name) {
    byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    try {
      Path dir = Path.of("target", "console-screenshots");
      Files.createDirectories(dir);
      Path file = Files.write(dir.resolve(name + ".png"), png);
      String docs = System.getProperty("saakh.console.screenshots", "");
      if (!docs.isBlank()) {
        Path to = Path.of(docs);
        Files.createDirectories(to);
        Files.copy(file, to.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(png.length).isGreaterThan(1000);
  }

  /** Waits for a finished download whose name ends with {@code suffix}. */
  Path download(String suffix) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      try (var files = Files.list(downloads)) {
        var done = files.filter(p -> p.getFileName().toString().endsWith(suffix)).findFirst();
        if (done.isPresent() && Files.size(done.get()) > 0) {
          return done.get();
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no download ending " + suffix + " in " + downloads);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
