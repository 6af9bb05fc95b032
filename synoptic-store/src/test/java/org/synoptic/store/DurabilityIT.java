package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest of thousands of articles with SIGKILL midway, reopens the store, ingests again: the store must open
 * cleanly (Lucene's CheckIndex), keep every batch acknowledged before the kill, and end with every article exactly
 * once. Figures go to {@code target/durability-report.txt}.
 */
@Tag("corenlp") // loads CoreNLP's German model; skipped by -Pquick
class DurabilityIT {

    static final int ARTICLES = 3000;
    static final int BATCH = 100;

    @TempDir
    Path dir;

    @Test
    void sigkillDuringIngestLosesNothingAndDuplicatesNothing() throws Exception {
        Path input = GeneratedNews.write(dir.resolve("news.jsonl"), ARTICLES, 42);
        Path store = dir.resolve("store");

        Process first = ingestProcess(store, input);
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged = Long.parseLong(line.substring(10).strip());
                    if (acknowledged >= ARTICLES / 3) {
                        break;
                    }
                }
            }
            assertThat(first.isAlive()).as("the ingest is still running when killed").isTrue();
            first.destroyForcibly(); // SIGKILL on POSIX
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(first.exitValue()).as("killed, not finished").isNotZero();

        assertClean(store);
        Set<String> afterKill = urls(store);
        assertThat(afterKill.size()).as("every acknowledged batch survives").isGreaterThanOrEqualTo((int) acknowledged)
                .isLessThan(ARTICLES);
        String reopenReport;
        try (ArticleStore reopened = ArticleStore.open(store, DurabilityIngestMain.options())) {
            assertThat(reopened.articleCount()).isEqualTo(afterKill.size());
            ArticleStore.OpenReport r = reopened.openReport();
            assertThat(r.checkpointSeq() + r.replayed()).as("the checkpoint plus the replay cover every article")
                    .isEqualTo(afterKill.size());
            reopenReport = "checkpoint at " + r.checkpointSeq() + ", " + r.replayed() + " replayed, " + r.millis() + " ms";
        }

        Process second = ingestProcess(store, input);
        String summary = "";
        try (BufferedReader out = new BufferedReader(new InputStreamReader(second.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("done")) {
                    summary = line;
                }
            }
        }
        assertThat(second.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(second.exitValue()).isZero();
        assertThat(summary).contains("stored=" + (ARTICLES - afterKill.size()));

        assertClean(store);
        Set<String> all = urls(store);
        assertThat(all).hasSize(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            assertThat(all).contains("https://news.example/" + i);
        }
        List<org.synoptic.model.Article> articles = new org.synoptic.ingest.ArticleIngester(Long.MAX_VALUE)
                .ingest(List.of(input.toString())).articles();
        java.util.Map<String, List<String>> recovered;
        try (ArticleStore reopened = ArticleStore.open(store, DurabilityIngestMain.options())) {
            assertThat(reopened.articleCount()).isEqualTo(ARTICLES);
            assertThat(reopened.ingest(articles).stored()).isZero();
            recovered = StoreCheckpointTest.stories(reopened);
        }
        try (ArticleStore reference = ArticleStore.open(dir.resolve("uninterrupted"), DurabilityIngestMain.options())) {
            StoreCheckpointTest.ingest(reference, articles, BATCH);
            assertThat(recovered).as("the same stories as an uninterrupted run").isEqualTo(StoreCheckpointTest.stories(reference));
        }
        String report = "durability: " + ARTICLES + " articles in batches of " + BATCH + "; killed after " + acknowledged
                + " acknowledged, " + afterKill.size() + " in the store after the kill (reopened: " + reopenReport
                + "); second run: " + summary + "; stories equal to an uninterrupted run's\n";
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "durability-report.txt"), report);
        System.out.print(report);
    }

    private Process ingestProcess(Path store, Path input) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                DurabilityIngestMain.class.getName(), store.toString(), input.toString(), String.valueOf(BATCH)));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** Lucene's CheckIndex finds no problem; the URLs are also counted per document, so a duplicate would show. */
    private static void assertClean(Path store) throws Exception {
        try (FSDirectory directory = FSDirectory.open(store.resolve("index"));
             CheckIndex check = new CheckIndex(directory)) {
            check.setInfoStream(new PrintStream(java.io.OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8));
            assertThat(check.checkIndex().clean).isTrue();
        }
    }

    private static Set<String> urls(Path store) throws Exception {
        Set<String> urls = new HashSet<>();
        int docs = 0;
        try (FSDirectory directory = FSDirectory.open(store.resolve("index"));
             DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                Bits live = leaf.reader().getLiveDocs();
                StoredFields fields = leaf.reader().storedFields();
                for (int i = 0; i < leaf.reader().maxDoc(); i++) {
                    if (live == null || live.get(i)) {
                        urls.add(fields.document(i).get("url"));
                        docs++;
                    }
                }
            }
        }
        assertThat(docs).as("no article stored twice").isEqualTo(urls.size());
        return urls;
    }
}
