package org.synoptic.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.synoptic.digest.FactAligner.Alignment;
import org.synoptic.digest.SentenceVectors.Vector;
import org.synoptic.digest.StoryDigest.ArticleRef;
import org.synoptic.digest.StoryDigest.Disagreement;
import org.synoptic.digest.StoryDigest.EntityEntry;
import org.synoptic.digest.StoryDigest.Evidence;
import org.synoptic.digest.StoryDigest.Fact;
import org.synoptic.digest.StoryDigest.SummarySentence;
import org.synoptic.digest.StoryDigest.TimelineEntry;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.EntityMerger;
import org.synoptic.nlp.MergedEntity;

/**
 * Builds the digest of one story from its analysed articles.
 *
 * <p>Extractive throughout: every fact, position, summary sentence and timeline entry is a sentence of an article,
 * cited with its article ids. Stateless and thread-safe.
 */
public final class DigestBuilder {

    /** Cosine similarity at which two sentences of different reports count as the same statement. */
    public static final double DEFAULT_ALIGNMENT_THRESHOLD = 0.22;

    private static final int MAX_FACTS = 12;
    private static final int MAX_ENTITIES = 30;

    private final EntityMerger entityMerger;
    private final FactAligner factAligner;
    private final DisagreementFinder disagreementFinder = new DisagreementFinder();
    private final SummaryWriter summaryWriter = new SummaryWriter();
    private final TimelineBuilder timelineBuilder = new TimelineBuilder();
    private final QuoteCollector quoteCollector = new QuoteCollector();
    private final HeadlineChooser headlineChooser = new HeadlineChooser();

    public DigestBuilder(EntityMerger entityMerger, double alignmentThreshold) {
        this.entityMerger = entityMerger;
        this.factAligner = new FactAligner(alignmentThreshold);
    }

    /** A builder with the rule-based entity merger and the default alignment threshold. */
    public static DigestBuilder standard() {
        return new DigestBuilder(EntityMerger.ruleBased(), DEFAULT_ALIGNMENT_THRESHOLD);
    }

    /** Builds the digest: the pipeline, one step per line. */
    public StoryDigest build(StoryMaterial story) {
        List<ArticleAnalysis> analyses = story.analyses();
        String language = majorityLanguage(analyses);
        List<MergedEntity> entities = entityMerger.merge(analyses);
        SentenceVectors vectors = SentenceVectors.of(analyses, language, canonicalNames(entities));
        List<Alignment> alignments = factAligner.align(vectors, analyses.size());
        List<Fact> facts = facts(alignments, story);
        List<Disagreement> disagreements = disagreementFinder.find(vectors, analyses, language);
        List<SummarySentence> summary = summaryWriter.write(facts, vectors, analyses);
        List<TimelineEntry> timeline = timelineBuilder.build(analyses, vectors);
        String headline = headlineChooser.choose(analyses.stream().map(ArticleAnalysis::article).toList(), language);
        return new StoryDigest(story.storyId(), headline, language, articleRefs(story), summary, facts, disagreements,
                quoteCollector.collect(analyses), SourceCollector.collect(analyses), entityEntries(entities), timeline);
    }

    private static List<Fact> facts(List<Alignment> alignments, StoryMaterial story) {
        Map<String, ArticleAnalysis> byId = story.analyses().stream()
                .collect(Collectors.toMap(a -> a.article().id(), Function.identity()));
        List<Fact> facts = new ArrayList<>();
        for (Alignment alignment : alignments) {
            if (alignment.members().size() < 2) {
                continue;
            }
            Set<String> independent = new LinkedHashSet<>();
            Set<String> restsOn = new LinkedHashSet<>();
            List<Evidence> evidence = new ArrayList<>();
            for (Vector member : alignment.members()) {
                List<String> cited = citedIn(byId.get(member.article()), member.sentence().index());
                restsOn.addAll(cited);
                List<String> relayed = citedRelays(byId.get(member.article()), member.sentence().index());
                if (relayed.isEmpty()) {
                    independent.add("group:" + story.groupOf(member.article()));
                } else {
                    relayed.forEach(name -> independent.add("source:" + name));
                }
                evidence.add(new Evidence(member.article(), member.sentence().text(), member.sentence().start(),
                        member.sentence().end()));
            }
            facts.add(new Fact(clearest(alignment.members()).sentence().text(),
                    alignment.members().stream().map(Vector::article).distinct().toList(), independent.size(),
                    List.copyOf(restsOn), evidence, List.copyOf(independent), List.of(), List.of(), List.of()));
        }
        facts.sort(Comparator.comparingInt((Fact f) -> -f.independentSources())
                .thenComparingInt(f -> -f.articles().size()));
        return facts.size() > MAX_FACTS ? List.copyOf(facts.subList(0, MAX_FACTS)) : facts;
    }

