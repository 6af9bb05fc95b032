package org.synoptic.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.crosslingual.EvidenceExtractor;
import org.synoptic.model.Article;

/** Invented reports: a German and an English report of one event are linked; an unrelated English report is not. */
class StoryLinkerTest {

    private static final Article GERMAN = article("de1", "de", "Erdbeben erschüttert Wladiwostok",
            "Ein Erdbeben der Stärke 6,1 hat am 14. Mai die Hafenstadt Wladiwostok erschüttert. Nach Angaben des "
                    + "Katastrophenschutzministers Alexej Markin wurden 37 Menschen verletzt. Die Regierung in Moskau "
                    + "stellte 40 Millionen Rubel für den Wiederaufbau bereit, teilte der Kreml mit.");
    private static final Article ENGLISH = article("en1", "en", "Earthquake shakes Vladivostok",
            "A magnitude 6.1 earthquake shook the port city of Vladivostok on May 14. Emergencies minister Alexei "
                    + "Markin said 37 people were injured. The government in Moscow provided 40 million roubles for "
                    + "reconstruction, the Kremlin said.");
    private static final Article OTHER = article("en2", "en", "Harbour festival opens in Lisbon",
            "The annual harbour festival opened in Lisbon on Saturday with concerts and a regatta. Organisers expect "
                    + "more than 200,000 visitors over the weekend, the city council said.");

    @Test
    void germanAndEnglishReportsOfOneEventBecomeOneStoryWithEvidence() {
        List<Story> stories = StoryClusterer.defaults().cluster(List.of(GERMAN, ENGLISH, OTHER));

        assertThat(stories).hasSize(2);
        Story linked = stories.get(0);
        assertThat(linked.id()).isEqualTo(StoryClusterer.storyId("de1"));
        assertThat(linked.articleIds()).containsExactly("de1", "en1");
        assertThat(linked.links()).hasSize(1);
        StoryLink link = linked.links().get(0);
        assertThat(link.storyId()).isEqualTo(StoryClusterer.storyId("en1"));
        assertThat(link.language()).isEqualTo("en");
        assertThat(link.names()).contains("Wladiwostok / Vladivostok", "Markin");
        assertThat(link.numbers()).contains("37 Menschen / 37 people", "14. Mai / May 14");
        assertThat(link.terms()).anyMatch(t -> t.startsWith("Erdbeben / "));
        assertThat(stories.get(1).articleIds()).containsExactly("en2");
        assertThat(stories.get(1).links()).isEmpty();
    }

    @Test
    void nothingIsLinkedAboveTheThresholdOrInOneLanguage() {
        List<Story> unlinked = StoryClusterer.builder().linkThreshold(1.5).build()
                .cluster(List.of(GERMAN, ENGLISH, OTHER));
        assertThat(unlinked).hasSize(3).allMatch(s -> s.links().isEmpty());

        List<Story> english = StoryClusterer.defaults().cluster(List.of(ENGLISH, OTHER));
        assertThat(english).hasSize(2).allMatch(s -> s.links().isEmpty());
    }

    @Test
    void aBackgroundInWhichTheSharedKeysAreCommonWeighsThemDown() {
        EvidenceExtractor extractor = EvidenceExtractor.standard();
        Set<String> shared = new HashSet<>(extractor.evidence(GERMAN).weights().keySet());
        shared.retainAll(extractor.evidence(ENGLISH).weights().keySet());
        assertThat(shared).contains("n:markin");
        Map<String, Integer> everywhere = new HashMap<>();
        shared.forEach(k -> everywhere.put(k, 10_000));
        BackgroundFrequencies common = new BackgroundFrequencies(10_000, everywhere);
        List<Story> unlinked = StoryClusterer.builder().linkThreshold(2.0).build().cluster(List.of(GERMAN, ENGLISH, OTHER));
        List<Article> batch = List.of(GERMAN, ENGLISH, OTHER);

        List<Story> plain = StoryLinker.defaults().link(unlinked, batch);
        List<Story> none = StoryLinker.defaults().withBackground(Map.of()).link(unlinked, batch);
        List<Story> weighedDown = StoryLinker.defaults().withBackground(Map.of("de", common, "en", common))
                .link(unlinked, batch);

        assertThat(plain).hasSize(2);
        assertThat(none).isEqualTo(plain);
        assertThat(weighedDown).hasSize(3).allMatch(s -> s.links().isEmpty());
    }

