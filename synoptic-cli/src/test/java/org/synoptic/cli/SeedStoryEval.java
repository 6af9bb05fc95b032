package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The canonical example: the five German seed reports in {@code ../shared/seeds} must form exactly one story of five
 * articles whose digest fills every field of the contract. Prints what the digest found.
 */
class SeedStoryEval {

    private static final String SEEDS_SHA256 = "aa0fb64c19cf3ee5d1408de5291ff93568b085c1b88dee7cd69489a3ac16338d";

    @Test
    void seedsFormOneStoryOfFiveWithEveryFieldFilled() throws IOException, NoSuchAlgorithmException {
        Path seeds = Path.of(System.getProperty("synoptic.shared", "../../shared")).resolve("seeds");
        assumeTrue(Files.isDirectory(seeds), "skipped: " + seeds + " not found (the evals need ../shared beside the project)");
        List<Path> files;
        try (Stream<Path> list = Files.list(seeds)) {
            files = list.sorted().toList();
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Path f : files) {
            sha.update(Files.readAllBytes(f));
        }
        assertThat(HexFormat.of().formatHex(sha.digest())).as("checksum of the seed reports").isEqualTo(SEEDS_SHA256);

        CliRun run = CliRun.of("digest", "--format", "json", seeds.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        JsonNode doc = new ObjectMapper().readTree(run.stdout());
        assertThat(SynopticCommandTest.validate("digest-v1.schema.json", doc)).isEmpty();
        JsonNode stories = doc.get("stories");
        List<Integer> sizes = new java.util.ArrayList<>();
        stories.forEach(s -> sizes.add(s.get("articles").size()));
        System.out.printf("seeds: %d story(ies); sizes %s%n", stories.size(), sizes);
        assertThat(stories.size()).as("stories").isEqualTo(1);
        JsonNode story = stories.get(0);
        assertThat(story.get("articles").size()).isEqualTo(5);
        System.out.printf("seeds: headline: %s%n", story.get("headline").asText());
        for (String field : new String[] {"summary", "facts", "disagreements", "quotes", "citedSources", "entities", "timeline"}) {
            System.out.printf("seeds: %-13s %d%n", field, story.get(field).size());
        }
        story.get("facts").forEach(f -> System.out.printf("  fact [%d independent, %d articles] %s%n",
                f.get("independentSources").asInt(), f.get("articles").size(), f.get("text").asText()));
        story.get("disagreements").forEach(d -> System.out.printf("  disagreement: %s%n", d.get("about").asText()));
        story.get("quotes").forEach(q -> System.out.printf("  quote: %s%s: %s%n", q.get("speaker").asText(),
                q.get("via").isNull() ? "" : " via " + q.get("via").asText(), q.get("text").asText()));
        story.get("citedSources").forEach(s -> System.out.printf("  source: %s (%s) in %d articles%n",
                s.get("name").asText(), s.get("kind").asText(), s.get("articles").size()));
        for (String field : new String[] {"summary", "facts", "quotes", "citedSources", "entities", "timeline"}) {
            assertThat(story.get(field).size()).as(field).isPositive();
        }
    }
}
