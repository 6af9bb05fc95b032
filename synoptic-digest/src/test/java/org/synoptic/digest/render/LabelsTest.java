package org.synoptic.digest.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The label resources: every key in every language, and golden files of what each language shows (plurals, stance
 * and kind labels, language names, local dates). Rewrite the goldens with {@code -Dsynoptic.golden.update=true}.
 */
class LabelsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void everyKeyExistsInEveryLanguage() {
        Set<String> all = new java.util.TreeSet<>();
        for (String lang : Labels.LANGUAGES) {
            all.addAll(Labels.keys(lang));
        }
        for (String lang : Labels.LANGUAGES) {
            assertThat(Labels.keys(lang)).as("keys of labels_" + lang + ".properties").containsExactlyElementsOf(all);
        }
        for (String lang : Labels.LANGUAGES) {
            for (String key : all) {
                assertThat(Labels.of(lang).text(key)).as(lang + ": " + key).isNotBlank();
            }
        }
    }

    @Test
    void germanPluralsAndDates() {
        Labels de = Labels.of("de").withZone(ZoneId.of("Europe/Berlin"));
        assertThat(de.count("reports", 1)).isEqualTo("1 Bericht");
        assertThat(de.count("reports", 2)).isEqualTo("2 Berichte");
        assertThat(de.count("sources", 1)).isEqualTo("1 unabhängige Quelle");
        assertThat(de.date("2025-01-14T07:30Z")).isEqualTo("14. Januar 2025, 08:30 Uhr");
        assertThat(de.date("2025-03-03T14:20+01:00")).isEqualTo("3. März 2025, 14:20 Uhr");
        assertThat(de.withZone(ZoneId.of("UTC")).date("2025-03-03T14:20+01:00")).isEqualTo("3. März 2025, 13:20 Uhr");
        assertThat(de.languageName("en")).isEqualTo("Englisch");
        assertThat(de.valueOf("note", "no_comment")).isEqualTo("keine Stellungnahme");
        assertThat(Labels.of("fr").language()).as("German-first: any other story gets German labels").isEqualTo("de");
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void labelsMatchTheirGoldenFile(String lang) throws IOException {
        Labels l = Labels.of(lang).withZone(ZoneId.of("Europe/Berlin"));
        StringBuilder out = new StringBuilder();
        for (String key : Labels.keys(lang)) {
            if (key.endsWith(".one")) {
                String base = key.substring(0, key.length() - 4);
                out.append(base).append(": ").append(l.count(base, 1)).append(" | ").append(l.count(base, 2)).append('\n');
            } else if (!key.endsWith(".other")) {
                out.append(key).append(": ").append(l.text(key)).append('\n');
            }
        }
        for (String iso : new String[] {"2019", "2025-03", "2025-03-03", "2025-01-14T07:30Z", "2025-07-01T23:30:00Z", "heute"}) {
            out.append("date ").append(iso).append(": ").append(l.date(iso)).append('\n');
        }
        Path golden = GOLDEN.resolve("labels-" + lang + ".txt");
        if (Boolean.getBoolean("synoptic.golden.update")) {
            Files.writeString(golden, out, StandardCharsets.UTF_8);
        }
        assertThat(out.toString()).as(golden.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
