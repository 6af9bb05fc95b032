package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled cross-lingual sample ({@code samples/crosslingual}): {@code cluster --format json} puts the German and
 * English reports of one invented event into one story, lists the linked English story with its evidence (names,
 * numbers, terms) as {@code samples/crosslingual/expected/stories.json} expects, keeps the unrelated reports alone,
 * and follows the JSON schema.
 */
class CrossLingualSampleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void germanAndEnglishReportsOfOneEventAreOneStoryWithVisibleEvidence() throws IOException {
        CliRun run = CliRun.of("cluster", "--format", "json",
                SynopticCommandTest.ROOT.resolve("samples/crosslingual/news").toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode doc = JSON.readTree(run.stdout());
        assertThat(SynopticCommandTest.validate("cluster-v1.schema.json", doc)).isEmpty();
        JsonNode expected = JSON.readTree(
                SynopticCommandTest.ROOT.resolve("samples/crosslingual/expected/stories.json").toFile());

        assertThat(doc.get("stories")).hasSameSizeAs(expected.get("stories"));
        for (JsonNode want : expected.get("stories")) {
            List<String> ids = texts(want.get("articles"));
            JsonNode story = null;
            for (JsonNode s : doc.get("stories")) {
                if (s.get("articles").findValuesAsText("id").equals(ids)) {
                    story = s;
                }
            }
            assertThat(story).as("a story of exactly %s", ids).isNotNull();
            JsonNode links = story.path("links");
            assertThat(links.size()).as("links of %s", ids).isEqualTo(want.get("links").size());
            for (int i = 0; i < want.get("links").size(); i++) {
                JsonNode w = want.get("links").get(i);
                JsonNode got = links.get(i);
                assertThat(got.get("language").asText()).isEqualTo(w.get("language").asText());
                for (String kind : new String[] {"names", "numbers", "terms"}) {
                    assertThat(texts(got.get(kind))).as(kind).containsAll(texts(w.get(kind)));
                }
            }
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
