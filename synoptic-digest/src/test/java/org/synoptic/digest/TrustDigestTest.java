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
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;
import org.synoptic.nlp.ArticleAnalyzer;

/**
 * Scores the product's digests of the trust stories ({@code samples/trust/news}) against their gold
 * ({@code samples/trust/expected/*.json}, written before tuning; see {@code samples/trust/README.md}) on the figures
 * an editor needs to trust a count: contradicting reports counted as support, support-count accuracy, fact recall,
 * evidence precision, contradiction recall, contradiction precision (of the reports listed as contradicting a fact, those
 * the gold lists so; a supporting report listed as contradicting is counted apart), disagreement recall, speaker
 * accuracy, date accuracy, and leaks of
 * non-content (captions, credits, teasers, boilerplate) and of background statements into the timeline.
 *
 * <p>Prints every figure per story and in total, with the misses that explain it, and asserts the floors below.
 *
 * <p>The same scoring runs over the held-out stories ({@code samples/trust-heldout}, written after tuning began and
 * never used for tuning; see its README). Their figures are printed with the prefix {@code trust-heldout} and carry no
 * floors: a floor would invite tuning on them. So do the second held-out set's ({@code samples/trust-heldout2}, written
 * blind in session 13 before the product ran on them), with the prefix {@code trust-heldout2}.
 */
@Tag("corenlp") // loads CoreNLP's German and English models; skipped by -Pquick
class TrustDigestTest {

    private static final Path ROOT = SampleDigestTest.ROOT;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The digests of one sample folder's stories ({@code news/}), digested on their own, and its gold. */
    private record Corpus(List<StoryDigest> digests, List<JsonNode> golds) {

        static Corpus read(String folder, StoryPipeline pipeline) throws IOException {
            IngestReport report = new ArticleIngester().ingest(List.of(ROOT.resolve(folder + "/news").toString()));
            assertThat(report.rejected()).as(folder).isEmpty();
            List<JsonNode> golds = new ArrayList<>();
            try (Stream<Path> files = Files.list(ROOT.resolve(folder + "/expected"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    golds.add(JSON.readTree(f.toFile()));
                }
            }
            return new Corpus(pipeline.digest(report.articles()), golds);
        }

        /** Prints one line per story and the total under {@code label}, and returns the total. */
        Tally scoreAll(String label) {
            Tally total = new Tally();
            for (JsonNode gold : golds) {
                Tally story = score(gold, digests);
                System.out.println(story.line(label + " " + gold.get("story").asText()));
                total.add(story);
            }
            System.out.println(total.line(label));
            return total;
        }
    }

    private static Corpus trust;
    private static Corpus heldOut;
    private static Corpus heldOut2;

