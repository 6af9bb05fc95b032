package org.synoptic.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryPipeline;
import org.synoptic.digest.render.JsonDigestWriter;
import org.synoptic.model.Article;

/**
 * The deep tier is wired once ({@link org.synoptic.digest.StoryDigester}): the digests the store serves equal, as JSON,
 * the digests {@code synoptic digest} writes ({@link StoryPipeline}) for the same articles, timeline included.
 */
@Tag("corenlp") // loads CoreNLP's German model; skipped by -Pquick
class StoreDigestEqualsCliTest {

    @TempDir
    Path dir;

    @Test
    void theStoresDigestsEqualTheCommandLinesOnTheSameArticles() throws Exception {
        List<Article> samples = ArticleStoreTest.samples();
        List<StoryDigest> cli = StoryPipeline.standard().digest(samples).stream()
                .sorted(Comparator.comparing(StoryDigest::id)).toList();
        List<StoryDigest> served;
        try (ArticleStore store = ArticleStore.open(dir, StoreOptions.defaults().withDebounce(Duration.ZERO))) {
            store.ingest(samples);
            assertThat(store.awaitDigests(Duration.ofMinutes(5))).isTrue();
            served = store.stories().stream().map(s -> store.digest(s.id()).orElseThrow())
                    .peek(d -> assertThat(d.version()).isEqualTo(d.digest().articles().size()))
                    .map(VersionedDigest::digest).sorted(Comparator.comparing(StoryDigest::id)).toList();
        }
        assertThat(served).isNotEmpty().hasSameSizeAs(cli);
        assertThat(served.stream().flatMap(d -> d.timeline().stream()).count()).as("timeline entries").isPositive();
        assertThat(json(served)).isEqualTo(json(cli));
    }

    private static String json(List<StoryDigest> digests) throws Exception {
        StringBuilder out = new StringBuilder();
        new JsonDigestWriter().write(digests, Map.of(), out);
        return out.toString();
    }
}
