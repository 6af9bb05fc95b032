package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.synoptic.feeds.FeedFollower;
import org.synoptic.feeds.FollowedFeed;
import org.synoptic.feeds.Following;
import org.synoptic.feeds.FollowerOptions;
import org.synoptic.feeds.Subscription;
import org.synoptic.feeds.WatchKeeper;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;

/**
 * The feeds page in headless Chromium (as {@link BrowserIT}, whose browser paths and flags it uses), against real feed
 * servers on loopback addresses followed on a clock the test moves: a healthy feed whose title carries a
 * {@code <script>}, one that answers 500 for over a day, one paused. The page must show each feed's last poll and
 * status, new and total items, next poll, failures in a row and last error as the follower's state has them, flag the
 * failing one, run no script; a feed added through the page's form (with the token, refused without it) is polled and
 * its story listed; pausing and resuming through the form work. Needs no CoreNLP: digests are never due. Screenshot:
 * {@code target/feeds-page.png} (copied by hand to {@code docs/feeds-page.png}).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedsPageIT {

    static final String TOKEN = "seiten-token";
    static final Instant T0 = Instant.parse("2024-03-04T08:00:00Z");
    static final String EVIL_TITLE = "Weser-Bote <script>window.__pwned=1</script>";

    /** A clock that stands still until the test moves it. */
    static final class MovedClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(T0);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    record Item(String guid, String title, String text, Instant published) {
    }

    @TempDir
    static Path dir;

    static final MovedClock clock = new MovedClock();
    static final List<HttpServer> feedServers = new ArrayList<>();
    static final List<Item> healthyItems = new CopyOnWriteArrayList<>();
    static ArticleStore store;
    static FeedFollower follower;
    static WatchKeeper watches;
    static SynopticServer server;
    static ChromeDriver browser;
    static String base;
    static String healthy;
    static String failing;
    static String paused;
    static String added;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(Path.of(BrowserIT.DRIVER)) && Files.isExecutable(Path.of(BrowserIT.BROWSER));
        if (!present && Boolean.getBoolean("synoptic.browser.required")) {
            throw new IllegalStateException(BrowserIT.DRIVER + " or " + BrowserIT.BROWSER + " is missing on CI: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "feeds page browser test skipped: " + BrowserIT.DRIVER + " or " + BrowserIT.BROWSER
                + " not installed (apt-get install chromium chromium-driver)");
        healthyItems.add(new Item("wb-1", "Stadtrat berät über die Weserbrücke",
                "Der Stadtrat von Bremen hat am Montag über den Neubau der Weserbrücke beraten. Die Sitzung dauerte vier Stunden.",
                T0.minus(Duration.ofHours(1))));
        healthyItems.add(new Item("wb-2", "Weserbrücke: Gutachten liegt vor",
                "Das Gutachten zur Weserbrücke in Bremen liegt vor. Die Sanierung würde zwei Jahre dauern.",
                T0.plus(Duration.ofHours(12))));
        healthyItems.add(new Item("wb-3", "Weserbrücke wird ab Juni gesperrt",
                "Die Weserbrücke in Bremen wird ab Juni für den Autoverkehr gesperrt. Busse fahren eine Umleitung.",
                T0.plus(Duration.ofHours(25))));
        healthy = feedServer("127.0.0.61", "/rss.xml", () -> rss(EVIL_TITLE, healthyItems));
        failing = feedServer("127.0.0.62", "/kaputt.xml", null);
        paused = feedServer("127.0.0.63", "/pause.xml", () -> rss("Pausenblatt", List.of(new Item("p-1",
                "Hafenfest in Rostock eröffnet", "In Rostock hat am Montag das Hafenfest begonnen. Erwartet werden 20.000 Gäste.",
                T0.minus(Duration.ofHours(2))))));
        added = feedServer("127.0.0.64", "/neu.xml", () -> rss("Elbe-Kurier", List.of(new Item("ek-1",
                "Fähre auf der Elbe fällt aus", "Die Fähre zwischen Blankenese und Cranz fällt wegen Niedrigwassers bis Freitag aus.",
                T0.minus(Duration.ofHours(3))))));

        store = ArticleStore.open(dir.resolve("store"), StoreOptions.defaults().withDebounce(Duration.ofDays(1)));
        FollowerOptions options = FollowerOptions.defaults().withAllowPrivate(true).withFullText(false).withClock(clock)
                .withBounds(Duration.ofMinutes(5), Duration.ofHours(6)).withFetchLimits(Duration.ofSeconds(5), 1024 * 1024);
        follower = FeedFollower.open(store, dir.resolve("store"), options);
        watches = WatchKeeper.open(store, dir.resolve("store"), clock, true, false);
        follower.subscribe(healthy, "Lokal/Bremen");
        follower.subscribe(failing, "Kaputt");
        follower.subscribe(paused, "Pause");
        assertThat(follower.pollDue()).isEqualTo(3);
        follower.setPaused(Subscription.idOf(paused), true);
        Instant end = T0.plus(Duration.ofHours(25));
        while (clock.instant().isBefore(end)) { // a day and an hour of polling in steps of 10 minutes
            follower.pollDue();
            clock.now.set(clock.instant().plus(Duration.ofMinutes(10)));
        }
        // the healthy feed's next poll finds the third item, published at T0 + 25 h
        Instant next = feed(healthy).state().nextPoll();
        clock.now.set(next.isAfter(end) ? next : end);
        follower.pollDue();

        server = new SynopticServer(CompletableFuture.completedFuture(store),
                new SynopticServer.Config("127.0.0.1", 0, TOKEN, 64 * 1024),
                CompletableFuture.completedFuture(new Following(follower, watches))).start();
        base = "http://127.0.0.1:" + server.port();
        ChromeOptions chrome = new ChromeOptions();
        chrome.setBinary(BrowserIT.BROWSER);
        chrome.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(BrowserIT.DRIVER))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, chrome);
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
        if (follower != null) {
            follower.close();
        }
        if (watches != null) {
            watches.close();
        }
        if (store != null) {
            store.close();
        }
        feedServers.forEach(s -> s.stop(0));
    }

    /** A feed server on {@code address} answering {@code path} with the document {@code xml} gives, or 500 when null. */
    static String feedServer(String address, String path, java.util.function.Supplier<String> xml) throws Exception {
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
        s.createContext(path, ex -> {
            byte[] body = xml == null ? "Interner Fehler".getBytes(StandardCharsets.UTF_8) : xml.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", xml == null ? "text/plain" : "application/rss+xml");
            ex.sendResponseHeaders(xml == null ? 500 : 200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        s.start();
        feedServers.add(s);
        return "http://" + address + ":" + s.getAddress().getPort() + path;
    }

    /** An RSS 2.0 document of the items published by the moved clock's now, newest first. */
    static String rss(String title, List<Item> items) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>")
                .append(esc(title)).append("</title><link>https://example.org/</link><language>de</language>\n");
        List<Item> visible = new ArrayList<>(items.stream().filter(i -> !i.published().isAfter(clock.instant())).toList());
        java.util.Collections.reverse(visible);
        for (Item i : visible) {
            x.append("<item><guid isPermaLink=\"false\">").append(esc(i.guid())).append("</guid><link>https://example.org/a/")
                    .append(esc(i.guid())).append("</link><title>").append(esc(i.title())).append("</title><description>")
                    .append(esc(i.text())).append("</description><pubDate>")
                    .append(DateTimeFormatter.RFC_1123_DATE_TIME.format(i.published().atOffset(ZoneOffset.UTC)))
                    .append("</pubDate></item>\n");
        }
        return x.append("</channel></rss>\n").toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static FollowedFeed feed(String url) {
        return follower.feed(Subscription.idOf(url)).orElseThrow();
    }

    static WebElement row(String url) {
        return browser.findElement(By.id("feed-" + Subscription.idOf(url)));
    }

    static String cell(String url, String cls) {
        return row(url).findElement(By.cssSelector("td." + cls)).getText().strip();
    }

    static void screenshot(String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Submits the page's form with the token, pressing the button whose action is {@code action}. */
    static void submit(String token, String action) {
        browser.findElement(By.cssSelector("form.feeds input[name=token]")).sendKeys(token);
        browser.findElement(By.cssSelector("form.feeds button[value='" + action + "']")).click();
    }

    @Test
    @Order(1)
    void eachFeedsHealthIsShownAsTheFollowerKnowsIt() throws Exception {
        browser.get(base + "/feeds");
        FollowedFeed ok = feed(healthy);
        assertThat(ok.state().lastStatus()).isEqualTo("new");
        assertThat(cell(healthy, "status")).isEqualTo("new");
        assertThat(cell(healthy, "last-poll")).isEqualTo(ok.state().lastPoll().toString());
        assertThat(cell(healthy, "new")).isEqualTo("1");
        assertThat(cell(healthy, "total")).isEqualTo("3");
        assertThat(cell(healthy, "next-poll")).isEqualTo(ok.state().nextPoll().toString());
        assertThat(Instant.parse(cell(healthy, "next-poll"))).isAfter(clock.instant());
        assertThat(cell(healthy, "failures")).isEqualTo("0");
        assertThat(cell(healthy, "error")).isEmpty();
        assertThat(row(healthy).getAttribute("class")).doesNotContain("flagged");
        // the feed's own title, with its markup shown as text and never run
        assertThat(row(healthy).findElement(By.cssSelector(".title")).getText()).isEqualTo(EVIL_TITLE);
        assertThat(row(healthy).findElement(By.cssSelector(".label")).getText()).isEqualTo("Lokal/Bremen");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.__pwned === undefined;")).isEqualTo(true);

        FollowedFeed bad = feed(failing);
        assertThat(bad.state().failures()).as("polled again and again over the day").isGreaterThanOrEqualTo(4);
        assertThat(row(failing).getAttribute("class")).contains("flagged");
        assertThat(cell(failing, "status")).startsWith("error").contains("seit über einem Tag fehlerhaft")
                .contains(T0.toString());
        assertThat(cell(failing, "failures")).isEqualTo(String.valueOf(bad.state().failures()));
        assertThat(cell(failing, "error")).isEqualTo("HTTP 500");
        assertThat(cell(failing, "total")).isEqualTo("0");
        assertThat(cell(failing, "last-poll")).isEqualTo(bad.state().lastPoll().toString());
        assertThat(cell(failing, "next-poll")).isEqualTo(bad.state().nextPoll().toString());

        assertThat(cell(paused, "status")).isEqualTo("pausiert");
        assertThat(cell(paused, "next-poll")).isEqualTo("–");
        assertThat(cell(paused, "total")).isEqualTo("1");
        assertThat(feed(paused).state().polls()).as("not polled while paused").isEqualTo(1);
        assertThat(row(paused).findElement(By.cssSelector("button[value^='resume:']")).getText()).isEqualTo("Fortsetzen");
        assertThat(browser.findElement(By.cssSelector("p.meta")).getText()).contains("3 Feeds");

        Object handlers = ((JavascriptExecutor) browser).executeScript(
                "return document.scripts.length + Array.from(document.querySelectorAll('*')).filter(e =>"
                        + " Array.from(e.attributes).some(a => a.name.startsWith('on') || a.value.trim().toLowerCase().startsWith('javascript:'))).length;");
        assertThat(((Number) handlers).intValue()).as("scripts and handlers on /feeds").isZero();
        screenshot("feeds-page.png");
    }

    @Test
    @Order(2)
    void aFeedAddedThroughTheFormIsPolledAndItsStoryListed() throws Exception {
        browser.get(base + "/feeds");
        browser.findElement(By.cssSelector("form.feeds input[name=url]")).sendKeys(added);
        browser.findElement(By.cssSelector("form.feeds input[name=label]")).sendKeys("Neu/Hamburg");
        submit("falsch", "add");
        // the h1 found may still be the form page's, gone by the time its text is read: look again until the 401 page is in
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText().contains("401"));
        assertThat(browser.getPageSource()).contains("wrong token");
        assertThat(follower.feeds()).as("refused without the right token").hasSize(3);

        browser.get(base + "/feeds");
        browser.findElement(By.cssSelector("form.feeds input[name=url]")).sendKeys(added);
        browser.findElement(By.cssSelector("form.feeds input[name=label]")).sendKeys("Neu/Hamburg");
        submit(TOKEN, "add");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("done=added"));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Feed abonniert.");
        assertThat(follower.feeds()).hasSize(4);
        assertThat(cell(added, "status")).isEqualTo("neu");
        assertThat(row(added).findElement(By.cssSelector(".label")).getText()).isEqualTo("Neu/Hamburg");

        assertThat(follower.pollDue()).as("the new feed is due at once, and only it").isEqualTo(1);
        browser.navigate().refresh();
        assertThat(cell(added, "status")).isEqualTo("new");
        assertThat(cell(added, "total")).isEqualTo("1");
        assertThat(row(added).findElement(By.cssSelector(".title")).getText()).isEqualTo("Elbe-Kurier");

        browser.get(base + "/");
        assertThat(browser.findElement(By.cssSelector("ol.stories")).getText()).contains("Fähre auf der Elbe fällt aus");
        screenshot("feeds-page-added-story.png");
    }

    @Test
    @Order(3)
    void pausingAndResumingThroughTheForm() throws Exception {
        browser.get(base + "/feeds");
        submit(TOKEN, "pause:" + Subscription.idOf(healthy));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("done=paused"));
        assertThat(browser.findElement(By.cssSelector("p.done")).getText()).isEqualTo("Feed pausiert.");
        assertThat(cell(healthy, "status")).isEqualTo("pausiert");
        assertThat(cell(healthy, "next-poll")).isEqualTo("–");
        assertThat(feed(healthy).subscription().paused()).isTrue();
        clock.now.set(feed(healthy).state().nextPoll().plus(Duration.ofMinutes(1)));
        follower.pollDue();
        long polls = feed(healthy).state().polls();

        submit(TOKEN, "resume:" + Subscription.idOf(healthy));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("done=resumed"));
        assertThat(feed(healthy).subscription().paused()).isFalse();
        assertThat(cell(healthy, "status")).isEqualTo("new");
        assertThat(cell(healthy, "next-poll")).as("due at once").isEqualTo(clock.instant().toString());
        assertThat(feed(healthy).state().polls()).as("not polled while paused").isEqualTo(polls);
        follower.pollDue();
        assertThat(feed(healthy).state().polls()).isEqualTo(polls + 1);
    }
}
