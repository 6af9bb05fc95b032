package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StorySummary;

/**
 * The web UI in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs
 * them): a sample story's page, a click on a citation, the evidence highlighted; search; escaped article text.
 * Screenshots go to {@code target/}. Skips with a message where {@code /usr/bin/chromedriver} is absent, unless {@code -Dsynoptic.browser.required=true}
 * (as {@code .ci/run} sets after installing Chromium).
 */
@Tag("corenlp") // loads CoreNLP's German model; skipped by -Pquick
class BrowserIT {

    static final Path ROOT = Path.of(System.getProperty("synoptic.root", ".."));
    static final String DRIVER = "/usr/bin/chromedriver";
    static final String BROWSER = "/usr/bin/chromium";

    @TempDir
    static Path dir;

    static ArticleStore store;
    static SynopticServer server;
    static ChromeDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(Path.of(DRIVER)) && Files.isExecutable(Path.of(BROWSER));
        if (!present && Boolean.getBoolean("synoptic.browser.required")) {
            throw new IllegalStateException(DRIVER + " or " + BROWSER + " is missing on CI: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "browser test skipped: " + DRIVER + " or " + BROWSER
                + " not installed (apt-get install chromium chromium-driver)");
        store = ArticleStore.open(dir.resolve("store"));
        store.ingest(new ArticleIngester().ingest(List.of(ROOT.resolve("samples/news").toString())).articles());
        store.ingest(List.of(new Article("evil-1", "test", null, "Hafen <script>window.__pwned=1</script>",
                "Im Hafen stand <script>window.__pwned=2</script> und <img src=x onerror=\"window.__pwned=3\"> im Text.",
                "Evil", null, "2024-01-01", "de", java.util.Set.of())));
        // Headlines come from the digests: wait until they are built, so the list and the pages agree.
        assertThat(store.awaitDigests(Duration.ofSeconds(120))).as("digests built").isTrue();
        server = new SynopticServer(store, new SynopticServer.Config("127.0.0.1", 0, null, 1024 * 1024)).start();
        base = "http://127.0.0.1:" + server.port();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1200,900",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    static void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void clickingACitationHighlightsTheEvidence() throws Exception {
        StorySummary story = bridgeStory();
        browser.get(base + "/");
        browser.findElement(By.cssSelector("a[href='/stories/" + story.id() + "']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("/stories/" + story.id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(story.headline());

        WebElement cite = browser.findElement(By.cssSelector("table.facts a.cite"));
        String fragment = cite.getAttribute("href").substring(cite.getAttribute("href").indexOf('#') + 1);
        cite.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#" + fragment));

        JavascriptExecutor js = browser;
        Object targetTag = js.executeScript("var t = document.querySelector(':target'); return t ? t.tagName + '#' + t.id : null;");
        assertThat(targetTag).isEqualTo("MARK#" + fragment);
        WebElement mark = browser.findElement(By.id(fragment));
        assertThat(mark.getCssValue("background-color")).isEqualTo("rgba(255, 213, 74, 1)");
        assertThat(mark.isDisplayed()).isTrue();
        assertThat((Boolean) js.executeScript(
                "var r = arguments[0].getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight;", mark))
                .as("the evidence is scrolled into view").isTrue();
        assertThat(mark.getText()).isNotBlank();
        screenshot("browser-story-evidence.png");
    }

    static StorySummary bridgeStory() {
        return store.stories().stream().filter(s -> s.articles() == 5 && "de".equals(s.language())).findFirst().orElseThrow();
    }

    @Test
    void everyCitationNamesItsOutlet() throws Exception {
        browser.get(base + "/stories/" + bridgeStory().id());
        JavascriptExecutor js = browser;
        @SuppressWarnings("unchecked")
        List<String> names = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('a.cite')).map(a => a.firstChild.textContent.trim());");
        @SuppressWarnings("unchecked")
        List<String> outlets = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('article.report > .meta > b')).map(b => b.textContent.trim());");
        assertThat(names).as("citations on the story page").hasSizeGreaterThan(20);
        assertThat(outlets).hasSize(5).contains("Tidenhub Nachrichten", "Stadtfunk 24", "Morgenlicht Hamburg");
        assertThat(names).allSatisfy(n -> assertThat(n).isIn(outlets).doesNotMatch("\\[?\\d+\\]?").isNotEqualTo("?"));
        assertThat(browser.getPageSource()).doesNotContain(">?<");
        // the original is one click away from the facts
        assertThat(browser.findElements(By.cssSelector("table.facts a.orig[href^='https://']"))).isNotEmpty();
        screenshot("browser-story.png");
    }

    @Test
    void picturesRenderWithAccessibleText() throws Exception {
        browser.get(base + "/stories/" + bridgeStory().id());
        JavascriptExecutor js = browser;
        List<WebElement> pictures = browser.findElements(By.cssSelector("svg[role=img]"));
        int facts = browser.findElements(By.cssSelector("table.facts tr.fact")).size();
        assertThat(pictures).as("timeline, graph and one support bar per fact").hasSize(2 + facts);
        for (WebElement svg : pictures) {
            Object name = js.executeScript("var s = arguments[0]; if (s.getAttribute('aria-label')) return s.getAttribute('aria-label');"
                    + " return (s.getAttribute('aria-labelledby') || '').split(' ').map(id => document.getElementById(id))"
                    + ".filter(e => e).map(e => e.textContent).join(' ');", svg);
            assertThat((String) name).as("text alternative of " + svg.getAttribute("class")).isNotBlank();
            assertThat(svg.getRect().getWidth()).isPositive();
            assertThat(svg.getRect().getHeight()).isPositive();
        }
        WebElement timeline = browser.findElement(By.cssSelector("svg.timeline"));
        assertThat(timeline.findElements(By.tagName("circle"))).as("one dot per report").hasSize(5);
        assertThat(js.executeScript("return document.querySelector('svg.timeline desc').textContent;").toString())
                .contains("Tidenhub Nachrichten").contains("März 2025");
        assertThat(js.executeScript("return document.querySelector('svg.graph desc').textContent;").toString())
                .contains("beruft sich auf Nordpress");
        assertThat(browser.findElement(By.cssSelector("table.facts svg.bar")).getAttribute("aria-label"))
                .matches("\\d+ unabhängige Quellen?, .*");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('.pictures').scrollIntoView();");
        screenshot("browser-story-pictures.png");
    }

