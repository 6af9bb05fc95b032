package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;

/**
 * A small gold of queries that a strict search misses, on the bundled samples: parts of German compounds
 * ("Kranhöft" for "Kranhöftbrücke") and misspelt names and words ("Lindquist" for "Lindqvist"). The relevant
 * articles of a compound part are the German samples whose title or text holds it inside a word; of a misspelling,
 * those that hold the word meant. Recall counts what the query finds or, when it finds nothing, what its "did you
 * mean" suggestion finds (the reader's next click). Digests are kept from running (no models are loaded).
 */
class SearchForgivenessTest {

    static final Path SAMPLES = Path.of(System.getProperty("synoptic.root", "..")).resolve("samples/news");

    static final List<String> COMPOUND_PARTS = List.of("Kranhöft", "Auszählung", "Querung", "Zettel", "Bezirk",
            "Ausschuss", "Beteiligung", "Wirtschaft", "Träger", "Sanierung");

    /** Misspelling → the word meant. */
    static final Map<String, String> MISSPELLINGS = Map.of("Lindquist", "Lindqvist", "Neuauszälung", "Neuauszählung",
            "Overbek", "Overbeck", "Sörensn", "Sörensen", "Veltirx", "Veltrix", "Sevrn", "Severn", "Ebersfelds", "Ebersfelde");

    @TempDir
    Path dir;

    @Test
    void compoundPartsAndMisspellingsFindTheirArticles() throws Exception {
        List<Article> samples = new ArticleIngester().ingest(List.of(SAMPLES.toString())).articles();
        StoreOptions options = StoreOptions.defaults().withDebounce(Duration.ofDays(1)); // search needs no digest
        try (ArticleStore store = ArticleStore.open(dir, options)) {
            store.ingest(samples);
            double compound = recall(store, samples, COMPOUND_PARTS.stream().collect(Collectors.toMap(q -> q, q -> q)), true);
            double misspelt = recall(store, samples, MISSPELLINGS, false);
            System.out.printf(Locale.ROOT, "search gold on the samples: compound-part recall %.3f (%d queries), "
                    + "misspelling recall %.3f (%d queries)%n", compound, COMPOUND_PARTS.size(), misspelt, MISSPELLINGS.size());
            assertThat(compound).as("compound-part recall").isGreaterThanOrEqualTo(0.9);
            assertThat(misspelt).as("misspelling recall through 'did you mean'").isGreaterThanOrEqualTo(0.8);
            SearchResult lindquist = store.search(SearchRequest.of("Lindquist"));
            assertThat(lindquist.suggestion()).isEqualTo("lindqvist");
            assertThat(store.search(SearchRequest.of("Lindqvist")).suggestion()).as("no suggestion for a query that finds").isNull();
        }
    }

    private static double recall(ArticleStore store, List<Article> samples, Map<String, String> queries, boolean germanOnly)
            throws Exception {
        int relevant = 0;
        int found = 0;
        for (var q : queries.entrySet()) {
            String meant = q.getValue().toLowerCase(Locale.GERMAN);
            Set<String> expected = new HashSet<>();
            for (Article a : samples) {
                String text = ((a.title() == null ? "" : a.title()) + " " + a.text()).toLowerCase(Locale.GERMAN);
                if ((!germanOnly || "de".equals(a.language())) && text.contains(meant)) {
                    expected.add(a.id());
                }
            }
            assertThat(expected).as("gold of " + q.getKey()).isNotEmpty();
            SearchResult r = store.search(new SearchRequest(q.getKey(), null, null, null, null, null, null, 1, 100));
            if (r.total() == 0 && r.suggestion() != null) {
                r = store.search(new SearchRequest(r.suggestion(), null, null, null, null, null, null, 1, 100));
            }
            Set<String> got = r.hits().stream().map(SearchResult.Hit::article).collect(Collectors.toSet());
            int hit = (int) expected.stream().filter(got::contains).count();
            System.out.printf(Locale.ROOT, "  %-14s %d/%d%s%n", q.getKey(), hit, expected.size(),
                    r.suggestion() == null ? "" : " (did you mean: " + r.suggestion() + ")");
            relevant += expected.size();
            found += hit;
        }
        return relevant == 0 ? 0 : (double) found / relevant;
    }
}
