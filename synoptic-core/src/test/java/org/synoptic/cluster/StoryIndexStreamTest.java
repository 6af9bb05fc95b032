package org.synoptic.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/** The story index on a stream: events, saved state, dates it must not believe, near-copies, cold stories. */
class StoryIndexStreamTest {

    private static final Instant START = Instant.parse("2026-05-01T00:00:00Z");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T00:00:00Z"), ZoneOffset.UTC);
    private static final StoryClusterer CLUSTERER = StoryClusterer.builder().clock(CLOCK).build();

    /** Records every event as a line, in order. */
    static final class Recorder implements StoryEvents {
        final List<String> lines = new ArrayList<>();

        @Override
        public void assigned(String articleId, String storyId) {
            lines.add("assigned " + articleId + " " + storyId);
        }

        @Override
        public void merged(String fromStoryId, String intoStoryId) {
            lines.add("merged " + fromStoryId + " " + intoStoryId);
        }

        @Override
        public void cooled(String storyId) {
            lines.add("cooled " + storyId);
        }

        @Override
        public void redated(String articleId, long claimedEpochMillis, long usedEpochMillis) {
            lines.add("redated " + articleId + " " + Instant.ofEpochMilli(claimedEpochMillis) + " "
                    + Instant.ofEpochMilli(usedEpochMillis));
        }
    }

