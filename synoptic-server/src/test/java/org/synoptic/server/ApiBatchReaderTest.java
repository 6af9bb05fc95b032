package org.synoptic.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.synoptic.ingest.IngestReport;
import org.synoptic.ingest.InputOutcome;
import org.synoptic.model.Article;

/** The POST body reader without a server (the server test posts through HTTP; it needs CoreNLP). */
class ApiBatchReaderTest {

    private final ApiBatchReader reader = new ApiBatchReader();

    @Test
    void jsonArticlesWithoutIdGetTheSameContentIdsAsBefore() throws Exception {
        String body = "{\"articles\":[{\"url\":\"https://k.example/a\",\"title\":\"Deich\",\"text\":\"Der Deich wird erhöht, sagte das Land.\"},"
                + "{\"id\":\"own\",\"text\":\"Die Fähre fährt wieder, sagte die Reederei.\"},{\"title\":\"no text\"}]}";
        IngestReport report = reader.read(body.getBytes(StandardCharsets.UTF_8), "application/json; charset=utf-8");
        // The id formula of the temp-file era: SHA-256 of url, title, text, html, first six bytes in hex.
        String expected = "api-" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                "https://k.example/a\nDeich\nDer Deich wird erhöht, sagte das Land.\n".getBytes(StandardCharsets.UTF_8)), 0, 6);
        assertThat(report.articles()).extracting(Article::id).containsExactly(expected, "own");
        assertThat(report.articles()).extracting(Article::source).containsExactly("api#1", "api#2");
        assertThat(report.rejected()).extracting(InputOutcome::source).containsExactly("api#3");
    }

    @Test
    void feedsPagesAndJsonLinesAreReadByContentType() throws Exception {
        String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Hafenfunk</title>"
                + "<item><guid>hf-1</guid><title>Schleuse offen</title><description>Die Schleuse ist offen, teilte das Amt mit.</description></item>"
                + "<item><guid>hf-2</guid><title>Fähre fällt aus</title><description>Die Fähre fällt aus, sagte die Reederei.</description></item>"
                + "</channel></rss>";
        IngestReport feedReport = reader.read(feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
        assertThat(feedReport.articles()).extracting(Article::source).containsExactly("api#1", "api#2");
        assertThat(reader.read(feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml").articles())
                .extracting(Article::id).isEqualTo(feedReport.articles().stream().map(Article::id).toList());

        String page = "<html lang=\"de\"><body><article><h1>Deich wird erhöht</h1><p>Der Deich bei Husum wird erhöht, "
                + "teilte das Land am Montag mit.</p></article></body></html>";
        IngestReport html = reader.read(page.getBytes(StandardCharsets.UTF_8), "text/html");
        assertThat(html.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Deich wird erhöht");
            assertThat(a.id()).matches("api-[0-9a-f]{12}");
        });

        IngestReport lines = reader.read("{\"text\":\"Der Hafen ist zu, sagte die Stadt.\"}\n{broken\n"
                .getBytes(StandardCharsets.UTF_8), "application/x-ndjson");
        assertThat(lines.articles()).hasSize(1);
        assertThat(lines.rejected()).extracting(InputOutcome::source).containsExactly("api:2");
    }

    @Test
    void otherTypesAndBadJsonAreRefused() {
        assertThatThrownBy(() -> reader.read(new byte[] {'G', 'I', 'F'}, "image/gif"))
                .isInstanceOf(ApiException.class).hasMessageContaining("unsupported content type: image/gif");
        assertThatThrownBy(() -> reader.read("{not json".getBytes(StandardCharsets.UTF_8), "application/json"))
                .isInstanceOf(ApiException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> reader.read("[]".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(ApiException.class).hasMessageContaining("no articles");
    }
}
