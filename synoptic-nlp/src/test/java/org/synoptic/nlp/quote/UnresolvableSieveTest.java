package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.nlp.quote.SieveFixture.candidate;
import static org.synoptic.nlp.quote.SieveFixture.lorenz;
import static org.synoptic.nlp.quote.SieveFixture.round;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;

/** {@code unresolvable}: a report noun that names no one, or an own subject not read, gives no speaker. */
class UnresolvableSieveTest {

    @Test
    void anUnknownOrUnreadOwnSourceNamesNoOne() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        EntityMention cue = new EntityMention("den Angaben", "den Angaben", EntityType.OTHER, 0, 11);
        for (SpeakerReference left : List.of(new SpeakerReference.Unknown(cue),
                new SpeakerReference.OwnSubject(cue))) {
            SpeakerSieve.Decision d = new SpeakerSieves.Unresolvable()
                    .decide(round(c, left, lorenz(), true, Map.of(), List.of()), c);
            assertThat(d.quote().speaker()).as(left.toString()).isNull();
            assertThat(d.sieve()).isNull();
        }
    }

    @Test
    void aNamedSpeakerIsNotItsCase() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        assertThat(new SpeakerSieves.Unresolvable().decide(round(c, null, null, false, Map.of(), List.of()), c))
                .isNull();
    }
}
