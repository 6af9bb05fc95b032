package org.synoptic.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.StandardExtractors;
import org.synoptic.text.SentenceSplitter;

/**
 * The CoreNLP-backed extractor on a few sentences. Tagged {@code corenlp} because it loads the German model (seconds,
 * 0.2 GB of heap): {@code mvn verify} and CI run it, {@code mvn verify -Pquick} skips it.
 */
@Tag("corenlp")
class CoreNlpEntityExtractorTest {

    private static List<EntityMention> entities(String text) {
        return entities(text, "de");
    }

    private static List<EntityMention> entities(String text, String language) {
        Article a = Articles.of(text, null).withLanguage(language, false);
        return StandardExtractors.entityExtractor().extract(a, SentenceSplitter.ruleBased().split(text));
    }

    @Test
    void agencyTheModelMissesComesFromTheGazetteer() {
        assertThat(entities("Das berichtete Interfax am Montag aus Wladiwostok."))
                .extracting(EntityMention::name, EntityMention::type)
                .contains(tuple("Interfax", EntityType.ORGANIZATION), tuple("Wladiwostok", EntityType.LOCATION));
    }

    @Test
    void surnameAndHyphenatedNameTakeTheFullName() {
        assertThat(entities("Sergej Schoigu traf Kim Jong-un. Schoigu lobte Kim."))
                .extracting(EntityMention::text, EntityMention::name)
                .contains(tuple("Sergej Schoigu", "Sergej Schoigu"), tuple("Kim Jong-un", "Kim Jong-un"),
                        tuple("Schoigu", "Sergej Schoigu"), tuple("Kim", "Kim Jong-un"));
    }

    @Test
    void derivedAdjectivesAreNoEntities() {
        assertThat(entities("Die deutschen und Schweizer Behörden prüfen den Fall."))
                .extracting(EntityMention::text).doesNotContain("deutschen", "Schweizer");
    }

    @Test
    void aMonthGluedToTheNameAfterItIsNoPartOfIt() {
        assertThat(entities("Ein Sprecher sagte, Ministerin Berger, die im Juli Pjöngjang bereist habe, wolle Manöver "
                + "vorschlagen.")).extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Pjöngjang", EntityType.LOCATION)).extracting(t -> t.toList().get(0))
                .doesNotContain("Juli Pjöngjang");
        // a first name that is also a month stays part of its person's name
        assertThat(entities("Die Schriftstellerin Juli Zeh las am Abend aus ihrem Roman."))
                .extracting(EntityMention::text).contains("Juli Zeh");
    }

    @Test
    void aClubsFoundingNumberBelongsToItsName() {
        assertThat(entities("Der 1. FC Wendelstein gewann am Samstag gegen den SV Oberau."))
                .extracting(EntityMention::text).contains("1. FC Wendelstein").doesNotContain("FC Wendelstein");
    }

    @Test
    void englishGoesThroughCoreNlpsEnglishModel() {
        assertThat(entities("Russian officials said Keir Starmer met Emmanuel Macron in Paris, Reuters reported.",
                "en"))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Keir Starmer", EntityType.PERSON), tuple("Emmanuel Macron", EntityType.PERSON),
                        tuple("Paris", EntityType.LOCATION), tuple("Reuters", EntityType.ORGANIZATION))
                .extracting(t -> t.toList().get(0)).doesNotContain("Russian");
    }

    @Test
    void neighbouringPlacesStaySeparate() {
        assertThat(entities("Die Regierung warnte, dass Frankreich Spanien mit Strom beliefern werde."))
                .extracting(EntityMention::text).contains("Frankreich", "Spanien")
                .doesNotContain("Frankreich Spanien");
    }

    @Test
    void wellKnownPlaceTheWordListKnowsIsStillAPlace() {
        assertThat(entities("Das Frachtschiff sank im Atlantik, rund 200 Seemeilen vor der Küste."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Atlantik", EntityType.LOCATION));
    }

    @Test
    void placeKeepsItsLeadingArticle() {
        assertThat(entities("Das Tribunal in Den Haag verkündete am Montag sein Urteil."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Den Haag", EntityType.LOCATION)).extracting(t -> t.toList().get(0))
                .doesNotContain("Haag");
    }

    @Test
    void quotedTitlesAfterAWorkNounAndInAListAreOther() {
        assertThat(entities("Am Abend zeigt der Sender den Film „Der unsichtbare Dritte“ und die Serien "
                + "„Unsere 50er Jahre“ und „Unsere 60er Jahre“."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("Der unsichtbare Dritte", EntityType.OTHER),
                        tuple("Unsere 50er Jahre", EntityType.OTHER), tuple("Unsere 60er Jahre", EntityType.OTHER));
    }

    @Test
    void motorwayIsAPlace() {
        assertThat(entities("Auf der A 7 staute sich der Verkehr am Freitag auf zwölf Kilometern."))
                .extracting(EntityMention::text, EntityMention::type)
                .contains(tuple("A 7", EntityType.LOCATION));
    }
}
