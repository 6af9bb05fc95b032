package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.nlp.quote.SieveFixture.TEXT;
import static org.synoptic.nlp.quote.SieveFixture.candidate;
import static org.synoptic.nlp.quote.SieveFixture.lorenz;
import static org.synoptic.nlp.quote.SieveFixture.round;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** {@code previous-speaker}: "Demnach …", a Konjunktiv continuation takes the near previous quote's speaker. */
class PreviousSpeakerSieveTest {

    @Test
    void takesTheNearPreviousSpeakerAndKeepsThePointingWord() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        int demnach = TEXT.indexOf("Demnach");
        SpeakerReference back = new SpeakerReference.PreviousSpeaker(demnach, demnach + 7);
        SpeakerSieve.Decision d = new SpeakerSieves.PreviousSpeaker()
                .decide(round(c, back, lorenz(), true, Map.of(), List.of()), c);
        assertThat(d.sieve()).isEqualTo("previous-speaker");
        assertThat(d.quote().speaker()).isEqualTo("Peter Lorenz");
        assertThat(TEXT.substring(d.quote().speakerStart(), d.quote().speakerEnd())).isEqualTo("Demnach");
    }

    @Test
    void tooFarLeavesNoSpeakerAndNoSieve() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        SpeakerSieve.Decision d = new SpeakerSieves.PreviousSpeaker().decide(
                round(c, new SpeakerReference.PreviousSpeaker(c.start(), c.start()), lorenz(), false, Map.of(),
                        List.of()), c);
        assertThat(d.quote().speaker()).isNull();
        assertThat(d.sieve()).isNull();
    }

    @Test
    void aNamedOrMissingReferenceIsNotItsCase() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        assertThat(new SpeakerSieves.PreviousSpeaker().decide(round(c, null, lorenz(), true, Map.of(), List.of()), c))
                .isNull();
    }

    @Test
    void theExtractorsContinuationIsDecidedByIt() {
        String text = "„Wir sind bereit“, sagte Verteidigungsminister Peter Lorenz am Montag. Die Lage an der Grenze "
                + "sei ernst.";
        assertThat(SieveCases.quotes(text, SieveOrder.standard())).last()
                .satisfies(q -> assertThat(q.provenance().sieve()).isEqualTo("previous-speaker"))
                .extracting(Quote::speaker).isEqualTo("Peter Lorenz");
        assertThat(SieveCases.quotes(text, SieveOrder.standard().without("previous-speaker")))
                .noneMatch(q -> "previous-speaker".equals(q.provenance() == null ? null : q.provenance().sieve()));
    }
}
