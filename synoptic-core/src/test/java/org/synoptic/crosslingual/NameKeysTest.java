package org.synoptic.crosslingual;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class NameKeysTest {

    @Test
    void germanAndEnglishSpellingsOfOneNameMeet() {
        assertThat(NameKeys.key("Schoigu")).isEqualTo(NameKeys.key("Shoigu"));
        assertThat(NameKeys.key("Wladiwostok")).isEqualTo(NameKeys.key("Vladivostok"));
        assertThat(NameKeys.key("Selenskyj")).isEqualTo(NameKeys.key("Zelensky"));
        assertThat(NameKeys.key("Putins")).isEqualTo(NameKeys.key("Putin"));
        assertThat(NameKeys.key("North Korea")).isEqualTo("northkorea");
        for (String spelling : new String[] {"Zelensky", "Selenski", "Selenskij", "Zelenskyy", "Zelenskyi", "Selenskyjs"}) {
            assertThat(NameKeys.key(spelling)).as(spelling).isEqualTo(NameKeys.key("Selenskyj")).isEqualTo("selensky");
        }
        assertThat(NameKeys.key("Sergei")).isEqualTo(NameKeys.key("Sergej")).isEqualTo(NameKeys.key("Sergey"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(NameKeys.key("Merkel")).isNotEqualTo(NameKeys.key("Merz"));
        assertThat(NameKeys.key("Moskau")).isNotEqualTo(NameKeys.key("Moscow"));
        assertThat(NameKeys.key("EU")).isEmpty();
        assertThat(NameKeys.key("Selenskaja")).isNotEqualTo(NameKeys.key("Selenskyj"));
    }

    @Test
    void exonymsAndPlaceNamesGetTheEnglishKey() {
        EvidenceExtractor x = EvidenceExtractor.standard();
        ReportEvidence de = x.evidence(article("de", "Der Kreml bestätigte den Besuch in Nordkorea und in Moskau. "
                + "Danach reiste Schoigu nach Wladiwostok."));
        ReportEvidence en = x.evidence(article("en", "The Kremlin confirmed the visit to North Korea and Moscow. "
                + "Then Shoigu travelled to Vladivostok."));
        for (String key : new String[] {"n:kremlin", "n:northkorea", "n:moskov", "n:shoigu", "n:vladivostok"}) {
            assertThat(de.weights()).as("German " + key).containsKey(key);
            assertThat(en.weights()).as("English " + key).containsKey(key);
        }
        assertThat(de.surfaces().get("n:vladivostok")).isEqualTo("Wladiwostok");
    }

    @Test
    void numbersUnitsDaysAndWordsMeetAcrossLanguages() {
        EvidenceExtractor x = EvidenceExtractor.standard();
        ReportEvidence de = x.evidence(article("de", "Nach dem Erdbeben am 15. März stellte die Regierung "
                + "2,5 Millionen Euro bereit. Das Krankenhaus nahm 140 Verletzte auf."));
        ReportEvidence en = x.evidence(article("en", "After the earthquake on March 15 the government provided "
                + "2.5 million euros. The hospital admitted 140 injured."));
        for (String key : new String[] {"d:03-15", "#:2500000|eur", "#:140|injured", "t:earthquak", "t:govern",
                "t:hospit"}) {
            assertThat(de.weights()).as("German " + key).containsKey(key);
            assertThat(en.weights()).as("English " + key).containsKey(key);
        }
        assertThat(de.weights()).doesNotContainKey("#:2020");
    }

    static Article article(String language, String text) {
        return new Article(language + "-" + text.hashCode(), "test", null, null, text, null, null, null, language,
                Set.of());
    }
}
