package org.synoptic.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.ContentRole;
import org.synoptic.model.Sentence;
import org.synoptic.text.ContentRoles;

/**
 * The deep tier marks each sentence's role and keeps quotes, cited sources and times only from content sentences,
 * while every offset still points into the unchanged text.
 */
class ContentRolesAnalysisTest {

    private static final String TEXT = "Die Landrätin Petra Sommer hat am Dienstag den Bau einer Umgehungsstraße angekündigt.\n\n"
            + "Einer Umfrage zufolge wollen die Anwohner die Straße schon seit dem Jahr 2015. © Musteragentur\n\n"
            + "Sommer (links) und der Bauamtsleiter bei der Vorstellung der Pläne im März 2019.\n"
            + "Laut Sommer soll der Bau im Herbst beginnen.\n"
            + "Der Volltext dieses auf Agenturmeldungen basierenden Beitrags steht aus rechtlichen Gründen nicht mehr zur Verfügung.";

    @Test
    void nonContentSentencesAreMarkedAndTheirQuotesSourcesAndTimesDropped() {
        ArticleAnalysis a = ArticleAnalyzer.ruleBased().analyze(Articles.of(TEXT, "2024-05-29"));
        assertThat(a.sentences()).extracting(Sentence::role).containsExactly(ContentRole.CONTENT, ContentRole.CAPTION,
                ContentRole.CREDIT, ContentRole.CAPTION, ContentRole.CONTENT, ContentRole.BOILERPLATE);
        for (Sentence s : a.sentences()) {
            assertThat(TEXT.substring(s.start(), s.end())).isEqualTo(s.text());
        }
        int caption = TEXT.indexOf("Einer Umfrage");
        int captionEnd = TEXT.indexOf("© Musteragentur");
        int legal = TEXT.indexOf("Der Volltext");
        assertThat(a.quotes()).allMatch(q -> q.start() < caption || q.start() >= TEXT.indexOf("Laut Sommer") && q.start() < legal);
        assertThat(a.quotes()).extracting(q -> q.speaker()).contains("Petra Sommer");
        assertThat(a.citedSources()).noneMatch(c -> c.start() >= caption && c.start() < captionEnd);
        assertThat(a.times()).extracting(t -> t.value()).contains("2024-05-28").doesNotContain("2015", "2019-03");

        ArticleAnalysis everything = ArticleAnalyzer.ruleBased().withContentRoles(ContentRoles.none())
                .analyze(Articles.of(TEXT, "2024-05-29"));
        assertThat(everything.sentences()).allMatch(Sentence::isContent);
        assertThat(everything.times()).extracting(t -> t.value()).contains("2015", "2019-03");
        assertThat(everything.quotes().size()).as("the caption's 'Einer Umfrage zufolge' is a quote when read as content")
                .isGreaterThan(a.quotes().size());
        assertThat(a.entities()).as("entities are kept wherever they stand").isEqualTo(everything.entities());
        assertThat(List.copyOf(a.sentences())).extracting(Sentence::start)
                .isEqualTo(everything.sentences().stream().map(Sentence::start).toList());
    }

    @Test
    void aTextCreditNamesASourceAPictureCreditNamesNothing() {
        String text = "Die Landrätin Petra Sommer hat am Dienstag den Bau einer Umgehungsstraße angekündigt.\n\n"
                + "Quelle: AFP © Erika Knipser\n\nDer Bau soll im Herbst beginnen.\n\nFoto: Lokalblatt/E. Knipser";
        ArticleAnalysis picture = ArticleAnalyzer.ruleBased().analyze(Articles.of(text, "2024-05-29"));
        assertThat(picture.sentences()).extracting(Sentence::role).containsExactly(ContentRole.CONTENT,
                ContentRole.CREDIT, ContentRole.CONTENT, ContentRole.CREDIT);
        assertThat(picture.citedSources()).extracting(c -> c.name()).doesNotContain("AFP");
        int credit = text.indexOf("Quelle: AFP");
        int body = text.indexOf("Der Bau");
        int photo = text.indexOf("Foto:");
        assertThat(picture.entities()).as("a credit names a photographer, nobody of the story")
                .noneMatch(e -> e.start() >= credit && e.start() < body || e.start() >= photo);

        String textCredit = text.replace("Quelle: AFP © Erika Knipser", "Quelle: AFP");
        ArticleAnalysis agency = ArticleAnalyzer.ruleBased().analyze(Articles.of(textCredit, "2024-05-29"));
        assertThat(agency.citedSources()).extracting(c -> c.name()).contains("AFP");
    }
}
