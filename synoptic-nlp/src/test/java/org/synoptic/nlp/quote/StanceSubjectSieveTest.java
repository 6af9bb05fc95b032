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

/** {@code stance-subject}: a continuation after a stance sentence speaks with that sentence's subject. */
class StanceSubjectSieveTest {

    @Test
    void theSubjectComesFromTheStanceSentenceBefore() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.FREE_INDIRECT);
        EntityMention institute = new EntityMention("Das Institut", "Institut", EntityType.ORGANIZATION, 0, 12);
        SpeakerSieve.Decision d = new SpeakerSieves.StanceSubject().decide(round(c,
                new SpeakerReference.PreviousSpeaker(c.start(), c.start()), null, false, Map.of(c.start(), institute),
                List.of()), c);
        assertThat(d.sieve()).isEqualTo("stance-subject");
        assertThat(d.quote().speaker()).isEqualTo("Institut");
    }

    @Test
    void withoutAStanceOrAPointingWordItDoesNotApply() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        assertThat(new SpeakerSieves.StanceSubject().decide(round(c, null, lorenz(), true, Map.of(), List.of()), c))
                .isNull();
        assertThat(new SpeakerSieves.StanceSubject().decide(round(c,
                new SpeakerReference.PreviousSpeaker(c.start(), c.start()), lorenz(), true, Map.of(), List.of()), c))
                .isNull();
    }
}
