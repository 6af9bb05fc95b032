package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ArticleAnalysis;

class ChangeDetectorTest {

    private final DigestBuilder builder = new DigestBuilder(analyses -> List.of(), DigestBuilder.DEFAULT_ALIGNMENT_THRESHOLD);
    private final ChangeDetector detector = new ChangeDetector();

    private static final String CLOSED = "Die Kranhöftbrücke im Hafen bleibt wegen Rissen in den Stahlträgern drei Monate gesperrt.";

    @Test
    void reportsNewArticlesNewFactsChangedSupportAndNewDisagreements() {
        List<ArticleAnalysis> first = List.of(
                DigestBuilderTest.analysis("a", CLOSED + " Die Brücke soll am Dienstag wieder freigegeben werden."),
                DigestBuilderTest.analysis("b", CLOSED + " Pendler fahren Umwege."));
        List<ArticleAnalysis> later = List.of(first.get(0), first.get(1),
                DigestBuilderTest.analysis("c", CLOSED + " Die Brücke soll am Mittwoch wieder freigegeben werden."));
        StoryDigest before = builder.build(new StoryMaterial("s-1", first, Map.of()));
        StoryDigest after = builder.build(new StoryMaterial("s-1", later, Map.of()));

        StoryChanges changes = detector.compare(before, after);
        assertThat(changes.isNew()).isFalse();
        assertThat(changes.newArticles()).containsExactly("c");
        assertThat(changes.supportChanges()).singleElement().satisfies(s -> {
            assertThat(s.before()).isEqualTo(2);
            assertThat(s.after()).isEqualTo(3);
        });
        assertThat(changes.newDisagreements()).singleElement().asString().contains("Dienstag").contains("Mittwoch");
        assertThat(detector.compare(after, before).resolvedDisagreements()).hasSize(1);
    }

    @Test
    void theSameDigestHasNoChangesAndAnUnknownStoryIsNew() {
        StoryDigest digest = builder.build(new StoryMaterial("s-2",
                List.of(DigestBuilderTest.analysis("a", CLOSED), DigestBuilderTest.analysis("b", CLOSED)), Map.of()));
        assertThat(detector.compare(List.of(digest), List.of(digest))).isEmpty();
        List<StoryChanges> changes = detector.compare(List.of(), List.of(digest));
        assertThat(changes).singleElement().satisfies(c -> {
            assertThat(c.isNew()).isTrue();
            assertThat(c.newArticles()).containsExactly("a", "b");
        });
    }
}
