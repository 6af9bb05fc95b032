package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;

/** {@code laut-sagte} (stage {@code relay}): "Laut X sagte Y, …": Y speaks, X relays. */
class LautSagteSieveTest {

    private static final String TEXT = "Der Kreistag hatte am Dienstag getagt. Laut Nordkurier sagte Landrat Jonas "
            + "Petersen, die Verhandlungen würden zügig fortgesetzt.";

    @Test
    void thePersonAfterTheVerbSpeaksThroughTheOutlet() {
        assertThat(SieveCases.sourced(TEXT, SieveOrder.standard()))
                .extracting(Quote::speaker, Quote::via, q -> q.provenance().sieve())
                .containsExactly(tuple("Jonas Petersen", "Nordkurier", "relay-resolver"));
    }

    @Test
    void withoutTheSieveTheRelayIsNotStated() {
        assertThat(SieveCases.sourced(TEXT, SieveOrder.standard().without("laut-sagte")))
                .extracting(Quote::speaker, Quote::via, q -> q.provenance().sieve())
                .containsExactly(tuple("Jonas Petersen", null, "clause"));
    }

    private static final String PARTLY_TAGGED = "Der Kreistag hatte am Dienstag getagt. Laut Brackenfelder "
            + "Kreiszeitung sagte Betriebsrätin Anna Kolbe, die Belegschaft vertraue den Zusagen noch nicht.";

    /** The tagger's error: "Brackenfelder" alone as a person, the outlet's name cut after its first word. */
    private static List<EntityMention> partOfTheOutletAsAPerson(List<EntityMention> entities) {
        int at = PARTLY_TAGGED.indexOf("Brackenfelder");
        List<EntityMention> out = new ArrayList<>(entities.stream()
                .filter(e -> e.end() <= at || e.start() >= at + "Brackenfelder Kreiszeitung".length()).toList());
        out.add(new EntityMention("Brackenfelder", "Brackenfelder", EntityType.PERSON, at, at + 13));
        out.sort(Comparator.comparingInt(EntityMention::start));
        return out;
    }

    /**
     * "Laut Brackenfelder Kreiszeitung sagte Y": when the tagger took only the first word of the outlet's name (as a
     * person), the capitalised words up to the verb are the outlet, and it relays Y.
     */
    @Test
    void anOutletWhoseNameTheTaggerCutStillRelays() {
        assertThat(SieveCases.sourced(PARTLY_TAGGED, SieveOrder.standard(), LautSagteSieveTest::partOfTheOutletAsAPerson))
                .filteredOn(q -> q.text().contains("Belegschaft"))
                .extracting(Quote::speaker, Quote::via)
                .containsExactly(tuple("Anna Kolbe", "Brackenfelder Kreiszeitung"));
    }

    /** "Laut Reuters sagte …" is unchanged: a whole tagged name before the verb stays the relay. */
    @Test
    void aWholeTaggedNameStaysTheRelay() {
        String text = "Laut Reuters sagte Landrat Jonas Petersen, die Verhandlungen würden zügig fortgesetzt.";
        assertThat(SieveCases.sourced(text, SieveOrder.standard()))
                .extracting(Quote::speaker, Quote::via)
                .containsExactly(tuple("Jonas Petersen", "Reuters"));
    }
}
