package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;

/**
 * Checkpoints of the story index: opening restores the newest and replays only the articles after it; a crash between
 * a commit and its checkpoint (the store's folder as a SIGKILL leaves it, the newest checkpoint missing) loses and
 * duplicates nothing and ends with the same stories as an uninterrupted run.
 */
class StoreCheckpointTest {

    @TempDir
    Path dir;

    static StoreOptions options() {
        // no digests: these tests are about the fast tier's state
        return ProbeOptions.ruleBased().withDebounce(Duration.ofDays(1)).withCheckpointEvery(100);
    }

    static List<Article> generated(Path dir, int n) throws Exception {
        Path file = GeneratedNews.write(dir.resolve("news-" + n + ".jsonl"), n, 7);
        return new ArticleIngester(Long.MAX_VALUE).ingest(List.of(file.toString())).articles();
    }

    static void ingest(ArticleStore store, List<Article> articles, int batch) throws Exception {
        for (int from = 0; from < articles.size(); from += batch) {
            store.ingest(articles.subList(from, Math.min(articles.size(), from + batch)));
        }
    }

    /** Story id to its members, in arrival order. */
    static Map<String, List<String>> stories(ArticleStore store) {
        Map<String, List<String>> out = new TreeMap<>();
        store.stories().forEach(s -> out.put(s.id(), s.articleIds()));
        return out;
    }

    @Test
    void reopeningRestoresTheCheckpointAndReplaysNothingAfterACleanClose() throws Exception {
        List<Article> articles = generated(dir, 450);
        Map<String, List<String>> before;
        try (ArticleStore store = ArticleStore.open(dir.resolve("s"), options())) {
            ingest(store, articles, 40);
            before = stories(store);
        }
        try (ArticleStore store = ArticleStore.open(dir.resolve("s"), options())) {
            assertThat(store.openReport().checkpointSeq()).isEqualTo(450);
            assertThat(store.openReport().replayed()).isZero();
            assertThat(stories(store)).isEqualTo(before);
            assertThat(store.article(articles.get(3).id()).orElseThrow().article().text()).isEqualTo(articles.get(3).text());
        }
    }

    @Test
    void aCrashBetweenACommitAndItsCheckpointLosesNothingAndEndsWithTheSameStories() throws Exception {
        List<Article> articles = generated(dir, 600);
        Map<String, List<String>> uninterrupted;
        try (ArticleStore store = ArticleStore.open(dir.resolve("uninterrupted"), options())) {
            ingest(store, articles, 25);
            uninterrupted = stories(store);
        }
        assertThat(uninterrupted.size()).isBetween(50, 599);

        Path crashed = dir.resolve("crashed");
        try (ArticleStore store = ArticleStore.open(dir.resolve("running"), options())) {
            ingest(store, articles.subList(0, 325), 25);
            // SIGKILL now: the folder as it is, with the last batch committed; then lose the newest checkpoint too,
            // as if the process died after a commit and before that commit's checkpoint was written
            copy(dir.resolve("running"), crashed);
        }
        List<Path> checkpoints = new StoreCheckpoint(crashed.resolve("checkpoint")).checkpoints();
        assertThat(checkpoints).hasSize(2);
        Files.delete(checkpoints.get(0));

        try (ArticleStore store = ArticleStore.open(crashed, options())) {
            assertThat(store.openReport().checkpointSeq()).isEqualTo(200);
            assertThat(store.openReport().replayed()).isEqualTo(125);
            assertThat(store.articleCount()).isEqualTo(325);
            IngestResult again = store.ingest(articles);
            assertThat(again.stored()).isEqualTo(275);
            assertThat(again.duplicates()).isEqualTo(325);
            assertThat(stories(store)).isEqualTo(uninterrupted);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("write.lock")) {
                    Files.copy(p, target);
                }
            }
        }
    }

    @Test
    void boilerplateLearnedBeforeTheCheckpointIsStillKnownAfterReopening() throws Exception {
        String footer = "Alle Rechte vorbehalten, Nachdruck nur mit Genehmigung des Seeboten.";
        String[] topics = {"Die Fähre über den Lindsee fährt ab Mai im Halbstundentakt.",
                "Der Turnverein feiert sein hundertjähriges Bestehen mit einem Sportfest.",
                "Im Gewerbegebiet Seewiese eröffnet eine neue Bäckerei mit zwölf Angestellten.",
                "Die Kreisstraße nach Kesselbach wird wegen Bauarbeiten drei Wochen gesperrt."};
        List<Article> articles = new java.util.ArrayList<>();
        for (int i = 0; i < topics.length; i++) {
            articles.add(new Article("b" + i, "test:b" + i, null, null, topics[i] + "\n\n" + footer, "Seebote", null,
                    "2026-03-0" + (i + 1) + "T08:00:00Z", "de", null));
        }
        try (ArticleStore store = ArticleStore.open(dir.resolve("s"), options())) {
            ingest(store, articles, 1);
            assertThat(store.learnedBoilerplate().contains("Seebote", footer)).isTrue();
        }
        try (ArticleStore store = ArticleStore.open(dir.resolve("s"), options())) {
            assertThat(store.openReport().replayed()).isZero();
            assertThat(store.learnedBoilerplate().contains("Seebote", footer)).isTrue();
            assertThat(store.learnedBoilerplate().contains("Seebote", topics[0])).isFalse();
        }
    }
}
