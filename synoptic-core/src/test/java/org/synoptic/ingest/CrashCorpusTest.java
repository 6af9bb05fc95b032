package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.synoptic.model.Article;

/**
 * The crash corpus: bad inputs (files in {@code crash/}, each named for what it breaks), each rejected with a reason
 * while a good file beside it is read, in bounded time.
 */
class CrashCorpusTest {

    private static final long CAP = 256 * 1024;

    @TempDir
    Path dir;

    private final ArticleIngester ingester = ArticleIngester.builder().maxBytes(CAP).build();

    @ParameterizedTest(name = "{0}")
    @Timeout(20)
    @CsvSource(delimiter = '|', value = {
        "empty.txt|empty",
        "whitespace-only.txt|empty",
        "png-image-with-txt-extension.txt|binary content (PNG image)",
        "single-gigantic-line.txt|single gigantic line",
        "malformed.json|malformed JSON",
        "wrong-shape.json|wrong shape",
        "pathological-json-nesting.json|malformed JSON",
        "only-junk-lines.txt|no article text",
        "xxe-local-file.xml|DOCTYPE",
        "billion-laughs.xml|DOCTYPE",
        "malformed-feed.xml|malformed feed",
        "gzip-bomb.txt.gz|gzip bomb",
        "truncated-gzip.txt.gz|malformed gzip",
        "html-without-content.html|HTML without article content",
        "pathological-html-nesting.html|pathological nesting"})
    void rejectsTheBadFileAndReadsTheGoodOne(String name, String reason) throws IOException {
        Path bad = copy(name);
        Path good = good();
        IngestReport report = ingest(bad, good);
        assertThat(report.articles()).extracting(Article::id).containsExactly("good");
        assertThat(report.rejected()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo(bad.toString());
            assertThat(o.reason()).contains(reason);
        });
    }

    @Test
    @Timeout(20)
    void rejectsAFileOverTheSizeCap() throws IOException {
        Path bad = dir.resolve("over-size-cap.txt");
        Files.writeString(bad, "Die Brücke ist gesperrt. ".repeat((int) (CAP / 20)));
        IngestReport report = ingest(bad, good());
        assertThat(report.articles()).extracting(Article::id).containsExactly("good");
        assertThat(report.rejected()).singleElement().extracting(InputOutcome::reason).asString().contains("too large");
    }

    @Test
    void readsTheGoodLinesOfAJsonLinesFile() throws IOException {
        Path jsonl = copy("jsonl-good-and-bad-lines.jsonl");
        IngestReport report = ingest(jsonl, good());
        assertThat(report.articles()).extracting(Article::id).containsExactly("gut-1", "gut-3", "good");
        assertThat(report.rejected()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo(jsonl + ":2");
            assertThat(o.reason()).contains("malformed JSON");
        });
    }

    @Test
    void readsTheGoodItemsOfAFeed() throws IOException {
        Path feed = copy("feed-item-without-text.rss");
        IngestReport report = ingest(feed);
        assertThat(report.articles()).extracting(Article::title).containsExactly("Gut");
        assertThat(report.rejected()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo(feed + "#1");
            assertThat(o.reason()).contains("without text");
        });
    }

    @Test
    void neverReadsALocalFileThroughAnExternalEntity() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "GEHEIM-4711");
        Path xxe = dir.resolve("xxe.xml");
        Files.writeString(xxe, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                + "\">]>\n<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
                + "<description>Text &xxe; Ende.</description></item></channel></rss>\n");
        IngestReport report = ingest(xxe);
        assertThat(report.articles()).isEmpty();
        assertThat(report.rejected()).singleElement().extracting(InputOutcome::reason).asString()
                .doesNotContain("GEHEIM").contains("DOCTYPE");
    }

    @Test
    void romeAloneAlsoRefusesADoctype() throws Exception {
        // Second line of defence: the parser is configured against doctypes even past our declaration check.
        var input = new com.rometools.rome.io.SyndFeedInput();
        input.setAllowDoctypes(false);
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"b\">]><rss version=\"2.0\"><channel>"
                + "<title>&a;</title></channel></rss>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> input.build(new java.io.StringReader(xml)))
                .isInstanceOf(com.rometools.rome.io.FeedException.class);
    }

    @Test
    void aMissingFileIsRejectedAndTheRestRead() throws IOException {
        Path missing = dir.resolve("missing.txt");
        IngestReport report = ingest(missing, good());
        assertThat(report.articles()).hasSize(1);
        assertThat(report.rejected()).singleElement().extracting(InputOutcome::reason).isEqualTo("no such file or folder");
    }

    private IngestReport ingest(Path... paths) {
        return ingester.ingest(List.of(paths).stream().map(Path::toString).toList());
    }

    private Path good() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Die Brücke ist gesperrt. Das sagte die Stadt.");
        return good;
    }

    private Path copy(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = CrashCorpusTest.class.getResourceAsStream("crash/" + name)) {
            assertThat(in).as("crash corpus file " + name).isNotNull();
            Files.copy(in, target);
        }
        return target;
    }

}
