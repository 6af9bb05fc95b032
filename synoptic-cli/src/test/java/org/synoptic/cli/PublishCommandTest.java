package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code synoptic publish} sends: files in name order, hidden entries skipped, a JSON-lines file one message per
 * non-blank line, any other file whole, keyed by path; a missing path is named and gives exit code 1. (The stream ITs
 * publish the same split to a real broker and run the job on it.)
 */
class PublishCommandTest {

    @TempDir
    Path dir;

    @Test
    void splitsFilesAndJsonLinesInNameOrder() throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve("b/02-feed.jsonl"), "{\"id\":\"x\",\"text\":\"eins\"}\n\n{\"id\":\"y\",\"text\":\"zwei\"}\n");
        Files.writeString(dir.resolve("a.txt"), "Titel\n\nText.");
        Files.writeString(dir.resolve(".hidden/c.txt"), "versteckt");
        Files.writeString(dir.resolve(".d.txt"), "versteckt");

        List<PublishCommand.Message> messages = PublishCommand.messages(dir);

        assertThat(messages).extracting(PublishCommand.Message::key).containsExactly(
                dir.resolve("a.txt").toString(), dir.resolve("b/02-feed.jsonl").toString(),
                dir.resolve("b/02-feed.jsonl").toString());
        assertThat(messages).extracting(m -> new String(m.value(), StandardCharsets.UTF_8)).containsExactly(
                "Titel\n\nText.", "{\"id\":\"x\",\"text\":\"eins\"}", "{\"id\":\"y\",\"text\":\"zwei\"}");
    }

    @Test
    void namesAMissingPath() {
        CliRun run = CliRun.of("publish", "--kafka", "127.0.0.1:9", "--topic", "articles",
                dir.resolve("absent").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("absent: no such file or folder").contains("published 0 message(s)");
    }
}
