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
 * <p>Wraps another {@link QuoteExtractor}: its quotes with a speaker stay as they are. A quote without one takes the
 * cited source of the sentence that holds the quote's start (for a direct quote also the sentence of its end, where
 * "…“, sagte X" puts the speaker) that lies outside the quoted words and is relayed by no other source, the nearest
 * to the quote first. Design decision: a source is the speaker only when its sentence's cue attributes the words to
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
    private final RelayResolver relays = new RelayResolver();

    /** Wraps {@code quotes}, taking speakers from {@code sources} where it found none. */
    public SourcedQuoteExtractor(QuoteExtractor quotes, CitedSourceExtractor sources) {
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.sources = Objects.requireNonNull(sources, "sources");
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
            CitedSource source = q.speaker() == null ? sourceFor(q, sentences, speaking) : null;
            if (source == null && q.speaker() == null && q.kind() == Quote.Kind.FREE_INDIRECT) {
                continue; // a continuation of no one's words
            }
            out.add(source == null ? q
                    : new Quote(q.text(), q.start(), q.end(), source.name(), source.start(), source.end(), null,
                    q.via(), q.direct(), q.kind()).withProvenance(q.provenance()).decidedBy("cited-source"));
        }
        return new Attributions(relays.continued(context, out), cited);
    }

    private static CitedSource sourceFor(Quote q, List<Sentence> sentences, List<CitedSource> cited) {
        int first = sentenceOf(sentences, q.start());
        int last = q.direct() ? sentenceOf(sentences, Math.max(q.start(), q.end() - 1)) : first;
        CitedSource best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CitedSource c : cited) {
            if (c.citedBy() != null || c.sentence() < first || c.sentence() > last) {
                continue;
            }
            if (c.start() < q.end() && q.start() < c.end() && !statesItsCue(q)) {
                continue; // a source named inside the quoted words is not who says them
            }
            int distance = c.end() <= q.start() ? q.start() - c.end() : c.start() - q.end();
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether a quote's span holds its own source cue: a sentence the {@code source-cue} finder took whole because the
     * cue stands inside it ("Bei dem Gefecht wurde nach Angaben libanesischer Sicherheitskreise ein Soldat getötet"),
     * where the source named inside is who says it.
     */
    private static boolean statesItsCue(Quote q) {
        return !q.direct() && q.provenance() != null && "source-cue".equals(q.provenance().finder());
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s.index();
            }
        }
        return -1;
    }
}
