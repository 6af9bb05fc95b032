package org.synoptic.stream;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.synoptic.cluster.TermVector;
import org.synoptic.dedupe.MinHashSignature;
import org.synoptic.model.Article;

/**
 * An article after the fast tier: the parsed and cleaned {@link Article} (language inferred), its term vector for the
 * story index and its MinHash fingerprint for the near-copy ring, all computed in parallel ahead of the one ordered
 * story assignment. Plain fields so that Flink serialises it as a POJO; {@link #article()}, {@link #vector()} and
 * {@link #signature()} give the stages' own types back.
 */
public class PreparedArticle {
    public String id;
    public String source;
    public String url;
    public String title;
    public String text;
    public String outlet;
    public String author;
    public String published;
    public String language;
    public String[] inferred;
    public String canonicalUrl;
    /** {@link TermVector} terms and weights, index for index. */
    public String[] terms;
    public double[] weights;
    /** {@link MinHashSignature} values. */
    public int[] fingerprint;

    public PreparedArticle() {
    }

    /** The article with its vector and fingerprint. */
    public static PreparedArticle of(Article a, TermVector vector, MinHashSignature signature) {
        PreparedArticle p = fromArticle(a);
        p.terms = new String[vector.size()];
        p.weights = new double[vector.size()];
        for (int i = 0; i < vector.size(); i++) {
            p.terms[i] = vector.term(i);
            p.weights[i] = vector.weight(i);
        }
        p.fingerprint = new int[signature.size()];
        for (int i = 0; i < signature.size(); i++) {
            p.fingerprint[i] = signature.value(i);
        }
        return p;
    }

    /** The article's fields alone (no vector, no fingerprint): what the article index and the deep tier need. */
    public static PreparedArticle fromArticle(Article a) {
        PreparedArticle p = new PreparedArticle();
        p.id = a.id();
        p.source = a.source();
        p.url = a.url();
        p.title = a.title();
        p.text = a.text();
        p.outlet = a.outlet();
        p.author = a.author();
        p.published = a.published();
        p.language = a.language();
        p.inferred = a.inferred() == null ? new String[0] : a.inferred().toArray(String[]::new);
        p.canonicalUrl = a.canonicalUrl();
        return p;
    }

    /** The article as the stages know it. */
    public Article article() {
        Set<String> inferredSet = new LinkedHashSet<>(Arrays.asList(inferred == null ? new String[0] : inferred));
        return new Article(id, source, url, title, text, outlet, author, published, language, inferredSet, canonicalUrl);
    }

    /** The term vector the fast tier computed. */
    public TermVector vector() {
        return TermVector.of(terms, weights);
    }

    /** The fingerprint the fast tier computed. */
    public MinHashSignature signature() {
        return MinHashSignature.of(fingerprint);
    }

    /** This article under another id (the store's rule for a taken id), vector and fingerprint kept. */
    public PreparedArticle withId(String newId) {
        PreparedArticle p = fromArticle(article().withId(newId));
        p.terms = terms;
        p.weights = weights;
        p.fingerprint = fingerprint;
        return p;
    }
}
