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
 * {@code pronoun-subject}: "Er sagte: „…“" whose person the entity rules missed takes the speaking subject opening a
 * sentence just before it; the speaker's mention stays the pronoun. The sieve is tried on a candidate whose pronoun
 * {@code pronoun} left unresolved, in a context without entity mentions (the entity rules missed the name).
 */
class PronounSubjectSieveTest {

    private static final String TEXT = "Der Prozess wurde nach drei Stunden vertagt. Zoltarr Vemmick hatte vor Gericht "
            + "erklärt, er sei unschuldig. Er sagte lediglich: „Ich bin der rechtmäßige Herrscher des Landes.“";

    private static SpeakerSieve.Decision decide(String text) {
        Article a = Articles.of(text, null);
        ArticleAnalysis analysis = RuleBasedExtractors.analyzer().analyze(a);
        SpeakerResolver resolver = new SpeakerResolver(new SpeakerGrammar(Gazetteer.standard(), Lexicon.standard()),
                SieveOrder.standard());
        String words = "Ich bin der rechtmäßige Herrscher des Landes.";
        int start = text.indexOf(words);
        int pronoun = text.indexOf("Er sagte");
        Quote candidate = new Quote(words, start, start + words.length(), "Er", pronoun, pronoun + 2, null, null, true,
                Quote.Kind.DIRECT);
        SpeakerSieve.Round round = new SpeakerSieve.Round(ArticleContext.of(text, analysis.sentences(), List.of()),
                Map.of(), List.of(), candidate, null, null, false, List.of());
        return new SpeakerSieves.PronounSubject(resolver).decide(round, Attribution.unattributed(candidate));
    }

    @Test
    void theSubjectOpeningTheSentenceBeforeSpeaks() {
        SpeakerSieve.Decision d = decide(TEXT);
        assertThat(d.sieve()).isEqualTo("pronoun-subject");
        assertThat(d.quote().speaker()).isEqualTo("Zoltarr Vemmick");
        assertThat(TEXT.substring(d.quote().speakerStart(), d.quote().speakerEnd())).isEqualTo("Er");
    }

    @Test
    void aSubjectOfTheOtherGenderIsNoReferent() {
        assertThat(decide(TEXT.replace("Zoltarr Vemmick hatte", "Die Zeugin hatte"))).isNull();
    }

    @Test
    void aThingOpeningTheSentenceBeforeStopsTheSearch() {
        assertThat(decide(TEXT.replace("Er sagte lediglich", "Der Saal war voll. Er sagte lediglich"))).isNull();
    }

    @Test
    void aSentenceOpenedByTheSamePronounIsPassedOver() {
        SpeakerSieve.Decision d = decide(TEXT.replace("Er sagte lediglich", "Er wirkte müde. Er sagte lediglich"));
        assertThat(d.quote().speaker()).isEqualTo("Zoltarr Vemmick");
    }

    @Test
    void aParagraphBreakEndsTheSearch() {
        assertThat(decide(TEXT.replace("Er sagte lediglich", "\n\nEr sagte lediglich"))).isNull();
    }
}
