package org.synoptic.digest;

import org.junit.jupiter.api.Tag;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.synoptic.digest.render.DigestWriter;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;
import org.synoptic.model.Article;

/**
 * Golden files for what people read: the JSON, Markdown and HTML digests of each bundled sample story, side by side
 * with their input in {@code samples/news/STORY}. Run with {@code -Dsynoptic.golden.update=true} to rewrite them
 * after an intended change, then review the diff.
 */
@Tag("corenlp") // loads CoreNLP's German model; skipped by -Pquick
class DigestGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("synoptic.golden.update");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hafenbruecke", "wahl-kommune", "river-flood", "chip-plant"})
    void renderedDigestsMatchTheirGoldenFiles(String story) throws IOException {
        Path folder = SampleDigestTest.ROOT.resolve("samples/news").resolve(story);
        // A path relative to the module keeps the article sources in the golden files machine-independent.
        String input = Path.of("").toAbsolutePath().relativize(folder).toString();
        IngestReport report = new ArticleIngester().ingest(List.of(input));
        assertThat(report.rejected()).isEmpty();
        List<StoryDigest> digests = StoryPipeline.standard().digest(report.articles());
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article a : report.articles()) {
            texts.put(a.id(), a.text());
        }
        for (String format : new String[] {"json", "md", "html"}) {
            StringBuilder out = new StringBuilder();
            DigestWriter.forFormat(format).write(digests, texts, out);
            Path golden = GOLDEN.resolve(story + ".digest." + format);
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, out, StandardCharsets.UTF_8);
            }
            assertThat(golden).as("golden file (create with -Dsynoptic.golden.update=true)").exists();
            assertThat(out.toString()).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        }
    }
}