    @BeforeAll
    static void digestTrustStories() throws IOException {
        StoryPipeline pipeline = new StoryPipeline(SyndicationGrouper.defaults(), StoryClusterer.defaults(),
                ArticleAnalyzer.standard(), new DigestBuilder(org.synoptic.nlp.EntityMerger.ruleBased(), Double.parseDouble(System.getProperty(
                        "synoptic.alignment", String.valueOf(DigestBuilder.DEFAULT_ALIGNMENT_THRESHOLD)))));
        trust = Corpus.read("samples/trust", pipeline);
        heldOut = Corpus.read("samples/trust-heldout", pipeline);
        heldOut2 = Corpus.read("samples/trust-heldout2", pipeline);
        assertThat(trust.golds()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(heldOut.golds()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(heldOut2.golds()).hasSizeGreaterThanOrEqualTo(3);
    }

    /** Held-out figures are printed only: no floors, so that nobody tunes against them. */
    @Test
    void heldOutFiguresArePrinted() {
        heldOut.scoreAll("trust-heldout");
    }

    /** The second held-out set, likewise printed only. */
    @Test
    void secondHeldOutFiguresArePrinted() {
        heldOut2.scoreAll("trust-heldout2");
    }

    @Test
    void trustFiguresHoldTheirFloors() {
        Tally total = trust.scoreAll("trust");

        // Floors and ceilings at the baseline measured before any tuning on these stories (figures below), rounded
        // down to two decimals; the lead engineer tightens them after tuning.
        assertThat(total.contradictingSupport).as("contradicting reports counted as support")
                .isLessThanOrEqualTo(CONTRADICTING_SUPPORT_CEILING);
        assertThat(total.supportAccuracy()).as("support-count accuracy").isGreaterThanOrEqualTo(SUPPORT_ACCURACY_FLOOR);
        assertThat(total.factRecall()).as("fact recall").isGreaterThanOrEqualTo(FACT_RECALL_FLOOR);
        assertThat(total.evidencePrecision()).as("evidence precision").isGreaterThanOrEqualTo(EVIDENCE_PRECISION_FLOOR);
        assertThat(total.contradictionRecall()).as("contradiction recall")
                .isGreaterThanOrEqualTo(CONTRADICTION_RECALL_FLOOR);
        assertThat(total.disagreementRecall()).as("disagreement recall")
                .isGreaterThanOrEqualTo(DISAGREEMENT_RECALL_FLOOR);
        assertThat(total.speakerAccuracy()).as("speaker accuracy").isGreaterThanOrEqualTo(SPEAKER_ACCURACY_FLOOR);
        assertThat(total.dateAccuracy()).as("date accuracy").isGreaterThanOrEqualTo(DATE_ACCURACY_FLOOR);
        assertThat(total.nonContentLeaks).as("non-content leaks").isLessThanOrEqualTo(NON_CONTENT_LEAK_CEILING);
        assertThat(total.timelineLeaks).as("notInTimeline leaks").isLessThanOrEqualTo(TIMELINE_LEAK_CEILING);
        assertThat(total.contradictionPrecision()).as("contradiction precision")
                .isGreaterThanOrEqualTo(CONTRADICTION_PRECISION_FLOOR);
        assertThat(total.supportersAsContradicting).as("supporting reports listed as contradicting")
                .isLessThanOrEqualTo(SUPPORTERS_AS_CONTRADICTING_CEILING);
    }

    // Baseline before tuning, measured on 2026-12-04 with the product of commit 3c1d96f and the trust gold of this
    // branch: contradictingSupport=3 supportAcc=0.19 (4/21) factRecall=1.00 (21/21) evidencePrecision=0.87 (61/70)
    // contradictionRecall=0.00 (0/4) disagreementRecall=0.50 (2/4) speakerAcc=0.79 (19/24) dateAcc=0.63 (10/16)
    // nonContentLeaks=8 timelineLeaks=4; agencyGroups 0/4, falseAgency 0 (printed, no floor); the English report of
    // bahnstrecke-seltzbach lands in a story of its own.
    // After tuning (the floors below sit just under these): contradictingSupport=0 supportAcc=0.71 (15/21)
    // factRecall=1.00 evidencePrecision=0.94 (66/70) contradictionRecall=1.00 (4/4) disagreementRecall=1.00 (4/4)
    // speakerAcc=1.00 (24/24) dateAcc=0.75 (12/16) nonContentLeaks=0 timelineLeaks=0 agencyGroups=4/4. The six
    // support misses are all in bahnstrecke-seltzbach, whose English report is neither clustered with the German ones
    // nor aligned with them (cross-lingual alignment is not built).
    //
    // Session 11 added four stories written blind (busunfall-hadenrode, klinikfusion-lorchingen, festival-gernsweiler,
    // urteil-birkenweiler). Baseline over all eight before any tuning on the new four, product of commit fcff5ab:
    // contradictingSupport=2 supportAcc=0.83 (35/42) factRecall=0.89 (42/47) evidencePrecision=0.84 (112/133)
    // contradictionRecall=0.80 (8/10) disagreementRecall=0.80 (8/10) speakerAcc=0.98 (61/62) dateAcc=0.91 (31/34)
    // nonContentLeaks=6 timelineLeaks=0. After weekdays as fact slots and two footer rules (the floors below sit
    // just under these): contradictingSupport=0 supportAcc=0.79 (33/42) factRecall=0.89 evidencePrecision=0.86
    // (111/129) contradictionRecall=1.00 (10/10) disagreementRecall=0.80 speakerAcc=0.98 dateAcc=0.91
    // nonContentLeaks=0. Support accuracy fell by two: the bridge-reopening count of busunfall was right by accident
    // (the contradicting report filled it); klinikfusion's "38 zu 9" loses the report whose one sentence states the
    // vote and the wrong day; hochwasser's "140" loses a report whose evacuation and return days now part.
    // Then a contradicted fact gets its own disagreement unless one already sets its evidence against its contradiction
    // (not merely its reports), and counted time ("Jahre", "Monate") no longer relates a demand to a verdict:
    // disagreementRecall 0.80 -> 1.00 (10/10). Then separable verbs whole ("legte … ein" / "eingelegt"): factRecall
    // 0.89 -> 0.91 (43/47), supportAcc 0.79 (33/42) -> 0.79 (34/43), evidencePrecision 0.86 (114/132).
    // Then a range's endDate is scored (a timeline entry is right only with its end), and an event noun the report
    // never dates counts from its lead event, years keep their span's end: dateAcc 0.91 (31/34) -> 1.00 (34/34),
    // rangeEnds 3/3 (2/3 before the year span).
    // Session 15: counts by degree (CountGatherer) and relays that name a report of the story (SourceCounter):
    // supportAcc 0.82 (36/44) -> 0.91 (40/44), evidencePrecision 0.90 -> 0.92 (125/136); floors raised to match.
    private static final int CONTRADICTING_SUPPORT_CEILING = 0;
    private static final double SUPPORT_ACCURACY_FLOOR = 0.88;
    private static final double FACT_RECALL_FLOOR = 0.89;
    private static final double EVIDENCE_PRECISION_FLOOR = 0.90;
    private static final double CONTRADICTION_RECALL_FLOOR = 1.0;
    private static final double DISAGREEMENT_RECALL_FLOOR = 1.0;
    private static final double SPEAKER_ACCURACY_FLOOR = 0.95;
    private static final double DATE_ACCURACY_FLOOR = 0.97;
    private static final int NON_CONTENT_LEAK_CEILING = 0;
    private static final int TIMELINE_LEAK_CEILING = 0;
    // Measured first on 2026-12-05 (session 14), when the figure was added: 0.71 (10/14), 3 supporters listed as
    // contradicting; then 0.77 (10/13) and 2 once an estimated day ("frühestens am Mittwoch") stopped filling the
    // weekday slot. The two left are facts that join two slots in one sentence, of which the report contradicts one.
    // Then counts in a degree ("zwei von ihnen schwer", "38 zu 9 Stimmen") as quantities of their own, with their own
    // statements: 0.91 (10/11) and 0, supportAcc 0.82 (36/44) -> 0.86 (38/44), evidencePrecision 0.90 -> 0.92.
    private static final double CONTRADICTION_PRECISION_FLOOR = 0.90;
    private static final int SUPPORTERS_AS_CONTRADICTING_CEILING = 0;

    /** Scores one gold story against the digest holding most of its articles. */
    private static Tally score(JsonNode gold, List<StoryDigest> digests) {
        String name = gold.get("story").asText();
        List<String> ids = texts(gold.get("articles"));
        StoryDigest d = digests.stream()
                .max(Comparator.comparingLong(x -> x.articles().stream().filter(a -> ids.contains(a.id())).count()))
                .orElseThrow();
        Tally t = new Tally();
        t.articles = ids.size();
        t.articlesFound = (int) d.articles().stream().filter(a -> ids.contains(a.id())).count();
        t.intruders = d.articles().size() - t.articlesFound;
        scoreFacts(gold, d, t, name);
        scoreDisagreements(gold, d, t, name);
        scoreQuotes(gold, d, t, name);
        scoreDates(gold, d, digests, t, name);
        scoreLeaks(gold, d, t, name);
        for (JsonNode group : gold.path("agencyGroups")) {
            t.agencyGroups++;
            List<String> members = texts(group);
            List<List<String>> basedOn = digests.stream().flatMap(x -> x.articles().stream())
                    .filter(a -> members.contains(a.id())).map(StoryDigest.ArticleRef::basedOn).toList();
            boolean shared = basedOn.size() == members.size() && !basedOn.get(0).isEmpty()
                    && basedOn.get(0).stream().anyMatch(agency -> basedOn.stream().allMatch(b -> b.contains(agency)));
            t.agencyGroupsFound += shared ? 1 : 0;
        }
        // A report outside every agency group that is said to rest on an agency ("Foto: dpa" is a photo credit only).
        List<String> agencyMembers = new ArrayList<>();
        gold.path("agencyGroups").forEach(g -> agencyMembers.addAll(texts(g)));
        for (StoryDigest.ArticleRef a : d.articles()) {
            if (ids.contains(a.id()) && !agencyMembers.contains(a.id()) && !a.basedOn().isEmpty()) {
                t.falseAgency++;
                System.out.printf("  %s: %s is its own report but said to rest on %s%n", name, a.id(), a.basedOn());
            }
        }
        return t;
    }

    private static void scoreFacts(JsonNode gold, StoryDigest d, Tally t, String name) {
        for (JsonNode fact : gold.path("facts")) {
            t.facts++;
            List<String> keys = texts(fact.get("keywords"));
            List<String> supporting = texts(fact.get("articles"));
            List<String> contradicting = texts(fact.path("contradictedBy"));
            List<String> terms = texts(fact.get("evidenceTerms"));
            t.contradictionsGold += contradicting.size();
            StoryDigest.Fact match = SampleDigestTest.matchingFact(d.facts(), keys, supporting);
            if (match == null) {
                System.out.printf("  %s: missed fact %s%n", name, keys);
                continue;
            }
            t.factsFound++;
            int expected = fact.get("independentSources").asInt();
            if (match.independentSources() == expected) {
                t.supportRight++;
            } else {
                System.out.printf("  %s: support count for %s: %d %s, gold %d%n", name, keys,
                        match.independentSources(), match.sources(), expected);
            }
            for (String id : contradicting) {
                if (match.articles().contains(id)) {
                    t.contradictingSupport++;
                    System.out.printf("  %s: %s contradicts %s but counts as support%n", name, id, keys);
                }
                if (match.contradictedBy().contains(id)) {
                    t.contradictionsFound++;
                }
            }
            for (String id : match.contradictedBy()) {
                t.contradictionsListed++;
                if (!contradicting.contains(id)) {
                    if (supporting.contains(id)) {
                        t.supportersAsContradicting++;
                    }
                    System.out.printf("  %s: %s listed as contradicting %s, gold: %s%n", name, id, keys,
                            supporting.contains(id) ? "it supports" : "it neither supports nor contradicts");
                }
            }
            for (StoryDigest.Evidence e : match.evidence()) {
                t.evidence++;
                if (supporting.contains(e.article()) && containsAny(e.text(), terms)) {
                    t.evidenceRight++;
                } else {
                    System.out.printf("  %s: wrong evidence for %s from %s: %s%n", name, keys, e.article(),
                            abbreviate(e.text()));
                }
            }
        }
    }

    private static void scoreDisagreements(JsonNode gold, StoryDigest d, Tally t, String name) {
        for (JsonNode dis : gold.path("disagreements")) {
            t.disagreements++;
            boolean found = d.disagreements().stream().anyMatch(x -> {
                for (JsonNode pos : dis.get("positions")) {
                    List<String> keys = texts(pos.get("keywords"));
                    if (x.positions().stream().noneMatch(p -> containsAll(p.text(), keys))) {
                        return false;
                    }
                }
                return true;
            });
            t.disagreementsFound += found ? 1 : 0;
            if (!found) {
                System.out.printf("  %s: missed disagreement about %s%n", name, dis.get("about").asText());
            }
        }
    }

    private static void scoreQuotes(JsonNode gold, StoryDigest d, Tally t, String name) {
        for (JsonNode quote : gold.path("quotes")) {
            t.quotes++;
            List<String> keys = texts(quote.get("keywords"));
            StoryDigest.QuoteEntry match = d.quotes().stream().filter(q -> containsAll(q.text(), keys))
                    .findFirst().orElse(null);
            if (match == null) {
                System.out.printf("  %s: missed quote %s%n", name, keys);
                continue;
            }
            t.quotesFound++;
            String speaker = quote.get("speaker").asText();
            String surname = speaker.substring(speaker.lastIndexOf(' ') + 1);
            String via = quote.path("via").isTextual() ? quote.get("via").asText() : null;
            boolean speakerRight = match.speaker() != null && containsAll(match.speaker(), List.of(surname));
            boolean viaRight = via == null || match.via() != null && (containsAll(match.via(), List.of(via))
                    || containsAll(via, List.of(match.via())));
            if (speakerRight && viaRight) {
                t.speakersRight++;
            } else {
                System.out.printf("  %s: quote %s: speaker %s via %s, gold %s via %s%n", name, keys, match.speaker(),
                        match.via(), speaker, via);
            }
        }
    }

    private static void scoreDates(JsonNode gold, StoryDigest d, List<StoryDigest> digests, Tally t, String name) {
        for (JsonNode entry : gold.path("timeline")) {
            t.dates++;
            List<String> keys = texts(entry.get("keywords"));
            String date = entry.get("date").asText();
            // a range must keep its end: with a gold endDate, the entry is right only with that end as well
            String endDate = entry.hasNonNull("endDate") ? entry.get("endDate").asText() : null;
            List<StoryDigest.TimelineEntry> matching = d.timeline().stream()
                    .filter(e -> containsAll(e.text(), keys)).toList();
            List<String> found = matching.stream().map(e -> e.endDate() == null ? e.date() : e.date() + "/" + e.endDate())
                    .toList();
            boolean right = matching.stream().anyMatch(e -> e.date().equals(date)
                    && (endDate == null || endDate.equals(e.endDate())));
            if (endDate != null) {
                t.ranges++;
                t.rangesRight += right ? 1 : 0;
            }
            if (right) {
                t.datesRight++;
            } else {
                System.out.printf("  %s: timeline %s: %s, gold %s%n", name, keys, found.isEmpty() ? "absent" : found,
                        endDate == null ? date : date + "/" + endDate);
            }
        }
        gold.path("published").fields().forEachRemaining(expected -> {
            t.dates++;
            String published = digests.stream().flatMap(x -> x.articles().stream())
                    .filter(a -> a.id().equals(expected.getKey())).map(StoryDigest.ArticleRef::published)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (published != null && published.startsWith(expected.getValue().asText())) {
                t.datesRight++;
            } else {
                System.out.printf("  %s: published %s: %s, gold %s%n", name, expected.getKey(), published,
                        expected.getValue().asText());
            }
        });
    }

    private static void scoreLeaks(JsonNode gold, StoryDigest d, Tally t, String name) {
        List<String> shown = new ArrayList<>();
        shown.add(d.headline());
        d.facts().forEach(f -> {
            shown.add(f.text());
            f.evidence().forEach(e -> shown.add(e.text()));
        });
        d.quotes().forEach(q -> shown.add(q.text()));
        d.timeline().forEach(e -> shown.add(e.text()));
        d.summary().forEach(s -> shown.add(s.text()));
        for (JsonNode set : gold.path("nonContent")) {
            List<String> keys = texts(set);
            long leaks = shown.stream().filter(Objects::nonNull).filter(s -> containsAll(s, keys)).count();
            t.nonContentLeaks += (int) leaks;
            if (leaks > 0) {
                System.out.printf("  %s: non-content %s shown %d times%n", name, keys, leaks);
            }
        }
        for (JsonNode set : gold.path("notInTimeline")) {
            List<String> keys = texts(set);
            long leaks = d.timeline().stream().filter(e -> containsAll(e.text(), keys)).count();
            t.timelineLeaks += (int) leaks;
            if (leaks > 0) {
                System.out.printf("  %s: background %s in the timeline %d times%n", name, keys, leaks);
            }
        }
    }

    /** The counts behind the figures, for one story or summed over all. */
    private static final class Tally {
        int articles, articlesFound, intruders;
        int facts, factsFound, supportRight, contradictingSupport;
        int evidence, evidenceRight, contradictionsGold, contradictionsFound;
        int contradictionsListed, supportersAsContradicting;
        int disagreements, disagreementsFound;
        int quotes, quotesFound, speakersRight;
        int dates, datesRight, ranges, rangesRight;
        int nonContentLeaks, timelineLeaks;
        int agencyGroups, agencyGroupsFound, falseAgency;

        void add(Tally o) {
            articles += o.articles;
            articlesFound += o.articlesFound;
            intruders += o.intruders;
            facts += o.facts;
            factsFound += o.factsFound;
            supportRight += o.supportRight;
            contradictingSupport += o.contradictingSupport;
            evidence += o.evidence;
            evidenceRight += o.evidenceRight;
            contradictionsGold += o.contradictionsGold;
            contradictionsFound += o.contradictionsFound;
            contradictionsListed += o.contradictionsListed;
            supportersAsContradicting += o.supportersAsContradicting;
            disagreements += o.disagreements;
            disagreementsFound += o.disagreementsFound;
            quotes += o.quotes;
            quotesFound += o.quotesFound;
            speakersRight += o.speakersRight;
            dates += o.dates;
            datesRight += o.datesRight;
            ranges += o.ranges;
            rangesRight += o.rangesRight;
            nonContentLeaks += o.nonContentLeaks;
            timelineLeaks += o.timelineLeaks;
            agencyGroups += o.agencyGroups;
            agencyGroupsFound += o.agencyGroupsFound;
            falseAgency += o.falseAgency;
        }

        double supportAccuracy() {
            return ratio(supportRight, factsFound);
        }

        double factRecall() {
            return ratio(factsFound, facts);
        }

        double evidencePrecision() {
            return ratio(evidenceRight, evidence);
        }

        double contradictionRecall() {
            return ratio(contradictionsFound, contradictionsGold);
        }

        /** Of the reports listed as contradicting a matched fact, the share the gold lists as contradicting it. */
        double contradictionPrecision() {
            return ratio(contradictionsFound, contradictionsListed);
        }

        double disagreementRecall() {
            return ratio(disagreementsFound, disagreements);
        }

        double speakerAccuracy() {
            return ratio(speakersRight, quotesFound);
        }

        double dateAccuracy() {
            return ratio(datesRight, dates);
        }

        String line(String label) {
            return String.format(Locale.ROOT, "%s: contradictingSupport=%d supportAcc=%.2f (%d/%d)"
                            + " factRecall=%.2f (%d/%d)"
                            + " evidencePrecision=%.2f (%d/%d) contradictionRecall=%.2f (%d/%d)"
                            + " contradictionPrecision=%.2f (%d/%d) supportersAsContradicting=%d"
                            + " disagreementRecall=%.2f (%d/%d) speakerAcc=%.2f (%d/%d, quotes found %d/%d)"
                            + " dateAcc=%.2f (%d/%d) rangeEnds=%d/%d nonContentLeaks=%d timelineLeaks=%d"
                            + " agencyGroups=%d/%d falseAgency=%d"
                            + " articles=%d/%d intruders=%d",
                    label, contradictingSupport, supportAccuracy(), supportRight, factsFound, factRecall(), factsFound,
                    facts, evidencePrecision(), evidenceRight, evidence, contradictionRecall(), contradictionsFound,
                    contradictionsGold, contradictionPrecision(), contradictionsFound, contradictionsListed,
                    supportersAsContradicting, disagreementRecall(), disagreementsFound, disagreements, speakerAccuracy(),
                    speakersRight, quotesFound, quotesFound, quotes, dateAccuracy(), datesRight, dates, rangesRight, ranges,
                    nonContentLeaks,
                    timelineLeaks, agencyGroupsFound, agencyGroups, falseAgency, articlesFound, articles, intruders);
        }
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    private static boolean containsAll(String text, List<String> keys) {
        String lower = text.toLowerCase(Locale.ROOT);
        return keys.stream().allMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
    }

    private static boolean containsAny(String text, List<String> terms) {
        String lower = text.toLowerCase(Locale.ROOT);
        return terms.stream().anyMatch(k -> lower.contains(k.toLowerCase(Locale.ROOT)));
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 97) + "...";
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
