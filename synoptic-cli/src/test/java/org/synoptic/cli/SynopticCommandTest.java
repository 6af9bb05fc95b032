package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynopticCommandTest {

    static final Path ROOT = Path.of(System.getProperty("synoptic.root", "..")).toAbsolutePath().normalize();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Set<ValidationMessage> validate(String schemaFile, JsonNode doc) throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docs/schema").resolve(schemaFile))) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
            return schema.validate(doc);
        }
    }

    @Test
    @Tag("corenlp")
    void digestJsonOfTheSamplesFollowsTheSchemaAndOffsetsPointAtTheEvidence() throws IOException {
        CliRun run = CliRun.of("digest", "--format", "json", ROOT.resolve("samples/news").toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode doc = JSON.readTree(run.stdout());
        assertThat(validate("digest-v1.schema.json", doc)).isEmpty();
        assertThat(doc.get("stories").size()).isGreaterThanOrEqualTo(4);

        CliRun analyze = CliRun.of("analyze", "--format", "json", ROOT.resolve("samples/news").toString());
        JsonNode articles = JSON.readTree(analyze.stdout());
        assertThat(validate("analyze-v1.schema.json", articles)).isEmpty();
        java.util.Map<String, String> texts = new java.util.HashMap<>();
        articles.get("articles").forEach(a -> texts.put(a.get("id").asText(), a.get("text").asText()));
        for (JsonNode story : doc.get("stories")) {
            for (JsonNode fact : story.get("facts")) {
                for (JsonNode e : fact.get("evidence")) {
                    String text = texts.get(e.get("article").asText());
                    assertThat(text.substring(e.get("start").asInt(), e.get("end").asInt())).isEqualTo(e.get("text").asText());
                }
            }
            for (JsonNode q : story.get("quotes")) {
                String text = texts.get(q.get("article").asText());
                assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
            }
        }
    }

    @Test
    void clusterJsonFollowsTheSchema() throws IOException {
        CliRun run = CliRun.of("cluster", "--format", "json", ROOT.resolve("samples/news").toString());
        assertThat(run.exitCode()).isZero();
        JsonNode doc = JSON.readTree(run.stdout());
        assertThat(validate("cluster-v1.schema.json", doc)).isEmpty();
        int articles = 0;
        for (JsonNode s : doc.get("stories")) {
            articles += s.get("articles").size();
        }
        assertThat(articles).isEqualTo(17);
    }

    @Test
    void clusterJsonNamesTheStoriesMergedIntoAStory() throws IOException {
        Files.writeString(dir.resolve("quarry.jsonl"), """
                {"id":"q1","title":"Quarry collapse near Ashford traps four miners","text":"Quarry collapse near Ashford traps four miners","language":"en","published":"2026-06-01T08:00:00Z"}
                {"id":"q2","title":"Kent rescue teams drill through rubble toward workers","text":"Kent rescue teams drill through rubble toward workers","language":"en","published":"2026-06-01T08:10:00Z"}
                {"id":"q3","title":"Ashford quarry collapse: Kent rescue teams drill toward four trapped miners","text":"Ashford quarry collapse: Kent rescue teams drill toward four trapped miners","language":"en","published":"2026-06-01T08:40:00Z"}
                """);
        CliRun run = CliRun.of("cluster", "--format", "json", dir.toString());
        assertThat(run.exitCode()).isZero();
        JsonNode doc = JSON.readTree(run.stdout());
        assertThat(validate("cluster-v1.schema.json", doc)).isEmpty();
        assertThat(doc.get("stories")).hasSize(1);
        JsonNode story = doc.get("stories").get(0);
        assertThat(story.get("articles").findValuesAsText("id")).containsExactly("q1", "q2", "q3");
        assertThat(story.get("mergedIds")).extracting(JsonNode::asText)
                .containsExactly(org.synoptic.cluster.StoryClusterer.storyId("q2"));
    }

    @Test
    void dashReadsStandardInputAndABadLineExitsWithThree() throws IOException {
        String jsonl = """
                {"id":"q1","title":"Quarry collapse near Ashford traps four miners","text":"Quarry collapse near Ashford traps four miners","language":"en"}
                {oops
                {"id":"q3","title":"Ashford quarry collapse: Kent rescue teams drill toward four trapped miners","text":"Ashford quarry collapse: Kent rescue teams drill toward four trapped miners","language":"en"}
                """;
        java.io.InputStream original = System.in;
        CliRun run;
        synchronized (CliRun.class) {
            System.setIn(new java.io.ByteArrayInputStream(jsonl.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            try {
                run = CliRun.of("cluster", "--format", "json", "-");
            } finally {
                System.setIn(original);
            }
        }
        assertThat(run.exitCode()).as(run.stderr()).isEqualTo(3);
        assertThat(run.stderr()).contains("rejected: stdin:2: malformed JSON");
        assertThat(JSON.readTree(run.stdout()).get("stories").findValuesAsText("id")).contains("q1", "q3");
    }

    @Test
    @Tag("corenlp")
    void rejectedInputsAreNamedAndTheRestIsStillWritten() throws IOException {
        Files.writeString(dir.resolve("good.txt"), "Die Brücke ist gesperrt. Das teilte die Stadt am Montag mit.");
        Files.write(dir.resolve("bad.txt"), new byte[] {0, 1, 2, 3});
        Files.writeString(dir.resolve("bad.jsonl"), "{\"text\":\"Der Hafen ist offen.\"}\n{oops\n");
        CliRun run = CliRun.of("digest", "--format", "json", dir.toString());
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.stderr()).contains("rejected: " + dir.resolve("bad.txt") + ": binary content")
                .contains("rejected: " + dir.resolve("bad.jsonl") + ":2: malformed JSON");
        JsonNode doc = JSON.readTree(run.stdout());
        int articles = 0;
        for (JsonNode s : doc.get("stories")) {
            articles += s.get("articles").size();
        }
        assertThat(articles).isEqualTo(2);
    }

    @Test
    void sinceAnEarlierDigestReportsWhatChanged() throws IOException {
        Path story = ROOT.resolve("samples/news/river-flood");
        Path old = dir.resolve("old.json");
        CliRun first = CliRun.of("digest", "--format", "json", "-o", old.toString(),
                story.resolve("01-marcher-gazette.txt").toString(), story.resolve("03-riverside-ledger.json").toString());
        assertThat(first.exitCode()).isZero();
        CliRun run = CliRun.of("digest", "--format", "json", "--since", old.toString(), story.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode changes = JSON.readTree(run.stdout()).get("changes");
        assertThat(changes).isNotNull();
        assertThat(changes.findValues("newArticles").get(0).toString()).contains("rf-hearthside")
                .doesNotContain("01-marcher-gazette");
        CliRun markdown = CliRun.of("digest", "--since", old.toString(), story.toString());
        assertThat(markdown.stdout()).startsWith("# What changed").contains("rf-hearthside");
        assertThat(CliRun.of("digest", "--since", dir.resolve("missing.json").toString(), story.toString()).exitCode())
                .isEqualTo(2);
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.of("digest").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("digest", "--format", "pdf", dir.toString()).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
        assertThat(CliRun.of().exitCode()).isEqualTo(2);
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"digest", "cluster", "analyze"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).isZero();
            assertThat(run.stdout()).contains("Usage: synoptic " + command);
        }
    }

    @Test
    @Tag("corenlp")
    void htmlEscapesArticleMarkup() throws IOException {
        Files.writeString(dir.resolve("a.json"), """
                {"id":"x1","title":"<img src=x onerror=alert(1)>","text":"Der Hafen ist gesperrt <script>alert(1)</script>. Das sagte die Stadt."}
                """);
        CliRun run = CliRun.of("digest", "--format", "html", dir.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).doesNotContain("<script>").doesNotContain("<img")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(1)&gt;");
    }
}
