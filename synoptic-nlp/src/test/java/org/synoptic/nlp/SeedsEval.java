package org.synoptic.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.model.TimeExpression;

/** Runs the rule-based deep tier on the five seed reports ({@code shared/seeds}) and prints what it finds. */
class SeedsEval {

    @Test
    void seeds() throws IOException {
        seeds(RuleBasedExtractors.analyzer());
    }

    @Test
    void seedsStandard() throws IOException {
        seeds(ArticleAnalyzer.standard());
    }

    private static void seeds(ArticleAnalyzer analyzer) throws IOException {
        Path dir = SharedData.file("seeds");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<ArticleAnalysis> analyses = new ArrayList<>();
        Set<String> sources = new TreeSet<>();
        for (Path f : files) {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            String id = f.getFileName().toString().replace(".txt", "");
            ArticleAnalysis a = analyzer.analyze(new Article(id, f.toString(), null, null, text, null, null,
                    System.getProperty("seeds.published"), "de", null));
            analyses.add(a);
            System.out.println("=== " + id + " (" + a.sentences().size() + " sentences)");
            for (EntityMention m : a.entities()) {
                System.out.println("  ENT " + m.type() + " " + m.text() + (m.name().equals(m.text()) ? "" : " -> " + m.name()));
            }
            for (Quote q : a.quotes()) {
                System.out.println("  QUOTE " + (q.direct() ? "direct" : "indirect") + " speaker=" + q.speaker()
                        + " role=" + q.speakerRole() + " via=" + q.via() + " | " + abbreviate(q.text()));
            }
            for (CitedSource c : a.citedSources()) {
                System.out.println("  SOURCE " + c.kind().jsonName() + " " + c.name() + " cue=" + c.cue()
                        + (c.citedBy() == null ? "" : " citedBy=" + c.citedBy()) + " s" + c.sentence());
                sources.add(c.name());
            }
            for (TimeExpression t : a.times()) {
                System.out.println("  TIME " + t.text() + " = " + t.value());
            }
        }
        List<MergedEntity> merged = EntityMerger.ruleBased().merge(analyses);
        System.out.println("=== merged entities");
        for (MergedEntity e : merged) {
            System.out.println("  " + e.mentions() + " " + e.type() + " " + e.name() + " " + e.variants() + " in " + e.articles().size());
        }
        System.out.println("=== distinct sources (" + sources.size() + "): " + sources);
        // Floors below what was measured when this eval was written (31 distinct source names).
        assertThat(sources.size()).isGreaterThanOrEqualTo(20);
        assertThat(sources).contains("New York Times", "Associated Press", "Interfax", "Yonhap", "KCNA", "RIA Nowosti",
                "YTN", "Chosun Ilbo", "Reuters", "Kreml", "Weißes Haus", "US-Medien", "Geheimdienstquellen", "Fachleute",
                "Adrienne Watson");
        assertThat(merged).anySatisfy(e -> assertThat(e.variants())
                .contains("Sergej Schoigu", "Sergei Schoigu", "Schoigu", "Shoigu"));
        assertThat(merged).anySatisfy(e -> assertThat(e.variants()).contains("Kim Jong-un", "Kim Jong-Un", "Kim"));
        assertThat(merged).anySatisfy(e -> assertThat(e.variants()).contains("Wladimir Putin", "Putin"));
    }

    private static String abbreviate(String s) {
        return s.length() > 110 ? s.substring(0, 107) + "..." : s;
    }
}
