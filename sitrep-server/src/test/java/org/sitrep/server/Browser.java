package org.sitrep.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through chromedriver, with a fresh profile and the browser's
 * network log on, so a test can list every request the page made.
 */
final class Browser implements AutoCloseable {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** How long a wait may last before the test fails: a bound on a hang, not a timing claim. */
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  final ChromeDriver driver;
  private final Path profile;
  private final List<String> requests = new ArrayList<>();

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts the browser; fails with a hint when Chromium or chromedriver is missing. */
  static Browser start() throws IOException {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      throw new IllegalStateException(
          "the browser tests need Debian's chromium and chromium-driver"
              + " (apt-get install -y chromium chromium-driver; .ci/run installs them)");
    }
    Path profile = Files.createTempDirectory("sitrep-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1440,1100",
        "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, Level.ALL);
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /** Waits until the condition holds (not null, not false). */
  <T> T until(Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(50)).until(condition);
  }

  /** Runs a script in the page and gives its value. */
  Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /**
   * Every URL the browser asked for since it started: from Chromium's network log
   * (Network.requestWillBeSent), which also lists requests that failed or were blocked.
   */
  List<String> requests() {
    for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
      String message = entry.getMessage();
      if (!message.contains("\"Network.requestWillBeSent\"")) {
        continue;
      }
      try {
        Map<?, ?> json = Json.MAPPER.readValue(message, Map.class);
        Map<?, ?> inner = (Map<?, ?>) json.get("message");
        Map<?, ?> params = (Map<?, ?>) inner.get("params");
        Map<?, ?> request = (Map<?, ?>) params.get("request");
        requests.add(String.valueOf(request.get("url")));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(requests);
  }

  /** Forgets the requests made so far (the browser's own start page among them). */
  void forgetRequests() {
    requests();
    requests.clear();
  }

  /** Saves a screenshot of the whole window under target/screenshots. */
  Path screenshot(String name) throws IOException {
    return save(name, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  /** Saves a screenshot of one element under target/screenshots. */
  Path screenshot(String name, org.openqa.selenium.WebElement element) throws IOException {
    driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", element);
    return save(name, element.getScreenshotAs(OutputType.BYTES));
  }

  private static Path save(String name, byte[] png) throws IOException {
    Path dir = Path.of("target", "screenshots");
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Files.write(file, png);
    return file;
  }

  @Override
  public void close() {
    driver.quit();
    try (var walk = Files.walk(profile)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A profile left in the temp folder is harmless.
    }
  }
}
