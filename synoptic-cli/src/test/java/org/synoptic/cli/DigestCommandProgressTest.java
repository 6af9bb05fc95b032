package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code digest} reports its stages on stderr unless {@code -q}, and {@code --min-reports} leaves out small stories. */
@Tag("corenlp")
class DigestCommandProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void stagesGoToStderrUnlessQuietAndSmallStoriesCanBeLeftOut() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Die Hafenbrücke in Kleinhausen ist seit Montag gesperrt. Das teilte "
                + "die Stadt am Montag mit. Die Reparatur soll drei Wochen dauern.");
        Files.writeString(dir.resolve("b.txt"), "Die Hafenbrücke in Kleinhausen ist seit Montag gesperrt, teilte die "
                + "Stadt mit. Die Reparatur dauert nach Angaben des Bauamts drei Wochen.");
        Files.writeString(dir.resolve("c.txt"), "Ein Sturm hat in der Nacht zum Mittwoch an der Nordseeküste mehrere "
                + "Bäume umgeworfen. Die Feuerwehr rückte zu über sechzig Einsätzen aus.");

        CliRun loud = CliRun.of("digest", "--format", "json", dir.toString());
        assertThat(loud.exitCode()).as(loud.stderr()).isZero();
        assertThat(loud.stderr()).contains("] read 3 articles from 3 files", "] grouping syndicated copies among 3 articles",
                "] clustering 3 articles into stories", "] analysing and digesting 2 stories (3 articles)",
                "] done: 2 digests of 3 articles");
        assertThat(JSON.readTree(loud.stdout()).get("stories")).hasSize(2);

        CliRun quiet = CliRun.of("digest", "-q", "--format", "json", "--min-reports", "2", dir.toString());
        assertThat(quiet.exitCode()).as(quiet.stderr()).isZero();
        assertThat(quiet.stderr()).isEmpty();
        JsonNode stories = JSON.readTree(quiet.stdout()).get("stories");
        assertThat(stories).hasSize(1);
        assertThat(stories.get(0).get("articles")).hasSize(2);

        assertThat(CliRun.of("digest", "--min-reports", "0", dir.toString()).exitCode()).isEqualTo(2);
    }
}
