package org.synoptic.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.EntityMerger;
import org.synoptic.nlp.MergedEntity;

class RuleEntityMergerTest {

    private static ArticleAnalysis analysis(String id, EntityMention... mentions) {
        return new ArticleAnalysis(Articles.withId(id, "x"), List.of(), List.of(mentions), List.of(), List.of(), List.of());
    }

    private static EntityMention person(String text, String name) {
        return new EntityMention(text, name, EntityType.PERSON, 0, text.length());
    }

    @Test
    void spellingsAndSurnamesMerge() {
        List<MergedEntity> merged = EntityMerger.ruleBased().merge(List.of(
                analysis("a", person("Sergej Schoigu", "Sergej Schoigu"), person("Shoigu", "Sergej Schoigu"),
                        person("Kim Jong-un", "Kim Jong-un"), person("Kim", "Kim Jong-un")),
                analysis("b", person("Sergei Schoigu", "Sergei Schoigu"), person("Kim Jong-Un", "Kim Jong-Un"),
                        person("Wladimir Putin", "Wladimir Putin")),
                analysis("c", person("Schoigu", "Schoigu"), person("Shoigu", "Shoigu"), person("Kim", "Kim"),
                        person("Putin", "Putin"), person("Sergej Schoigu", "Sergej Schoigu"))));
        assertThat(merged).extracting(MergedEntity::name)
                .containsExactly("Sergej Schoigu", "Kim Jong-un", "Wladimir Putin");
        MergedEntity schoigu = merged.get(0);
        assertThat(schoigu.mentions()).isEqualTo(6);
        assertThat(schoigu.articles()).containsExactly("a", "b", "c");
        assertThat(schoigu.variants()).contains("Sergei Schoigu", "Shoigu", "Schoigu");
        assertThat(merged.get(2).mentions()).isEqualTo(2);
    }

    @Test
    void differentPeopleSharingASurnameStayApart() {
        List<MergedEntity> merged = EntityMerger.ruleBased().merge(List.of(
                analysis("a", person("Anna Berger", "Anna Berger"), person("Berger", "Anna Berger")),
                analysis("b", person("Thomas Berger", "Thomas Berger")),
                analysis("c", person("Berger", "Berger"))));
        assertThat(merged).extracting(MergedEntity::name)
                .containsExactlyInAnyOrder("Anna Berger", "Thomas Berger", "Berger");
    }

    @Test
    void emptyInEmptyOut() {
        assertThat(EntityMerger.ruleBased().merge(List.of())).isEmpty();
    }

    private static ArticleAnalysis inLanguage(String id, String language, EntityMention... mentions) {
        org.synoptic.model.Article a = new org.synoptic.model.Article(id, "test", null, null, "x", null, null, null,
                language, null);
        return new ArticleAnalysis(a, List.of(), List.of(mentions), List.of(), List.of(), List.of());
    }

    private static EntityMention place(String name) {
        return new EntityMention(name, name, EntityType.LOCATION, 0, name.length());
    }

    @Test
    void germanExonymsJoinTheirEnglishNamesOnlyInAStoryOfBothLanguages() {
        List<MergedEntity> merged = EntityMerger.ruleBased().merge(List.of(
                inLanguage("de1", "de", place("Genua"), place("Kreml"), place("Kiel")),
                inLanguage("en1", "en", place("Genoa"), place("GENOA"), place("Kremlin"), place("Kiel"))));
        assertThat(merged).hasSize(3);
        assertThat(merged).filteredOn(m -> m.variants().contains("Genua")).singleElement()
                .satisfies(m -> assertThat(m.variants()).contains("Genoa", "GENOA"));
        assertThat(merged).filteredOn(m -> m.variants().contains("Kreml")).singleElement()
                .satisfies(m -> assertThat(m.variants()).contains("Kremlin"));
        // two German reports: the lexicon is not consulted, the spellings stay apart
        assertThat(EntityMerger.ruleBased().merge(List.of(inLanguage("de1", "de", place("Genua")),
                inLanguage("de2", "de", place("Genoa"))))).hasSize(2);
    }
}
