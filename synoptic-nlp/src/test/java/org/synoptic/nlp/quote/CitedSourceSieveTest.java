package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.entity.Lexicon;

/**
 * {@code cited-source} (stage {@code source}): a quote the quote rules left without a speaker takes the source its
 * sentence cites ("hieß es aus der Feuerwehr"); a source inside the quoted words is not who says them.
 */
class CitedSourceSieveTest {

    private static final String TEXT = "„Wir haben alles versucht“, hieß es aus der Feuerwehr Rostock.";

    private static List<Quote> quotes(String text, SieveOrder order) {
        Article a = Articles.of(text, null);
        ArticleAnalysis analysis = RuleBasedExtractors.analyzer().analyze(a);
        return new SourcedQuoteExtractor(new RuleQuoteExtractor(Gazetteer.standard(), Lexicon.standard(), order),
                RuleBasedExtractors.citedSourceExtractor()).extract(a, analysis.sentences(), analysis.entities());
    }

    @Test
    void theCitedSourceOfTheSentenceSpeaks() {
        assertThat(quotes(TEXT, SieveOrder.standard()))
                .extracting(Quote::speaker, q -> q.provenance().finder(), q -> q.provenance().sieve())
                .containsExactly(tuple("Feuerwehr", "direct", "cited-source"));
    }

    @Test
    void withoutTheSieveTheQuoteHasNoSpeaker() {
        assertThat(quotes(TEXT, SieveOrder.standard().without("cited-source")))
                .extracting(Quote::speaker).containsExactly((String) null);
    }

    @Test
    void aSourceNamedInsideTheQuotedWordsIsNotTheSpeaker() {
        String text = "„Laut der Feuerwehr Rostock war das Haus nicht zu retten“, stand auf dem Zettel.";
        assertThat(quotes(text, SieveOrder.standard()))
                .filteredOn(Quote::direct)
                .extracting(q -> q.provenance() == null ? null : q.provenance().sieve())
                .doesNotContain("cited-source");
    }
}