    /**
     * An invented stream over 30 days: 60 events of made-up words, each reported 1 to 12 times over up to two days,
     * in publication order; some reports are short, so stories found twice and merge, and old stories go cold.
     */
    static List<Article> inventedStream(long seed) {
        Random random = new Random(seed);
        List<String> common = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            common.add(word(random));
        }
        List<Article> out = new ArrayList<>();
        for (int e = 0; e < 60; e++) {
            List<String> own = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                own.add(word(random));
            }
            long start = (long) (random.nextDouble() * Duration.ofDays(28).toMillis());
            int reports = 1 + random.nextInt(12);
            for (int r = 0; r < reports; r++) {
                int length = random.nextDouble() < 0.3 ? 6 : 40;
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < length; w++) {
                    List<String> pool = random.nextDouble() < 0.6 ? own : common;
                    text.append(pool.get(random.nextInt(pool.size()))).append(w % 9 == 8 ? ". " : " ");
                }
                long at = start + (long) (random.nextDouble() * Duration.ofDays(2).toMillis());
                String id = "e" + e + "-r" + r;
                out.add(new Article(id, "test:" + id, null, null, text.toString().strip() + ".", null, null,
                        START.plusMillis(at).toString(), "de", null));
            }
        }
        out.sort((a, b) -> Long.compare(a.publishedEpochMillis().getAsLong(), b.publishedEpochMillis().getAsLong()));
        return out;
    }

    private static String word(Random random) {
        StringBuilder w = new StringBuilder();
        int n = 5 + random.nextInt(6);
        for (int i = 0; i < n; i++) {
            w.append((char) ('a' + random.nextInt(26)));
        }
        return w.toString();
    }

    @Test
    void restoredSnapshotGoesOnExactlyAsAnUninterruptedRun() throws IOException {
        List<Article> stream = inventedStream(7);
        Recorder whole = new Recorder();
        StoryIndex uninterrupted = CLUSTERER.newIndex(whole);
        stream.forEach(uninterrupted::add);

        int cut = stream.size() / 2;
        Recorder before = new Recorder();
        StoryIndex first = CLUSTERER.newIndex(before);
        stream.subList(0, cut).forEach(first::add);
        StoryIndexSnapshot saved = first.snapshot();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        saved.writeTo(bytes);
        StoryIndexSnapshot read = StoryIndexSnapshot.readFrom(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read).isEqualTo(saved);

        Recorder after = new Recorder();
        StoryIndex restored = StoryIndex.restore(CLUSTERER, read, after);
        stream.subList(cut, stream.size()).forEach(restored::add);

        List<String> joined = new ArrayList<>(before.lines);
        joined.addAll(after.lines);
        assertThat(joined).isEqualTo(whole.lines);
        assertThat(restored.snapshot()).isEqualTo(uninterrupted.snapshot());
        // the stream is meant to exercise merges and cooling; without them the test would prove little
        assertThat(whole.lines).anyMatch(l -> l.startsWith("merged ")).anyMatch(l -> l.startsWith("cooled "));
        assertThat(uninterrupted.activeStoryCount()).isLessThan((int) whole.lines.stream()
                .filter(l -> l.startsWith("assigned ")).map(l -> l.split(" ")[2]).distinct().count());
    }

    @Test
    void streamingIndexReportsWhatACollectingIndexKeeps() {
        List<Article> stream = inventedStream(11);
        Recorder recorder = new Recorder();
        StoryIndex streaming = CLUSTERER.newIndex(recorder);
        StoryIndex collecting = CLUSTERER.newIndex();
        for (Article a : stream) {
            assertThat(streaming.add(a)).isEqualTo(collecting.add(a));
        }
        assertThat(streaming.mergeCount()).isEqualTo(collecting.mergeCount());
        assertThat(streaming.keepsHistory()).isFalse();
        assertThatThrownBy(streaming::stories).isInstanceOf(IllegalStateException.class);
        // replaying the events into a collector gives the collecting index's stories
        StoryCollector replayed = new StoryCollector();
        for (String line : recorder.lines) {
            String[] p = line.split(" ");
            if (p[0].equals("assigned")) {
                replayed.assigned(p[1], p[2]);
            } else if (p[0].equals("merged")) {
                replayed.merged(p[1], p[2]);
            }
        }
        assertThat(replayed.stories()).isEqualTo(collecting.stories());
    }

    @Test
    void snapshotRestoresOnlyWithTheSameSettingsAndRejectsOtherBytes() {
        StoryIndex index = CLUSTERER.newIndex(StoryEvents.none());
        inventedStream(3).subList(0, 20).forEach(index::add);
        StoryIndexSnapshot snapshot = index.snapshot();
        StoryClusterer other = CLUSTERER.toBuilder().threshold(0.5).build();
        assertThatThrownBy(() -> StoryIndex.restore(other, snapshot, StoryEvents.none()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold=0.5");
        assertThatThrownBy(() -> StoryIndexSnapshot.readFrom(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(IOException.class);
    }

    private static Article dated(String id, String text, String published) {
        return new Article(id, "test:" + id, null, null, text, null, null, published, "de", null);
    }

    private static final String DAMM = "Nach tagelangem Regen ist der Staudamm bei Felsenau in der Nacht gebrochen. "
            + "Das Wasser überflutete die Ortsteile Unterfelsenau und Grünbach. Die Feuerwehr evakuierte rund 800 "
            + "Menschen, Landrat Peter Holm rief den Katastrophenfall aus.";
    private static final String FUSSBALL = "Der Mittelfeldspieler Jonas Reiter verlässt den Bundesligisten FC "
            + "Hafenstadt und wechselt zu Sporting Lissabon. Die Ablöse soll bei zwölf Millionen Euro liegen.";
    private static final String WAHL = "Im Kreistag von Nordheim hat die Wählergemeinschaft Bürgerforum die Mehrheit "
            + "verloren. Bürgermeisterin Anna Lenz kündigte Gespräche mit allen Fraktionen an.";

    @Test
    void aReportDatedYearsAheadIsPlacedAtTheStreamsTimeAndColdsNothing() {
        Recorder recorder = new Recorder();
        StoryIndex index = CLUSTERER.newIndex(recorder);
        String damm = index.add(dated("d1", DAMM, "2026-05-02T06:00:00Z"));
        index.add(dated("f1", FUSSBALL, "2026-05-02T08:00:00Z"));
        assertThat(index.activeStoryCount()).isEqualTo(2);

        index.add(dated("w1", WAHL, "2036-01-01T00:00:00Z"));
        assertThat(index.activeStoryCount()).as("no story went cold").isEqualTo(3);
        assertThat(index.redatedCount()).isEqualTo(1);
        assertThat(recorder.lines).contains("redated w1 2036-01-01T00:00:00Z 2026-05-02T08:00:00Z")
                .noneMatch(l -> l.startsWith("cooled "));
        assertThat(index.add(dated("d2", DAMM, "2026-05-02T09:00:00Z"))).isEqualTo(damm);
        // a date within a day of the stream's time is believed
        index.add(dated("w2", WAHL, "2026-05-03T07:00:00Z"));
        assertThat(index.redatedCount()).isEqualTo(1);
    }

    @Test
    void storiesGoColdByTheClockOfTheStreamAndLeaveTheIndex() {
        Recorder recorder = new Recorder();
        StoryIndex index = CLUSTERER.newIndex(recorder);
        String damm = index.add(dated("d1", DAMM, "2026-05-02T06:00:00Z"));
        String fussball = index.add(dated("f1", FUSSBALL, "2026-05-02T08:00:00Z"));
        index.add(dated("w1", WAHL, "2026-05-13T08:00:00Z"));
        assertThat(recorder.lines).contains("cooled " + damm, "cooled " + fussball);
        assertThat(index.activeStoryCount()).isEqualTo(1);
        assertThat(index.snapshot().stories()).extracting(StoryIndexSnapshot.ActiveStoryState::id)
                .containsExactly(StoryClusterer.storyId("w1"));
    }

    @Test
    void aNearCopyJoinsItsOriginalsStoryEvenWhenThatStoryWentCold() {
        Recorder recorder = new Recorder();
        StoryIndex index = CLUSTERER.newIndex(recorder);
        String damm = index.add(dated("d1", DAMM, "2026-05-02T06:00:00Z"));
        index.add(dated("w1", WAHL, "2026-05-20T08:00:00Z"));
        assertThat(recorder.lines).contains("cooled " + damm);

        Article copy = dated("d1-copy", DAMM, "2026-05-20T09:00:00Z");
        assertThat(index.addCopy(copy, CLUSTERER.termVector(copy), damm)).isEqualTo(damm);
        assertThat(recorder.lines).endsWith("assigned d1-copy " + damm);
        // back in the index: a further report of the event joins it by score
        assertThat(index.add(dated("d2", DAMM, "2026-05-20T10:00:00Z"))).isEqualTo(damm);
        assertThat(index.activeStoryCount()).isEqualTo(2);
    }

    @Test
    void aGapInPublicationTimeOfHoursKeepsAReportWithItsStoryWhateverArrivedBetween() {
        StoryIndex index = CLUSTERER.newIndex(StoryEvents.none());
        String damm = index.add(dated("d1", DAMM, "2026-05-02T06:00:00Z"));
        List<Article> filler = inventedStream(5);
        for (int round = 0; round < 6; round++) {
            // thousands of unrelated reports within the same hours (an arrival half-life of 500 would forget d1)
            for (Article a : filler) {
                index.add(dated(a.id() + "-" + round, a.text(), "2026-05-02T07:00:00Z"));
            }
        }
        assertThat(index.articleCount()).isGreaterThan(2000);
        assertThat(index.add(dated("d2", DAMM, "2026-05-02T12:00:00Z"))).isEqualTo(damm);
    }
}
