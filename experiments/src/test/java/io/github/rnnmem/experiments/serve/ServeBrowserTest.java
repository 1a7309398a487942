package io.github.rnnmem.experiments.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.rnnmem.viz.analysis.ConnectivityScale;
import io.github.rnnmem.viz.layout.ConnectivityShading;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * The page of {@code rnnmem serve} in the system's headless Chromium, driven through its
 * chromedriver, against a server on a free port: opening the printed link, typing a text and
 * seeing every unit's suggestions, selecting a position by pointer and arrow keys, switching to the
 * log scale and naming a target word, each time checking that the page shows the numbers the API
 * answers (suggestions, the scored word's probability and rank, and every character's shading),
 * exporting the view as SVG and JSON, with no console error. A screenshot is saved as {@code
 * target/serve-browser.png}.
 *
 * <p>Without {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} (or the files named by
 * {@code RNNMEM_CHROMIUM} and {@code RNNMEM_CHROMEDRIVER}) the test is skipped, unless {@code
 * RNNMEM_REQUIRE_BROWSER=1}, when it fails.
 */
class ServeBrowserTest {

    private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");
    private static final String TEXT = "north the people see";

    @TempDir Path directory;
    private ChromeDriver driver;
    private Path profile;
    private ServerClient client;

    private void openBrowser(Path downloads) throws IOException {
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
        DEVTOOLS.setLevel(Level.SEVERE);
        profile = Files.createTempDirectory("rnnmem-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--user-data-dir=" + profile, "--window-size=1300,1400");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeTheBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theReaderTypesSelectsAndNamesATargetAndSeesTheNumbersOfTheApi() throws Exception {
        Path downloads = Files.createDirectories(directory.resolve("downloads"));
        openBrowser(downloads);
        TinyRun run = TinyRun.train(Files.createDirectories(directory.resolve("run")));
        String token = ServeSettings.newToken();
        try (ServedUnits units = run.load(List.of(), 8);
                ExplorerServer server = ExplorerServer.start(units, new ServeSettings("127.0.0.1", 0, List.of(), "/",
                        ServeSettings.DEFAULT_MAX_CHARS, token))) {
            client = ServerClient.of(server, token);
            driver.get(server.link().toString());
            assertThat(driver.getCurrentUrl()).as("the token leaves the address").doesNotContain("token");

            WebElement text = driver.findElement(By.id("text"));
            text.clear();
            text.sendKeys(TEXT);
            JsonObject typed = client.analyzed("{\"text\": \"" + TEXT + "\"}");
            await("the suggestions of the typed text", () -> shownSuggestions().equals(expectedSuggestions(typed)));
            await("the view of the typed text", () -> caption().startsWith("Connectivity at position 20:"));
            expectPosition(20, "", ConnectivityScale.LINEAR);

            driver.findElement(By.cssSelector(".cv-panel:nth-of-type(2) span[data-i='7']")).click();
            expectPosition(7, "", ConnectivityScale.LINEAR);
            new Actions(driver).sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
            expectPosition(9, "", ConnectivityScale.LINEAR);
            new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".cv-panel span[data-i='13']"))).perform();
            expectPosition(13, "", ConnectivityScale.LINEAR);
            driver.findElement(By.cssSelector("button.cv-scale[data-scale='log']")).click();
            expectPosition(13, "", ConnectivityScale.LOG);

            driver.findElement(By.id("target")).sendKeys("people");
            await("the view of the named word", () -> caption().startsWith("Connectivity at position 20:")
                    && scoredLines().stream().allMatch(line -> line.startsWith("scored \"people\"")));
            expectPosition(20, "people", ConnectivityScale.LINEAR);
            driver.findElement(By.cssSelector(".cv-panel span[data-i='3']")).click();
            expectPosition(3, "people", ConnectivityScale.LINEAR);

            driver.findElement(By.id("export-svg")).click();
            driver.findElement(By.id("export-json")).click();
            await("the exported files", () -> Files.isRegularFile(downloads.resolve("connectivity-3.svg"))
                    && Files.isRegularFile(downloads.resolve("connectivity-3.json")));
            assertThat(Files.readString(downloads.resolve("connectivity-3.svg"))).startsWith("<svg")
                    .contains("target: people");
            assertThat(Files.readString(downloads.resolve("connectivity-3.json"))).contains("\"target\": \"people\"")
                    .contains("\"connectivity\"");

