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
import org.synoptic.dedupe.AgencyCredits;
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

    private static final int MAX_FACTS = 15;
    // the story page shows them all (the first two dozen, the rest behind a "more" link); the bound only keeps a
    // runaway story's JSON finite
    private static final int MAX_ENTITIES = 1000;

    private final EntityMerger entityMerger;
    private final FactAligner factAligner;
    private final double alignmentThreshold;
    private final DisagreementFinder disagreementFinder = new DisagreementFinder();
    private final SummaryWriter summaryWriter = new SummaryWriter();
    private final TimelineBuilder timelineBuilder = new TimelineBuilder();
    private final QuoteCollector quoteCollector = new QuoteCollector();
    private final HeadlineChooser headlineChooser = new HeadlineChooser();

    /** A fact with the statement it was made from: its supporting and contradicting sentences. */
    record CheckedFact(Fact fact, AgreementSplitter.Statement statement) {
    }

    public DigestBuilder(EntityMerger entityMerger, double alignmentThreshold) {
        this.entityMerger = entityMerger;
        this.factAligner = new FactAligner(alignmentThreshold);
        this.alignmentThreshold = alignmentThreshold;
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
        Map<String, List<String>> agencies = agencies(analyses);
        List<CheckedFact> checked = facts(alignments, vectors, story, agencies, new AgreementSplitter(language, alignmentThreshold));
        List<Fact> facts = checked.stream().map(CheckedFact::fact).toList();
        List<Disagreement> disagreements = disagreementFinder.withFacts(
                disagreementFinder.find(vectors, analyses, language), checked, language);
        List<SummarySentence> summary = summaryWriter.write(facts, vectors, analyses);
        List<TimelineEntry> timeline = timelineBuilder.build(analyses, vectors);
        String headline = headlineChooser.choose(analyses.stream().map(ArticleAnalysis::article).toList(), language);
        return new StoryDigest(story.storyId(), headline, language, articleRefs(story, agencies), summary, facts, disagreements,
                quoteCollector.collect(analyses), SourceCollector.collect(analyses, agencies), entityEntries(entities), timeline);
    }

    /**
     * The facts: each alignment split into statements whose supporters agree ({@link AgreementSplitter}), counted by
     * independent sources ({@link SourceCounter}), with the reports that contradict them.
     */
    private static List<CheckedFact> facts(List<Alignment> alignments, SentenceVectors vectors, StoryMaterial story,
                                           Map<String, List<String>> agencies, AgreementSplitter agreementSplitter) {
        Map<String, ArticleAnalysis> byId = story.analyses().stream()
                .collect(Collectors.toMap(a -> a.article().id(), Function.identity()));
        Map<String, String> outlets = new HashMap<>();
        story.analyses().forEach(a -> outlets.put(a.article().id(), a.article().outlet()));
        java.util.function.Predicate<String> namesAReport = SourceCounter.namingAReport(outlets);
        List<CheckedFact> facts = new ArrayList<>();
        for (Alignment alignment : alignments) {
            // a sentence alignment left alone may still be stated by a report in the story's other language, or by
            // a clause of another report's sentence
            List<AgreementSplitter.Statement> statements = alignment.members().size() < 2
                    ? agreementSplitter.splitAcrossLanguages(alignment.members().get(0), vectors)
                    : agreementSplitter.split(alignment.members(), vectors);
            if (statements.isEmpty() && alignment.members().size() < 2) {
                statements = agreementSplitter.splitAlone(alignment.members().get(0), vectors);
            }
            for (AgreementSplitter.Statement statement : statements) {
                if (!twoReportsStateIt(statement.supporters())) {
                    continue;
                }
                Set<String> restsOn = new LinkedHashSet<>();
                List<Evidence> evidence = new ArrayList<>();
                List<SourceCounter.Support> support = new ArrayList<>();
                for (Vector member : statement.supporters()) {
                    ArticleAnalysis analysis = byId.get(member.article());
                    restsOn.addAll(citedIn(analysis, member.sentence().index()));
                    support.add(new SourceCounter.Support(member.article(), story.groupOf(member.article()),
                            citedRelays(analysis, member.sentence().index(), namesAReport), agencies.get(member.article()),
                            analysis.article().outlet()));
                    evidence.add(new Evidence(member.article(), member.sentence().text(), member.sentence().start(),
                            member.sentence().end()));
                }
                List<String> sources = SourceCounter.independentSources(support);
                facts.add(new CheckedFact(new Fact(AgencyCredits.withoutDateline(statement.clearest().sentence().text()),
                        statement.supporters().stream().map(Vector::article).distinct().toList(), sources.size(),
                        List.copyOf(restsOn), evidence, sources, statement.contradictingArticles(), statement.slots(),
                        joinedBy(statement.supporters())), statement));
            }
        }
        facts.sort(Comparator.comparingInt((CheckedFact f) -> -f.fact().independentSources())
                .thenComparingInt(f -> -f.fact().articles().size()));
        facts = withoutRepeats(facts);
        return facts.size() > MAX_FACTS ? List.copyOf(facts.subList(0, MAX_FACTS)) : facts;
    }

    /**
     * Whether a statement of two reports rests on more than a shared name: some pair of their sentences shares two
     * content words besides the words of names ({@link EvidenceJudge#shareTwoWordsBesideNames}), or the two are in two
     * languages. A statement of three reports or more is held together by more than one pair and is kept.
     */
    private static boolean twoReportsStateIt(List<Vector> supporters) {
        if (supporters.stream().map(Vector::articleIndex).distinct().count() != 2) {
            return true;
        }
        for (Vector a : supporters) {
            for (Vector b : supporters) {
                // sentences in two languages share their words through the bridge, not as stems
                if (a.articleIndex() < b.articleIndex() && (!a.language().equals(b.language())
                        || EvidenceJudge.shareTwoWordsBesideNames(a, b))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The terms that joined a statement's sentences ({@link SentenceVectors#sharedTerms}), then the frames that half of
     * them or more state in their own words ("≈travel" of "reisen", "auf dem Weg nach", "bewegt sich … in Richtung"),
     * which join sentences only inside {@link StatementContainment} and are no terms of their vectors.
     */
    private static List<String> joinedBy(List<Vector> supporters) {
        List<String> out = new ArrayList<>(SentenceVectors.sharedTerms(supporters));
        Map<String, Integer> frames = new TreeMap<>();
        supporters.stream().map(v -> v.sentence().text()).distinct()
                .forEach(text -> PhraseClasses.FRAMES.of(text).forEach(f -> frames.merge("≈" + f, 1, Integer::sum)));
        int needed = Math.max(2, (supporters.size() + 1) / 2);
        frames.forEach((frame, n) -> {
            if (n >= needed) {
                out.add(frame);
            }
        });
        return List.copyOf(out);
    }

    private static final java.util.regex.Pattern RELATIVE_CLAUSE = java.util.regex.Pattern.compile(
            "(?iu),\\s*(?:die|der|das|den|dem|deren|dessen|denen|welche[rsmn]?|which|who|that)\\s+[^,]*$");

    private static int sentenceStart(ArticleAnalysis analysis, int index) {
        return analysis.sentences().stream().filter(s -> s.index() == index).mapToInt(org.synoptic.model.Sentence::start)
                .findFirst().orElse(0);
    }

    /** Whether the offset lies in a relative clause that opens after a comma before it, within its sentence. */
    private static boolean inRelativeClause(String text, int sentenceStart, int offset) {
        return offset > sentenceStart && RELATIVE_CLAUSE.matcher(text.substring(sentenceStart, offset)).find();
    }

    /**
     * The facts without those whose evidence or text another, stronger fact already holds: two alignments that grow
     * to the same sentences (a sentence may join several) are one fact. A fact whose evidence another holds is kept
     * where a report contradicts it and not the other ("am Montag mit 31 zu 6 Stimmen" within the tally's fact).
     */
    private static List<CheckedFact> withoutRepeats(List<CheckedFact> facts) {
        List<CheckedFact> kept = new ArrayList<>();
        List<Set<String>> keptEvidence = new ArrayList<>();
        for (CheckedFact f : facts) {
            Set<String> evidence = new java.util.HashSet<>();
            f.fact().evidence().forEach(e -> evidence.add(e.article() + "@" + e.start()));
            boolean sameText = kept.stream().anyMatch(k -> k.fact().text().equals(f.fact().text()));
            // the same reports with most of the same sentences: one statement grown twice
            boolean sameReports = kept.stream().anyMatch(k -> k.fact().articles().equals(f.fact().articles())
                    && 2 * sharedEvidence(k.fact(), evidence) > evidence.size());
            // a fact that a report contradicts is no repeat of one that holds its evidence but not the contradiction
            boolean held = java.util.stream.IntStream.range(0, kept.size()).anyMatch(i -> keptEvidence.get(i)
                    .containsAll(evidence) && kept.get(i).fact().contradictedBy().containsAll(f.fact().contradictedBy()));
            if (!sameText && !sameReports && !held) {
                kept.add(f);
                keptEvidence.add(evidence);
            }
        }
        return kept;
    }

    private static long sharedEvidence(Fact fact, Set<String> evidence) {
        return fact.evidence().stream().filter(e -> evidence.contains(e.article() + "@" + e.start())).count();
    }

    /** Names of all sources cited for a sentence. */
    private static List<String> citedIn(ArticleAnalysis analysis, int sentence) {
        return analysis.citedSources().stream().filter(c -> c.sentence() == sentence).map(CitedSource::name)
                .distinct().toList();
    }

    /**
     * Outlets and agencies whose claim a sentence relays: the fact rests on them rather than on the reporter. A cue
     * inside a relative clause ("…, die laut Nordpress …") relays only that clause, not the sentence's statement.
     */
    private static List<String> citedRelays(ArticleAnalysis analysis, int sentence,
                                            java.util.function.Predicate<String> namesAReport) {
        String text = analysis.article().text();
        List<String> relays = new ArrayList<>(analysis.citedSources().stream()
                .filter(c -> c.sentence() == sentence && c.citedBy() == null)
                .filter(c -> !inRelativeClause(text, sentenceStart(analysis, sentence), c.start()))
                .filter(c -> c.kind() == SourceKind.OUTLET || c.kind() == SourceKind.AGENCY)
                .map(CitedSource::name).distinct().toList());
        boolean namesAnOutlet = analysis.citedSources().stream().anyMatch(c -> c.sentence() == sentence
                && (c.kind() == SourceKind.OUTLET || c.kind() == SourceKind.AGENCY));
        if (!namesAnOutlet) {
            relays.addAll(reportedOutlets(analysis, sentence));
        }
        // "Laut Vogelsberger Kreisblatt sagte X, …" and "Wie das Kreisblatt berichtet, …" in another report: a relay
        // or reporting source that the source extractor did not know as an outlet, but that names a report of the story
        // a report naming its own outlet relays no one
        String own = SourceCounter.ownKey(analysis.article().id(), analysis.article().outlet());
        for (org.synoptic.model.Quote q : analysis.quotes()) {
            org.synoptic.model.Sentence at = analysis.sentenceAt(q.start());
            if (at == null || at.index() != sentence) {
                continue;
            }
            for (String name : java.util.Arrays.asList(q.via(), q.direct() ? null : q.speaker())) {
                if (name != null && !relays.contains(name) && namesAReport.test(name)
                        && !SourceCounter.nameKey(name).equals(own)) {
                    relays.add(name);
                }
            }
        }
        return relays;
    }

    /**
     * Outlets and agencies whose reported speech the whole sentence is, for a sentence that names none itself: a
     * Konjunktiv sentence continuing an outlet's report ("Das Kernthema … werde ein Waffendeal sein, schrieb die NYT.
     * So wolle sich Russland … wappnen.") still rests on that outlet.
     */
    private static List<String> reportedOutlets(ArticleAnalysis analysis, int sentence) {
        Set<String> outlets = new java.util.HashSet<>();
        analysis.citedSources().stream().filter(c -> c.kind() == SourceKind.OUTLET || c.kind() == SourceKind.AGENCY)
                .forEach(c -> outlets.add(c.name()));
        int start = sentenceStart(analysis, sentence);
        return analysis.quotes().stream()
                .filter(q -> !q.direct() && q.speaker() != null && outlets.contains(q.speaker()))
                .filter(q -> q.start() <= start + 2 && analysis.sentenceAt(q.start()) != null
                        && analysis.sentenceAt(q.start()).index() == sentence)
                .map(org.synoptic.model.Quote::speaker).distinct().toList();
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

    /** The agencies each article is based on, by article id. */
    private static Map<String, List<String>> agencies(List<ArticleAnalysis> analyses) {
        Map<String, List<String>> out = new HashMap<>();
        for (ArticleAnalysis a : analyses) {
            out.put(a.article().id(), AgencyCredits.of(a.article()));
        }
        return out;
    }

    private static List<ArticleRef> articleRefs(StoryMaterial story, Map<String, List<String>> agencies) {
        return story.analyses().stream().map(ArticleAnalysis::article)
                .map(a -> new ArticleRef(a.id(), a.source(), a.title(), a.outlet(), a.published(), a.language(),
                        story.groupOf(a.id()), a.inferred().contains("published"), agencies.get(a.id()),
                        a.url(), a.canonicalUrl()))
                .toList();
    }

    private static String majorityLanguage(List<ArticleAnalysis> analyses) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ArticleAnalysis a : analyses) {
            counts.merge(a.article().language(), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
    }

    /**
     * Aggregates the cited sources of all articles by name and kind, most widely cited first; an agency a report
     * credits in its dateline or credit line ({@link AgencyCredits}: "Klaipėda (Nordpress) –", "(dpa)") is cited by
     * that report, unless it is the report's own outlet.
     */
    static final class SourceCollector {

        private SourceCollector() {
        }

        static List<StoryDigest.SourceEntry> collect(List<ArticleAnalysis> analyses, Map<String, List<String>> agencies) {
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
                for (String agency : agencies.getOrDefault(article.id(), List.of())) {
                    Key key = new Key(agency, SourceKind.AGENCY);
                    if (!agency.equalsIgnoreCase(String.valueOf(article.outlet()))
                            && articles.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(article.id())) {
                        mentions.merge(key, 1, Integer::sum);
                    }
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
