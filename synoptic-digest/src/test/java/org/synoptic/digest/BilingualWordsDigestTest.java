package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/**
 * An invented story told in German and in English (two German reports, one English), whose German report states a
 * fact in a loanword the lexicon does not hold ("die Tickets würden erstattet"): through {@link LanguageBridge} it
 * meets the English report's "Ticket holders will be refunded", and the fact joins both reports.
 */
@Tag("corenlp")
class BilingualWordsDigestTest {

    private static final String ENGLISH = "wire-en";
    private static StoryDigest digest;

    @BeforeAll
    static void digestTheStory() {
        Article german = new Article("bote-de", "test", null, "Sturm beendet Stadtfest in Lindenau",
                "Lindenau (dpa) – Das Stadtfest im Landkreis Ostheide ist nach einem schweren Unwetter abgesagt worden. "
                        + "Der Sturm hatte am Samstagabend mehrere Zelte auf dem Marktplatz umgeworfen. "
                        + "Die Festwirtin Margit Sauerbrey war auf dem Platz. "
                        + "Sauerbrey kündigte an, die Tickets würden erstattet. "
                        + "Die Feuerwehr sicherte den Platz bis zum Morgen.",
                "Lindenauer Bote", "dpa", "2026-05-17", "de", Set.of());
        Article english = new Article(ENGLISH, "test", null, "Storm ends German town fair",
                "LINDENAU, Germany (dpa) - A three-day fair in a northern German town was called off on Sunday after "
                        + "a violent storm tore through the market square on its opening night. "
                        + "Several tents were blown over on Saturday evening. "
                        + "Ticket holders will be refunded, the organisers said. "
                        + "Firefighters secured the square until the morning.",
                "Westland Wire", "dpa", "2026-05-17", "en", Set.of());
        Article radio = new Article("radio-de", "test", null, "Aufräumen nach dem Sturm",
                "Nach dem Sturm von gestern Abend räumen Helfer in Lindenau den Marktplatz auf. "
                        + "Die umgeworfenen Zelte sollen bis Montag abgebaut sein. "
                        + "Für die Region gilt weiter eine Warnung vor Gewittern.",
                "Radio Lindenau", null, "2026-05-17", "de", Set.of());
        digest = StoryPipeline.standard().digester().digest("s-lindenau", List.of(german, english, radio),
                StoryDigester.Analyses.NONE);
    }

    @Test
    void theRefundJoinsBothReports() {
        StoryDigest.Fact refund = digest.facts().stream()
                .filter(f -> f.evidence().stream().anyMatch(e -> e.text().contains("erstattet")))
                .findFirst().orElse(null);
        assertThat(refund).isNotNull();
        assertThat(refund.evidence()).anyMatch(e -> e.article().equals(ENGLISH) && e.text().contains("refunded"));
    }
}
