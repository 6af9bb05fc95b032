package org.synoptic.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.synoptic.model.Article;
import org.synoptic.model.CitedSource;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.CitedSourceExtractor;
import org.synoptic.nlp.source.RuleCitedSourceExtractor;
import org.synoptic.nlp.QuoteExtractor;

/**
 * Quotes whose speaker is not a named person get the source the sentence cites: "Nach Angaben der Polizei kamen sie
 * …" is said by the police, "Der Wahlausschuss erklärte, die Wahl sei gültig" by the election committee.
 *
 * <p>Wraps another {@link QuoteExtractor}: its quotes with a speaker stay as they are. A quote without one is handed
 * to the source sieves ({@link SourceSieve}, stage {@code source} of {@code speaker-sieves.tsv}); the standard one,
 * {@link CitedSourceSieve}, takes the nearest cited source of the quote's sentence. Design decision: a source is the speaker only when its sentence's cue attributes the words to
 * it; quotes with no cited source keep a {@code null} speaker.
 *
 * <p>Before and after that, {@link RelayResolver} reads the speakers of relayed reports a second time ("Laut X sagte
 * Y", the subject of a "wonach" clause, relays the text states, report nouns that are no speakers, "Er fügte
 * hinzu"); a cited source that is a report noun ({@link ReportNouns}: "Medienberichte") is never taken as a speaker.
 *
 * <p>A {@link Quote.Kind#FREE_INDIRECT free-indirect} quote that still has no speaker is dropped: such a sentence
 * ("Die Lage sei ernst.") is reported speech only as the continuation of someone's words, and when no one can be
 * named it may as well be a conditional or a hearsay remark of the writer's. Measured on the training split of the
 * quotation data, these were right in speaker and span together one time in ten; the digest never showed them. Direct
 * and indirect quotes without a speaker stay: their quotation marks or reporting verb make them quotes. Stateless and
 * thread-safe when the wrapped extractors are.
 */
public final class SourcedQuoteExtractor implements QuoteExtractor {

    private final QuoteExtractor quotes;
    private final CitedSourceExtractor sources;
    private final RelayResolver relays;
    /** The source sieves, in the order of the wrapped rules ({@link SieveOrder#source()}), else the standard order. */
    private final List<SourceSieve> sourceSieves;

    /**
     * Wraps {@code quotes}, taking speakers from {@code sources} where it found none, by the source sieves of the
     * sieve order {@code quotes} runs when it is a {@link RuleQuoteExtractor}, else of {@link SieveOrder#standard()}.
     */
    public SourcedQuoteExtractor(QuoteExtractor quotes, CitedSourceExtractor sources) {
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.sources = Objects.requireNonNull(sources, "sources");
        SieveOrder order = quotes instanceof RuleQuoteExtractor rules ? rules.sieveOrder() : SieveOrder.standard();
        this.sourceSieves = order.source().stream().map(SourceSieve::of).toList();
        this.relays = new RelayResolver(order.relay().stream().map(RelaySieve::of).toList());
    }

    @Override
    public List<Quote> extract(Article article, List<Sentence> sentences, List<EntityMention> entities) {
        return read(article, sentences, entities, false).quotes();
    }

    /** Whether the cited sources this extractor takes speakers from are {@code extractor}'s. */
    boolean cites(CitedSourceExtractor extractor) {
        return sources == extractor;
    }

    /**
     * The quotes of the article and all its cited sources (among them those the quotes took speakers from), both
     * read from one context: the article is tokenised once for the quote rules, the cited-source rules and the relay
     * rules.
     */
    Attributions attributions(Article article, List<Sentence> sentences, List<EntityMention> entities) {
        return read(article, sentences, entities, true);
    }

    /** The quotes, and the cited sources when {@code allSources} or when a quote needs them (else none). */
    private Attributions read(Article article, List<Sentence> sentences, List<EntityMention> entities,
                              boolean allSources) {
        ArticleContext context = ArticleContext.of(article.text(), sentences, entities);
        List<Quote> quoted = quotes instanceof RuleQuoteExtractor rules ? rules.extract(context)
                : quotes.extract(article, sentences, entities);
        List<Quote> found = relays.revised(context, article.outlet(), quoted);
        boolean speakersNeeded = found.stream().anyMatch(q -> q.speaker() == null);
        if (!speakersNeeded && !allSources) {
            return new Attributions(relays.continued(context, found), List.of());
        }
        List<CitedSource> cited = sources instanceof RuleCitedSourceExtractor rules ? rules.extract(context)
                : sources.extract(article, sentences, entities);
        if (!speakersNeeded) {
            return new Attributions(relays.continued(context, found), cited);
        }
        List<CitedSource> speaking = cited.stream()
                .filter(c -> !ReportNouns.namesNoSpeaker(c.name())
                        || entities.stream().anyMatch(e -> e.name().equals(c.name())))
                .toList(); // a report is where the words were read, not who said them
        List<Quote> out = new ArrayList<>(found.size());
        for (Quote q : found) {
            Quote r = q;
            for (SourceSieve sieve : sourceSieves) {
                Quote d = sieve.decide(r, sentences, speaking);
                r = d == null ? r : d;
            }
            if (r.speaker() == null && r.kind() == Quote.Kind.FREE_INDIRECT) {
                continue; // a continuation of no one's words
            }
            out.add(r);
        }
        return new Attributions(relays.continued(context, out), cited);
    }
}
