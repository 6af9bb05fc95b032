package org.synoptic.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;
import org.synoptic.text.SentenceSplitter;

class RuleEntityExtractorTest {

    private static List<EntityMention> extract(String text) {
        Article a = Articles.of(text, null);
        return RuleBasedExtractors.entityExtractor().extract(a, SentenceSplitter.ruleBased().split(text));
    }

    @Test
    void personAfterRoleGetsLongestNameForShortMentions() {
        List<EntityMention> m = extract("Die norwegische Umweltministerin Ingrid Holmsen besuchte am Freitag Berlin. "
                + "Holmsen lobte die Pläne. Später reiste Holmsens Delegation nach Moskau.");
        assertThat(m).extracting(EntityMention::text, EntityMention::name, EntityMention::type).contains(
                tuple("Ingrid Holmsen", "Ingrid Holmsen", EntityType.PERSON),
                tuple("Berlin", "Berlin", EntityType.LOCATION),
                tuple("Holmsen", "Ingrid Holmsen", EntityType.PERSON),
                tuple("Holmsens", "Ingrid Holmsen", EntityType.PERSON),
                tuple("Moskau", "Moskau", EntityType.LOCATION));
    }

    @Test
    void transliteratedSurnameJoinsFullName() {
        List<EntityMention> m = extract("Minister Sergej Gromow traf Beamte. Gromov sagte danach wenig.");
        assertThat(m).filteredOn(e -> e.text().equals("Gromov")).extracting(EntityMention::name)
                .containsExactly("Sergej Gromow");
    }

    @Test
    void gazetteerNamesAreCanonicalised() {
        List<EntityMention> m = extract("Laut NYT und AP hat der Kreml das Treffen in Pyongyang bestätigt.");
        assertThat(m).extracting(EntityMention::name)
                .containsExactly("New York Times", "Associated Press", "Kreml", "Pjöngjang");
    }

    @Test
    void ordinaryGermanNounsAreNoEntities() {
        List<EntityMention> m = extract("Regierungssprecher betonen Zusammenarbeit. Überraschungsbesuche sind selten. "
                + "Nahrungsmittelhilfe kommt per Sonderzug.");
        assertThat(m).isEmpty();
    }

    @Test
    void hyphenCompoundsAreNoEntities() {
        List<EntityMention> m = extract("Die US-amerikanische Seite sprach über den Ukraine-Konflikt und U-Boote.");
        assertThat(m).isEmpty();
    }

    @Test
    void englishNamesWithInitials() {
        List<EntityMention> m = extract("Spokesman John Q. Miller said the White House was ready.");
        assertThat(m).extracting(EntityMention::text, EntityMention::type).contains(
                tuple("John Q. Miller", EntityType.PERSON), tuple("White House", EntityType.ORGANIZATION));
    }

    @Test
    void mentionsAreOrderedAndDoNotOverlap() {
        String text = "Kim Jong-un traf Wladimir Putin in Wladiwostok. Kim und Putin sprachen lange.";
        List<EntityMention> m = extract(text);
        for (int i = 1; i < m.size(); i++) {
            assertThat(m.get(i).start()).isGreaterThanOrEqualTo(m.get(i - 1).end());
        }
        for (EntityMention e : m) {
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        assertThat(m).filteredOn(e -> e.text().equals("Kim")).extracting(EntityMention::name).containsOnly("Kim Jong-un");
    }
}
