package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.entity.Lexicon;

/**
 * {@code opening-subject}: a quote its finder left without a speaker speaks with the subject that opens its sentence,
 * when the subject's finite verb follows. The finders decide most such sentences themselves, so the sieve is tried
 * on a bare candidate.
 */
class OpeningSubjectSieveTest {

    private static final String TEXT = "Die Deutsche Bahn sieht „keinen Grund für eine Schließung der Strecke vor dem "
            + "Sommer“.";

    private static SpeakerSieve.Decision decide(Quote candidate, SpeakerReference left) {
        Article a = Articles.of(TEXT, null);
        ArticleAnalysis analysis = RuleBasedExtractors.analyzer().analyze(a);
        SpeakerResolver resolver = new SpeakerResolver(new SpeakerGrammar(Gazetteer.standard(), Lexicon.standard()),
                SieveOrder.standard());
        SpeakerSieve.Round round = new SpeakerSieve.Round(
                ArticleContext.of(TEXT, analysis.sentences(), analysis.entities()), Map.of(), List.of(), candidate, left, null, false, List.of());
        return new SpeakerSieves.OpeningSubject(resolver).decide(round, candidate);
    }

    private static Quote bare() {
        String words = "keinen Grund für eine Schließung der Strecke vor dem Sommer";
        int start = TEXT.indexOf(words);
        return new Quote(words, start, start + words.length(), null, -1, -1, null, null, true, Quote.Kind.DIRECT);
    }

    @Test
    void theOpeningSubjectSpeaks() {
        SpeakerSieve.Decision d = decide(bare(), null);
        assertThat(d.sieve()).isEqualTo("opening-subject");
        assertThat(d.quote().speaker()).isEqualTo("Deutsche Bahn");
    }

    @Test
    void aQuoteWithAReferenceLeftByItsFinderIsNotItsCase() {
        assertThat(decide(bare(), new SpeakerReference.PreviousSpeaker(0, 0))).isNull();
    }
}
