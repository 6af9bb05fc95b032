package org.synoptic.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;

/**
 * Reading + cleaning throughput of {@link ArticleIngester}, in articles per second, for plain text with scraper
 * junk and for HTML pages with boilerplate. The corpus is synthetic and seeded: {@value #ARTICLES} German articles
 * of 8 paragraphs each, written to a temp folder at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IngestBenchmark {

    static final int ARTICLES = 50;
    private static final String[] WORDS = ("die der das und Stadt Brücke Senat Hafen sagte am Montag wegen nicht "
            + "wird wurde Verkehr Umleitung Prüfer Pfeiler Risse Bürgermeisterin Landkreis Pendler Fähre gesperrt "
            + "nach Angaben des Landesbetriebs bis Freitag offen geschlossen Gutachten Kosten Millionen Euro").split(" ");

    @Param({"text", "html"})
    public String format;

    private Path dir;
    private ArticleIngester ingester;

    @Setup(Level.Trial)
    public void writeCorpus() throws IOException {
        dir = Files.createTempDirectory("synoptic-bench");
        Random random = new Random(42);
        for (int i = 0; i < ARTICLES; i++) {
            String name = String.format("%03d.%s", i, format.equals("html") ? "html" : "txt");
            Files.writeString(dir.resolve(name), format.equals("html") ? html(random, i) : text(random));
        }
        ingester = new ArticleIngester();
    }

    @TearDown(Level.Trial)
    public void deleteCorpus() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    @Benchmark
    @OperationsPerInvocation(ARTICLES)
    public IngestReport readAndClean() {
        return ingester.ingest(List.of(dir.toString()));
    }

    private static String text(Random random) {
        StringBuilder s = new StringBuilder(" date 2023-09 Brücke gesperrt\n\n");
        for (int p = 0; p < 8; p++) {
            s.append(paragraph(random)).append(p == 3 ? " Foto: KCNA" : "").append("\n\n");
        }
        return s.append("Max Muster (laut Reuters)\nQuellenlink\n\n\nKommentar (0)\n").toString();
    }

    private static String html(Random random, int i) {
        StringBuilder s = new StringBuilder("<!doctype html><html lang=\"de\"><head><meta charset=\"utf-8\"><title>Brücke "
                + i + " | Elbwacht</title><meta property=\"og:site_name\" content=\"Elbwacht\"></head><body>"
                + "<div class=\"cookie-banner\"><p>Wir verwenden Cookies.</p></div><nav><a href=\"/\">Start</a></nav>"
                + "<article><h1>Brücke gesperrt</h1><p class=\"byline\">Von Jana Ohlsen</p>");
        for (int p = 0; p < 8; p++) {
            s.append("<p>").append(paragraph(random)).append("</p>");
        }
        return s.append("</article><section class=\"comments\"><p>Leser: Endlich!</p></section>"
                + "<footer>© Elbwacht</footer></body></html>").toString();
    }

    private static String paragraph(Random random) {
        StringBuilder s = new StringBuilder();
        for (int sentence = 0; sentence < 3; sentence++) {
            s.append("Die ");
            int words = 8 + random.nextInt(10);
            for (int w = 0; w < words; w++) {
                s.append(WORDS[random.nextInt(WORDS.length)]).append(w + 1 < words ? " " : ". ");
            }
        }
        return s.toString().strip();
    }
}
