package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.digest.DigestBuilderTest.analysis;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ArticleAnalysis;

/**
 * Compound counts in {@link AgreementSplitter}: a sentence that states two quantities of one noun (all the injured and
 * the seriously injured among them; the votes for and against) is contradicted only in the quantity another report
 * states otherwise, and supports the other. Invented reports.
 */
class CountStatementsTest {

    private final DigestBuilder builder = new DigestBuilder(analyses -> List.of(), DigestBuilder.DEFAULT_ALIGNMENT_THRESHOLD);

    @Test
    void aReportWithAnotherTotalStillSupportsTheSameCountOfSeriouslyInjured() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Beim Einsturz eines Baugerüsts in Kellinghusen wurden 9 Arbeiter verletzt, drei von ihnen "
                        + "schwer. Das Gerüst stand an der Fassade der alten Tuchfabrik."),
                analysis("b", "In Kellinghusen sind beim Einsturz eines Baugerüsts 9 Arbeiter verletzt worden. "
                        + "Drei Arbeiter erlitten schwere Verletzungen, teilte die Polizei mit."),
                analysis("c", "Beim Einsturz eines Baugerüsts in Kellinghusen wurden 11 Arbeiter verletzt, drei davon "
                        + "schwer. Die Ursache ist noch unklar."));
        StoryDigest digest = builder.build(new StoryMaterial("s-counts", analyses, Map.of()));
        // c's 11 contradicts the 9 injured ...
        StoryDigest.Fact all = digest.facts().stream().filter(f -> f.slots().contains("number:arbeit=9"))
                .findFirst().orElseThrow();
        assertThat(all.articles()).containsExactly("a", "b");
        assertThat(all.contradictedBy()).containsExactly("c");
        // ... and supports the three seriously injured, which no report contradicts
        StoryDigest.Fact serious = digest.facts().stream()
                .filter(f -> f.slots().contains("number:arbeit+schwer=3")).findFirst().orElseThrow();
        assertThat(serious.articles()).containsExactly("a", "b", "c");
        assertThat(serious.contradictedBy()).isEmpty();
        assertThat(serious.slots()).doesNotContain("number:arbeit=9");
        assertThat(serious.evidence()).allSatisfy(e -> assertThat(e.text()).containsAnyOf("schwer", "Schwer"));
        assertThat(digest.facts()).noneSatisfy(f -> {
            assertThat(f.contradictedBy()).contains("c");
            assertThat(f.evidence()).anySatisfy(e -> assertThat(e.text()).startsWith("Drei Arbeiter"));
        });
    }

    @Test
    void aReportOfAnotherDayStillSupportsTheSameTally() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Der Kreistag von Oberwessel hat am Montag mit 31 zu 6 Stimmen den Bau der Umgehungsstraße "
                        + "beschlossen. Die Arbeiten sollen im Frühjahr beginnen."),
                analysis("b", "Der Kreistag von Oberwessel stimmte am Montag mit 31 Ja-Stimmen bei 6 Gegenstimmen für "
                        + "den Bau der Umgehungsstraße. Anwohner hatten lange darauf gewartet."),
                analysis("c", "Der Kreistag von Oberwessel hatte am Dienstag den Bau der Umgehungsstraße beschlossen. "
                        + "Die Entscheidung fiel mit 31 zu 6 Stimmen."));
        StoryDigest digest = builder.build(new StoryMaterial("s-tally", analyses, Map.of()));
        StoryDigest.Fact day = digest.facts().stream().filter(f -> f.slots().contains("weekday=Montag"))
                .findFirst().orElseThrow();
        assertThat(day.contradictedBy()).containsExactly("c");
        StoryDigest.Fact tally = digest.facts().stream().filter(f -> f.slots().contains("number:stimm+ja=31")
                && !f.slots().contains("weekday=Montag")).findFirst().orElseThrow();
        assertThat(tally.articles()).containsExactly("a", "b", "c");
        assertThat(tally.contradictedBy()).isEmpty();
    }
}
