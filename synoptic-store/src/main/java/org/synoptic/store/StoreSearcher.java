package org.synoptic.store;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Full-text search, facets, snippets and "more like this" over the store's index.
 *
 * <p>A query searches titles (boosted), texts and entity names in every language's field, each analysed as it was
 * indexed (German compounds were indexed with their parts, so a part finds the compound); terms are AND-ed. Snippets
 * are escaped HTML with the matches in {@code <mark>}. A query that finds nothing comes with a "did you mean" from the
 * index's own terms.
 *
 * <p>Thread-safe: each call acquires its own searcher from the shared {@link SearcherManager}.
 */
final class StoreSearcher {

    private static final String[] TEXT_FIELDS = {"text_de", "text_en", "text_std"};
    private static final int FACET_VALUES = 10;
    private static final int SNIPPET_FALLBACK_CHARS = 220;
    private static final long STALE_REFRESH_MILLIS = 1000;

    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final Function<String, StoredArticle> articles;
    private final Map<String, Float> boosts = new LinkedHashMap<>();
    private volatile FacetState facetState;
    private final java.util.concurrent.atomic.AtomicBoolean stale = new java.util.concurrent.atomic.AtomicBoolean();

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    StoreSearcher(SearcherManager searchers, Analyzer analyzer, Function<String, StoredArticle> articles) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.articles = articles;
        for (String lang : ArticleDocuments.LANGS) {
            boosts.put("title_" + lang, 2f);
            boosts.put("text_" + lang, 1f);
        }
        boosts.put(ArticleDocuments.ENTITIES, 1.5f);
        boosts.put(ArticleDocuments.ALL, 0.5f);
    }

    /** Notes that documents changed without a refresh; the next search refreshes first (without blocking). */
    void markStale() {
        stale.set(true);
    }

    private volatile long lastStaleRefresh;

    /**
     * Design decision: entity updates (from digests) are seen by searches within {@value #STALE_REFRESH_MILLIS} ms, not
     * at once; each refresh opens a new reader whose facet state must be rebuilt, which costs more than the search.
     */
    private void refreshIfStale() throws IOException {
        long now = System.currentTimeMillis();
        if (stale.get() && now - lastStaleRefresh >= STALE_REFRESH_MILLIS && stale.getAndSet(false)) {
            lastStaleRefresh = now;
            searchers.maybeRefresh();
        }
    }

    SearchResult search(SearchRequest request) throws IOException {
        refreshIfStale();
        boolean ranked = request.query() != null && !request.query().isBlank();
        Query text = ranked ? parse(request.query()) : new MatchAllDocsQuery();
        BooleanQuery.Builder base = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            base.add(LongPoint.newRangeQuery(ArticleDocuments.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        DrillDownQuery query = new DrillDownQuery(ArticleDocuments.facetsConfig(), base.build());
        addFilter(query, "outlet", request.outlet());
        addFilter(query, "language", request.language());
        addFilter(query, "story", request.story());
        addFilter(query, "entity", request.entity());

        IndexSearcher searcher = searchers.acquire();
        try {
            int wanted = request.page() * request.size();
            FacetsCollectorManager.FacetsResult result = ranked
                    ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted,
                            new Sort(new SortField(ArticleDocuments.SEQ, SortField.Type.LONG, true)),
                            new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            int from = Math.min(top.scoreDocs.length, (request.page() - 1) * request.size());
            ScoreDoc[] pageDocs = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
            List<SearchResult.Hit> hits = hits(searcher, ranked ? text : null, pageDocs);
            String suggestion = ranked && top.totalHits.value == 0 ? suggestion(searcher, request.query()) : null;
            return new SearchResult(top.totalHits.value, request.page(), request.size(), hits,
                    facets(searcher, result.facetsCollector()), suggestion);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The stories of the best {@code max} articles matching the query, best first; no snippets or facets. */
    java.util.Set<String> storiesMatching(String queryText, int max) throws IOException {
        refreshIfStale();
        Query query = parse(queryText);
        IndexSearcher searcher = searchers.acquire();
        try {
            java.util.Set<String> stories = new java.util.LinkedHashSet<>();
            for (ScoreDoc d : searcher.search(query, max).scoreDocs) {
                StoredArticle stored = articles.apply(searcher.storedFields()
                        .document(d.doc, java.util.Set.of(ArticleDocuments.ID)).get(ArticleDocuments.ID));
                if (stored != null) {
                    stories.add(stored.storyId());
                }
            }
            return stories;
        } finally {
            searchers.release(searcher);
        }
    }

    List<SearchResult.Hit> similar(StoredArticle stored, int n) throws IOException {
        refreshIfStale();
        IndexSearcher searcher = searchers.acquire();
        try {
            MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
            mlt.setAnalyzer(analyzer);
            String lang = ArticleDocuments.langField(stored.article().language());
            mlt.setFieldNames(new String[] {"title_" + lang, "text_" + lang, ArticleDocuments.ENTITIES});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMaxQueryTerms(30);
            String title = stored.article().title() == null ? "" : stored.article().title();
            Query like = mlt.like("text_" + lang, new StringReader(title + "\n" + stored.article().text()));
            Query query = new BooleanQuery.Builder()
                    .add(like, BooleanClause.Occur.SHOULD)
                    .add(new TermQuery(new Term(ArticleDocuments.ID, stored.id())), BooleanClause.Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(query, n);
            return hits(searcher, null, top.scoreDocs);
        } finally {
            searchers.release(searcher);
        }
    }

    private Query parse(String text) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(boosts.keySet().toArray(String[]::new), analyzer, boosts);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("cannot parse the query: " + text, e);
        }
    }

    /**
     * "Did you mean": a query of plain words, each word the index lacks replaced by the closest term of the folded
     * {@code all} field (Lucene's {@link DirectSpellChecker}: up to two edits, the most frequent of the closest), or
     * {@code null} when the query has syntax, or no word has a closer term.
     */
    private String suggestion(IndexSearcher searcher, String query) throws IOException {
        String[] words = query.strip().split("\\s+");
        DirectSpellChecker checker = new DirectSpellChecker();
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        for (String word : words) {
            if (!word.chars().allMatch(Character::isLetterOrDigit)) {
                return null;
            }
            String folded = fold(word);
            if (folded.isEmpty()) {
                return null;
            }
            Term term = new Term(ArticleDocuments.ALL, folded);
            String replacement = folded;
            if (searcher.getIndexReader().docFreq(term) == 0) {
                SuggestWord[] found = checker.suggestSimilar(term, 1, searcher.getIndexReader(),
                        SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (found.length > 0) {
                    replacement = found[0].string;
                    changed = true;
                }
            }
            out.append(out.length() == 0 ? "" : " ").append(replacement);
        }
        return changed ? out.toString() : null;
    }

    /** A word as the {@code all} field holds it: lower-cased and ASCII-folded, its one token. */
    private String fold(String word) throws IOException {
        try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream(ArticleDocuments.ALL, word)) {
            var attr = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            String first = ts.incrementToken() ? attr.toString() : "";
            boolean more = ts.incrementToken();
            ts.end();
            return more ? "" : first;
        }
    }

    private static void addFilter(DrillDownQuery query, String dim, String value) {
        if (value != null && !value.isBlank()) {
            query.add(dim, value);
        }
    }

    private List<SearchResult.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] docs) throws IOException {
        String[] snippets = new String[docs.length];
        if (query != null && docs.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                    .build();
            ScoreDoc[] sorted = docs.clone();
            TopDocs page = new TopDocs(new TotalHits(docs.length, TotalHits.Relation.EQUAL_TO), sorted);
            Map<String, String[]> byField = highlighter.highlightFields(TEXT_FIELDS, query, page, new int[] {2, 2, 2});
            for (int i = 0; i < docs.length; i++) {
                for (String field : TEXT_FIELDS) {
                    String[] values = byField.get(field);
                    if (values != null && values[i] != null && snippets[i] == null) {
                        snippets[i] = values[i];
                    }
                }
            }
        }
        List<SearchResult.Hit> hits = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            String id = searcher.storedFields().document(docs[i].doc, java.util.Set.of(ArticleDocuments.ID))
                    .get(ArticleDocuments.ID);
            StoredArticle stored = articles.apply(id);
            if (stored == null) {
                continue; // indexed by a batch not yet registered; visible with the next refresh
            }
            String snippet = snippets[i] != null ? snippets[i] : leadingText(stored.article().text());
            hits.add(new SearchResult.Hit(id, stored.storyId(), stored.article().title(), snippet,
                    stored.article().outlet(), stored.article().published(), stored.article().language()));
        }
        return hits;
    }

    private Map<String, Map<String, Integer>> facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Facets facets = state == null ? null : new SortedSetDocValuesFacetCounts(state, collector);
        for (String dim : ArticleDocuments.FACETS) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            if (facets != null) {
                try {
                    FacetResult result = facets.getTopChildren(FACET_VALUES, dim);
                    if (result != null) {
                        for (LabelAndValue lv : result.labelValues) {
                            counts.put(lv.label, lv.value.intValue());
                        }
                    }
                } catch (IllegalArgumentException e) {
                    // no article has this dimension yet (e.g. no entities before the first digest)
                }
            }
            out.put(dim, counts);
        }
        return out;
    }

    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader() == reader) {
            return cached.state();
        }
        if (reader.numDocs() == 0) {
            return null;
        }
        SortedSetDocValuesReaderState state;
        try {
            state = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
        } catch (IllegalArgumentException e) {
            return null;
        }
        facetState = new FacetState(reader, state);
        return state;
    }

    private static String leadingText(String text) {
        String lead = text.length() <= SNIPPET_FALLBACK_CHARS ? text : text.substring(0, SNIPPET_FALLBACK_CHARS) + " …";
        return org.synoptic.digest.render.HtmlEscaper.escape(lead);
    }
}