    /** Names of all sources cited for a sentence. */
    private static List<String> citedIn(ArticleAnalysis analysis, int sentence) {
        return analysis.citedSources().stream().filter(c -> c.sentence() == sentence).map(CitedSource::name)
                .distinct().toList();
    }

    /** Outlets and agencies whose claim a sentence relays: the fact rests on them rather than on the reporter. */
    private static List<String> citedRelays(ArticleAnalysis analysis, int sentence) {
        return analysis.citedSources().stream()
                .filter(c -> c.sentence() == sentence && c.citedBy() == null)
                .filter(c -> c.kind() == SourceKind.OUTLET || c.kind() == SourceKind.AGENCY)
                .map(CitedSource::name).distinct().toList();
    }

    /** The member most similar to the others; among near ties the shorter sentence reads better. */
    private static Vector clearest(List<Vector> members) {
        Vector best = members.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (Vector m : members) {
            double sum = 0;
            for (Vector o : members) {
                if (o != m) {
                    sum += SentenceVectors.cosine(m.weights(), o.weights());
                }
            }
            double lengthPenalty = Math.max(0, m.sentence().text().length() - 220) / 1000.0;
            double score = sum / Math.max(1, members.size() - 1) - lengthPenalty;
            if (score > bestScore) {
                bestScore = score;
                best = m;
            }
        }
        return best;
    }

    private static Map<String, String> canonicalNames(List<MergedEntity> entities) {
        Map<String, String> canonical = new HashMap<>();
        for (MergedEntity e : entities) {
            canonical.put(e.name(), e.name());
            for (String variant : e.variants()) {
                canonical.putIfAbsent(variant, e.name());
            }
        }
        return canonical;
    }

    private static List<EntityEntry> entityEntries(List<MergedEntity> entities) {
        return entities.stream()
                .sorted(Comparator.comparingInt((MergedEntity e) -> -e.articles().size())
                        .thenComparingInt(e -> -e.mentions()).thenComparing(MergedEntity::name))
                .limit(MAX_ENTITIES)
                .map(e -> new EntityEntry(e.name(), e.type().name(), e.variants(), e.articles(), e.mentions()))
                .toList();
    }

    private static List<ArticleRef> articleRefs(StoryMaterial story) {
        return story.analyses().stream().map(ArticleAnalysis::article)
                .map(a -> new ArticleRef(a.id(), a.source(), a.title(), a.outlet(), a.published(), a.language(),
                        story.groupOf(a.id()), a.inferred().contains("published"), List.of()))
                .toList();
    }

    private static String majorityLanguage(List<ArticleAnalysis> analyses) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ArticleAnalysis a : analyses) {
            counts.merge(a.article().language(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
    }

    /** Aggregates the cited sources of all articles by name and kind, most widely cited first. */
    static final class SourceCollector {

        private SourceCollector() {
        }

        static List<StoryDigest.SourceEntry> collect(List<ArticleAnalysis> analyses) {
            record Key(String name, SourceKind kind) {
            }
            Map<Key, Set<String>> articles = new LinkedHashMap<>();
            Map<Key, Integer> mentions = new HashMap<>();
            for (ArticleAnalysis a : analyses) {
                Article article = a.article();
                for (CitedSource c : a.citedSources()) {
                    Key key = new Key(c.name(), c.kind());
                    articles.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(article.id());
                    mentions.merge(key, 1, Integer::sum);
                }
            }
            return articles.entrySet().stream()
                    .map(e -> new StoryDigest.SourceEntry(e.getKey().name(), e.getKey().kind().jsonName(),
                            List.copyOf(e.getValue()), mentions.get(e.getKey())))
                    .sorted(Comparator.comparingInt((StoryDigest.SourceEntry s) -> -s.articles().size())
                            .thenComparingInt(s -> -s.mentions()).thenComparing(StoryDigest.SourceEntry::name))
                    .toList();
        }
    }
}
