package org.synoptic.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/** Story clustering on invented mini-articles in German and English. */
class StoryClustererTest {

    private static Article de(String id, String title, String text, String published) {
        return new Article(id, "test:" + id, null, title, text, null, null, published, "de", null);
    }

    private static Article en(String id, String title, String published) {
        return new Article(id, "test:" + id, null, title, title, null, null, published, "en", null);
    }

    // Invented German reports: two on a (fictional) dam failure, two on an unrelated football transfer.
    private static final Article DAMM_1 = de("damm-1", "Staudamm bei Felsenau gebrochen",
            "Nach tagelangem Regen ist der Staudamm bei Felsenau in der Nacht gebrochen. Das Wasser überflutete "
                    + "die Ortsteile Unterfelsenau und Grünbach. Die Feuerwehr evakuierte rund 800 Menschen, "
                    + "Landrat Peter Holm rief den Katastrophenfall aus.", "2026-05-02T06:00:00Z");
    private static final Article DAMM_2 = de("damm-2", "Katastrophenfall nach Dammbruch in Felsenau",
            "Landrat Peter Holm hat nach dem Bruch des Staudamms bei Felsenau den Katastrophenfall ausgerufen. "
                    + "In Unterfelsenau und Grünbach stehen Straßen unter Wasser, 800 Menschen mussten ihre "
                    + "Häuser verlassen. Die Feuerwehr ist mit Booten im Einsatz.", "2026-05-02T07:30:00Z");
    private static final Article FUSSBALL_1 = de("fussball-1", "Mittelfeldspieler Jonas Reiter wechselt nach Lissabon",
            "Der Mittelfeldspieler Jonas Reiter verlässt den Bundesligisten FC Hafenstadt und wechselt zu "
                    + "Sporting Lissabon. Die Ablöse soll bei zwölf Millionen Euro liegen, der Vertrag läuft "
                    + "bis 2030.", "2026-05-02T08:00:00Z");
    private static final Article DAMM_LATE = de("damm-3", "Felsenau: Wasser geht zurück",
            "Zwei Tage nach dem Dammbruch bei Felsenau geht das Hochwasser in Unterfelsenau und Grünbach zurück. "
                    + "Landrat Peter Holm hob den Katastrophenfall noch nicht auf; die evakuierten Menschen dürfen "
                    + "aber tagsüber in ihre Häuser.", "2026-05-02T08:30:00Z");

    @Test
    void sameEventArticlesClusterAndUnrelatedOnesDoNot() {
        List<Story> stories = StoryClusterer.defaults().cluster(List.of(DAMM_1, FUSSBALL_1, DAMM_2));
        assertThat(stories).extracting(Story::articleIds)
                .containsExactly(List.of("damm-1", "damm-2"), List.of("fussball-1"));
    }

    @Test
    void lateArticleJoinsItsStoryAndTheIdStaysStable() {
        StoryIndex index = StoryClusterer.defaults().newIndex();
        String first = index.add(DAMM_1);
        assertThat(first).isEqualTo(StoryClusterer.storyId("damm-1")).matches("s-[0-9a-f]{10}");
        assertThat(index.add(FUSSBALL_1)).isNotEqualTo(first);
        assertThat(index.add(DAMM_2)).isEqualTo(first);
        assertThat(index.add(DAMM_LATE)).isEqualTo(first);
        assertThat(index.stories().get(0)).isEqualTo(new Story(first, List.of("damm-1", "damm-2", "damm-3")));
        assertThat(index.storyOf("damm-3")).contains(first);
        // adding an article again changes nothing
        assertThat(index.add(DAMM_2)).isEqualTo(first);
        assertThat(index.articleCount()).isEqualTo(4);
    }

    @Test
    void englishHeadlinesOfOneEventCluster() {
        List<Article> headlines = List.of(
                en("h1", "Quarry collapse near Ashford traps four miners", "2026-06-01T08:00:00Z"),
                en("h2", "Central bank of Freedonia holds rates steady", "2026-06-01T08:05:00Z"),
                en("h3", "Rescuers reach trapped Ashford quarry miners", "2026-06-01T08:20:00Z"),
                en("h4", "Freedonia central bank keeps interest rates unchanged", "2026-06-01T08:30:00Z"),
                en("h5", "All four Ashford miners freed after quarry collapse", "2026-06-01T09:10:00Z"));
        StoryIndex index = StoryClusterer.defaults().newIndex();
        headlines.forEach(index::add);
        assertThat(index.stories()).extracting(Story::articleIds)
                .containsExactly(List.of("h1", "h3", "h5"), List.of("h2", "h4"));
        assertThat(index.merges()).isEmpty();
        assertThat(index.stories()).allSatisfy(story -> assertThat(story.mergedIds()).isEmpty());
    }