    @Test
    void backgroundCountsAreChecked() {
        assertThat(BackgroundFrequencies.NONE.count("n:markin")).isZero();
        assertThatThrownBy(() -> new BackgroundFrequencies(-1, Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    private static final String WIRE_DE = "Talhausen (dpa) – Nach einem schweren Hagelsturm ist das Weinfest in "
            + "Talhausen abgesagt worden. Die Winzergenossenschaft bedauerte die Absage. Veranstalterin Marlene Ostwald "
            + "sprach von einem bitteren Abend für die Gemeinde. Rund 4000 Gäste mussten das Gelände verlassen. Die "
            + "Feuerwehr räumte bis in die Nacht umgestürzte Bäume von den Zufahrtsstraßen, Keller liefen voll, "
            + "Dächer wurden abgedeckt. Der Wetterdienst hatte am Nachmittag vor Unwettern gewarnt. Im Nachbarort "
            + "Oberbrunn stürzte ein Kran auf eine Scheune, die Bahnstrecke nach Lindach blieb bis zum Morgen gesperrt. "
            + "Landwirte fürchten um die Ernte in den Weinbergen am Südhang, Versicherer schätzen den Schaden noch nicht. "
            + "Der Bürgermeister kündigte eine Sondersitzung des Gemeinderats an, die Schule bleibt am Montag "
            + "geschlossen. Helfer des Roten Kreuzes versorgten Anwohner mit Decken und heißem Tee.";
    private static final String WIRE_EN = "TALHAUSEN, Germany (dpa) - Hail ended a village celebration on Saturday. "
            + "Organiser Marlene Ostwald sent the visitors home.";

    private static Article wire(String id, String language, String text, String published) {
        return new Article(id, "test:" + id, null, null, text, id + ".example", null, published, language, Set.of());
    }

    @Test
    void aWireReportAndItsTranslationWithOneDatelineAreLinkedWhenPublishedTogether() {
        List<Story> linked = StoryClusterer.defaults().cluster(List.of(wire("w-de", "de", WIRE_DE, "2026-07-04"),
                wire("w-en", "en", WIRE_EN, "2026-07-04")));
        assertThat(linked).hasSize(1);
        assertThat(linked.get(0).links().get(0).names()).contains("Talhausen (dpa) / TALHAUSEN (dpa)");

        // the same words without the datelines share too little to be linked
        List<Story> undated = StoryClusterer.defaults().cluster(List.of(
                wire("w-de", "de", WIRE_DE.replace("Talhausen (dpa) – ", ""), "2026-07-04"),
                wire("w-en", "en", WIRE_EN.replace("TALHAUSEN, Germany (dpa) - ", ""), "2026-07-04")));
        assertThat(undated).hasSize(2);
        // and one dateline nine days apart is two reports from one place, not one report
        List<Story> apart = StoryClusterer.defaults().cluster(List.of(wire("w-de", "de", WIRE_DE, "2026-07-04"),
                wire("w-en", "en", WIRE_EN, "2026-07-13")));
        assertThat(apart).hasSize(2);
    }

    private static Article article(String id, String language, String title, String text) {
        return new Article(id, "test:" + id, null, title, text, id + ".example", null, "2026-05-14", language,
                Set.of());
    }

    @Test
    void aKindwiseScoreIsTheSharedWeightedSumOfTheNamesAndWordsCosines() {
        org.synoptic.crosslingual.ReportEvidence a = new org.synoptic.crosslingual.ReportEvidence("de",
                Map.of("n:markin", 1.0, "n:vladivostok", 2.0, "t:earthquak", 1.0, "t:injur", 1.0, "t:harbour", 1.0),
                Map.of());
        org.synoptic.crosslingual.ReportEvidence b = new org.synoptic.crosslingual.ReportEvidence("en",
                Map.of("n:markin", 1.0, "n:lisbon", 1.0, "t:earthquak", 2.0, "t:festiv", 1.0), Map.of());
        Map<String, Integer> df = Map.of();
        StoryLinker.StoryEvidence ea = StoryLinker.evidenceOf("a", 0, "de", List.of(a),
                List.of(java.util.OptionalLong.empty()), df, 10, BackgroundFrequencies.NONE, 0.3, 0.0);
        StoryLinker.StoryEvidence eb = StoryLinker.evidenceOf("b", 1, "en", List.of(b),
                List.of(java.util.OptionalLong.empty()), df, 10, BackgroundFrequencies.NONE, 0.3, 0.0);
        double dot = 0;
        for (Map.Entry<String, Double> w : ea.vector().entrySet()) {
            dot += w.getValue() * eb.vector().getOrDefault(w.getKey(), 0.0);
        }
        // equal IDF for every key: names (1, 2) . (1, 1) over their lengths; words (1, 1, 1) . (2, 1) likewise
        double names = 1 / Math.sqrt(5) / Math.sqrt(2);
        double words = 2 / Math.sqrt(3) / Math.sqrt(5);
        assertThat(dot).isCloseTo(0.3 * names + 0.7 * words, org.assertj.core.data.Offset.offset(1e-9));
        assertThatThrownBy(() -> StoryLinker.defaults().withNamesShare(1.0)).hasMessageContaining("1.0");
        assertThat(StoryLinker.defaults().namesShare()).isNaN();
    }

    private static double dot(StoryLinker.StoryEvidence a, StoryLinker.StoryEvidence b) {
        double dot = 0;
        for (Map.Entry<String, Double> w : a.vector().entrySet()) {
            dot += w.getValue() * b.vector().getOrDefault(w.getKey(), 0.0);
        }
        return dot;
    }

    private static StoryLinker.StoryEvidence part(String id, String language, Map<String, Double> keys,
                                                  double leadShare) {
        return StoryLinker.evidenceOf(id, id.hashCode(), language,
                List.of(new org.synoptic.crosslingual.ReportEvidence(language, keys,
                        keys.keySet().stream().collect(java.util.stream.Collectors.toMap(k -> k, k -> k.substring(2))))),
                List.of(java.util.OptionalLong.empty()), Map.of(), 10, BackgroundFrequencies.NONE, Double.NaN,
                leadShare);
    }

    @Test
    void aScoreWeighsTheLeadsCosineByItsShare() {
        // the same people in both reports, but their leads tell of other things
        Map<String, Double> body = Map.of("n:markin", 1.0, "n:vladivostok", 1.0, "t:harbour", 1.0);
        Map<String, Double> a = new java.util.HashMap<>(body);
        a.putAll(Map.of("~n:markin", 1.0, "~t:earthquak", 1.0));
        Map<String, Double> b = new java.util.HashMap<>(body);
        b.putAll(Map.of("~n:markin", 1.0, "~t:festiv", 1.0));
        double share = StoryLinker.DEFAULT_LEAD_SHARE;
        // equal IDF for every key: the bodies' cosine is 1, the leads' 1/2
        assertThat(dot(part("a", "de", a, share), part("b", "en", b, share)))
                .isCloseTo((1 - share) * 1.0 + share * 0.5, org.assertj.core.data.Offset.offset(1e-9));
        // a share of 0 reads the whole reports alone, leads left out
        assertThat(dot(part("a", "de", a, 0.0), part("b", "en", b, 0.0)))
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(StoryLinker.defaults().leadShare()).isEqualTo(share);
        assertThatThrownBy(() -> StoryLinker.defaults().withLeadShare(1.0)).hasMessageContaining("1.0");
        // the lead's keys are no evidence of their own: a link shows the whole reports' names, each once
        StoryLink link = StoryLinker.link(part("b", "en", b, share), part("a", "de", a, share),
                part("b", "en", b, share), 0.5);
        assertThat(link.names()).hasSize(2).noneMatch(n -> n == null || n.contains("~"));
    }
}
