package org.synoptic.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;
import org.synoptic.text.ContentRoles;
import org.synoptic.text.RecurringSentences;
import org.synoptic.text.SentenceSplitter;

/**
 * Boilerplate never joins stories: clusters the 10kGNAD test split with the five seed reports (the stream of
 * {@link NeedleEval}) twice, once reading every sentence as content and once with content roles (rules plus the
 * batch's learned recurring sentences, as {@link StoryClusterer#cluster} does), prints the multi-article stories of
 * each (size, the first words of each member's first content sentence) and asserts that no story of the second run
 * is held together by a shared non-content sentence: no multi-article story in which all members carry one same
 * non-content sentence. 10kGNAD has no outlet field: all its articles are one unknown outlet. Needs
 * {@code synoptic.shared}.
 */
class BoilerplateEval {

    @Test
    void boilerplateJoinsNoStories() throws IOException {
        Path root = SharedData.root();
        List<Article> stream = NeedleEval.stream(root);
        StoryClusterer clusterer = StoryClusterer.defaults();
        RecurringSentences learned = RecurringSentences.learn(stream);
        System.out.printf(Locale.ROOT, "Boilerplate: learned %d recurring sentences: %s%n", learned.size(), learned.learned());

        List<Story> before = cluster(clusterer, stream, ContentRoles.none());
        ContentRoles roles = ContentRoles.standard().withRecurring(learned);
        List<Story> after = cluster(clusterer, stream, roles);
        assertThat(clusterer.cluster(stream)).as("cluster(list) learns the batch's boilerplate itself").isEqualTo(after);

        Map<String, Article> byId = new HashMap<>();
        stream.forEach(a -> byId.put(a.id(), a));
        report("every sentence content", before, byId, roles);
        report("content roles", after, byId, roles);

        for (Story story : after) {
            if (story.size() < 2) {
                continue;
            }
            Set<String> shared = null;
            for (String id : story.articleIds()) {
                Set<String> nonContent = new HashSet<>();
                Article a = byId.get(id);
                for (Sentence s : roles.assign(a, SentenceSplitter.ruleBased().split(a.text()))) {
                    if (!s.isContent()) {
                        nonContent.add(s.text());
                    }
                }
                if (shared == null) {
                    shared = nonContent;
                } else {
                    shared.retainAll(nonContent);
                }
            }
            assertThat(shared).as("non-content sentences shared by all members of %s", story.articleIds()).isEmpty();
        }
    }

    private static List<Story> cluster(StoryClusterer clusterer, List<Article> stream, ContentRoles roles) {
        StoryIndex index = clusterer.newIndex();
        for (Article a : stream) {
            index.add(a, clusterer.termVector(a, roles));
        }
        return index.stories();
    }

    private static void report(String label, List<Story> stories, Map<String, Article> byId, ContentRoles roles) {
        List<Story> multi = new ArrayList<>(stories.stream().filter(s -> s.size() > 1).toList());
        int largest = stories.stream().mapToInt(Story::size).max().orElse(0);
        long members = multi.stream().mapToLong(Story::size).sum();
        System.out.printf(Locale.ROOT, "%s: %d stories, %d multi-article stories holding %d articles, largest %d%n",
                label, stories.size(), multi.size(), members, largest);
        for (Story s : multi) {
            System.out.printf(Locale.ROOT, "  story %s (%d):%n", s.id(), s.size());
            for (String id : s.articleIds()) {
                Article a = byId.get(id);
                String first = roles.assign(a, SentenceSplitter.ruleBased().split(a.text())).stream()
                        .filter(Sentence::isContent).map(Sentence::text).findFirst().orElse("(no content)");
                System.out.printf(Locale.ROOT, "    %-22s %s%n", id, first.length() > 90 ? first.substring(0, 90) + "…" : first);
            }
        }
    }
}
