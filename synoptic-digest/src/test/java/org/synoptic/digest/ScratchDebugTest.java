package org.synoptic.digest;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.nlp.ArticleAnalyzer;

class ScratchDebugTest {
    @Test
    void debug() {
        String path = System.getProperty("scratch.path");
        String[] words = System.getProperty("scratch.words").split(",");
        List<Article> articles = new ArticleIngester().ingest(List.of(path)).articles();
        ArticleAnalyzer an = ArticleAnalyzer.ruleBased();
        List<ArticleAnalysis> analyses = articles.stream().map(an::analyze).toList();
        SentenceVectors vectors = SentenceVectors.of(analyses, System.getProperty("scratch.lang","de"), java.util.Map.of());
        List<SentenceVectors.Vector> hits = vectors.all().stream()
                .filter(v -> java.util.Arrays.stream(words).anyMatch(w -> v.sentence().text().toLowerCase().contains(w))).toList();
        for (int i = 0; i < hits.size(); i++) {
            System.out.println("S" + i + " " + hits.get(i).article() + ": " + hits.get(i).sentence().text());
        }
        for (int i = 0; i < hits.size(); i++) {
            for (int j = i + 1; j < hits.size(); j++) {
                System.out.printf("S%d-S%d cos %.3f content %.3f%n", i, j,
                        SentenceVectors.cosine(hits.get(i).weights(), hits.get(j).weights()),
                        SentenceVectors.contentCosine(hits.get(i).weights(), hits.get(j).weights()));
            }
        }
        for (FactAligner.Alignment al : new FactAligner(0.22).align(vectors, analyses.size())) {
            if (al.members().size() > 1 && al.members().stream().anyMatch(hits::contains)) {
                for (AgreementSplitter.Statement st : new AgreementSplitter("de", 0.22).split(al.members(), vectors)) {
                    System.out.println("  STMT " + st.supporters().stream().map(SentenceVectors.Vector::article).toList() + " " + st.slots());
                }
                al.members().forEach(m -> System.out.println("  NEG " + Slots.negationWindows(m.sentence().text(), 3) + " " + Slots.of(m.sentence().text())));
                System.out.println("GROUP " + al.members().stream().map(m -> m.article() + ":" + m.sentence().text().substring(0, Math.min(50, m.sentence().text().length()))).toList());
            }
        }
        DigestBuilder b = DigestBuilder.standard();
        StoryDigest d = b.build(new StoryMaterial("x", analyses, java.util.Map.of()));
        d.facts().forEach(f -> System.out.println("FACT " + f.articles() + " " + f.sources() + " x" + f.contradictedBy() + " " + f.text()));
    }
}
