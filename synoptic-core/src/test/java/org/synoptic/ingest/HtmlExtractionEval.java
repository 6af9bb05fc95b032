package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

/**
 * Extraction quality on our own realistic pages ({@code eval/*.html}: navigation, cookie banners, paywall and
 * newsletter boxes, share bars, related links, comments, ads, captions and footers around a known body, German and
 * English, one in Windows-1252): bag-of-words F1 of the extracted body against {@code *.gold.json}, and metadata
 * accuracy over title, outlet, author, published date, canonical URL and language. Checks the data's checksums
 * first. Run with {@code mvn -Peval -pl synoptic-core test -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class HtmlExtractionEval {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final List<String> FIELDS = List.of("title", "outlet", "author", "published", "url", "language");

    @Test
    void extractsBodiesAndMetadata() throws IOException, URISyntaxException, NoSuchAlgorithmException {
        Path dir = Path.of(HtmlExtractionEval.class.getResource("eval/MANIFEST.sha256").toURI()).getParent();
        List<String> pages = verifiedPages(dir);
        assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
        ObjectMapper json = new ObjectMapper();
        ArticleIngester ingester = new ArticleIngester();
        double f1Sum = 0;
        int metaRight = 0;
        int metaAll = 0;
        StringBuilder table = new StringBuilder(String.format("%-28s %6s %6s %6s  %s%n", "page", "P", "R", "F1", "metadata misses"));
        for (String page : pages) {
            JsonNode gold = json.readTree(dir.resolve(page + ".gold.json").toFile());
            IngestReport report = ingester.ingest(List.of(dir.resolve(page + ".html").toString()));
            assertThat(report.rejected()).as(page).isEmpty();
            Article article = report.articles().get(0);
            List<String> body = new ArrayList<>();
            gold.get("body").forEach(p -> body.add(p.asText()));
            double[] prf = bagOfWords(article.text(), String.join(" ", body));
            f1Sum += prf[2];
            List<String> misses = new ArrayList<>();
            for (String field : FIELDS) {
                metaAll++;
                String expected = gold.get(field).asText();
                String actual = value(article, field);
                if (expected.equals(actual)) {
                    metaRight++;
                } else {
                    misses.add(field + "=" + actual);
                }
            }
            table.append(String.format(Locale.ROOT, "%-28s %6.3f %6.3f %6.3f  %s%n", page, prf[0], prf[1], prf[2], misses));
        }
        double f1 = f1Sum / pages.size();
        double accuracy = metaRight / (double) metaAll;
        table.append(String.format(Locale.ROOT, "macro bag-of-words F1 %.3f over %d pages; metadata accuracy %.3f (%d/%d)%n",
                f1, pages.size(), accuracy, metaRight, metaAll));
        System.out.print(table);
        assertThat(f1).isGreaterThanOrEqualTo(0.95);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.9);
    }

    private static String value(Article a, String field) {
        return switch (field) {
            case "title" -> a.title();
            case "outlet" -> a.outlet();
            case "author" -> a.author();
            case "published" -> a.published() == null ? null : a.published().substring(0, Math.min(10, a.published().length()));
            case "url" -> a.url();
            case "language" -> a.language();
            default -> throw new IllegalArgumentException("unknown field: " + field);
        };
    }

    /** Precision, recall and F1 of the token multisets. */
    static double[] bagOfWords(String extracted, String gold) {
        Map<String, Integer> e = bag(extracted);
        Map<String, Integer> g = bag(gold);
        int overlap = 0;
        for (Map.Entry<String, Integer> entry : e.entrySet()) {
            overlap += Math.min(entry.getValue(), g.getOrDefault(entry.getKey(), 0));
        }
        int eSize = e.values().stream().mapToInt(Integer::intValue).sum();
        int gSize = g.values().stream().mapToInt(Integer::intValue).sum();
        double p = eSize == 0 ? 0 : overlap / (double) eSize;
        double r = gSize == 0 ? 0 : overlap / (double) gSize;
        return new double[] {p, r, p + r == 0 ? 0 : 2 * p * r / (p + r)};
    }

    private static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            bag.merge(m.group(), 1, Integer::sum);
        }
        return bag;
    }

    private static List<String> verifiedPages(Path dir) throws IOException, NoSuchAlgorithmException {
        List<String> pages = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("MANIFEST.sha256"))) {
            String[] parts = line.split("\\s+");
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(dir.resolve(parts[1])));
            assertThat(HexFormat.of().formatHex(digest)).as("checksum of " + parts[1]).isEqualTo(parts[0]);
            if (parts[1].endsWith(".html")) {
                pages.add(parts[1].substring(0, parts[1].length() - ".html".length()));
            }
        }
        return pages;
    }
}
