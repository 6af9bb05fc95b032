package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

/** Each input format, read from files, with its metadata and a true offset alignment. */
class FormatsTest {

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel>
                <title>Nordkurier Online</title>
                <link>https://nordkurier.example/</link>
                <language>de</language>
                <item>
                  <title>Fähre fährt wieder</title>
                  <link>https://nordkurier.example/faehre</link>
                  <pubDate>Mon, 04 Sep 2023 08:30:00 +0200</pubDate>
                  <description>Kurz: Die Fähre fährt.</description>
                  <content:encoded><![CDATA[<p>Die Fähre nach Holm fährt seit Montag wieder, teilte die Reederei mit.</p>
                    <p>Der Betrieb war drei Wochen lang eingestellt.</p><div class="share">Teilen</div>]]></content:encoded>
                </item>
                <item>
                  <title>Hafen gesperrt</title>
                  <link>https://nordkurier.example/hafen</link>
                  <description>Der Hafen bleibt bis Freitag gesperrt. Das sagte die Stadt.</description>
                </item>
              </channel>
            </rss>
            """;
    static final String ATOM = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>River Ledger</title>
              <id>urn:ledger</id>
              <updated>2025-03-14T08:00:00Z</updated>
              <entry>
                <title>Flood waters recede</title>
                <link href="https://ledger.example/flood"/>
                <id>urn:ledger:1</id>
                <published>2025-03-14T07:00:00Z</published>
                <updated>2025-03-14T08:00:00Z</updated>
                <author><name>Jane Doe</name></author>
                <summary>The river fell by a metre overnight, the agency said. Roads reopened.</summary>
              </entry>
            </feed>
            """;
    static final String PAGE = """
            <!doctype html>
            <html lang="de-DE"><head><meta charset="windows-1252">
            <title>Brücke gesperrt | Elbwacht</title>
            <meta property="og:site_name" content="Elbwacht">
            <meta property="og:title" content="Brücke über die Elbe gesperrt">
            <link rel="canonical" href="https://elbwacht.example/bruecke">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
              "headline":"Brücke über die Elbe gesperrt","datePublished":"2024-05-06T09:15:00+02:00",
              "author":{"@type":"Person","name":"Jana Ohlsen"},"publisher":{"name":"Elbwacht"}}</script>
            </head><body>
            <nav><a href="/">Start</a> <a href="/lokal">Lokal</a></nav>
            <div id="cookie-consent"><p>Wir nutzen Cookies für Statistik und Werbung. Bitte stimmen Sie zu.</p></div>
            <article><header><h1>Brücke über die Elbe gesperrt</h1><p class="byline">Von Jana Ohlsen</p>
            <time datetime="2024-05-06">6. Mai 2024</time></header>
            <p>Die Brücke über die Elbe bleibt bis Freitag für den Verkehr gesperrt, teilte die Stadt am Montag mit.</p>
            <p>Prüfer hatten Risse an zwei Pfeilern gefunden. „Wir gehen kein Risiko ein“, sagte die Bürgermeisterin.</p>
            <h2>Umleitung über Lauenburg</h2>
            <p>Der Verkehr wird über Lauenburg umgeleitet. Pendler müssen mit zwanzig Minuten mehr rechnen.</p>
            <ul class="related"><li><a href="/a">Mehr zur Brücke</a></li><li><a href="/b">Baustellen im Mai</a></li></ul>
            </article>
            <section class="comments"><p>Leser42: Endlich wird was gemacht!</p></section>
            <footer><p>© 2024 Elbwacht. Alle Rechte vorbehalten.</p></footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    private final ArticleIngester ingester = new ArticleIngester();

    private IngestReport ingest(Path... paths) {
        IngestReport report = ingester.ingest(List.of(paths).stream().map(Path::toString).toList());
        for (int i = 0; i < report.articles().size(); i++) {
            Alignments.assertTrue(report.articles().get(i), report.origins().get(i));
        }
        return report;
    }

    @Test
    void readsRssItemsWithContentEncodedLinkDateAndFeedTitleAsOutlet() throws IOException {
        Path feed = dir.resolve("nordkurier.rss");
        Files.writeString(feed, RSS);
        IngestReport report = ingest(feed);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.articles()).hasSize(2);
        Article first = report.articles().get(0);
        assertThat(first.source()).isEqualTo(feed + "#1");
        assertThat(first.title()).isEqualTo("Fähre fährt wieder");
        assertThat(first.text()).isEqualTo("Die Fähre nach Holm fährt seit Montag wieder, teilte die Reederei mit.\n\n"
                + "Der Betrieb war drei Wochen lang eingestellt.");
        assertThat(first.url()).isEqualTo("https://nordkurier.example/faehre");
        assertThat(first.published()).isEqualTo("2023-09-04T06:30Z");
        assertThat(first.outlet()).isEqualTo("Nordkurier Online");
        assertThat(first.url()).as("the item's <link>").isEqualTo("https://nordkurier.example/faehre");
        assertThat(first.canonicalUrl()).as("a feed item declares no canonical URL").isNull();
        assertThat(first.language()).isEqualTo("de");
        assertThat(first.inferred()).isEmpty();
        assertThat(report.origins().get(0).format()).isEqualTo("feed");
        assertThat(report.articles().get(1).text()).isEqualTo("Der Hafen bleibt bis Freitag gesperrt. Das sagte die Stadt.");
    }

    @Test
    void keepsTheCanonicalUrlOfAJsonRecordAsAnalyzeWritesIt() throws IOException {
        // what `ingest --store` hands to a running server: the record analyze wrote, canonical URL included
        Path json = dir.resolve("handed.jsonl");
        Files.writeString(json, "{\"id\":\"a1\",\"url\":\"https://elbwacht.example/?p=7\",\"canonicalUrl\":"
                + "\"https://elbwacht.example/bruecke\",\"text\":\"Die Kranhöftbrücke bleibt bis Freitag gesperrt, "
                + "teilte die Hafenbehörde mit.\"}\n");
        IngestReport report = ingest(json);
        assertThat(report.rejected()).isEmpty();
        Article a = report.articles().get(0);
        assertThat(a.url()).isEqualTo("https://elbwacht.example/?p=7");
        assertThat(a.canonicalUrl()).isEqualTo("https://elbwacht.example/bruecke");
    }

    @Test
    void readsAtomEntriesAndSniffsAFeedWithoutExtension() throws IOException {
        Path feed = dir.resolve("ledger");
        Files.writeString(feed, ATOM);
        IngestReport report = ingest(feed);
        assertThat(report.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Flood waters recede");
            assertThat(a.author()).isEqualTo("Jane Doe");
            assertThat(a.outlet()).isEqualTo("River Ledger");
            assertThat(a.published()).isEqualTo("2025-03-14T07:00Z");
            assertThat(a.language()).isEqualTo("en");
            assertThat(a.inferred()).containsExactly("language");
        });
    }

    @Test
    void readsAPageInItsMetaCharsetWithMetadataAndWithoutBoilerplate() throws IOException {
        Path page = dir.resolve("bruecke.html");
        Files.write(page, PAGE.getBytes(Charset.forName("windows-1252")));
        IngestReport report = ingest(page);
        assertThat(report.rejected()).isEmpty();
        Article a = report.articles().get(0);
        assertThat(a.title()).isEqualTo("Brücke über die Elbe gesperrt");
        assertThat(a.outlet()).isEqualTo("Elbwacht");
        assertThat(a.author()).isEqualTo("Jana Ohlsen");
        assertThat(a.published()).isEqualTo("2024-05-06T09:15+02:00");
        assertThat(a.url()).isEqualTo("https://elbwacht.example/bruecke");
        assertThat(a.canonicalUrl()).as("the page's <link rel=canonical>").isEqualTo("https://elbwacht.example/bruecke");
        assertThat(a.language()).isEqualTo("de");
        assertThat(a.inferred()).isEmpty();
        assertThat(a.text()).isEqualTo("""
                Die Brücke über die Elbe bleibt bis Freitag für den Verkehr gesperrt, teilte die Stadt am Montag mit.

