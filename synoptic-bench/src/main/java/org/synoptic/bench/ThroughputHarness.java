package org.synoptic.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.synoptic.cluster.Story;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.cluster.TermVector;
import org.synoptic.dedupe.MinHashSignature;
import org.synoptic.dedupe.MinHasher;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.ingest.IngestReport;
import org.synoptic.model.Article;

/**
 * End-to-end throughput of the fast tier, in articles per second, with the profile of where the time goes and
 * plain Lucene indexing of the same texts with the same analyzer as the reference, measured in the same run.
 *
 * <p>Corpus: the 1,028 German articles of 10kGNAD ({@code ../shared/data/10kgnad/test.csv}) replicated with seeded
 * perturbations (sentences shuffled, numbers renamed, one sentence dropped) so that copies are not trivial, written as
 * JSON-lines files of 1,000 articles. Stages: read + clean + language ({@link ArticleIngester} on the files),
 * fingerprint (MinHash signature), cluster: term analysis ({@link StoryClusterer#termVector}) and placement
 * ({@link StoryIndex#add(Article, TermVector)}).
 *
 * <p>Two passes over the same files. The first runs every stage on one thread, file by file, with the Lucene reference
 * indexing each file's articles after them. The second runs the fast tier alone on {@value #THREADS} threads: workers
 * read, clean, fingerprint and analyse whole files in parallel while the calling thread places the articles in the
 * index in arrival order (the index is sequential by design), so its stories are exactly the first pass's.
 *
 * <p>Usage: {@code bash synoptic-bench/throughput.sh [ARTICLES] [SHARED_DIR]}; prints one line per figure.
 */
public final class ThroughputHarness {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int THREADS = 2;
    /** Files read ahead of the index in the parallel pass: bounds its memory. */
    private static final int FILES_IN_FLIGHT = 4;

    private ThroughputHarness() {
    }

