package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;

/**
 * Scores the digests of the bundled samples against their hand-written gold ({@code samples/expected/*.json}):
 * story assembly, syndication, fact recall, support-count accuracy, disagreement recall, quote and speaker accuracy,
 * cited-source recall. Prints every figure and asserts floors just below what the current pipeline reaches.
 */
@Tag("corenlp") // loads CoreNLP's German model; skipped by -Pquick
class SampleDigestTest {

    static final Path ROOT = Path.of(System.getProperty("synoptic.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<StoryDigest> digests;
    private static List<JsonNode> golds;

    @BeforeAll
    static void digestSamples() throws IOException {
        IngestReport report = new ArticleIngester().ingest(List.of(ROOT.resolve("samples/news").toString()));
        assertThat(report.rejected()).isEmpty();
        // -Dsynoptic.alignment=0.25 scores another alignment threshold (for tuning; the floors hold for the default).
        double threshold = Double.parseDouble(System.getProperty("synoptic.alignment",
                String.valueOf(DigestBuilder.DEFAULT_ALIGNMENT_THRESHOLD)));
        digests = new StoryPipeline(org.synoptic.dedupe.SyndicationGrouper.defaults(),
                org.synoptic.cluster.StoryClusterer.defaults(), org.synoptic.nlp.ArticleAnalyzer.standard(),
                new DigestBuilder(org.synoptic.nlp.EntityMerger.ruleBased(), threshold)).digest(report.articles());
        golds = new ArrayList<>();
        try (Stream<Path> files = Files.list(ROOT.resolve("samples/expected"))) {
            for (Path f : files.sorted().toList()) {
                golds.add(JSON.readTree(f.toFile()));
            }
        }
        assertThat(golds).hasSizeGreaterThanOrEqualTo(3);
    }

    /**
     * The digest fact a gold fact is scored against: of the facts with an evidence sentence holding all keywords, the
     * one whose reports best match the gold's supporting reports (shared minus extra), then the one whose text holds
     * the keywords, then the first. A sentence may state two facts (a lead sentence), so the first fact whose
     * evidence mentions the keywords need not be the one about them.
     */
    static StoryDigest.Fact matchingFact(List<StoryDigest.Fact> facts, List<String> keys, List<String> goldArticles) {
        return facts.stream()
                .filter(f -> f.evidence().stream().anyMatch(e -> containsAll(e.text(), keys)))
                .max(Comparator.comparingLong((StoryDigest.Fact f) -> f.articles().stream().filter(goldArticles::contains).count()
                                - f.articles().stream().filter(a -> !goldArticles.contains(a)).count())
                        .thenComparing(f -> containsAll(f.text(), keys))
                        .thenComparing(f -> -facts.indexOf(f)))
                .orElse(null);
    }

    /** The digest holding most of the gold story's articles. */
    private static StoryDigest digestFor(JsonNode gold) {
        return digestFor(gold, digests);
    }

    /** The digest of {@code digests} holding most of the gold story's articles. */
    private static StoryDigest digestFor(JsonNode gold, List<StoryDigest> digests) {
        List<String> ids = texts(gold.get("articles"));
        return digests.stream()
                .max(Comparator.comparingLong(d -> d.articles().stream().filter(a -> ids.contains(a.id())).count()))
                .orElseThrow();
    }

    @Test
    void everyStoryIsAssembledWithoutIntruders() {
        int expected = 0;
        int found = 0;
        int intruders = 0;
        for (JsonNode gold : golds) {
            List<String> ids = texts(gold.get("articles"));
            StoryDigest d = digestFor(gold);
            long hits = d.articles().stream().filter(a -> ids.contains(a.id())).count();
            expected += ids.size();
            found += (int) hits;
            intruders += d.articles().size() - (int) hits;
            System.out.printf("sample %-14s story %s: %d of %d articles, %d intruders%n",
                    gold.get("story").asText(), d.id(), hits, ids.size(), d.articles().size() - hits);
        }
        double recall = (double) found / expected;
        System.out.printf("samples: story recall %.2f (%d/%d), intruders %d%n", recall, found, expected, intruders);
        assertThat(intruders).isZero();
        assertThat(recall).isGreaterThanOrEqualTo(STORY_RECALL_FLOOR);
    }

    @Test
    void syndicatedCopiesShareAGroup() {
        for (JsonNode gold : golds) {
            StoryDigest d = digestFor(gold);
            for (JsonNode pair : gold.path("syndicated")) {
                List<String> ids = texts(pair);
                List<String> groups = d.articles().stream().filter(a -> ids.contains(a.id()))
                        .map(StoryDigest.ArticleRef::syndicationGroup).distinct().toList();
                assertThat(groups).as("syndication group of %s", ids).hasSize(1);
            }
        }
    }

    /** The counts of one set of golds scored against the digests of their input. */
    record Scores(int facts, int factsFound, int countsRight, int contradictingSupport, int disagreements,
                  int disagreementsFound, int quotes, int quotesFound, int speakersRight, int sources, int sourcesFound) {
    }

    /** Scores golds against digests and prints every figure, each line opening with {@code label}. */
    static Scores score(List<JsonNode> golds, List<StoryDigest> digests, String label) {
        int facts = 0, factsFound = 0, countsRight = 0, contradictingSupport = 0;
        int disagreements = 0, disagreementsFound = 0;
        int quotes = 0, quotesFound = 0, speakersRight = 0;
        int sources = 0, sourcesFound = 0;
        for (JsonNode gold : golds) {
            StoryDigest d = digestFor(gold, digests);
            for (JsonNode fact : gold.path("facts")) {
                facts++;
                List<String> keys = texts(fact.get("keywords"));
                StoryDigest.Fact match = matchingFact(d.facts(), keys, texts(fact.get("articles")));
                if (match != null) {
                    factsFound++;
                    for (String id : texts(fact.path("contradictedBy"))) {
                        if (match.articles().contains(id)) {
                            contradictingSupport++;
                            System.out.printf("  in %s %s contradicts %s but counts as support%n",
                                    gold.get("story").asText(), id, keys);
                        }
                    }
                    if (match.independentSources() == fact.get("independentSources").asInt()) {
                        countsRight++;
                    } else {
                        System.out.printf("  support count in %s for %s: %d, gold %d%n", gold.get("story").asText(), keys,
                                match.independentSources(), fact.get("independentSources").asInt());
                    }
                } else {
                    System.out.printf("  missed fact in %s: %s%n", gold.get("story").asText(), keys);
                }
            }
            for (JsonNode dis : gold.path("disagreements")) {
                disagreements++;
                boolean found = d.disagreements().stream().anyMatch(x -> {
                    for (JsonNode pos : dis.get("positions")) {
                        List<String> keys = texts(pos.get("keywords"));
                        if (x.positions().stream().noneMatch(p -> containsAll(p.text(), keys))) {
                            return false;
                        }
                    }
                    return true;
                });
                disagreementsFound += found ? 1 : 0;
                if (!found) {
                    System.out.printf("  missed disagreement in %s: %s%n", gold.get("story").asText(), dis.get("about").asText());
                }
            }
            for (JsonNode quote : gold.path("quotes")) {
                quotes++;
                List<String> keys = texts(quote.get("keywords"));
                StoryDigest.QuoteEntry match = d.quotes().stream().filter(q -> containsAll(q.text(), keys))
                        .findFirst().orElse(null);
                if (match != null) {
                    quotesFound++;
                    String speaker = quote.get("speaker").asText();
                    String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
                    if (match.speaker() != null && match.speaker().contains(surname)) {
                        speakersRight++;
                    } else {
                        System.out.printf("  wrong speaker in %s: %s instead of %s%n", gold.get("story").asText(), match.speaker(), speaker);
                    }
                } else {
                    System.out.printf("  missed quote in %s: %s%n", gold.get("story").asText(), keys);
                }
            }
            for (JsonNode source : gold.path("citedSources")) {
                sources++;
                String name = source.get("name").asText().toLowerCase(Locale.ROOT);
                boolean found = d.citedSources().stream().anyMatch(s -> sameSource(s.name(), name));
                sourcesFound += found ? 1 : 0;
                if (!found) {
                    System.out.printf("  missed source in %s: %s (%s)%n", gold.get("story").asText(), name, source.get("kind").asText());
                }
            }
        }
        System.out.printf(label + ": fact recall %.2f (%d/%d), support-count accuracy %.2f (%d/%d)%n",
                ratio(factsFound, facts), factsFound, facts, ratio(countsRight, factsFound), countsRight, factsFound);
        System.out.printf(label + ": contradicting reports counted as support %d%n", contradictingSupport);
        System.out.printf(label + ": disagreement recall %.2f (%d/%d)%n",
                ratio(disagreementsFound, disagreements), disagreementsFound, disagreements);
        System.out.printf(label + ": quote recall %.2f (%d/%d), quote-speaker accuracy %.2f (%d/%d)%n",
                ratio(quotesFound, quotes), quotesFound, quotes, ratio(speakersRight, quotesFound), speakersRight, quotesFound);
        System.out.printf(label + ": cited-source recall %.2f (%d/%d)%n", ratio(sourcesFound, sources), sourcesFound, sources);
        return new Scores(facts, factsFound, countsRight, contradictingSupport, disagreements, disagreementsFound,
                quotes, quotesFound, speakersRight, sources, sourcesFound);
    }

    @Test
    void factsDisagreementsQuotesAndSourcesAreFound() {
        Scores s = score(golds, digests, "samples");
        int facts = s.facts(), factsFound = s.factsFound(), countsRight = s.countsRight();
        int contradictingSupport = s.contradictingSupport(), disagreements = s.disagreements();
        int disagreementsFound = s.disagreementsFound(), quotes = s.quotes(), quotesFound = s.quotesFound();
        int speakersRight = s.speakersRight(), sources = s.sources(), sourcesFound = s.sourcesFound();
        assertThat(ratio(factsFound, facts)).isGreaterThanOrEqualTo(FACT_RECALL_FLOOR);
        assertThat(ratio(countsRight, factsFound)).isGreaterThanOrEqualTo(COUNT_ACCURACY_FLOOR);
        assertThat(contradictingSupport).isLessThanOrEqualTo(CONTRADICTING_SUPPORT_CEILING);
        assertThat(ratio(disagreementsFound, disagreements)).isGreaterThanOrEqualTo(DISAGREEMENT_RECALL_FLOOR);
        assertThat(ratio(quotesFound, quotes)).isGreaterThanOrEqualTo(QUOTE_RECALL_FLOOR);
        assertThat(ratio(speakersRight, quotesFound)).isGreaterThanOrEqualTo(SPEAKER_ACCURACY_FLOOR);
        assertThat(ratio(sourcesFound, sources)).isGreaterThanOrEqualTo(SOURCE_RECALL_FLOOR);
    }

    /**
     * The cross-lingual sample ({@code samples/crosslingual/}): its German and English reports, digested as
     * {@code synoptic digest samples/crosslingual/news} does, against the gold {@code expected/ferry-fire.json}
     * (written from the reports before the digest was looked at). Its figures are printed and asserted apart from the
     * four samples', whose floors they would otherwise move.
     */
    @Test
    void theCrossLingualSampleIsOneStoryScoredAgainstItsGold() throws IOException {
        Path dir = ROOT.resolve("samples/crosslingual");
        Scores s = scoreCrossLingual(dir.resolve("news"), dir.resolve("expected/ferry-fire.json"), "crosslingual");
        assertThat(ratio(s.factsFound(), s.facts())).isGreaterThanOrEqualTo(CROSS_FACT_RECALL_FLOOR);
        assertThat(ratio(s.countsRight(), s.factsFound())).isGreaterThanOrEqualTo(CROSS_COUNT_ACCURACY_FLOOR);
        assertThat(ratio(s.sourcesFound(), s.sources())).isGreaterThanOrEqualTo(CROSS_SOURCE_RECALL_FLOOR);
        assertThat(s.contradictingSupport()).isZero();
    }

    /**
     * The held-out cross-lingual story ({@code samples/crosslingual/heldout/}, a container ship off Genoa), written
     * blind before the digest across languages was changed: its figures are printed with the prefix
     * {@code crosslingual-heldout} and not asserted beyond the story being assembled, so that nobody tunes on them.
     */
    @Test
    void theHeldOutCrossLingualStoryIsScoredButNotTunedOn() throws IOException {
        Path dir = ROOT.resolve("samples/crosslingual/heldout");
        scoreCrossLingual(dir.resolve("news"), dir.resolve("expected/container-genua.json"), "crosslingual-heldout");
    }

    /**
     * Digests a folder of German and English reports as {@code synoptic digest} does, checks that the gold story is
     * one story in both languages, and prints the scores of {@link #score}, the evidence precision (each evidence
     * sentence of a matched fact holds one of the gold fact's {@code evidenceTerms}, where the gold lists them) and
     * the entities found with all their spellings in one entry (a gold entity none of whose spellings the digest lists
     * counts as missed; one whose spellings the digest lists in two entries, as split).
     */
    private static Scores scoreCrossLingual(Path news, Path goldFile, String label) throws IOException {
        IngestReport report = new ArticleIngester().ingest(List.of(news.toString()));
        List<StoryDigest> crossDigests = new StoryPipeline(org.synoptic.dedupe.SyndicationGrouper.defaults(),
                org.synoptic.cluster.StoryClusterer.defaults(), org.synoptic.nlp.ArticleAnalyzer.standard(),
                new DigestBuilder(org.synoptic.nlp.EntityMerger.ruleBased(), DigestBuilder.DEFAULT_ALIGNMENT_THRESHOLD))
                .digest(report.articles());
        JsonNode gold = JSON.readTree(goldFile.toFile());
        StoryDigest story = digestFor(gold, crossDigests);
        assertThat(story.articles()).extracting(StoryDigest.ArticleRef::id)
                .containsExactlyInAnyOrderElementsOf(texts(gold.get("articles")));
        assertThat(story.articles()).extracting(StoryDigest.ArticleRef::language).contains("de", "en");
        Scores s = score(List.of(gold), crossDigests, label);
        System.out.printf("%s: %d facts in the digest%n", label, story.facts().size());
        int evidence = 0;
        int evidenceRight = 0;
        for (JsonNode fact : gold.path("facts")) {
            List<String> terms = texts(fact.path("evidenceTerms"));
            StoryDigest.Fact match = matchingFact(story.facts(), texts(fact.get("keywords")), texts(fact.get("articles")));
            if (terms.isEmpty() || match == null) {
                continue;
            }
            for (StoryDigest.Evidence e : match.evidence()) {
                evidence++;
                String lower = e.text().toLowerCase(Locale.ROOT);
                if (terms.stream().anyMatch(lower::contains)) {
                    evidenceRight++;
                } else {
                    System.out.printf("  wrong evidence in %s for %s from %s: %s%n", label, texts(fact.get("keywords")),
                            e.article(), e.text());
                }
            }
        }
        if (evidence > 0) {
            System.out.printf("%s: evidence precision %.2f (%d/%d)%n", label, ratio(evidenceRight, evidence),
                    evidenceRight, evidence);
        }
        int entities = 0;
        int merged = 0;
        List<List<String>> spellings = story.entities().stream().map(en -> {
            List<String> all = new ArrayList<>(en.variants());
            all.add(en.name());
            return all.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
        }).toList();
        for (JsonNode entity : gold.path("entities")) {
            List<String> gs = new ArrayList<>(texts(entity.path("variants")));
            gs.add(entity.get("name").asText());
            List<String> seen = gs.stream().map(x -> x.toLowerCase(Locale.ROOT))
                    .filter(x -> spellings.stream().anyMatch(sp -> sp.contains(x))).toList();
            if (seen.isEmpty()) {
                entities++;
                System.out.printf("  missed entity in %s: %s%n", label, entity.get("name").asText());
                continue;
            }
            entities++;
            if (spellings.stream().anyMatch(sp -> sp.containsAll(seen))) {
                merged++;
            } else {
                System.out.printf("  entity split in %s: %s%n", label, seen);
            }
        }
        System.out.printf("%s: entities found with all their spellings in one entry %.2f (%d/%d)%n", label,
                ratio(merged, entities),
                merged, entities);
        return s;
    }

    // Floors: set a little below the measured figures, so that a regression fails the build.
    // Measured on 2026-11-22 with ArticleAnalyzer.standard(): story 1.00, facts 1.00, counts 0.82, disagreements 1.00,
    // quotes 0.88, speakers 0.74, sources 0.80. Quote and speaker floors raised after the quote extractor took speaker
    // phrases, continuations and "nach Angaben" sources (measured: quotes 0.96, speakers 0.88).
    private static final double STORY_RECALL_FLOOR = 0.95;
    private static final double FACT_RECALL_FLOOR = 0.9;
    // Lowered from 0.8 with the gold correction of 2026-12-04 (wahl-kommune: two reports say 221, not 212;
    // hafenbruecke: Morgenlicht relays Nordpress on 2019): the gold grew stricter, the product did not change (0.75).
    // Raised to 0.85 once facts were split by agreement and counted by source (measured 0.89, 25/28; chip-plant's
    // gold was corrected too: the $2.4 billion report contradicts the $2.1 billion fact).
    // Raised to 0.95, the issue's target, once a clause could stand for its sentence (measured 0.96, 27/28; the miss is
    // river-flood's 90 millimetres, stated in a bulletin sentence that alignment gave to the gauge fact).
    private static final double COUNT_ACCURACY_FLOOR = 0.95;
    private static final double DISAGREEMENT_RECALL_FLOOR = 0.75;
    // Gold facts' contradictedBy reports among the matched fact's supporting articles; the target is 0. Measured
    // 2 on 2026-12-04 (wahl-kommune: 01-oderblick and wk-kiefernland, 221 votes, support the 212 fact); the lead
    // engineer lowers this ceiling once contradictions are kept out of support. Lowered to 0 (measured 0).
    private static final int CONTRADICTING_SUPPORT_CEILING = 0;
    private static final double QUOTE_RECALL_FLOOR = 0.92;
    private static final double SPEAKER_ACCURACY_FLOOR = 0.84;
    private static final double SOURCE_RECALL_FLOOR = 0.75;

    // The cross-lingual sample, measured on 2026-12-05 on its gold, written before the digest was looked at and never
    // tuned for: fact recall 0.63 (5/8), support-count accuracy 0.80 (4/5: four smoke-poisoning reports counted on 2
    // sources, gold 3), quotes 1.00 (3/3), speakers 1.00 (3/3), cited sources 0.00 (0/4), no contradicting support.
    // Floors just below; the sources and the missed facts are left to the digest across languages.
    // Raised once days, times, titles, compound parts and clauses bridged the languages and English cited sources were
    // read and a dateline agency listed (issue 21 item 4): measured fact recall 0.88 (7/8; missed: "Untersuchung
    // eingeleitet" / "opened an investigation"), support counts 1.00 (7/7), cited sources 1.00 (4/4). Floors allow one
    // miss each.
    private static final double CROSS_FACT_RECALL_FLOOR = 0.85;
    private static final double CROSS_COUNT_ACCURACY_FLOOR = 0.85;
    private static final double CROSS_SOURCE_RECALL_FLOOR = 0.75;

    /**
     * Whether a cited source's name is the gold source's: one holds the other ("Severn Catchment Authority" and "the
     * Severn Catchment Authority"), and the shorter has at least half the longer's words, so that a fragment
     * ("Centre") does not pass for another source ("county emergency coordination centre").
     */
    static boolean sameSource(String found, String gold) {
        String a = found.toLowerCase(Locale.ROOT).strip();
        String b = gold.toLowerCase(Locale.ROOT).strip();
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return !shorter.isEmpty() && longer.contains(shorter)
                && 2 * shorter.split("\\s+").length >= longer.split("\\s+").length;
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static boolean containsAll(String text, List<String> keys) {
        String lower = text.toLowerCase(Locale.ROOT);
        return keys.stream().allMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
