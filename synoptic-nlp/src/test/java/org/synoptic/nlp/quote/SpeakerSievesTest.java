package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;

/**
 * The sieves that need no lexicon, one by one, on hand-made candidates; the others are tested through the
 * extractor (ProvenanceTest, RuleQuoteExtractorTest).
 */
class SpeakerSievesTest {

    private static final String TEXT =
            "„Wir sind bereit“, so Peter Lorenz, „und wir bleiben es.“ Demnach sei alles gut.";

    private static Quote candidate(String words, boolean direct, Quote.Kind kind) {
        int start = TEXT.indexOf(words);
        return new Quote(words, start, start + words.length(), null, -1, -1, null, null, direct, kind);
    }

    private static Quote lorenz() {
        int start = TEXT.indexOf("Wir sind bereit");
        int speaker = TEXT.indexOf("Peter Lorenz");
        return new Quote("Wir sind bereit", start, start + 15, "Peter Lorenz", speaker, speaker + 12, null, null,
                true, Quote.Kind.DIRECT);
    }

    private static SpeakerSieve.Round round(Quote candidate, SpeakerReference left, Quote previous, boolean near,
                                            Map<Integer, EntityMention> stances, List<Quote> resolved) {
        return new SpeakerSieve.Round(TEXT, List.of(), List.of(), List.of(), stances, List.of(), candidate, left,
                previous, near, resolved);
    }

    @Test
    void previousSpeakerTakesTheNearPreviousSpeakerAndKeepsThePointingWord() {
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
    void previousSpeakerTooFarLeavesNoSpeakerAndNoSieve() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        SpeakerSieve.Decision d = new SpeakerSieves.PreviousSpeaker().decide(
                round(c, new SpeakerReference.PreviousSpeaker(c.start(), c.start()), lorenz(), false, Map.of(),
                        List.of()), c);
        assertThat(d.quote().speaker()).isNull();
        assertThat(d.sieve()).isNull();
    }

    @Test
    void aNamedOrMissingReferenceIsNotThePreviousSpeakersCase() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        assertThat(new SpeakerSieves.PreviousSpeaker().decide(round(c, null, lorenz(), true, Map.of(), List.of()), c))
                .isNull();
        assertThat(new SpeakerSieves.StanceSubject().decide(round(c, null, lorenz(), true, Map.of(), List.of()), c))
                .isNull();
    }

    @Test
    void stanceSubjectComesFromTheSentenceBefore() {
        Quote c = candidate("sei alles gut", false, Quote.Kind.FREE_INDIRECT);
        EntityMention institute = new EntityMention("Das Institut", "Institut", EntityType.ORGANIZATION, 0, 12);
        SpeakerSieve.Decision d = new SpeakerSieves.StanceSubject().decide(round(c,
                new SpeakerReference.PreviousSpeaker(c.start(), c.start()), null, false, Map.of(c.start(), institute),
                List.of()), c);
        assertThat(d.sieve()).isEqualTo("stance-subject");
        assertThat(d.quote().speaker()).isEqualTo("Institut");
    }

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
        assertThat(new SpeakerSieves.Unresolvable().decide(round(c, null, null, false, Map.of(), List.of()), c))
                .isNull();
    }

    @Test
    void theSecondHalfOfASplitQuoteTakesTheFirstHalfsSpeaker() {
        Quote second = candidate("und wir bleiben es.", true, Quote.Kind.DIRECT);
        SpeakerSieve.Decision d = new SpeakerSieves.SplitQuote()
                .decide(round(second, null, lorenz(), true, Map.of(), List.of()), second);
        assertThat(d.sieve()).isEqualTo("split-quote");
        assertThat(d.quote().speaker()).isEqualTo("Peter Lorenz");
        Quote indirect = candidate("sei alles gut", false, Quote.Kind.INDIRECT);
        assertThat(new SpeakerSieves.SplitQuote()
                .decide(round(indirect, null, lorenz(), true, Map.of(), List.of()), indirect)).isNull();
    }

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
        assertThat(new SpeakerSieves.EnclosingStatement()
                .decide(round(fragment, null, null, false, Map.of(), List.of()), fragment)).isNull();
    }
}
