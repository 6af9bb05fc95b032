package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.nlp.quote.RuleQuoteExtractorTest.mention;
import static org.synoptic.nlp.quote.RuleQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;

/**
 * The rules added for errors on the training split in session 11 (log 4a and 4b in {@code docs/QUOTES.md}): a
 * pronoun right after the reporting verb is its subject; a long quoted name is no quote. Invented sentences.
 */
class TrainErrorRulesTest {

    @Test
    void erAfterTheVerbIsTheSubjectNotANameInTheFrontedObject() {
        String text = "Bundespräsident Horst Köhler sprach vor dem Parlament. Der Regierung Lettlands schlug er vor, "
                + "sich an den Modellen anderer Länder zu orientieren.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).contains("sich an den Modellen anderer Länder zu orientieren");
        Quote report = q.stream().filter(x -> x.text().startsWith("sich an")).findFirst().orElseThrow();
        assertThat(mention(text, report)).isEqualTo("er");
    }

    @Test
    void sieAfterTheVerbSpeaksOnlyAfterAFrontedPrepositionalPhrase() {
        String text = "Maria Berger besuchte die Hauptstadt. An die Regierung Lettlands appellierte sie, den Helfern "
                + "mehr Unterstützung zukommen zu lassen.";
        Quote appeal = quotes(text).stream().filter(x -> x.text().startsWith("den Helfern")).findFirst().orElseThrow();
        assertThat(mention(text, appeal)).isEqualTo("sie");
        String object = "Der Minister warnte sie, die Lage an der Grenze sei ernst.";
        Quote warning = quotes(object).stream().filter(x -> x.text().startsWith("die Lage")).findFirst().orElseThrow();
        assertThat(mention(object, warning)).isEqualTo("Der Minister");
    }

    @Test
    void aLongQuotedNameIsNoQuoteButAQuotedNounPhraseIs() {
        assertThat(quotes("Peter Lorenz sagte, er arbeite seit Jahren für die „Fédération Internationale de Football "
                + "Association“ in Zürich.")).extracting(Quote::text)
                .doesNotContain("Fédération Internationale de Football Association");
        assertThat(quotes("Es bestehe „Gefahr für Leib und Leben“, sagte Peter Lorenz am Montag."))
                .extracting(Quote::text).contains("Gefahr für Leib und Leben");
    }

    /** Session 12: a short quoted name that no one says is no quote; short speech and a said name stay quotes. */
    @Test
    void aShortQuotedNameThatNoOneSaysIsNoQuote() {
        assertThat(quotes("Am Abend las die Autorin im Stadttheater aus „Der Gärtner im Nebel“ und signierte "
                + "Bücher.")).extracting(Quote::text).doesNotContain("Der Gärtner im Nebel");
        assertThat(quotes("Seit dem Frühjahr berichtet auch „wetterfront.de“ über die Stürme an der Küste."))
                .extracting(Quote::text).doesNotContain("wetterfront.de");
        assertThat(quotes("Vor dem Rathaus skandierten Hunderte „Keine neuen Schulden mehr“ und zogen weiter."))
                .extracting(Quote::text).contains("Keine neuen Schulden mehr");
        assertThat(quotes("Peter Lorenz nannte den Plan „Kampf gegen Windmühlen“, sagte er am Montag."))
                .extracting(Quote::text).contains("Kampf gegen Windmühlen");
    }
}
