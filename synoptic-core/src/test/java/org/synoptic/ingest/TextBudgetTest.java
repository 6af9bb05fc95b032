package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextBudgetTest {

    @Test
    void base64AndNumberTablesAreNotLanguage() {
        byte[] bytes = new byte[30_000];
        new Random(7).nextBytes(bytes);
        String base64 = Base64.getMimeEncoder().encodeToString(bytes);
        assertThat(TextBudget.notLanguage(base64)).get().asString().startsWith("text is not language");
        StringBuilder table = new StringBuilder();
        Random r = new Random(11);
        for (int row = 0; row < 400; row++) {
            table.append(row).append('\t').append(r.nextInt(100_000)).append('\t').append(r.nextDouble()).append('\n');
        }
        assertThat(TextBudget.notLanguage(table.toString())).isPresent();
        assertThat(TextBudget.notLanguage("12 34 56")).as("too short to judge").isEmpty();
    }

    @Test
    void everyBundledSampleReadsAsLanguage() throws IOException {
        Path samples = Path.of("..", "samples");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(samples)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            assertThat(TextBudget.notLanguage(Files.readString(f))).as(f.toString()).isEmpty();
        }
    }

    @Test
    void anArticleOfBase64IsRejectedQuickly() {
        byte[] bytes = new byte[3_000_000];
        new Random(3).nextBytes(bytes);
        String json = "{\"text\":\"" + Base64.getEncoder().encodeToString(bytes) + "\"}";
        // rejected by the language check on a capped sample, not after cleaning all 4 MB (the speed is benchmarked,
        // not timed here: a timed unit test depends on the machine)
        IngestReport report = new ArticleParser().parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "application/json", "blob.json");
        assertThat(report.articles()).isEmpty();
        assertThat(report.rejected().get(0).reason()).startsWith("text is not language");
    }
}
