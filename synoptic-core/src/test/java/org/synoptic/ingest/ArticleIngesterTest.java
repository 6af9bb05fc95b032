package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.model.Article;

class ArticleIngesterTest {

    @TempDir
    Path dir;

    private final ArticleIngester ingester = new ArticleIngester(64 * 1024);

    private IngestReport ingest(Path... paths) {
        return ingester.ingest(java.util.Arrays.stream(paths).map(Path::toString).toList());
    }

    @Test
    void readsPlainTextWithHeadlineAndFolderRecursively() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("story"));
        Files.writeString(sub.resolve("01-kurier.txt"), "Brücke gesperrt\n\nDie Stadt hat die Brücke gesperrt. Der Verkehr wird umgeleitet.\n");
        Files.writeString(sub.resolve("02-blatt.txt"), "Die Stadt hat die Brücke am Montag gesperrt, wie der Senat mitteilte.\nEs gibt eine Umleitung.");
        Files.writeString(sub.resolve("notes.csv"), "a,b");
        IngestReport report = ingest(dir);
        assertThat(report.articles()).extracting(Article::id).containsExactly("01-kurier", "02-blatt");
        Article first = report.articles().get(0);
        assertThat(first.title()).isEqualTo("Brücke gesperrt");
        assertThat(first.text()).isEqualTo("Die Stadt hat die Brücke gesperrt. Der Verkehr wird umgeleitet.");
        assertThat(first.language()).isEqualTo("de");
        assertThat(first.inferred()).contains("language").doesNotContain("title");
        Article second = report.articles().get(1);
        assertThat(second.title()).startsWith("Die Stadt hat die Brücke");
        assertThat(second.inferred()).contains("title");
        assertThat(second.text()).startsWith("Die Stadt hat die Brücke am Montag gesperrt");
        assertThat(report.outcomes()).anySatisfy(o -> {
            assertThat(o.source()).endsWith("notes.csv");
            assertThat(o.status()).isEqualTo(InputOutcome.Status.SKIPPED);
        });
        assertThat(report.rejected()).isEmpty();
    }

    @Test
    void readsJsonObjectArrayAndLinesAndRejectsOnlyTheBadParts() throws IOException {
        Files.writeString(dir.resolve("one.json"), """
                {"id":"a1","title":"Flood","text":"The river burst its banks.","outlet":"Gazette","published":"2025-03-14T08:00:00Z","language":"en"}
                """);
        Files.writeString(dir.resolve("many.json"), """
                [{"text":"The river rose."}, {"title":"no text"}, 42]
                """);
        Files.writeString(dir.resolve("feed.jsonl"), """
                {"id":"l1","html":"<html><body><article><p>The town was flooded.</p><script>alert(1)</script></article></body></html>"}
                {not json
                {"id":"l3","text":"Police said two people died.","url":"https://www.ledger.example/a/1"}
                """);
        IngestReport report = ingest(dir.resolve("one.json"), dir.resolve("many.json"), dir.resolve("feed.jsonl"));
        assertThat(report.articles()).extracting(Article::id).containsExactly("a1", "many-1", "l1", "l3");
        Article a1 = report.articles().get(0);
        assertThat(a1.published()).isEqualTo("2025-03-14T08:00Z");
        assertThat(a1.outlet()).isEqualTo("Gazette");
        assertThat(report.articles().get(2).text()).isEqualTo("The town was flooded.");
        Article l3 = report.articles().get(3);
        assertThat(l3.outlet()).isEqualTo("ledger.example");
        assertThat(l3.inferred()).contains("outlet");
        assertThat(report.rejected()).extracting(InputOutcome::source)
                .containsExactly(dir.resolve("many.json") + "#2", dir.resolve("many.json") + "#3", dir.resolve("feed.jsonl") + ":2");
        assertThat(report.rejected()).extracting(InputOutcome::reason)
                .allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void decodesLegacyEncodingsWithUmlauts() throws IOException {
        Path latin = dir.resolve("latin.txt");
        Files.write(latin, "Die Brücke über die Förde ist für Lkw gesperrt.".getBytes(Charset.forName("windows-1252")));
        Path utf16 = dir.resolve("utf16.txt");
        byte[] body = "Die Straße bleibt gesperrt, sagte der Senat.".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        Files.write(utf16, withBom);
        IngestReport report = ingest(latin, utf16);
        assertThat(report.rejected()).isEmpty();
        assertThat(report.articles()).extracting(Article::text)
                .containsExactly("Die Brücke über die Förde ist für Lkw gesperrt.", "Die Straße bleibt gesperrt, sagte der Senat.");
    }

    @Test
    void makesDuplicateIdsUnique() throws IOException {
        Files.createDirectories(dir.resolve("x"));
        Files.createDirectories(dir.resolve("y"));
        Files.writeString(dir.resolve("x/same.txt"), "Die Brücke ist zu. Das sagte die Stadt.");
        Files.writeString(dir.resolve("y/same.txt"), "Die Fähre fährt wieder. Das sagte der Hafen.");
        assertThat(ingest(dir).articles()).extracting(Article::id).containsExactly("same", "same-2");
    }

    /** The crash corpus of bad files is {@link CrashCorpusTest}; a path that does not exist is rejected the same way. */
    @Test
    void rejectsAMissingPathAndReadsTheRest() throws IOException {
        Path missing = dir.resolve("missing.txt");
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "Die Brücke ist gesperrt. Das sagte die Stadt.");
        IngestReport report = ingest(missing, good);
        assertThat(report.articles()).extracting(Article::id).containsExactly("good");
        assertThat(report.rejected()).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo(missing.toString());
            assertThat(o.reason()).contains("no such file");
        });
    }

    @Test
    void refusesUrlsThatResolveToPrivateAddresses() {
        IngestReport report = ingester.ingest(List.of("http://127.0.0.1:9/a", "http://[::1]:9/b", "http://10.0.0.1/c"));
        assertThat(report.rejected()).hasSize(3).allSatisfy(o -> assertThat(o.reason()).contains("private"));
    }
}
