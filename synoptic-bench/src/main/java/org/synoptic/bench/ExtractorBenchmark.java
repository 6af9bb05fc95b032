package org.synoptic.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.CitedSourceExtractor;
import org.synoptic.nlp.EntityExtractor;
import org.synoptic.nlp.QuoteExtractor;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.nlp.StandardExtractors;
import org.synoptic.nlp.TimeTagger;
import org.synoptic.nlp.quote.Attributions;
import org.synoptic.text.SentenceSplitter;

/**
 * Cost of each deep-tier extractor in <b>milliseconds per 1,000 words</b> (the score: one operation is 1,000 words).
 *
 * <p>The corpus is the bundled sample reports of one language ({@code samples/news}, read with the product's
 * ingester), cut into articles that hold exactly {@value #WORDS} words in total, sentence by sentence; sentences
 * and entities are computed once at setup, so each benchmark times one extractor alone. The standard extractors
 * are the product's (CoreNLP German NER with our rules; English entities are rule-based); the rule-based ones are
 * the model-free fallback. At setup the heap used after loading the extractors (and a full GC) is printed, which is
 * the standing memory cost of the models. Run from the project root: {@code bash synoptic-bench/run.sh
 * ExtractorBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExtractorBenchmark {

    static final int WORDS = 10_000;

    @Param({"de", "en"})
    public String language;

    private final List<Article> articles = new ArrayList<>();
    private final List<List<Sentence>> sentences = new ArrayList<>();
    private final List<List<EntityMention>> entities = new ArrayList<>();
    private final EntityExtractor standardEntities = StandardExtractors.entityExtractor();
    private final EntityExtractor ruleEntities = RuleBasedExtractors.entityExtractor();
    private final QuoteExtractor quotes = StandardExtractors.quoteExtractor();
    private final CitedSourceExtractor citedSources = StandardExtractors.citedSourceExtractor();
    private final TimeTagger times = StandardExtractors.timeTagger();

    @Setup(Level.Trial)
    public void readCorpus() {
        Path samples = Path.of("samples/news");
        if (!Files.isDirectory(samples)) {
            throw new IllegalStateException("run from the project root: samples/news not found");
        }
        List<String> texts = new ArrayList<>();
        for (Article a : new ArticleIngester().ingest(List.of(samples.toString())).articles()) {
            if (language.equals(a.language())) {
                for (Sentence s : SentenceSplitter.ruleBased().split(a.text())) {
                    texts.add(s.text());
                }
            }
        }
        // Articles of about 400 words, built from the samples' sentences in turn, until exactly WORDS words.
        int words = 0;
        int next = 0;
        while (words < WORDS) {
            StringBuilder text = new StringBuilder();
            int inArticle = 0;
            while (inArticle < 400 && words < WORDS) {
                String[] tokens = texts.get(next++ % texts.size()).split("\\s+");
                int take = Math.min(tokens.length, WORDS - words);
                text.append(text.length() == 0 ? "" : " ").append(String.join(" ", List.of(tokens).subList(0, take)));
                inArticle += take;
                words += take;
            }
            String id = "bench-" + articles.size();
            articles.add(new Article(id, id, null, null, text.toString(), "bench", null, "2026-11-20", language,
                    null));
        }
        for (Article a : articles) {
            List<Sentence> split = SentenceSplitter.ruleBased().split(a.text());
            sentences.add(split);
            entities.add(standardEntities.extract(a, split)); // loads the models once
        }
        quotesOnce();
        citedSourcesOnce();
        timesOnce();
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        System.gc();
        System.out.printf("%nExtractorBenchmark[%s]: %d articles, %d words; heap used after loading the extractors: "
                + "%d MB%n", language, articles.size(), WORDS, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /** Entities, standard: CoreNLP German NER plus our rules (English: rules). */
    @Benchmark
    @OperationsPerInvocation(WORDS / 1000)
    public int entitiesStandard() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            n += standardEntities.extract(articles.get(i), sentences.get(i)).size();
        }
        return n;
    }

    /** Entities, rules only (no model). */
    @Benchmark
    @OperationsPerInvocation(WORDS / 1000)
    public int entitiesRules() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            n += ruleEntities.extract(articles.get(i), sentences.get(i)).size();
        }
        return n;
    }

    /** Quotes with speakers (given the entities). */
    @Benchmark
    @OperationsPerInvocation(WORDS / 1000)
    public int quotes() {
        return quotesOnce();
    }

    /** Cited sources (given the entities). */
    @Benchmark
    @OperationsPerInvocation(WORDS / 1000)
    public int citedSources() {
        return citedSourcesOnce();
    }

    /**
     * Quotes and cited sources together, as {@code ArticleAnalyzer} asks for them ({@link Attributions#read}): one
     * reading of each article for both.
     */
    @Benchmark
    @OperationsPerInvocation(WORDS / 1000)
    public int attributions() {
        return attributionsOnce();
    }

    /** Time expressions, normalised against the publication date. */
    @Benchmark
    @OperationsPerInvocation(WORDS / 1000)
    public int times() {
        return timesOnce();
    }

    /** Sentence splitting, for scale. */
    @Benchmark
    @OperationsPerInvocation(WORDS / 1000)
    public int sentences() {
        int n = 0;
        for (Article a : articles) {
            n += SentenceSplitter.ruleBased().split(a.text()).size();
        }
        return n;
    }

    private int quotesOnce() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            n += quotes.extract(articles.get(i), sentences.get(i), entities.get(i)).size();
        }
        return n;
    }

    private int attributionsOnce() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            Attributions a = Attributions.read(quotes, citedSources, articles.get(i), sentences.get(i), entities.get(i));
            n += a.quotes().size() + a.citedSources().size();
        }
        return n;
    }

    private int citedSourcesOnce() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            n += citedSources.extract(articles.get(i), sentences.get(i), entities.get(i)).size();
        }
        return n;
    }

    private int timesOnce() {
        int n = 0;
        for (int i = 0; i < articles.size(); i++) {
            n += times.tag(articles.get(i), sentences.get(i)).size();
        }
        return n;
    }
}
