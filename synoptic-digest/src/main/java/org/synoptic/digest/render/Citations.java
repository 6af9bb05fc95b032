package org.synoptic.digest.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.synoptic.digest.StoryDigest;

/** Numbers a story's articles 1, 2, 3 … in story order, for citation markers like [2]. */
final class Citations {

    private final Map<String, Integer> numbers = new HashMap<>();

    Citations(StoryDigest digest) {
        List<StoryDigest.ArticleRef> articles = digest.articles();
        for (int i = 0; i < articles.size(); i++) {
            numbers.put(articles.get(i).id(), i + 1);
        }
    }

    boolean contains(String articleId) {
        return numbers.containsKey(articleId);
    }

    int number(String articleId) {
        Integer n = numbers.get(articleId);
        if (n == null) {
            throw new IllegalArgumentException("article not in story: " + articleId);
        }
        return n;
    }
}
