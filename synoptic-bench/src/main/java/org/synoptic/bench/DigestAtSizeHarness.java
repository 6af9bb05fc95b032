package org.synoptic.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes the corpus for measuring {@code synoptic digest} at size: every 10kGNAD test article
 * ({@code ../shared/data/10kgnad/test.csv}, 1,028 derStandard reports) as the original plus {@code VARIANTS - 1}
 * near-copies from other (invented) outlets, as JSON-lines files of 1,000 articles in a folder outside the project.
 *
 * <p>A near-copy is the base text with one or two sentences dropped (when it has more than three), two neighbouring
 * sentences swapped, its own outlet, URL and publication time (the base's day, a different hour), and the base's
 * title. The reports of one base share a day (bases are spread over consecutive days, 20 per day) and arrive close
 * together: bases are taken in blocks of 25 and the variants of a block are shuffled among themselves, the way an
 * aggregator sees an agency story reprinted within hours. Seeded: the same arguments give the same files.
 *
 * <p>Usage (see {@code synoptic-bench/digest-at-size.sh}):
 * {@code DigestAtSizeHarness VARIANTS SHARED_DIR OUT_DIR}; prints the number of articles and the folder.
 */
public final class DigestAtSizeHarness {

    private static final int ARTICLES_PER_FILE = 1000;
    private static final int BASES_PER_BLOCK = 25;
    private static final int BASES_PER_DAY = 20;
    private static final LocalDate FIRST_DAY = LocalDate.of(2016, 3, 1);
    private static final String[] OUTLETS = {"derStandard", "Wiener Tagblatt", "Alpenpost", "Donaukurier Online",
            "Salzach Nachrichten", "Grazer Rundschau", "Tiroler Bote", "Linzer Abendblatt", "Kärntner Echo",
            "Vorarlberg Heute", "Burgenland Zeitung", "Nordbayern Presse", "Rheinland Kurier", "Hanse Depesche",
            "Elbe Anzeiger", "Spree Tageblatt", "Main Post Digital", "Schwaben Spiegel", "Bodensee Nachrichten",
            "Ruhr Kompass", "Weser Journal", "Mosel Zeitung", "Harz Bote", "Eifel Kurier"};

    private DigestAtSizeHarness() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: DigestAtSizeHarness VARIANTS SHARED_DIR OUT_DIR");
            System.exit(2);
        }
        int variants = Integer.parseInt(args[0]);
        if (variants < 1 || variants > OUTLETS.length) {
            throw new IllegalArgumentException("VARIANTS must be in [1, " + OUTLETS.length + "]: " + variants);
        }
        Path csv = Path.of(args[1]).resolve("data/10kgnad/test.csv");
        if (!Files.isRegularFile(csv)) {
            System.err.println("skipped: " + csv + " not found (the harness needs ../shared beside the project)");
            System.exit(1);
        }
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<String> bases = ThroughputHarness.readGnad(csv);
        int written = write(corpus(bases, variants, new Random(20261204)), out);
        System.out.printf(Locale.ROOT, "wrote %d articles (%d bases x %d reports) to %s%n", written, bases.size(),
                variants, out);
    }

    /** All reports, in arrival order. */
    static List<Map<String, Object>> corpus(List<String> bases, int variants, Random random) {
        List<Map<String, Object>> all = new ArrayList<>(bases.size() * variants);
        for (int block = 0; block < bases.size(); block += BASES_PER_BLOCK) {
            List<Map<String, Object>> arrivals = new ArrayList<>();
            for (int b = block; b < Math.min(bases.size(), block + BASES_PER_BLOCK); b++) {
                for (int v = 0; v < variants; v++) {
                    arrivals.add(report(bases.get(b), b, v, random));
                }
            }
            Collections.shuffle(arrivals, random);
            all.addAll(arrivals);
        }
        return all;
    }

    private static Map<String, Object> report(String base, int baseIndex, int variant, Random random) {
        List<String> sentences = new ArrayList<>(List.of(base.split("(?<=[.!?]) +")));
        String title = title(sentences.get(0));
        if (variant > 0) {
            int drops = sentences.size() > 6 ? 2 : sentences.size() > 3 ? 1 : 0;
            for (int d = 0; d < drops; d++) {
                sentences.remove(1 + random.nextInt(sentences.size() - 1)); // the lead stays
            }
            if (sentences.size() > 2) {
                int i = 1 + random.nextInt(sentences.size() - 2);
                Collections.swap(sentences, i, i + 1);
            }
        }
        LocalDate day = FIRST_DAY.plusDays(baseIndex / BASES_PER_DAY);
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", String.format(Locale.ROOT, "b%04d-v%02d", baseIndex, variant));
        article.put("url", String.format(Locale.ROOT, "https://outlet%02d.example/%d", variant, baseIndex));
        article.put("title", title);
        article.put("outlet", OUTLETS[variant]);
        article.put("published", String.format(Locale.ROOT, "%sT%02d:%02d:00Z", day, 6 + variant % 14, random.nextInt(60)));
        article.put("language", "de");
        article.put("text", String.join(" ", sentences));
        return article;
    }

    /** The first words of the lead sentence, as a headline. */
    private static String title(String lead) {
        String[] words = lead.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 9))).replaceAll("[.!?:,;]+$", "");
    }

    private static int write(List<Map<String, Object>> corpus, Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        for (int start = 0; start < corpus.size(); start += ARTICLES_PER_FILE) {
            Path file = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", start / ARTICLES_PER_FILE));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = start; i < Math.min(corpus.size(), start + ARTICLES_PER_FILE); i++) {
                    out.write(json.writeValueAsString(corpus.get(i)));
                    out.write('\n');
                }
            }
        }
        return corpus.size();
    }
}
