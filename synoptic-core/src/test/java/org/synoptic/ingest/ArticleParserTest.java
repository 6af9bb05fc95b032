package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

/** {@link ArticleParser}, the one entry point for bytes, and the streaming paths of {@link ArticleIngester}. */
class ArticleParserTest {

    private static final String[] WORDS = {"Brücke", "Hafen", "Stadt", "Senat", "Fähre", "Verkehr", "Montag",
        "gesperrt", "sagte", "Umleitung", "Pendler", "Prüfer", "Risse", "Pfeiler", "Bürgermeisterin", "Elbe"};

    @TempDir
    Path dir;

    /** Counts what a stream gives without keeping the articles. */
    static final class CountingSink implements ArticleSink {
        int articles;
        long textChars;
        final List<String> firstIds = new ArrayList<>();
        final List<InputOutcome> outcomes = new ArrayList<>();

        @Override
        public void article(Article article, ArticleOrigin origin) {
            articles++;
            textChars += article.text().length();
            if (firstIds.size() < 3) {
                firstIds.add(article.id());
            }
        }

        @Override
        public void outcome(InputOutcome outcome) {
            outcomes.add(outcome);
        }

        List<InputOutcome> rejected() {
            return outcomes.stream().filter(o -> o.status() == InputOutcome.Status.REJECTED).toList();
        }
    }

