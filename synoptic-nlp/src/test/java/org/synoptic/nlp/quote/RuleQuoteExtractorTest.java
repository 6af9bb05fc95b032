package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;

class RuleQuoteExtractorTest {

    private static List<Quote> quotes(String text) {
        Article a = Articles.of(text, null);
        ArticleAnalysis analysis = RuleBasedExtractors.analyzer().analyze(a);
        for (Quote q : analysis.quotes()) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            if (q.speakerStart() >= 0) {
                assertThat(q.speakerEnd()).isGreaterThan(q.speakerStart());
            }
        }
        return analysis.quotes();
    }

    @Test
    void multiSentenceQuoteAttributedThroughAgency() {
        List<Quote> q = quotes("„Wir bleiben ruhig. Das Wetter ist gut. Niemand muss sich sorgen“, zitierte Interfax den "
                + "norwegischen Umweltminister Olav Brekke mit Blick auf den Sturm.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("Wir bleiben ruhig. Das Wetter ist gut. Niemand muss sich sorgen");
        assertThat(q.get(0).speaker()).isEqualTo("Olav Brekke");
        assertThat(q.get(0).speakerRole()).isEqualTo("Umweltminister");
        assertThat(q.get(0).via()).isEqualTo("Interfax");
        assertThat(q.get(0).direct()).isTrue();
    }

    @Test
    void speakerBeforeTheQuote() {
        List<Quote> q = quotes("Die Bürgermeisterin Anna Kowalski sagte: „Wir bauen die Brücke bis zum Sommer neu.“");
        assertThat(q).extracting(Quote::speaker).containsExactly("Anna Kowalski");
    }

    @Test
    void shortScareQuoteWithoutReportingVerbIsNoQuote() {
        List<Quote> q = quotes("Die Firma plant „heimlich“ neue Filialen in der Stadt.");
        assertThat(q).isEmpty();
    }

    @Test
    void fragmentInsideAReportingSentenceIsAQuote() {
        List<Quote> q = quotes("Laut Reuters sagte Michael Brandt, die Arbeiten würden „zügig vorangebracht“.");
        assertThat(q).filteredOn(Quote::direct).extracting(Quote::text, Quote::speaker)
                .containsExactly(org.assertj.core.api.Assertions.tuple("zügig vorangebracht", "Michael Brandt"));
    }

    @Test
    void indirectSpeechWithKonjunktivAndPronoun() {
        List<Quote> q = quotes("Verteidigungsminister Peter Lorenz besuchte die Truppe. Er sagte später, dass die Armee "
                + "bereit sei, mehr Übungen abzuhalten.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).direct()).isFalse();
        assertThat(q.get(0).text()).isEqualTo("die Armee bereit sei, mehr Übungen abzuhalten");
        assertThat(q.get(0).speaker()).isEqualTo("Peter Lorenz");
    }

    @Test
    void indicativeAfterSagteIsNoIndirectQuote() {
        assertThat(quotes("Der Trainer Karl Weber sagte, er geht jetzt nach Hause.")).isEmpty();
    }

    @Test
    void quotedNamesAreNoQuotes() {
        assertThat(quotes("Die Zeitung „Chosun Ilbo“ erschien heute wie immer.")).isEmpty();
    }

    @Test
    void englishSaidWithSpeakerAfter() {
        List<Quote> q = quotes("\"We will not give up on this town,\" said Mayor Linda Carter on Monday.");
        assertThat(q).extracting(Quote::speaker, Quote::speakerRole)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Linda Carter", "Mayor"));
    }

    @Test
    void unknownSpeakerStaysNull() {
        List<Quote> q = quotes("„Das ist ein schwerer Fehler für uns alle“, hieß es aus informierten Kreisen.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void statementAttributedByLaut() {
        List<Quote> q = quotes("Laut Reuters wurden im Hafen drei neue Kräne aufgestellt.");
        assertThat(q).extracting(Quote::text, Quote::speaker, Quote::direct).containsExactly(
                org.assertj.core.api.Assertions.tuple("wurden im Hafen drei neue Kräne aufgestellt", "Reuters", false));
    }

    @Test
    void pronounSpeakerPointsAtThePronoun() {
        String text = "Die Ministerin Eva Lindqvist kam spät. Sie sagte: „Wir haben keine Zeit mehr zu verlieren.“";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Eva Lindqvist");
        assertThat(text.substring(q.get(0).speakerStart(), q.get(0).speakerEnd())).isEqualTo("Sie");
    }
}