    // Two reports of one event that share no term: each founds a story, until a report that names both sides arrives.
    private static final Article QUARRY = en("q1", "Quarry collapse near Ashford traps four miners", "2026-06-01T08:00:00Z");
    private static final Article DRILL = en("q2", "Kent rescue teams drill through rubble toward workers",
            "2026-06-01T08:10:00Z");
    private static final Article BRIDGE = en("q3", "Ashford quarry collapse: Kent rescue teams drill toward four trapped miners",
            "2026-06-01T08:40:00Z");

    @Test
    void bridgingArticleMergesTheYoungerStoryIntoTheOlder() {
        StoryIndex index = StoryClusterer.defaults().newIndex();
        String quarry = index.add(QUARRY);
        String drill = index.add(DRILL);
        assertThat(drill).isNotEqualTo(quarry);

        assertThat(index.add(BRIDGE)).isEqualTo(quarry);
        assertThat(index.stories()).containsExactly(new Story(quarry, List.of("q1", "q2", "q3"), List.of(drill)));
        assertThat(index.merges()).containsExactly(new StoryMerge(quarry, drill, "q3"));
        assertThat(index.storyOf("q2")).contains(quarry);
        assertThat(index.activeStoryCount()).isEqualTo(1);
    }

    @Test
    void mergesAreTheSameOnEveryRunAndOffAboveOne() {
        List<Article> stream = List.of(QUARRY, DRILL, BRIDGE,
                en("h2", "Central bank of Freedonia holds rates steady", "2026-06-01T08:50:00Z"),
                en("h4", "Freedonia central bank keeps interest rates unchanged", "2026-06-01T09:00:00Z"));
        StoryIndex first = StoryClusterer.defaults().newIndex();
        StoryIndex second = StoryClusterer.defaults().newIndex();
        for (Article a : stream) {
            first.add(a);
        }
        for (Article a : stream) {
            second.add(a);
        }
        assertThat(first.merges()).hasSize(1).isEqualTo(second.merges());
        assertThat(first.stories()).isEqualTo(second.stories());

        List<Story> unmerged = StoryClusterer.builder().mergeThreshold(1.01).build().cluster(stream);
        assertThat(unmerged).extracting(Story::articleIds)
                .containsExactly(List.of("q1", "q3"), List.of("q2"), List.of("h2", "h4"));
        assertThat(unmerged).allSatisfy(story -> assertThat(story.mergedIds()).isEmpty());
    }

    @Test
    void storiesGoColdAfterLongSilence() {
        Article later = de("damm-9", DAMM_2.title(), DAMM_2.text(), "2026-05-20T07:30:00Z");
        List<Story> stories = StoryClusterer.defaults().cluster(List.of(DAMM_1, later));
        assertThat(stories).hasSize(2);
    }

    @Test
    void undatedArticlesDoNotDecay() {
        Article a = de("a", DAMM_1.title(), DAMM_1.text(), null);
        Article b = de("b", DAMM_2.title(), DAMM_2.text(), null);
        assertThat(StoryClusterer.defaults().cluster(List.of(a, b))).hasSize(1);
    }

    @Test
    void storyIdIsDerivedFromTheFoundingArticle() {
        // SHA-1("a") = 86f7e437faa5a7fce15d1ddcb9eaeaea377667b8
        assertThat(StoryClusterer.storyId("a")).isEqualTo("s-86f7e437fa");
    }

    @Test
    void emptyInputGivesNoStories() {
        assertThat(StoryClusterer.defaults().cluster(List.of())).isEmpty();
    }

    @Test
    void thresholdsAreValidatedWithTheBadValue() {
        assertThatThrownBy(() -> StoryClusterer.builder().threshold(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.0");
        assertThatThrownBy(() -> StoryClusterer.builder().maxCentroidTerms(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
        assertThatThrownBy(() -> StoryClusterer.builder().mergeThreshold(-0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-0.5");
    }

    @Test
    void thresholdMovesFromHeadlineToFullTextWithLength() {
        StoryClusterer c = StoryClusterer.defaults();
        assertThat(c.thresholdFor(5)).isEqualTo(c.headlineThreshold());
        assertThat(c.thresholdFor(500)).isEqualTo(c.threshold());
        assertThat(c.thresholdFor(40)).isBetween(c.headlineThreshold(), c.threshold());
    }
}