    public static void main(String[] args) throws IOException {
        int target = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path shared = Path.of(args.length > 1 ? args[1] : "../shared");
        Path csv = shared.resolve("data/10kgnad/test.csv");
        if (!Files.isRegularFile(csv)) {
            System.out.println("skipped: " + csv + " not found (the harness needs ../shared beside the project)");
            return;
        }
        List<String> texts = readGnad(csv);
        Path dir = Files.createTempDirectory("synoptic-throughput");
        try {
            List<String> corpus = perturbedCorpus(texts, target, new Random(20261122));
            long chars = corpus.stream().mapToLong(String::length).sum();
            List<String> files = writeJsonl(corpus, dir);
            int corpusSize = corpus.size();
            corpus = null; // the stream is read back from the files, batch by batch, as a feed would deliver it
            System.out.printf(Locale.ROOT, "corpus: %d articles (%d base texts from 10kGNAD, perturbed), %.1f MB of text in %d JSONL files%n",
                    corpusSize, texts.size(), chars / 1e6, files.size());
            resetPeaks();

            java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            ArticleIngester ingester = new ArticleIngester();
            SyndicationGrouper grouper = SyndicationGrouper.defaults();
            StoryClusterer clusterer = StoryClusterer.defaults();
            StoryIndex index = clusterer.newIndex();
            long[] wall = new long[4];
            long[] cpuTime = new long[4];
            long analysisCpu = 0;
            int n = 0;
            int rejected = 0;
            long signatures = 0;
            Path indexDir = dir.resolve("lucene");
            try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), new IndexWriterConfig(new GermanAnalyzer()))) {
                for (String file : files) {
                    long w0 = System.nanoTime();
                    long c0 = cpu.getCurrentThreadCpuTime();
                    IngestReport report = ingester.ingest(List.of(file));
                    long w1 = System.nanoTime();
                    long c1 = cpu.getCurrentThreadCpuTime();
                    for (Article a : report.articles()) {
                        MinHashSignature signature = grouper.signature(a);
                        signatures += signature.size();
                    }
                    long w2 = System.nanoTime();
                    long c2 = cpu.getCurrentThreadCpuTime();
                    for (Article a : report.articles()) {
                        long c = cpu.getCurrentThreadCpuTime();
                        TermVector vector = clusterer.termVector(a);
                        analysisCpu += cpu.getCurrentThreadCpuTime() - c;
                        index.add(a, vector);
                    }
                    long w3 = System.nanoTime();
                    long c3 = cpu.getCurrentThreadCpuTime();
                    for (Article a : report.articles()) {
                        Document doc = new Document();
                        doc.add(new StringField("id", a.id(), Field.Store.YES));
                        doc.add(new TextField("text", a.text(), Field.Store.NO));
                        writer.addDocument(doc);
                    }
                    long w4 = System.nanoTime();
                    long c4 = cpu.getCurrentThreadCpuTime();
                    wall[0] += w1 - w0;
                    wall[1] += w2 - w1;
                    wall[2] += w3 - w2;
                    wall[3] += w4 - w3;
                    cpuTime[0] += c1 - c0;
                    cpuTime[1] += c2 - c1;
                    cpuTime[2] += c3 - c2;
                    cpuTime[3] += c4 - c3;
                    n += report.articles().size();
                    rejected += report.rejected().size();
                }
                long w5 = System.nanoTime();
                writer.commit();
                wall[3] += System.nanoTime() - w5;
            }
            long peak = peakHeapBytes();
            double fast = (wall[0] + wall[1] + wall[2]) / 1e9;
            double fastCpu = (cpuTime[0] + cpuTime[1] + cpuTime[2]) / 1e9;
            System.out.printf(Locale.ROOT, "fast tier: %d articles in %.1f s = %.0f articles/s (%.0f per cpu-second); %d stories (%d active); rejected %d%n",
                    n, fast, n / fast, n / fastCpu, index.stories().size(), index.activeStoryCount(), rejected);
            System.out.printf(Locale.ROOT, "profile (wall / cpu): read+clean+language %.1f / %.1f s, fingerprint %.1f / %.1f s, cluster %.1f / %.1f s (cpu: analysis %.1f s, index %.1f s); %d merges%n",
                    wall[0] / 1e9, cpuTime[0] / 1e9, wall[1] / 1e9, cpuTime[1] / 1e9, wall[2] / 1e9, cpuTime[2] / 1e9,
                    analysisCpu / 1e9, (cpuTime[2] - analysisCpu) / 1e9, index.mergeCount());
            System.out.printf(Locale.ROOT, "peak heap (sum of pool peaks, upper bound, includes the Lucene reference's buffers): %.0f MB; max heap %.0f MB%n",
                    peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6);
            double lucene = wall[3] / 1e9;
            System.out.printf(Locale.ROOT, "reference: plain Lucene indexing (GermanAnalyzer, same cleaned texts, one writer) %.1f s = %.0f articles/s%n",
                    lucene, n / lucene);
            System.out.printf(Locale.ROOT, "ratio: fast tier / plain indexing = %.2fx (articles/s, same run, one thread each)%n", lucene / fast);
            if (signatures != (long) n * MinHasher.defaults().numHashes()) {
                throw new IllegalStateException("not every article got a full signature");
            }

            System.out.printf(Locale.ROOT, "live heap after the first pass (the index of %d articles and its stories, after a full GC): %.0f MB%n",
                    n, liveHeapBytes() / 1e6);
            resetPeaks();
            List<Story> sequential = index.stories();
            index = null;
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long p0 = System.nanoTime();
            long processCpu0 = os.getProcessCpuTime();
            StoryIndex parallel = parallelPass(files, clusterer, grouper, ingester);
            double parallelSeconds = (System.nanoTime() - p0) / 1e9;
            double parallelCpu = (os.getProcessCpuTime() - processCpu0) / 1e9;
            System.out.printf(Locale.ROOT, "fast tier on %d threads: %d articles in %.1f s = %.0f articles/s (%.0f per cpu-second, %.2f cores busy on average); ratio to plain indexing (one thread) %.2fx; peak heap %.0f MB%n",
                    THREADS, parallel.articleCount(), parallelSeconds, parallel.articleCount() / parallelSeconds,
                    parallel.articleCount() / parallelCpu, parallelCpu / parallelSeconds, lucene / parallelSeconds,
                    peakHeapBytes() / 1e6);
            if (!parallel.stories().equals(sequential)) {
                throw new IllegalStateException("the parallel pass found other stories than the sequential one");
            }
        } finally {
            deleteTree(dir);
        }
    }

    /** The articles of one file, fingerprinted and analysed. */
    private record Prepared(List<Article> articles, List<TermVector> vectors) {
    }

    /**
     * Reads, cleans, fingerprints and analyses files on worker threads, a few files ahead, and places their articles
     * in a new index on this thread in file order.
     */
    private static StoryIndex parallelPass(List<String> files, StoryClusterer clusterer, SyndicationGrouper grouper,
                                           ArticleIngester ingester) {
        ExecutorService workers = Executors.newFixedThreadPool(THREADS);
        try {
            StoryIndex index = clusterer.newIndex();
            Deque<Future<Prepared>> inFlight = new ArrayDeque<>();
            int next = 0;
            while (next < files.size() || !inFlight.isEmpty()) {
                while (next < files.size() && inFlight.size() < FILES_IN_FLIGHT) {
                    String file = files.get(next++);
                    inFlight.add(workers.submit(() -> prepare(file, clusterer, grouper, ingester)));
                }
                Prepared prepared = inFlight.removeFirst().get();
                for (int i = 0; i < prepared.articles().size(); i++) {
                    index.add(prepared.articles().get(i), prepared.vectors().get(i));
                }
            }
            return index;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed", e.getCause());
        } finally {
            workers.shutdownNow();
        }
    }

    private static Prepared prepare(String file, StoryClusterer clusterer, SyndicationGrouper grouper,
                                    ArticleIngester ingester) {
        List<Article> articles = ingester.ingest(List.of(file)).articles();
        List<TermVector> vectors = new ArrayList<>(articles.size());
        for (Article a : articles) {
            if (grouper.signature(a).size() == 0) {
                throw new IllegalStateException("empty signature: " + a.id());
            }
            vectors.add(clusterer.termVector(a));
        }
        return new Prepared(articles, vectors);
    }

    /** The 10kGNAD texts: one {@code label;text} row per line, the text optionally quoted with ' ('' inside). */
    static List<String> readGnad(Path csv) throws IOException {
        List<String> texts = new ArrayList<>();
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        int i = 0;
        while (i < content.length()) {
            int semi = content.indexOf(';', i);
            if (semi < 0) {
                break;
            }
            int j = semi + 1;
            StringBuilder text = new StringBuilder();
            if (j < content.length() && content.charAt(j) == '\'') {
                for (j++; j < content.length(); j++) {
                    char c = content.charAt(j);
                    if (c == '\'' && j + 1 < content.length() && content.charAt(j + 1) == '\'') {
                        text.append('\'');
                        j++;
                    } else if (c == '\'') {
                        j++;
                        break;
                    } else {
                        text.append(c);
                    }
                }
            } else {
                int eol = content.indexOf('\n', j);
                text.append(content, j, eol < 0 ? content.length() : eol);
                j = eol < 0 ? content.length() : eol;
            }
            int eol = content.indexOf('\n', j);
            i = eol < 0 ? content.length() : eol + 1;
            if (!text.toString().isBlank()) {
                texts.add(text.toString());
            }
        }
        return texts;
    }

    /** Copies of the base texts: the first round as is, later rounds with shuffled sentences and renamed numbers. */
    static List<String> perturbedCorpus(List<String> base, int target, Random random) {
        List<String> corpus = new ArrayList<>(target);
        for (int round = 0; corpus.size() < target; round++) {
            for (String text : base) {
                if (corpus.size() >= target) {
                    break;
                }
                corpus.add(round == 0 ? text : perturb(text, random));
            }
        }
        return corpus;
    }

    private static String perturb(String text, Random random) {
        List<String> sentences = new ArrayList<>(List.of(text.split("(?<=[.!?]) +")));
        Collections.shuffle(sentences, random);
        if (sentences.size() > 3) {
            sentences.remove(random.nextInt(sentences.size()));
        }
        Matcher m = NUMBER.matcher(String.join(" ", sentences));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(random.nextInt(10_000)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<String> writeJsonl(List<String> corpus, Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> files = new ArrayList<>();
        for (int start = 0; start < corpus.size(); start += 1000) {
            Path file = dir.resolve(String.format(Locale.ROOT, "part-%05d.jsonl", start / 1000));
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = start; i < Math.min(corpus.size(), start + 1000); i++) {
                    Map<String, Object> article = new LinkedHashMap<>();
                    article.put("id", "a" + i);
                    article.put("text", corpus.get(i));
                    article.put("language", "de");
                    out.write(json.writeValueAsString(article));
                    out.write('\n');
                }
            }
            files.add(file.toString());
        }
        return files;
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long liveHeapBytes() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
