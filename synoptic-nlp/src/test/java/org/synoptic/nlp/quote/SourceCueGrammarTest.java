package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.Quote;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.text.Token;
import org.synoptic.nlp.text.WordTokenizer;

/**
 * The source cues of {@link AttributionCues#sourceCueAt}, one grammar for both extractors: each cue gives a quote
 * whose speaker is the source that the cited-source extractor names for the same sentence.
 */
class SourceCueGrammarTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Laut der Polizei wurden bei dem Unfall drei Menschen schwer verletzt.",
            "Der Polizei zufolge wurden bei dem Unfall drei Menschen schwer verletzt.",
            "Nach Angaben der Polizei wurden bei dem Unfall drei Menschen schwer verletzt.",
            "According to the police, three people were badly hurt in the crash."})
    void bothExtractorsNameTheSameSource(String sentence) {
        ArticleAnalysis a = RuleBasedExtractors.analyzer().analyze(Articles.of(sentence, null));
        assertThat(a.quotes()).hasSize(1);
        Quote q = a.quotes().get(0);
        assertThat(q.speaker()).isNotNull();
        assertThat(a.citedSources()).extracting(CitedSource::name).hasSize(1)
                .allSatisfy(name -> assertThat(name.toLowerCase()).isEqualTo(q.speaker().toLowerCase()));
    }

    @Test
    void readsTheKindAndTheTokensOfEachCue() {
        assertThat(cue("Laut der Polizei kam es zu Staus.", 0))
                .isEqualTo(new AttributionCues.SourceCue(AttributionCues.Kind.PREPOSITION, 0, 1));
        assertThat(cue("Nach neuen Informationen aus Berlin kam es zu Staus.", 0))
                .isEqualTo(new AttributionCues.SourceCue(AttributionCues.Kind.REPORT_NOUN, 0, 3));
        assertThat(cue("Seiner Ansicht nach kam es zu Staus.", 2).kind()).isEqualTo(AttributionCues.Kind.POSTPOSED_NACH);
        assertThat(cue("Der Polizei zufolge kam es zu Staus.", 2).kind()).isEqualTo(AttributionCues.Kind.POSTPOSITION);
    }

    @Test
    void aTemporalNachIsNoCue() {
        assertThat(cue("Zwei Monate nach dem Urteil kam es zu Protesten.", 2)).isNull();
        assertThat(cue("Die Polizei kam nach dem Unfall.", 3)).isNull();
    }

    private static AttributionCues.SourceCue cue(String sentence, int i) {
        List<Token> t = WordTokenizer.instance().tokenize(sentence, 0, sentence.length());
        return AttributionCues.sourceCueAt(t, i);
    }
}