            Path screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(screenshot, Path.of("target", "serve-browser.png"), StandardCopyOption.REPLACE_EXISTING);
            List<LogEntry> problems = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                    .toList();
            assertThat(problems).as("browser console").isEmpty();
        }
    }

    /** Waits for the view to select a position and show the API's numbers there in every panel. */
    @SuppressWarnings("unchecked")
    private void expectPosition(int position, String target, ConnectivityScale scale) throws InterruptedException {
        JsonObject answer = client.analyzed("{\"text\": \"" + TEXT + "\", \"positions\": [" + position + "]"
                + (target.isEmpty() ? "" : ", \"target\": \"" + target + "\"") + "}");
        List<Map<String, Object>> expected = new ArrayList<>();
        for (JsonElement unit : answer.getAsJsonArray("units")) {
            JsonObject at = unit.getAsJsonObject().getAsJsonArray("positions").get(0).getAsJsonObject();
            List<String> suggestions = new ArrayList<>();
            for (JsonElement s : at.getAsJsonArray("suggestions")) {
                suggestions.add(s.getAsJsonObject().get("word").getAsString() + " "
                        + percent(s.getAsJsonObject().get("probability").getAsDouble()));
            }
            int rank = at.get("scored_rank").getAsInt();
            String scored = "scored \"" + at.get("scored").getAsString() + "\": "
                    + percent(at.get("scored_probability").getAsDouble()) + (rank > 0 ? ", rank " + rank : "");
            JsonArray row = at.getAsJsonArray("connectivity");
            double maximum = 0;
            for (JsonElement value : row) {
                maximum = Math.max(maximum, value.getAsDouble());
            }
            List<String> levels = new ArrayList<>();
            for (int tau = 0; tau < row.size(); tau++) {
                levels.add(tau > position ? null : String.valueOf(ConnectivityShading.level(
                        ConnectivityShading.code(row.get(tau).getAsDouble(), maximum), scale)));
            }
            expected.add(Map.of("suggestions", suggestions, "scored", scored, "levels", levels));
        }
        await("position " + position + " (" + scale.id() + ", target \"" + target + "\") as the API answers it", () -> {
            List<Map<String, Object>> shown = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
                    "return Array.from(document.querySelectorAll('.cv-panel')).map(function (panel) {"
                            + "  return {"
                            + "    suggestions: Array.from(panel.querySelectorAll('.cv-suggestions li')).map(function (li) {"
                            + "      return li.textContent; }),"
                            + "    scored: panel.querySelector('.cv-scored').textContent,"
                            + "    levels: Array.from(panel.querySelectorAll('span[data-i]')).map(function (s) {"
                            + "      return s.getAttribute('data-level'); })"
                            + "  }; });");
            String selected = shown("document.querySelector('.cv').getAttribute('data-position')");
            String shownScale = shown("document.querySelector('.cv').getAttribute('data-scale')");
            if (!selected.equals(String.valueOf(position)) || !shownScale.equals(scale.id()) || shown.size() != expected.size()) {
                return false;
            }
            for (int p = 0; p < expected.size(); p++) {
                Map<String, Object> panel = new java.util.HashMap<>(shown.get(p));
                panel.put("levels", new ArrayList<>((List<Object>) panel.get("levels")));
                if (!panel.equals(expected.get(p))) {
                    return false;
                }
            }
            return true;
        });
    }

    /** As the page writes a probability: JavaScript's toFixed(1), half up on the exact value. */
    private static String percent(double probability) {
        return new BigDecimal(100 * probability).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    private List<List<String>> expectedSuggestions(JsonObject answer) {
        List<List<String>> lists = new ArrayList<>();
        for (JsonElement unit : answer.getAsJsonArray("units")) {
            List<String> list = new ArrayList<>();
            for (JsonElement s : unit.getAsJsonObject().getAsJsonObject("last").getAsJsonArray("suggestions")) {
                list.add(s.getAsJsonObject().get("word").getAsString() + " "
                        + percent(s.getAsJsonObject().get("probability").getAsDouble()));
            }
            lists.add(list);
        }
        return lists;
    }

    /** What the page shows, read in one script so that no element is replaced between two reads. */
    @SuppressWarnings("unchecked")
    private <T> T shown(String expression) {
        return (T) ((JavascriptExecutor) driver).executeScript("return " + expression + ";");
    }

    private List<List<String>> shownSuggestions() {
        return shown("Array.from(document.querySelectorAll('.unit-suggestions')).map(function (box) {"
                + " return Array.from(box.querySelectorAll('li')).map(function (li) { return li.textContent; }); })");
    }

    private String caption() {
        String caption = shown("(document.querySelector('.cv-caption') || {textContent: ''}).textContent");
        return caption;
    }

    private List<String> scoredLines() {
        return shown("Array.from(document.querySelectorAll('.cv-scored')).map(function (e) { return e.textContent; })");
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.get()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the page did not show " + what + " within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
