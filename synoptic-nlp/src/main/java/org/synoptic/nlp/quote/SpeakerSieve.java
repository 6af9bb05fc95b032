package org.synoptic.nlp.quote;

import java.util.List;
import java.util.Map;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;

/**
 * One named rule that decides the speaker of a candidate quote. {@link SpeakerResolver} runs two ordered lists of
 * sieves over each candidate in text order: the first list reads what the finder left (a {@link SpeakerReference},
 * a pronoun, an outlet noun, a role noun) and the first sieve that applies is the only one; the second list fills
 * in quotes still without a speaker, each sieve in turn. The order is the resolver's configuration.
 */
interface SpeakerSieve {

    /**
     * The speaker this sieve decides for the candidate, whose current state is {@code current}; {@code null} when
     * the sieve does not apply.
     */
    Decision decide(Round round, Quote current);

    /**
     * What a sieve sees of one candidate: the article, the candidate as its finder left it, the reference it left
     * ({@code null} when the finder named the speaker or none), the last quote with a speaker before it and whether
     * that one is near, and the quotes resolved so far.
     */
    record Round(ArticleContext article, Map<Integer, EntityMention> stances, List<EntityMention> subjects,
                 Quote candidate, SpeakerReference left, Quote previous, boolean near, List<Quote> resolved) {

        /** The article's text. */
        String text() {
            return article.text();
        }

        /** The article's sentences. */
        List<Sentence> sentences() {
            return article.sentences();
        }

        /** The article's entity mentions, indexed by offset. */
        List<EntityMention> entities() {
            return article.entities();
        }

        /** The article's spans between quotation marks. */
        List<QuoteSpan> spans() {
            return article.quoteSpans();
        }
    }

    /**
     * The candidate with the speaker a sieve gave it, and the sieve's id for the provenance ({@code null} when the
     * sieve applied but decided no one: the candidate keeps the finder's sieve).
     */
    record Decision(Quote quote, String sieve) {
    }
}
