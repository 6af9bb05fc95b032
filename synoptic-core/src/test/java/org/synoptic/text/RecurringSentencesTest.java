package org.synoptic.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/** Learning a site's recurring sentences: unrelated reports teach, near-copies and short lines do not. */
class RecurringSentencesTest {

    private static final String NOTE = "Die Redaktion hat diesen Bericht nachträglich um eine Stellungnahme ergänzt.";

    private static Article article(String id, String outlet, String text) {
        return new Article(id, "test", null, null, text, outlet, null, null, "de", Set.of());
    }

    @Test
    void aSentenceInThreeUnrelatedReportsOfOneOutletIsLearned() {
        List<Article> batch = List.of(
                article("1", "Kurier", "Der Zoo bekommt zwei neue Elefanten aus Thailand. " + NOTE),
                article("2", "Kurier", "Die Stadtwerke erhöhen den Gaspreis im Januar deutlich. " + NOTE));
        assertThat(RecurringSentences.learn(batch).contains("Kurier", NOTE)).as("two reports are not enough").isFalse();
        List<Article> three = new ArrayList<>(batch);
        three.add(article("3", "Kurier", "Im Hafen brannte in der Nacht eine Lagerhalle vollständig ab. " + NOTE));
        RecurringSentences learned = RecurringSentences.learn(three);
        assertThat(learned.contains("Kurier", NOTE)).isTrue();
        assertThat(learned.contains("kurier ", NOTE.toUpperCase())).as("normalised outlet and sentence").isTrue();
        assertThat(learned.contains("Bote", NOTE)).as("another outlet").isFalse();
        assertThat(learned.contains("Kurier", "Der Zoo bekommt zwei neue Elefanten aus Thailand.")).isFalse();
        assertThat(learned.size()).isEqualTo(1);
    }

    @Test
    void nearCopiesOfOneReportTeachNothing() {
        String report = "Der Zoo bekommt zwei neue Elefanten aus Thailand. Die Tiere kommen im Frühjahr an. ";
        List<Article> copies = List.of(
                article("1", "Kurier", report + NOTE),
                article("2", "Kurier", report + "Der Direktor freut sich sehr. " + NOTE),
                article("3", "Kurier", report + NOTE),
                article("4", "Kurier", NOTE),
                article("5", "Kurier", NOTE));
        assertThat(RecurringSentences.learn(copies).size()).isZero();
    }

    @Test
    void shortSentencesAreLeftToTheRules() {
        List<Article> batch = List.of(
                article("1", null, "Der Zoo bekommt zwei neue Elefanten aus Thailand. Das sagte er."),
                article("2", null, "Die Stadtwerke erhöhen den Gaspreis im Januar deutlich. Das sagte er."),
                article("3", null, "Im Hafen brannte in der Nacht eine Lagerhalle vollständig ab. Das sagte er."));
        assertThat(RecurringSentences.learn(batch).size()).isZero();
    }

    @Test
    void theCounterForgetsTheLeastRecentlySeenSentencesBeyondItsCapacity() {
        RecurringSentences.Counter counter = RecurringSentences.counter(2);
        counter.observe(null, List.of("Die Feuerwehr löschte den Brand in einer Scheune am Stadtrand.", NOTE));
        counter.observe(null, List.of("Der Bürgermeister eröffnete gestern das neue Hallenbad der Stadt.", NOTE));
        // more than two other sentences pass by: the note's count is forgotten
        counter.observe(null, List.of("Ein Lastwagen verlor auf der Autobahn seine gesamte Ladung Kartoffeln.",
                "Die Autobahn blieb deshalb für mehrere Stunden in beide Richtungen gesperrt."));
        counter.observe(null, List.of("Die Bibliothek verlängert ab Montag ihre Öffnungszeiten am Abend.", NOTE));
        assertThat(counter.snapshot().contains(null, NOTE)).isFalse();
        RecurringSentences.Counter roomy = RecurringSentences.counter(100);
        roomy.observe(null, List.of("Die Feuerwehr löschte den Brand in einer Scheune am Stadtrand.", NOTE));
        roomy.observe(null, List.of("Der Bürgermeister eröffnete gestern das neue Hallenbad der Stadt.", NOTE));
        roomy.observe(null, List.of("Die Bibliothek verlängert ab Montag ihre Öffnungszeiten am Abend.", NOTE));
        assertThat(roomy.snapshot().contains(null, NOTE)).isTrue();
        assertThat(roomy.snapshot().learned()).containsExactly("|" + "die redaktion hat diesen bericht nachträglich um eine stellungnahme ergänzt");
        assertThatThrownBy(() -> RecurringSentences.counter(0)).hasMessageContaining("capacity must be positive: 0");
    }
}
