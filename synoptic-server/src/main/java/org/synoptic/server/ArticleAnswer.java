package org.synoptic.server;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.store.StoredArticle;
import org.synoptic.store.StoryRepository;

/**
 * The article with the deep tier's analysis as stored when its story's digest was computed; the models never run
 * inside the request. An article never analysed (a one-report story nobody opened, or a story whose digest is
 * still due) is answered with 202, {@code analysis: null} and {@code analysisStatus: "queued"}: its story's digest
 * is queued, and the article answers 200 with its analysis once that has run. A repository that computes no
 * analyses (OpenSearch: the job stores digests, not analyses) answers 200 with {@code analysisStatus: "unavailable"}.
 * Stateless.
 */
final class ArticleAnswer {

    private ArticleAnswer() {
    }

    /** The status (200, or 202 while the analysis is queued) and the body of the answer. */
    record Answer(int status, Map<String, Object> body) {
    }

    static Answer of(StoryRepository store, String id) {
        StoredArticle stored = store.article(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
        Optional<ArticleAnalysis> analysis = store.analysis(id);
        Map<String, Object> m = new LinkedHashMap<>();
        var a = stored.article();
        m.put("id", a.id());
        m.put("source", publicSource(a.source()));
        m.put("url", a.url());
        m.put("canonicalUrl", a.canonicalUrl());
        m.put("title", a.title());
        m.put("text", a.text());
        m.put("outlet", a.outlet());
        m.put("author", a.author());
        m.put("published", a.published());
        m.put("language", a.language());
        m.put("inferred", a.inferred().stream().sorted().toList());
        m.put("story", stored.storyId());
        m.put("ingested", stored.ingested().toString());
        m.put("contentHash", stored.contentHash());
        if (analysis.isPresent()) {
            ArticleAnalysis an = analysis.get();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("sentences", an.sentences());
            fields.put("entities", an.entities());
            fields.put("quotes", an.quotes());
            fields.put("citedSources", an.citedSources());
            fields.put("times", an.times());
            fields.put("storyEntities", stored.entities());
            m.put("analysisStatus", "stored");
            m.put("analysis", fields);
        } else if (store.requestAnalysis(id)) {
            m.put("analysisStatus", "queued");
            m.put("analysis", null);
            return new Answer(202, m);
        } else { // a repository that computes no analyses: none will come
            m.put("analysisStatus", "unavailable");
            m.put("analysis", null);
        }
        return new Answer(200, m);
    }

    /**
     * A source as strangers may see it: a URL as it is, a local path by its file name only ({@code news.jsonl:7}),
     * so the API does not tell where the operator keeps files.
     */
    static String publicSource(String source) {
        if (source == null || source.startsWith("http://") || source.startsWith("https://")) {
            return source;
        }
        int slash = Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\'));
        return slash < 0 ? source : source.substring(slash + 1);
    }
}
