package org.synoptic.cli;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.store.ArticleStore;

@Tag("corenlp") // the store digests in the background with CoreNLP's German model; skipped by -Pquick
class IngestCommandTest {

    static final String SAMPLES = Path.of(System.getProperty("synoptic.root", "..")).resolve("samples/news").toString();

    @TempDir
    Path dir;

    @Test
    void ingestsOnceAndRecognisesTheSecondRun() throws Exception {
        String store = dir.resolve("store").toString();
        CliRun first = CliRun.of("ingest", "-q", "--store", store, "--batch", "5", SAMPLES);
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(first.stdout()).contains("stored 17 articles, 0 already stored").contains("in 4 stories");
        CliRun second = CliRun.of("ingest", "-q", "--store", store, SAMPLES);
        assertThat(second.exitCode()).isZero();
        assertThat(second.stdout()).contains("stored 0 articles, 17 already stored");
        try (ArticleStore opened = ArticleStore.open(Path.of(store))) {
            assertThat(opened.articleCount()).isEqualTo(17);
        }
    }

    @Test
    void usageErrors() {
        assertThat(CliRun.of("ingest", SAMPLES).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("ingest", "--store", dir.toString(), "--batch", "0", SAMPLES).exitCode()).isEqualTo(2);
        assertThat(CliRun.of("serve").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("serve", "--demo", "--store", dir.toString()).exitCode()).isEqualTo(2);
    }
}
