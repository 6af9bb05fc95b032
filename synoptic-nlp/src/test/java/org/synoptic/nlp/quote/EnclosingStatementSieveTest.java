package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.nlp.quote.SieveFixture.TEXT;
import static org.synoptic.nlp.quote.SieveFixture.round;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/** {@code enclosing-statement}: a quoted fragment inside a reported statement speaks with that statement. */
class EnclosingStatementSieveTest {

    @Test
    void aQuotedFragmentSpeaksWithTheStatementAroundIt() {
        Quote statement = new Quote("sei alles gut", TEXT.indexOf("sei"), TEXT.indexOf("gut") + 3, "Peter Lorenz",
                0, 0, null, null, false, Quote.Kind.INDIRECT);
        int alles = TEXT.lastIndexOf("alles");
        Quote fragment = new Quote("alles", alles, alles + 5, null, -1, -1, null, null, true, Quote.Kind.DIRECT);
        SpeakerSieve.Decision d = new SpeakerSieves.EnclosingStatement()
                .decide(round(fragment, null, null, false, Map.of(), List.of(statement)), fragment);
        assertThat(d.sieve()).isEqualTo("enclosing-statement");
        assertThat(d.quote().speaker()).isEqualTo("Peter Lorenz");
    }

    @Test
    void withoutAStatementAroundItDoesNotApply() {
        int alles = TEXT.lastIndexOf("alles");
        Quote fragment = new Quote("alles", alles, alles + 5, null, -1, -1, null, null, true, Quote.Kind.DIRECT);
        assertThat(new SpeakerSieves.EnclosingStatement()
                .decide(round(fragment, null, null, false, Map.of(), List.of()), fragment)).isNull();
    }
}