    @Test
    void keyboardFocusOnACitationShowsItsEvidence() throws Exception {
        browser.get(base + "/stories/" + bridgeStory().id());
        JavascriptExecutor js = browser;
        WebElement focused = null;
        for (int i = 0; i < 400; i++) { // Tab from the top until focus reaches a fact's citation
            new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.TAB).perform();
            focused = browser.switchTo().activeElement();
            if (Boolean.TRUE.equals(js.executeScript("return arguments[0].matches('table.facts a.cite');", focused))) {
                break;
            }
        }
        assertThat(js.executeScript("return arguments[0].matches('table.facts a.cite');", focused)).isEqualTo(true);
        WebElement tip = focused.findElement(By.cssSelector(".tip"));
        assertThat(tip.isDisplayed()).as("the tip shows on focus").isTrue();
        String evidence = tip.findElement(By.tagName("q")).getText();
        assertThat(evidence).isNotBlank();
        String fact = (String) js.executeScript("return arguments[0].closest('tr.fact').id;", focused);
        List<WebElement> lit = browser.findElements(By.cssSelector("mark." + fact));
        assertThat(lit).as("the fact's evidence in the reports").isNotEmpty();
        for (WebElement mark : lit) {
            assertThat(mark.getCssValue("background-color")).isEqualTo("rgba(255, 213, 74, 1)");
        }
        assertThat(lit).extracting(WebElement::getText).contains(evidence);
        List<WebElement> others = browser.findElements(By.cssSelector("article.report mark:not(." + fact + ")"));
        assertThat(others).as("other evidence stays plain").isNotEmpty()
                .allSatisfy(m -> assertThat(m.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)"));
        screenshot("browser-story-focus.png");
    }

    @Test
    void noScriptIsOnThePages() throws Exception {
        for (String path : List.of("/", "/stories/" + bridgeStory().id(), "/search?q=Kranh%C3%B6ft",
                "/articles/" + bridgeStory().articleIds().get(0))) {
            browser.get(base + path);
            Object handlers = ((JavascriptExecutor) browser).executeScript(
                    "return document.scripts.length + Array.from(document.querySelectorAll('*')).filter(e =>"
                            + " Array.from(e.attributes).some(a => a.name.startsWith('on') || a.value.trim().toLowerCase().startsWith('javascript:'))).length;");
            assertThat(((Number) handlers).intValue()).as("scripts and handlers on " + path).isZero();
        }
        browser.get(base + "/");
        assertThat(browser.findElements(By.cssSelector("ol.stories p.lead"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("ol.stories")).getText()).contains("Deutsch").contains("neuester Bericht");
        screenshot("browser-story-list.png");
    }

    @Test
    void searchFromTheNavigationBar() throws Exception {
        browser.get(base + "/");
        WebElement box = browser.findElement(By.cssSelector("nav.top input[type=search]"));
        box.sendKeys("Brücke", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search?q="));
        List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
        assertThat(hits).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector(".hit mark"))).isNotEmpty();
        browser.findElement(By.cssSelector(".facets a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector(".active")).isEmpty());
        screenshot("browser-search.png");
    }

    @Test
    void searchForgivesAndSimilarReportsOfTheStoryComeFirst() throws Exception {
        browser.get(base + "/search?q=Kranh%C3%B6ft");
        assertThat(browser.findElements(By.cssSelector(".hit"))).as("a compound's part finds the compound").hasSizeGreaterThanOrEqualTo(5);
        browser.get(base + "/search?q=Lindquist");
        WebElement suggestion = browser.findElement(By.cssSelector(".suggestion a"));
        assertThat(suggestion.getText()).isEqualTo("lindqvist");
        suggestion.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("q=lindqvist"));
        assertThat(browser.findElements(By.cssSelector(".hit"))).isNotEmpty();
        screenshot("browser-search-suggestion.png");

        StorySummary story = bridgeStory();
        browser.get(base + "/articles/" + story.articleIds().get(0));
        List<String> tags = browser.findElements(By.cssSelector(".similar .tag")).stream().map(WebElement::getText).toList();
        assertThat(tags).isNotEmpty();
        int firstOther = tags.indexOf("ANDERE GESCHICHTE");
        assertThat(firstOther == -1 ? tags : tags.subList(firstOther, tags.size()))
                .as("the same story's reports first").doesNotContain("DIESELBE GESCHICHTE");
        assertThat(tags.get(0)).isEqualTo("DIESELBE GESCHICHTE");
    }

    @Test
    void articleMarkupIsShownNeverRun() throws Exception {
        browser.get(base + "/articles/evil-1");
        assertThat(browser.findElement(By.cssSelector(".text")).getText()).contains("<script>window.__pwned=2</script>")
                .contains("onerror=");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("<script>");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined;")).isEqualTo(true);
        browser.get(base + "/search?q=Hafen");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined;")).isEqualTo(true);
        browser.get(base + "/stories/" + store.article("evil-1").orElseThrow().storyId());
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined;")).isEqualTo(true);
        screenshot("browser-escaped-article.png");
    }
}