                Prüfer hatten Risse an zwei Pfeilern gefunden. „Wir gehen kein Risiko ein“, sagte die Bürgermeisterin.

                Der Verkehr wird über Lauenburg umgeleitet. Pendler müssen mit zwanzig Minuten mehr rechnen.""");
    }

    @Test
    void sniffsHtmlInATextFileAndReadsGzip() throws IOException {
        Path sniffed = dir.resolve("saved.txt");
        Files.writeString(sniffed, PAGE.replace("windows-1252", "utf-8"));
        Path gz = dir.resolve("note.txt.gz");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write("Die Fähre fährt wieder. Das sagte der Hafen am Dienstag.".getBytes(StandardCharsets.UTF_8));
        }
        Files.write(gz, bytes.toByteArray());
        IngestReport report = ingest(sniffed, gz);
        assertThat(report.articles()).extracting(Article::id).containsExactly("saved", "note");
        assertThat(report.articles().get(0).outlet()).isEqualTo("Elbwacht");
        assertThat(report.articles().get(1).text()).startsWith("Die Fähre fährt wieder.");
    }

    @Test
    void infersOutletAndAuthorFromACreditLineAndTheDateFromTheDateline() throws IOException {
        Path txt = dir.resolve("meldung.txt");
        Files.writeString(txt, "BERLIN, 4. September 2023 – Der Senat hat den Haushalt beschlossen. "
                + "Die Opposition stimmte dagegen.\nMax Muster (laut dpa)\n");
        Article a = ingest(txt).articles().get(0);
        assertThat(a.published()).isEqualTo("2023-09-04");
        assertThat(a.outlet()).isEqualTo("dpa");
        assertThat(a.author()).isEqualTo("Max Muster");
        assertThat(a.inferred()).containsExactlyInAnyOrder("language", "outlet", "published", "title");
        assertThat(a.text()).doesNotContain("laut dpa");
    }

    @Test
    void normalisesQuotesAndWhitespaceButMapsBackToTheOriginal() throws IOException {
        Path txt = dir.resolve("zitat.txt");
        String raw = "Der  Minister sagte:\u00A0\"Wir   bauen.\" Und  dann « Gut » .\n\n\nZweiter\u200B Absatz , hier.";
        Files.writeString(txt, raw);
        IngestReport report = ingest(txt);
        Article a = report.articles().get(0);
        assertThat(a.text()).isEqualTo("Der Minister sagte: „Wir bauen.“ Und dann „ Gut “.\n\nZweiter Absatz, hier.");
        ArticleOrigin origin = report.origin(a.id()).orElseThrow();
        int start = a.text().indexOf("Wir bauen.");
        assertThat(origin.originalOf(start, start + "Wir bauen.".length())).isEqualTo("Wir   bauen.");
        int second = a.text().indexOf("Zweiter");
        assertThat(origin.originalOf(second, a.text().length())).isEqualTo("Zweiter\u200B Absatz , hier.");
    }

    @Test
    void takesADateOnlyFromTheDatelineAndEnglishQuotesForEnglish() throws IOException {
        Path event = dir.resolve("event.txt");
        Files.writeString(event, "Die Brücke ist am 3. März 2025 gesperrt worden. Das teilte die Stadt mit.\nEva Berg (mit Nordpress)");
        Path english = dir.resolve("english.txt");
        Files.writeString(english, "LONDON, March 14, 2025 (Wire) - \"We are ready,\" the minister said. It was the first "
                + "time that the council had met since the flood.");
        IngestReport report = ingest(event, english);
        Article german = report.articles().get(0);
        assertThat(german.published()).isNull();
        assertThat(german.author()).isEqualTo("Eva Berg");
        assertThat(german.outlet()).as("an agency that only helped is not the outlet").isNull();
        Article en = report.articles().get(1);
        assertThat(en.published()).isEqualTo("2025-03-14");
        assertThat(en.text()).contains("“We are ready,” the minister said.");
    }

    @Test
    void identifiesLanguageWithAConfidence() throws IOException {
        Path de = dir.resolve("de.txt");
        Files.writeString(de, "Die Stadt hat die Brücke gesperrt, weil sie nicht mehr sicher ist. Der Verkehr wird "
                + "über die Umgehung geleitet, wie ein Sprecher der Stadt am Montag sagte. Es ist nicht klar, wann "
                + "die Brücke wieder offen sein wird.");
        Path en = dir.resolve("en.txt");
        Files.writeString(en, "The council closed the bridge.");
        IngestReport report = ingest(de, en);
        assertThat(report.articles()).extracting(Article::language).containsExactly("de", "en");
        assertThat(report.origins().get(0).languageConfidence()).isGreaterThan(0.8);
        assertThat(report.origins().get(1).languageConfidence()).isBetween(0.01, 0.5);
    }
}
