package org.synoptic.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.StandardExtractors;
import org.synoptic.text.SentenceSplitter;

/**
 * The CoreNLP-backed extractor on a few sentences. Named *Eval because it loads CoreNLP (seconds, 0.2 GB): it runs
 * with {@code -Peval}, not in the default build.
 */
class CoreNlpEntityExtractorEval {

    private static List<EntityMention> entities(String text) {
        Article a = Articles.of(text, null);
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
}
