package org.synoptic.digest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The digest of one story: the STORY object of the JSON contract, version 1 ({@code docs/schema/digest-v1.schema.json}).
 *
 * <p>Everything in it is extracted from the story's articles and cited; nothing is generated. Offsets
 * ({@code start}/{@code end}) are character offsets into the cleaned article text that {@code analyze} returns.
 * Built by {@link DigestBuilder}; rendered by {@link DigestWriter}s.
 */
public record StoryDigest(String id, String headline, String language, List<ArticleRef> articles,
                          List<SummarySentence> summary, List<Fact> facts, List<Disagreement> disagreements,
                          List<QuoteEntry> quotes, List<SourceEntry> citedSources, List<EntityEntry> entities,
                          List<TimelineEntry> timeline) {

    public StoryDigest {
        articles = List.copyOf(articles);
        summary = List.copyOf(summary);
        facts = List.copyOf(facts);
        disagreements = List.copyOf(disagreements);
        quotes = List.copyOf(quotes);
        citedSources = List.copyOf(citedSources);
        entities = List.copyOf(entities);
        timeline = List.copyOf(timeline);
    }

    /**
     * An article of the story, with the syndication group it belongs to (the id of the group's first article).
     * {@code url} and {@code canonicalUrl} are those of {@code Article}; both optional, left out of the JSON when
     * {@code null}.
     */
    public record ArticleRef(String id, String source, String title, String outlet, String published, String language,
                             String syndicationGroup, boolean publishedInferred, List<String> basedOn,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String url,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String canonicalUrl) {
        public ArticleRef {
            basedOn = basedOn == null ? List.of() : List.copyOf(basedOn);
        }

        /** An article without URLs. */
        public ArticleRef(String id, String source, String title, String outlet, String published, String language,
                          String syndicationGroup, boolean publishedInferred, List<String> basedOn) {
            this(id, source, title, outlet, published, language, syndicationGroup, publishedInferred, basedOn, null, null);
        }

        /** An article whose date was given and that names no agency it is based on. */
        public ArticleRef(String id, String source, String title, String outlet, String published, String language,
                          String syndicationGroup) {
            this(id, source, title, outlet, published, language, syndicationGroup, false, List.of());
        }
    }

    /** A summary sentence: an evidence sentence as written, with the articles it comes from. */
    public record SummarySentence(String text, List<String> citations) {
        public SummarySentence {
            citations = List.copyOf(citations);
        }
    }

    /**
     * A statement several reports make.
     *
     * @param text               the clearest evidence sentence, as written
     * @param articles           the supporting articles
     * @param independentSources how many independent sources confirm it: a syndication group counts once, and a
     *                           report that rests on another outlet's claim counts as that outlet
     * @param restsOn            the cited sources the evidence sentences name ("New York Times"), possibly empty
     * @param evidence           the supporting sentences with their offsets
     * @param sources            the independent sources by name, one per count: an agency, a relayed outlet, or the
     *                           reporting outlet (the article id where the outlet is unknown)
     * @param contradictedBy     articles whose aligned sentence states another value for one of the fact's slots, or
     *                           its negation; they never count as support
     * @param slots              the fact's slot values ("number:stimm=212", "polarity=negative")
     * @param joinedBy           the terms and synonyms that joined the evidence sentences
     */
    public record Fact(String text, List<String> articles, int independentSources, List<String> restsOn,
                       List<Evidence> evidence, List<String> sources, List<String> contradictedBy, List<String> slots,
                       List<String> joinedBy) {
        public Fact {
            articles = List.copyOf(articles);
            restsOn = List.copyOf(restsOn);
            evidence = List.copyOf(evidence);
            sources = List.copyOf(sources);
            contradictedBy = List.copyOf(contradictedBy);
            slots = List.copyOf(slots);
            joinedBy = List.copyOf(joinedBy);
        }
    }

    /** A sentence of an article, as written, with its offsets into the article's cleaned text. */
    public record Evidence(String article, String text, int start, int end) {
    }

    /**
     * A point on which reports differ, with the positions side by side; {@code fact} is the text of the fact whose
     * slot the reports fill differently, or {@code null} (left out of the JSON) when no fact is about it.
     */
    public record Disagreement(String about, List<Position> positions,
                               @JsonInclude(JsonInclude.Include.NON_NULL) String fact) {
        public Disagreement {
            positions = List.copyOf(positions);
        }

        /** A disagreement that names no fact. */
        public Disagreement(String about, List<Position> positions) {
            this(about, positions, null);
        }
    }

    /**
     * One position in a disagreement.
     *
     * @param text     the evidence sentence as written
     * @param articles the articles that hold this position
     * @param note     how the position relates to the others ("superseded": an earlier report later corrected), or {@code null}
     */
    public record Position(String text, List<String> articles, String note) {
        public Position {
            articles = List.copyOf(articles);
        }
    }

    /** A quote, deduplicated across reports: offsets refer to {@code article}; {@code articles} lists all carrying it. */
    public record QuoteEntry(String speaker, String text, boolean direct, String via, String article, int start, int end,
                             List<String> articles) {
        public QuoteEntry {
            articles = List.copyOf(articles);
        }
    }

    /** A source the story's reports rest on, with how often it is cited. {@code kind} is a contract kind name. */
    public record SourceEntry(String name, String kind, List<String> articles, int mentions) {
        public SourceEntry {
            articles = List.copyOf(articles);
        }
    }

    /** An entity merged across spellings and reports; {@code type} is PERSON, LOCATION, ORGANIZATION or OTHER. */
    public record EntityEntry(String name, String type, List<String> variants, List<String> articles, int mentions) {
        public EntityEntry {
            variants = List.copyOf(variants);
            articles = List.copyOf(articles);
        }
    }

    /**
     * A dated item of the event's timeline; {@code date} is ISO at the precision given (2023-09-10, 2023-09, 2019).
     * {@code endDate} is the last day of a range ("vom 10. bis zum 13. September"), else {@code null} and left out of
     * the JSON.
     */
    public record TimelineEntry(String date, @JsonInclude(JsonInclude.Include.NON_NULL) String endDate, String text,
                                List<String> articles) {
        public TimelineEntry {
            articles = List.copyOf(articles);
        }

        /** A single date. */
        public TimelineEntry(String date, String text, List<String> articles) {
            this(date, null, text, articles);
        }
    }
}
