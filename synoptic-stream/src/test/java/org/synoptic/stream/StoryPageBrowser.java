package org.synoptic.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web UI of {@code serve --opensearch} in headless Chromium, as synoptic-server's {@code BrowserIT} checks the
 * store's: from the story list to a story's page (its headline, one row per fact, one report per article), a click on
 * a citation that highlights the evidence in the report text read from OpenSearch (the digest's offsets must fit that
 * text), no script on any page, and search from the navigation bar with snippets and the entity facet, whose link
 * filters. Debian's {@code chromium} and {@code chromium-driver} ({@code .ci/run} installs them); where they are absent
 * the check prints why and returns, unless {@code -Dsynoptic.browser.required=true} (CI), which makes it fail.
 * Screenshots go to {@code target/opensearch-*.png}.
 */
final class StoryPageBrowser {

    static final String DRIVER = "/usr/bin/chromedriver";
    static final String BROWSER = "/usr/bin/chromium";
    /** The search page's heading of the entity facet (synoptic-server's {@code Pages}). */
    static final String ENTITY_FACET = "Personen, Orte, Organisationen";

    private StoryPageBrowser() {
    }

    /**
     * Checks the pages of the server at {@code base}: story {@code storyId} has {@code headline}, {@code facts} fact
     * rows and {@code reports} reports; searching "Stahlträger" finds marked snippets and offers {@code entity} or
     * other entities in the entity facet.
     */
    static void check(String base, String storyId, String headline, int facts, int reports, String entity)
            throws Exception {
        boolean present = Files.isExecutable(Path.of(DRIVER)) && Files.isExecutable(Path.of(BROWSER));
        if (!present) {
            if (Boolean.getBoolean("synoptic.browser.required")) {
                throw new IllegalStateException(DRIVER + " or " + BROWSER
                        + " is missing on CI: apt-get install chromium chromium-driver");
            }
            System.out.println("StoryPageBrowser: " + DRIVER + " or " + BROWSER
                    + " not installed (apt-get install chromium chromium-driver); the browser part is skipped");
            return;
        }
        Path profile = Files.createTempDirectory("synoptic-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
            JavascriptExecutor js = browser;

            // the story list links the story; its page shows the digest the job stored
            browser.get(base + "/");
            assertThat(browser.findElements(By.cssSelector("ol.stories p.lead"))).isNotEmpty();
            browser.findElement(By.cssSelector("a[href='/stories/" + storyId + "']")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/stories/" + storyId));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(headline);
            assertThat(browser.findElements(By.cssSelector("table.facts tr.fact"))).hasSize(facts);
            assertThat(browser.findElements(By.cssSelector("article.report"))).hasSize(reports);

            // a citation leads to its evidence, marked in the report's text as OpenSearch holds it
            WebElement cite = browser.findElement(By.cssSelector("table.facts a.cite"));
            String href = cite.getAttribute("href");
            String fragment = href.substring(href.indexOf('#') + 1);
            cite.click();
            wait.until(d -> d.getCurrentUrl().endsWith("#" + fragment));
            assertThat(js.executeScript("var t = document.querySelector(':target'); return t ? t.tagName + '#' + t.id : null;"))
                    .isEqualTo("MARK#" + fragment);
            WebElement mark = browser.findElement(By.id(fragment));
            assertThat(mark.getText()).isNotBlank();
            assertThat(mark.getCssValue("background-color")).isEqualTo("rgba(255, 213, 74, 1)");
            assertThat(mark.isDisplayed()).isTrue();
            screenshot(browser, "opensearch-story.png");

            for (String path : List.of("/", "/stories/" + storyId, "/search?q=Stahltr%C3%A4ger")) {
                browser.get(base + path);
                Object handlers = js.executeScript("return document.scripts.length + Array.from(document.querySelectorAll('*'))"
                        + ".filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on')"
                        + " || a.value.trim().toLowerCase().startsWith('javascript:'))).length;");
                assertThat(((Number) handlers).intValue()).as("scripts and handlers on " + path).isZero();
            }

            // search from the navigation bar; the entity facet's link filters the hits
            browser.get(base + "/");
            browser.findElement(By.cssSelector("nav.top input[type=search]")).sendKeys("Stahlträger", Keys.ENTER);
            wait.until(d -> d.getCurrentUrl().contains("/search?q="));
            assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
            List<WebElement> entityLinks = browser.findElements(By.xpath("//aside[contains(@class,'facets')]/h3[text()='"
                    + ENTITY_FACET + "']/following-sibling::ul[1]//a"));
            assertThat(entityLinks).as("the entity facet on the search page").isNotEmpty();
            String chosen = entityLinks.get(0).getText();
            entityLinks.get(0).click();
            wait.until(d -> !d.findElements(By.cssSelector(".active")).isEmpty());
            assertThat(browser.findElement(By.cssSelector(".active")).getText()).contains(chosen);
            assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
            screenshot(browser, "opensearch-search.png");
            System.out.println("StoryPageBrowser: story " + storyId + ", " + facts + " facts, " + reports
                    + " reports; search filtered by the entity " + chosen + " (the API's first: " + entity + ")");
        } finally {
            browser.quit();
        }
    }

    private static void screenshot(ChromeDriver browser, String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
