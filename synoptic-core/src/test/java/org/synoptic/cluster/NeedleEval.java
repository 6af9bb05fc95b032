package org.synoptic.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/**
 * Needle in a haystack: the five German seed reports of one story, spread among the 1,028 unrelated articles of
 * the 10kGNAD test split, must form exactly one story without intruders. Needs {@code synoptic.shared}.
 */
class NeedleEval {

    private static final String HAYSTACK = "data/10kgnad/test.csv";
    private static final String HAYSTACK_SHA256 = "68ba71a01919261f36b362b6a31e7fa34255dde102a5586db23d72eae2e41514";
    private static final Map<String, String> SEEDS = new LinkedHashMap<>();

    static {
        SEEDS.put("000_ff728ccaf4dd8a03", "5c77c66dfcf4c739efb4142466a2a65b50532b035f10cf64e5020d042c609767");
        SEEDS.put("001_5c621a8412a3599c", "158f1b91d8361256b6be7b0b83ecb74ce42b1352b8869b5d520eb198bf4eab43");
        SEEDS.put("002_9097583e51e5c212", "7bba632fca70ed4666989d0a62a42505adb67b4fc31facf99c93f1d405a958a8");
        SEEDS.put("003_a4bb6051e356c940", "21f5fa71998da38569e85e84d040f57202f3a91bd0f1342bef7292601b8eff01");
        SEEDS.put("004_3c1e50fb05cc1c39", "fb2c5ff730fca1217788092f10875b4a3c7de6f7b9dc020ad5c4741ff5354935");
    }

    @Test
    void seedReportsFormOneStoryAmongUnrelatedNews() throws IOException {
        Path root = SharedData.root();
        List<Article> stream = stream(root);
        assertThat(stream).hasSize(1028 + SEEDS.size());

        long start = System.nanoTime();
        List<Story> stories = StoryClusterer.defaults().cluster(stream);
        long millis = (System.nanoTime() - start) / 1_000_000;

        List<Story> withSeeds = stories.stream()
                .filter(s -> s.articleIds().stream().anyMatch(SEEDS::containsKey)).toList();
        long merged = stories.stream().filter(s -> s.size() > 1)
                .mapToLong(s -> s.articleIds().stream().filter(id -> id.startsWith("gnad-")).count()).sum();
        long multi = stories.stream().filter(s -> s.size() > 1).count();
        System.out.printf(Locale.ROOT,
                "Needle: %d articles -> %d stories in %d ms; seed stories: %s; %d multi-article stories holding %d "
                        + "10kGNAD articles%n", stream.size(), stories.size(), millis, withSeeds, multi, merged);

        assertThat(withSeeds).as("stories holding the seed reports").hasSize(1);
        assertThat(withSeeds.get(0).articleIds()).as("the seed story, without intruders")
                .containsExactlyInAnyOrderElementsOf(SEEDS.keySet());
        assertThat(merged).as("10kGNAD articles merged into multi-article stories").isLessThanOrEqualTo(40);
    }

    /** The 10kGNAD articles in file order with the seeds inserted at evenly spread positions. */
    static List<Article> stream(Path root) throws IOException {
        Path csv = SharedData.verified(root, HAYSTACK, HAYSTACK_SHA256);
        List<List<String>> rows = QuotedCsv.parse(Files.readString(csv, StandardCharsets.UTF_8), ';', '\'');
        List<Article> haystack = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            assertThat(r).as("row %d", i).hasSize(2);
            String id = "gnad-" + i;
            haystack.add(new Article(id, csv + "#" + (i + 1), null, null, r.get(1), null, null, null, "de", Set.of()));
        }
        List<Article> seeds = new ArrayList<>();
        for (Map.Entry<String, String> e : SEEDS.entrySet()) {
            Path file = SharedData.verified(root, "seeds/" + e.getKey() + ".txt", e.getValue());
            seeds.add(new Article(e.getKey(), file.toString(), null, null, Files.readString(file, StandardCharsets.UTF_8),
                    null, null, null, "de", Set.of()));
        }
        List<Article> stream = new ArrayList<>(haystack);
        int gap = haystack.size() / (seeds.size() + 1);
        for (int k = seeds.size() - 1; k >= 0; k--) {
            stream.add((k + 1) * gap, seeds.get(k));
        }
        return stream;
    }
}
