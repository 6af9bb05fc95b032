package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.nlp.quote.RuleQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/**
 * English reported speech without quotation marks (issue 18, item 7): reported clauses ("X said (that) …", "…, X
 * said."), their free-indirect continuations (a backshifted modal in the sentence after, "He added that …"), and
 * speech acts told without their words ({@link Quote.Kind#REPORTED}). Every sentence is invented for its rule.
 */
class EnglishReportedSpeechTest {

    @Test
    void saidThatIsAnIndirectQuoteOfTheSubject() {
        List<Quote> q = quotes("Tom Hardy said that the bridge was no longer safe for trucks.");
        assertThat(q).extracting(Quote::text).containsExactly("the bridge was no longer safe for trucks");
        assertThat(q).extracting(Quote::speaker).containsExactly("Tom Hardy");
        assertThat(q).extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT);
    }

    @Test
    void clauseFirstReportNamesTheSpeakerAfterIt() {
        List<Quote> q = quotes("The bridge was no longer safe for trucks, Tom Hardy said.");
        assertThat(q).extracting(Quote::text).containsExactly("The bridge was no longer safe for trucks");
        assertThat(q).extracting(Quote::speaker).containsExactly("Tom Hardy");
        assertThat(q).extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT);
    }

    @Test
    void backshiftedModalContinuesThePreviousSpeaker() {
        String text = "Tom Hardy said the bridge was no longer safe for trucks. It would have to be closed for at "
                + "least a year, and repairs could cost millions.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT, Quote.Kind.FREE_INDIRECT);
        assertThat(q).extracting(Quote::speaker).containsExactly("Tom Hardy", "Tom Hardy");
        assertThat(q.get(1).text()).startsWith("It would have to be closed");
        assertThat(q.get(1).provenance().finder()).isEqualTo("continuation");
    }

    @Test
    void aSentenceWithoutBackshiftOrAfterAParagraphContinuesNothing() {
        assertThat(quotes("Tom Hardy said the bridge was no longer safe for trucks. The council met on Friday."))
                .extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT);
        assertThat(quotes("Tom Hardy said the bridge was no longer safe for trucks.\n\nIt would have to be closed "
                + "for at least a year.")).extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT);
        assertThat(quotes("Tom Hardy said the bridge was no longer safe for trucks. Would it have to be closed for "
                + "a year?")).extracting(Quote::kind).containsExactly(Quote.Kind.INDIRECT);
    }

    @Test
    void backshiftAfterAGermanReportIsNoEnglishContinuation() {
        assertThat(quotes("Tom Hardy kritisierte die Pläne am Montag scharf. The bridge would be closed for a year."))
                .extracting(Quote::kind).doesNotContain(Quote.Kind.FREE_INDIRECT);
    }

    @Test
    void heAddedContinuesThePreviousSpeakerNotTheNearestMan() {
        List<Quote> q = quotes("Tom Hardy said the bridge was unsafe after a visit with Peter Vance. He added that "
                + "repairs would take at least a year.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Tom Hardy", "Tom Hardy");
        assertThat(q.get(1).text()).isEqualTo("repairs would take at least a year");
    }

    @Test
    void speechActWithoutItsWordsIsReported() {
        List<Quote> q = quotes("Tom Hardy criticized the new pricing rules for the city's buses on Monday.");
        assertThat(q).extracting(Quote::kind).containsExactly(Quote.Kind.REPORTED);
        assertThat(q).extracting(Quote::speaker).containsExactly("Tom Hardy");
        assertThat(q.get(0).provenance().finder()).isEqualTo("speech-act");
    }

    @Test
    void speechActNeedsASpeakerPhraseAndNoThatClause() {
        assertThat(quotes("The old bridge near the harbour rejected nothing at all today.")).isEmpty();
        assertThat(quotes("Heavy rain on Monday dismissed the hopes of the farmers.")).isEmpty();
        assertThat(quotes("Tom Hardy denied that he had met the buyer.")).extracting(Quote::kind)
                .doesNotContain(Quote.Kind.REPORTED);
    }
}