    /**
     * Writes {@code lines} JSON lines of seeded German-like text; line {@code malformed} is broken JSON and line
     * {@code oversize} carries a text longer than {@code cap}.
     */
    static void writeJsonLines(OutputStream target, int lines, int malformed, int oversize, long cap) throws IOException {
        Random random = new Random(42);
        try (BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(target, StandardCharsets.UTF_8))) {
            for (int i = 1; i <= lines; i++) {
                if (i == malformed) {
                    out.write("{\"id\":\"broken\",\"text\":\"Die Brücke ist\n");
                    continue;
                }
                StringBuilder text = new StringBuilder();
                int target_ = i == oversize ? (int) cap + 100 : 400 + random.nextInt(1600);
                while (text.length() < target_) {
                    text.append("Die ").append(WORDS[random.nextInt(WORDS.length)]).append(' ')
                            .append(WORDS[random.nextInt(WORDS.length)]).append(" wurde am ")
                            .append(1 + random.nextInt(28)).append(". Mai ").append(WORDS[random.nextInt(WORDS.length)])
                            .append(". ");
                }
                out.write("{\"id\":\"n-" + i + "\",\"title\":\"Meldung " + i + "\",\"outlet\":\"Kurier\",\"language\":\"de\","
                        + "\"text\":\"" + text + "\"}\n");
            }
        }
    }

    @Test
    void streamsAJsonLinesFileManyTimesTheCapRejectingOnlyItsBadLines() throws IOException {
        long cap = 256 * 1024;
        Path file = dir.resolve("export.jsonl");
        int lines = 6_000;
        try (OutputStream out = Files.newOutputStream(file)) {
            writeJsonLines(out, lines, 3_000, 4_500, cap);
        }
        assertThat(Files.size(file)).as("the file is many times the per-item cap").isGreaterThan(20 * cap);

        CountingSink sink = new CountingSink();
        ArticleIngester.builder().maxBytes(cap).build().ingest(List.of(file.toString()), sink, (s, n) -> { });

        assertThat(sink.articles).isEqualTo(lines - 2);
        assertThat(sink.firstIds).containsExactly("n-1", "n-2", "n-3");
        assertThat(sink.rejected()).extracting(InputOutcome::source).containsExactly(file + ":3000", file + ":4500");
        assertThat(sink.rejected().get(0).reason()).contains("malformed JSON");
        assertThat(sink.rejected().get(1).reason()).contains("line too large").contains("limit " + cap);
        assertThat(sink.outcomes).last().satisfies(o -> {
            assertThat(o.source()).isEqualTo(file.toString());
            assertThat(o.status()).isEqualTo(InputOutcome.Status.READ);
            assertThat(o.articles()).isEqualTo(lines - 2);
        });
    }

    @Test
    void aGzippedJsonLinesFileIsStreamedToo() throws IOException {
        long cap = 64 * 1024;
        Path file = dir.resolve("export.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            writeJsonLines(out, 500, 10, 20, cap);
        }
        IngestReport report = new ArticleIngester(cap).ingest(List.of(file.toString()));
        assertThat(report.articles()).hasSize(498);
        assertThat(report.rejected()).extracting(InputOutcome::source).containsExactly(file + ":10", file + ":20");
    }

    @Test
    void aFileNamedGzThatIsNotGzipIsRejected() {
        IngestReport report = new ArticleParser().parse("Die Brücke ist gesperrt.".getBytes(StandardCharsets.UTF_8),
                null, "note.txt.gz");
        assertThat(report.rejected()).singleElement().extracting(InputOutcome::reason).asString()
                .startsWith("malformed gzip");
    }

    @Test
    void aDocumentOverTheCapIsStillRejectedWhole() {
        byte[] json = ("[" + "{\"text\":\"Die Brücke ist gesperrt.\"},".repeat(200) + "{\"text\":\"Ende.\"}]")
                .getBytes(StandardCharsets.UTF_8);
        IngestReport report = new ArticleParser(1024).parse(json, "application/json", "big.json");
        assertThat(report.articles()).isEmpty();
        assertThat(report.rejected()).singleElement().extracting(InputOutcome::reason).asString()
                .contains("too large").contains("1024");
    }

    @Test
    void dashReadsStandardInputAndSniffsItsFormat() throws IOException {
        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
        writeJsonLines(jsonl, 50, 7, -1, 1 << 20);
        ArticleIngester ingester = ArticleIngester.builder()
                .standardInput(() -> new ByteArrayInputStream(jsonl.toByteArray())).build();
        IngestReport report = ingester.ingest(List.of("-"));
        assertThat(report.articles()).hasSize(49);
        assertThat(report.articles().get(0).source()).isEqualTo("stdin:1");
        assertThat(report.rejected()).extracting(InputOutcome::source).containsExactly("stdin:7");

        ArticleIngester feedFromStdin = ArticleIngester.builder()
                .standardInput(() -> new ByteArrayInputStream(FormatsTest.RSS.getBytes(StandardCharsets.UTF_8))).build();
        assertThat(feedFromStdin.ingest(List.of("-")).articles()).extracting(Article::title)
                .containsExactly("Fähre fährt wieder", "Hafen gesperrt");
    }

    @Test
    void aFeedReadTwiceGivesTheSameIdsAndNoPositionalOnes() throws IOException {
        Path feed = dir.resolve("rss.xml");
        Files.writeString(feed, FormatsTest.RSS);
        List<String> first = new ArticleIngester().ingest(List.of(feed.toString())).articles().stream()
                .map(Article::id).toList();
        List<String> second = new ArticleParser().parse(FormatsTest.RSS.getBytes(StandardCharsets.UTF_8),
                "application/rss+xml", "rss").articles().stream().map(Article::id).toList();
        assertThat(first).hasSize(2).doesNotHaveDuplicates().allMatch(id -> id.matches("rss-[0-9a-f]{12}"))
                .doesNotContain("rss-1", "rss-2");
        assertThat(second).isEqualTo(first);

        // The same feed with one more item in front: the old items keep their ids (they are not positional).
        String grown = FormatsTest.RSS.replaceFirst("<item>", "<item><guid isPermaLink=\"false\">nk-4711</guid>"
                + "<title>Neu</title><description>Die Schleuse ist wieder offen. Das sagte das Amt.</description></item>"
                + "<item>");
        List<String> afterGrowth = new ArticleParser().parse(grown.getBytes(StandardCharsets.UTF_8), null, "rss.xml")
                .articles().stream().map(Article::id).toList();
        assertThat(afterGrowth).hasSize(3).endsWith(first.get(0), first.get(1));
        // An item without GUID or link is named by its content: stable too.
        String bare = FormatsTest.RSS.replaceAll("<link>https://nordkurier.example/[a-z]+</link>", "");
        assertThat(new ArticleParser().parse(bare.getBytes(StandardCharsets.UTF_8), null, "rss.xml").articles())
                .extracting(Article::id).isEqualTo(new ArticleParser().parse(bare.getBytes(StandardCharsets.UTF_8),
                        null, "rss.xml").articles().stream().map(Article::id).toList())
                .doesNotHaveDuplicates().doesNotContainAnyElementsOf(first);
    }

    @Test
    void theContentTypeDecidesTheFormatOfABodyWithoutAName() {
        ArticleParser parser = new ArticleParser().withContentIds();
        IngestReport page = parser.parse(FormatsTest.PAGE.getBytes(java.nio.charset.Charset.forName("windows-1252")),
                "text/html; charset=windows-1252", "api");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Brücke über die Elbe gesperrt");
            assertThat(a.id()).matches("api-[0-9a-f]{12}");
        });
        IngestReport text = parser.parse("Die Brücke ist gesperrt. Das sagte die Stadt.".getBytes(StandardCharsets.UTF_8),
                "text/plain", "api");
        assertThat(text.articles()).singleElement().extracting(Article::id).asString().matches("api-[0-9a-f]{12}")
                .isNotEqualTo(page.articles().get(0).id());
        IngestReport lines = parser.parse(("{\"text\":\"Die Fähre fährt.\"}\n{\"id\":\"own\",\"text\":\"Der Hafen ist zu.\"}\n")
                .getBytes(StandardCharsets.UTF_8), "application/x-ndjson", "api");
        assertThat(lines.articles()).extracting(Article::id).satisfiesExactly(
                id -> assertThat(id).matches("api-[0-9a-f]{12}"), id -> assertThat(id).isEqualTo("own"));
        assertThat(new ArticleParser().parse("{\"text\":\"Die Fähre fährt.\"}".getBytes(StandardCharsets.UTF_8),
                "application/json", "api").articles()).extracting(Article::id).containsExactly("api");
    }

    @Test
    void anUnboundedCapReadsDocumentsAndLines() {
        // Long.MAX_VALUE is what the durability harness passes; the cap + 1 must not overflow.
        IngestReport report = new ArticleParser(Long.MAX_VALUE).parse(
                "Die Brücke ist gesperrt. Das sagte die Stadt.".getBytes(StandardCharsets.UTF_8), "text/plain", "a.txt");
        assertThat(report.articles()).hasSize(1);
        assertThat(new ArticleParser(Long.MAX_VALUE).parse("{\"text\":\"Der Hafen ist zu.\"}\n".getBytes(StandardCharsets.UTF_8),
                "application/x-ndjson", "a").articles()).hasSize(1);
    }

    @Test
    void anEmptyStreamAndABinaryStreamAreRejectedWhole() {
        ArticleParser parser = new ArticleParser();
        CountingSink sink = new CountingSink();
        assertThat(parser.parse(new ByteArrayInputStream("\n \n".getBytes(StandardCharsets.UTF_8)),
                "application/x-ndjson", "empty", sink).reason()).contains("empty");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\n', '{', '}'};
        assertThat(parser.parse(new ByteArrayInputStream(png), "application/x-ndjson", "image", sink).reason())
                .contains("binary content (PNG image)");
        assertThat(sink.articles).isZero();
        assertThat(sink.outcomes).hasSize(2);
    }
}
