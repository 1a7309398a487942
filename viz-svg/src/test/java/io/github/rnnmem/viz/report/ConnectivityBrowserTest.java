package io.github.rnnmem.viz.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rnnmem.viz.analysis.ConnectivityPanel;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.analysis.ConnectivityStep;
import io.github.rnnmem.viz.analysis.SampleAnalyses;
import io.github.rnnmem.viz.analysis.Suggestion;
import io.github.rnnmem.viz.analysis.UnitTag;
import io.github.rnnmem.viz.colour.Colour;
import io.github.rnnmem.viz.layout.ConnectivityLayout;
import io.github.rnnmem.viz.layout.ConnectivityShading;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Opens a report with an interactive connectivity view in the system's headless Chromium (driven
 * through its chromedriver) and checks what a reader sees: the shading and the suggestions of every
 * panel follow the selected character, the arrow keys and walkthrough buttons move the selection,
 * the scale switch changes the shading, and the console stays free of errors. A screenshot is
 * saved as {@code target/connectivity-browser.png}.
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or the files named by
 * {@code RNNMEM_CHROMIUM} and {@code RNNMEM_CHROMEDRIVER}) the test is skipped, unless {@code
 * RNNMEM_REQUIRE_BROWSER=1}, when it fails.
 */
class ConnectivityBrowserTest {

    private static final String HOSTILE = "<b>x</b> </script><script>alert(1)</script> & \"q\"";
    private static final Path OUTPUT = Path.of("target", "browser");

    private List<ConnectivityPanel> panels;
    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

    private ChromeDriver driver;
    private Path profile;

    private void openThePage() throws IOException {
        Path chromium = Path.of(System.getenv().getOrDefault("RNNMEM_CHROMIUM", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("RNNMEM_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            String message = "the browser test needs Chromium at " + chromium + " and chromedriver at " + chromedriver
                    + " (Debian: apt-get install chromium chromium-driver)";
            if ("1".equals(System.getenv("RNNMEM_REQUIRE_BROWSER"))) {
                Assertions.fail(message + "; RNNMEM_REQUIRE_BROWSER=1 requires it");
            }
            Assumptions.abort(message + "; skipped");
        }
        List<UnitTag> tags = new ArrayList<>(SampleAnalyses.tags());
        tags.add(new UnitTag(HOSTILE, "plugin", Colour.parse("#B79F00")));
        panels = SampleAnalyses.connectivity(SampleAnalyses.TEXT, tags);
        Report report = new Report("Connectivity in a browser");
        report.section("Connectivity")
                .connectivity(new ConnectivityView(panels, 106, ConnectivityScale.LINEAR, List.of(106, 159, 141)));
        Files.createDirectories(OUTPUT);
        Path page = OUTPUT.resolve("report.html").toAbsolutePath();
        report.write(page);

        // The view needs no DevTools protocol; Selenium's notice that it has none for this Chromium is noise.
        DEVTOOLS.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("rnnmem-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1100,1500");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.get(page.toUri().toString());
    }

    @AfterEach
    void closeTheBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theViewFollowsTheReaderAndTheConsoleStaysClean() throws IOException {
        openThePage();
        expectSelection(106, ConnectivityScale.LINEAR);

        driver.findElement(By.cssSelector(".cv-panel:nth-of-type(2) span[data-i='40']")).click();
        expectSelection(40, ConnectivityScale.LINEAR);

        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".cv-panel span[data-i='55']"))).perform();
        expectSelection(55, ConnectivityScale.LINEAR);

        new Actions(driver).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        expectSelection(57, ConnectivityScale.LINEAR);
        new Actions(driver).sendKeys(Keys.ARROW_LEFT).perform();
        expectSelection(56, ConnectivityScale.LINEAR);

        driver.findElement(By.cssSelector("button.cv-goto[data-position='159']")).click();
        expectSelection(159, ConnectivityScale.LINEAR);

        driver.findElement(By.cssSelector("button.cv-scale[data-scale='log']")).click();
        expectSelection(159, ConnectivityScale.LOG);
        assertThat(driver.findElement(By.cssSelector(".cv-legend[data-scale='log']")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.cssSelector(".cv-legend[data-scale='linear']")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.cssSelector("button.cv-scale[data-scale='log']")).getAttribute("aria-pressed"))
                .isEqualTo("true");

