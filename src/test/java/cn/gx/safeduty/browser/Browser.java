package cn.gx.safeduty.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Debian's chromedriver (no browser download), one session per user. */
final class Browser implements AutoCloseable {

  static final String CHROMIUM = "/usr/bin/chromium";
  static final String CHROMEDRIVER = "/usr/bin/chromedriver";
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  static boolean installed() {
    return Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
  }

  final ChromeDriver driver;
  final WebDriverWait wait;
  private final String base;

  Browser(int port) {
    this(port, "zh-CN");
  }

  /** A browser whose language is {@code language} (zh-CN, en-US). */
  Browser(int port, String language) {
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1400,1000", "--lang=" + language);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages",
        language + "," + language.substring(0, 2)));
    options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File(CHROMEDRIVER))
        .usingAnyFreePort().build();
    this.driver = new ChromeDriver(service, options);
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    this.base = "http://localhost:" + port;
  }

  void login(String app, String user) {
    driver.get(base + "/camunda/app/" + app + "/default/");
    WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type='text']")));
    name.sendKeys(user);
    driver.findElement(By.cssSelector("input[type='password']")).sendKeys("demo");
    driver.findElement(By.cssSelector("button[type='submit']")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type='password']")));
  }

  void open(String path) {
    driver.get(base + path);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  /**
   * Clicks an enabled element through the DOM: Tasklist's fixed footer covers the bottom of the
   * task form, where its buttons sit, so a pointer click would land on the footer.
   */
  void click(By by) {
    WebElement element = wait.until(ExpectedConditions.elementToBeClickable(by));
    driver.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
  }

  /** A form-js field found by its label (form-js inputs carry no name attribute). */
  WebElement field(String label) {
    return visible(By.xpath("//label[contains(normalize-space(.), '" + label + "')]/following::*[self::textarea or self::input][1]"));
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Ends the session; a script or style the page's Content-Security-Policy refused fails the test that used it. */
  @Override
  public void close() {
    java.util.List<String> refused;
    try {
      refused = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
          .map(org.openqa.selenium.logging.LogEntry::getMessage)
          // Chromium shortens long messages in the log: "Uncaught EvalError: … violates the fol…", "Refused to load …"
          .filter(message -> message.contains("EvalError") || message.contains("Content Security Policy")
              || message.contains("Refused to"))
          .toList();
    } finally {
      driver.quit();
    }
    if (!refused.isEmpty()) {
      throw new AssertionError("the Content-Security-Policy refused: " + refused);
    }
  }
}
