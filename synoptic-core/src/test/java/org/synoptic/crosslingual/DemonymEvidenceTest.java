package org.synoptic.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class DemonymEvidenceTest {

    private static final EvidenceExtractor EXTRACTOR = EvidenceExtractor.standard();

    private static ReportEvidence evidence(String language, String text) {
        return EXTRACTOR.evidence(new Article("a", "test", null, null, text, null, null, null, language, Set.of()));
    }

    @Test
    void aDemonymNamesItsPlaceInBothLanguages() {
        String russia = "n:" + NameKeys.key("Russia");
        assertThat(evidence("de", "Die Kanzlerin kritisierte die russischen Hacker scharf.").weights()).containsKey(russia);
        assertThat(evidence("de", "Die Kanzlerin sprach mit zwei Russen in Berlin.").weights()).containsKey(russia)
                .doesNotContainKey("n:" + NameKeys.key("Rousse"));
        assertThat(evidence("en", "Russian hackers attacked the parliament, the chancellor said.").weights())
                .containsKey(russia).doesNotContainKey("n:" + NameKeys.key("Russian"));
        assertThat(evidence("en", "The chancellor met North Korean officials.").weights())
                .containsKey("n:" + NameKeys.key("North Korea"));
        // the English adjective stays a term beside the place, as the lexicon's translation of "russisch" is
        assertThat(evidence("en", "Russian hackers attacked the parliament.").weights()).containsKey("t:russian");
    }

    @Test
    void aGermanTownKeepsItsOwnNameAgainstAForeignExonym() {
        assertThat(evidence("de", "Die Wirte haben in Landshut ein Fest organisiert.").weights())
                .containsKey("n:" + NameKeys.key("Landshut"));
        assertThat(evidence("en", "The innkeepers of Landshut held a fair.").weights())
                .containsKey("n:" + NameKeys.key("Landshut"));
    }

    @Test
    void aDoubleEncodedReportGivesTheKeysOfItsWords() {
        assertThat(evidence("de", "Die Feier in MÃ¼nchen war gut besucht.").weights())
                .containsKey("n:" + NameKeys.key("Munich"));
    }
}