        driver.findElement(By.cssSelector("button.cv-goto[data-position='106']")).click();
        expectSelection(106, ConnectivityScale.LOG);

        List<WebElement> headings = driver.findElements(By.cssSelector(".cv-head"));
        assertThat(headings.get(3).getText()).isEqualTo(HOSTILE);

        Path screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(screenshot, Path.of("target", "connectivity-browser.png"), StandardCopyOption.REPLACE_EXISTING);

        List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .toList();
        assertThat(problems).as("browser console").isEmpty();
    }

    /** Checks the caption, every panel's shading (level and computed colour) and suggestions. */
    @SuppressWarnings("unchecked")
    private void expectSelection(int position, ConnectivityScale scale) {
        WebElement view = driver.findElement(By.cssSelector(".cv"));
        assertThat(view.getAttribute("data-position")).isEqualTo(String.valueOf(position));
        assertThat(view.getAttribute("data-scale")).isEqualTo(scale.id());
        assertThat(driver.findElement(By.cssSelector(".cv-caption")).getText())
                .isEqualTo(ConnectivityLayout.caption(SampleAnalyses.TEXT, position));
        List<Map<String, Object>> shown = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('.cv-panel')).map(function (panel) {"
                        + "  return {"
                        + "    levels: Array.from(panel.querySelectorAll('span[data-i]')).map(function (s) {"
                        + "      return s.getAttribute('data-level'); }),"
                        + "    colours: Array.from(panel.querySelectorAll('span[data-i]')).map(function (s) {"
                        + "      return getComputedStyle(s).backgroundColor; }),"
                        + "    selected: Array.from(panel.querySelectorAll('span.cv-selected')).map(function (s) {"
                        + "      return s.getAttribute('data-i'); }),"
                        + "    target: panel.querySelector('.cv-target').textContent,"
                        + "    suggestions: Array.from(panel.querySelectorAll('.cv-suggestions li')).map(function (li) {"
                        + "      return li.textContent; }),"
                        + "    hits: Array.from(panel.querySelectorAll('.cv-suggestions li.cv-hit')).map(function (li) {"
                        + "      return li.textContent; })"
                        + "  }; });");
        assertThat(shown).hasSize(panels.size());
        for (int p = 0; p < panels.size(); p++) {
            ConnectivityStep step = panels.get(p).steps().get(position);
            Map<String, Object> panel = shown.get(p);
            List<String> levels = (List<String>) panel.get("levels");
            List<String> colours = (List<String>) panel.get("colours");
            List<String> expectedLevels = new ArrayList<>();
            List<String> expectedColours = new ArrayList<>();
            for (int tau = 0; tau < step.length(); tau++) {
                if (tau > position) {
                    expectedLevels.add(null);
                    expectedColours.add("rgba(0, 0, 0, 0)");
                    continue;
                }
                int level = ConnectivityShading.level(ConnectivityShading.code(step.connectivity(tau), step.maximum()),
                        scale);
                Colour colour = ConnectivityShading.colour(level);
                expectedLevels.add(String.valueOf(level));
                expectedColours.add(String.format(Locale.ROOT, "rgb(%d, %d, %d)", colour.red(), colour.green(),
                        colour.blue()));
            }
            String where = "panel " + p + " at position " + position + " (" + scale.id() + ")";
            assertThat(levels).as(where + ": levels").isEqualTo(expectedLevels);
            assertThat(colours).as(where + ": background colours").isEqualTo(expectedColours);
            assertThat((List<String>) panel.get("selected")).as(where).containsExactly(String.valueOf(position));
            assertThat(panel.get("target")).as(where).isEqualTo("target: " + step.target());
            assertThat((List<String>) panel.get("suggestions")).as(where)
                    .isEqualTo(step.suggestions().stream().map(Suggestion::text).toList());
            assertThat((List<String>) panel.get("hits")).as(where).isEqualTo(step.suggestions().stream()
                    .filter(s -> s.word().equals(step.target()))
                    .map(Suggestion::text)
                    .collect(Collectors.toList()));
        }
    }
}
