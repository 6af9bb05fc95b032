package org.synoptic.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/** The extractor's options: the lead (used), German-space keys, translation specificity, number weight (measured, unused). */
class EvidenceOptionsTest {

    private static ReportEvidence evidence(EvidenceExtractor x, String language, String text) {
        return x.evidence(new Article("a", "test", null, null, text, null, null, null, language, Set.of()));
    }

    private static Set<String> germanSpace(ReportEvidence e) {
        Set<String> keys = new HashSet<>(e.weights().keySet());
        keys.removeIf(k -> !k.startsWith("g:"));
        return keys;
    }

    @Test
    void theStandardExtractorWritesNoGermanSpaceKeys() {
        ReportEvidence de = evidence(EvidenceExtractor.standard(), "de", "Die Fähre brannte vor der Küste.");
        assertThat(germanSpace(de)).isEmpty();
    }

    @Test
    void anEnglishWordMeetsItsGermanEquivalentInGermanSpace() {
        EvidenceExtractor x = new EvidenceExtractor(LinkingLexicon.standard(),
                new EvidenceExtractor.Options(1.0, false, EvidenceExtractor.NUMBER_WEIGHT));
        ReportEvidence de = evidence(x, "de", "Die Fähre brannte vor der Küste, die Feuerwehr kam.");
        ReportEvidence en = evidence(x, "en", "The ferry burned off the coast.");
        Set<String> shared = germanSpace(de);
        shared.retainAll(germanSpace(en));
        assertThat(shared).as("German-space keys both reports hold").isNotEmpty();
        // a compound's known tail is a key of its own: "Ostseefähre" meets "ferry" as "Fähre" does
        ReportEvidence compound = evidence(x, "de", "Die Ostseefähre brannte.");
        Set<String> tail = germanSpace(compound);
        tail.retainAll(germanSpace(en));
        assertThat(tail).isNotEmpty();
    }

    @Test
    void specificTranslationsKeepAWordsWeight() {
        EvidenceExtractor plain = new EvidenceExtractor(LinkingLexicon.standard(),
                new EvidenceExtractor.Options(0.0, false, EvidenceExtractor.NUMBER_WEIGHT));
        EvidenceExtractor specific = new EvidenceExtractor(LinkingLexicon.standard(),
                new EvidenceExtractor.Options(0.0, true, EvidenceExtractor.NUMBER_WEIGHT));
        String word = "prozess"; // several translations in the lexicon
        assertThat(LinkingLexicon.standard().english(word)).hasSizeGreaterThan(1);
        Map<String, Double> a = evidence(plain, "de", "Der Prozess begann.").weights();
        Map<String, Double> b = evidence(specific, "de", "Der Prozess begann.").weights();
        double sumA = terms(a);
        double sumB = terms(b);
        assertThat(sumB).isCloseTo(sumA, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b).isNotEqualTo(a);
    }

    private static double terms(Map<String, Double> weights) {
        return weights.entrySet().stream().filter(e -> e.getKey().startsWith("t:")).mapToDouble(Map.Entry::getValue)
                .sum();
    }

    @Test
    void theLeadIsTheTitleAndTheOpeningReadAgain() {
        String opening = "Die Fähre brannte vor Klaipėda. ";
        StringBuilder text = new StringBuilder(opening);
        while (text.length() < 2 * EvidenceExtractor.LEAD_LENGTH) {
            text.append("Die Feuerwehr kam am Abend. ");
        }
        text.append("Später sprach Markin im Hafen.");
        Article article = new Article("a", "test", null, "Großbrand auf der Ostsee", text.toString(), null, null, null,
                "de", Set.of());
        Map<String, Double> keys = EvidenceExtractor.standard().evidence(article).weights();
        String klaipeda = "n:" + NameKeys.key("Klaipėda");
        String markin = "n:" + NameKeys.key("Markin");
        assertThat(keys).containsKeys(klaipeda, "~" + klaipeda, markin).doesNotContainKey("~" + markin);
        assertThat(keys.keySet()).anyMatch(k -> k.startsWith("~t:") && keys.containsKey(k.substring(1)));
        // with no lead asked for, no lead keys
        Map<String, Double> plain = new EvidenceExtractor(LinkingLexicon.standard(),
                new EvidenceExtractor.Options(0.0, false, EvidenceExtractor.NUMBER_WEIGHT, 0)).evidence(article)
                .weights();
        assertThat(plain.keySet()).noneMatch(ReportEvidence::lead);
        // the lead ends at the first sentence end after its length, at most LEAD_OVERRUN later
        String lead = EvidenceExtractor.lead(text.toString(), 40);
        assertThat(lead).endsWith(".").hasSizeBetween(40, 40 + EvidenceExtractor.LEAD_OVERRUN);
        assertThat(EvidenceExtractor.lead("Kurz.", 40)).isEqualTo("Kurz.");
    }

    @Test
    void badWeightsFailWithTheValue() {
        assertThatThrownBy(() -> new EvidenceExtractor.Options(-1, false, 1.5)).hasMessageContaining("-1");
        assertThatThrownBy(() -> new EvidenceExtractor.Options(0, false, 0)).hasMessageContaining("numberWeight=0");
        assertThatThrownBy(() -> new EvidenceExtractor.Options(0, false, 1.5, -1)).hasMessageContaining("leadLength=-1");
    }
}
