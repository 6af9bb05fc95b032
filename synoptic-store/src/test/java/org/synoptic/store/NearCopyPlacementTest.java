package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.cluster.StoryEvents;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.model.Article;

/**
 * A near-copy of a stored report joins that report's story even when the story went cold long ago, on ingest and
 * after a restart (the near-copy ring is refilled from the stored texts the checkpoint covers).
 */
class NearCopyPlacementTest {

    private static final String ORIGINAL = "Der Stadtrat von Lindenau hat am Dienstagabend mit 31 zu 12 Stimmen den Bau "
            + "einer zweiten Fährlinie über den Lindsee beschlossen. Die neue Verbindung soll ab dem Frühjahr 2027 "
            + "zwischen dem Nordufer und dem Gewerbegebiet Seewiese pendeln und im Halbstundentakt fahren. Die Kosten "
            + "von 4,2 Millionen Euro trägt zu zwei Dritteln das Land. Bürgermeisterin Hanna Roeder sprach von einem "
            + "wichtigen Schritt für die Pendler aus den Ortsteilen am See.";

    @TempDir
    Path dir;

    private static Article report(String id, String text, String outlet, int day) {
        return new Article(id, "test:" + id, null, null, text, outlet, null,
                String.format("2026-03-%02dT08:00:00Z", day), "de", null);
    }

    /** Unrelated one-report stories, one a day, so that time passes in the stream; no two share a phrase. */
    private static List<Article> filler(int fromDay, int toDay) {
        String[] words = ("Feuerwehr Schule Brücke Hafen Gericht Klinik Museum Bahnhof Theater Verein Rathaus Markt "
                + "Kirche Bibliothek Stadion Kaserne Brauerei Mühle Werft Deponie Sender Zeitung Bäckerei Apotheke "
                + "Friedhof Turm Tunnel Damm Schleuse Fabrik").split(" ");
        List<Article> out = new ArrayList<>();
        for (int day = fromDay; day <= toDay; day++) {
            java.util.Random random = new java.util.Random(day);
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                text.append(words[random.nextInt(words.length)]).append(i % 8 == 7 ? ". " : " ");
            }
            out.add(report("f" + day, text.toString().strip(), "Kreisbote", day));
        }
        return out;
    }

    private static String copyOf(String text) {
        return text.replace("am Dienstagabend", "am Dienstag").replace("wichtigen Schritt", "großen Schritt")
                .replace("Lindenau", "Lindenau (Landkreis Oberwald)");
    }

    @Test
    void aNearCopyJoinsTheColdStoryOfItsOriginalAlsoAfterARestart() throws Exception {
        Article original = report("orig", ORIGINAL, "Seebote", 1);
        Article lateCopy = report("copy", copyOf(ORIGINAL), "Landeszeitung", 25);
        List<Article> before = new ArrayList<>();
        before.add(original);
        before.addAll(filler(2, 24));

        // the story index alone: after 24 days the original's story is cold, so the copy founds a story of its own
        StoryIndex alone = StoryClusterer.defaults().newIndex(StoryEvents.none());
        String originalStory = alone.add(original);
        before.subList(1, before.size()).forEach(alone::add);
        assertThat(alone.add(lateCopy)).isNotEqualTo(originalStory);

        StoreOptions options = ProbeOptions.ruleBased().withDebounce(Duration.ofDays(1)).withCheckpointEvery(5);
        String storyId;
        try (ArticleStore store = ArticleStore.open(dir.resolve("s"), options)) {
            for (Article a : before) {
                store.ingest(List.of(a));
            }
            storyId = store.article("orig").orElseThrow().storyId();
            IngestResult result = store.ingest(List.of(lateCopy));
            assertThat(result.outcomes().get(0).storyId()).isEqualTo(storyId);
            assertThat(store.counters().nearCopies()).isEqualTo(1);
        }
        // reopened: the checkpoint covers the original; the refilled ring still knows it
        try (ArticleStore store = ArticleStore.open(dir.resolve("s"), options)) {
            assertThat(store.openReport().checkpointSeq()).isGreaterThan(0);
            Article secondCopy = report("copy2", copyOf(ORIGINAL).replace("31 zu 12", "31:12"), "Abendblatt", 26);
            assertThat(store.ingest(List.of(secondCopy)).outcomes().get(0).storyId()).isEqualTo(storyId);
            assertThat(store.article("copy").orElseThrow().storyId()).isEqualTo(storyId);
        }
    }
}
