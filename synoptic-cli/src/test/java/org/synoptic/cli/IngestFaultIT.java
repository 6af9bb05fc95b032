package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults and hostile input against the command line (issue 20): one test per finding, each named for it. The
 * articles are of distinct made-up words, so no story has two reports and no digest (and no model) runs.
 */
class IngestFaultIT {

    @TempDir
    Path dir;

    /** A JSON line of a distinct article: its words are made of {@code n}, so no two articles share a story. */
    static String line(int n, String outlet) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < 12; w++) {
            text.append(Integer.toString(100_000 + n * 1_301 + w * 79_193, 36)).append(w % 4 == 3 ? ". " : " ");
        }
        return "{\"url\":\"https://cli.example/" + n + "\",\"title\":\"" + Integer.toString(7_000_000 + n * 977, 36) + "\",\"outlet\":\"" + outlet
                + "\",\"language\":\"de\",\"text\":\"" + text.toString().strip() + "\"}";
    }

    static String lines(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int n = from; n <= to; n++) {
            b.append(line(n, "Kurier")).append('\n');
        }
        return b.toString();
    }

    private String store() {
        return dir.resolve("store").toString();
    }

    @Test
    void major3_aRecordOverAFieldLimitIsRejectedWithFileAndLineAndTheRestIsStored() throws Exception {
        List<String> rows = new ArrayList<>();
        for (int n = 1; n <= 21; n++) {
            rows.add(line(n, n == 10 ? "O".repeat(9000) : "Kurier"));
        }
        Path input = Files.write(dir.resolve("news.jsonl"), rows);
        CliRun first = CliRun.of("ingest", "-q", "--store", store(), "--batch", "4", input.toString());
        assertThat(first.exitCode()).as(first.stderr()).isEqualTo(SynopticCommand.EXIT_REJECTED);
        assertThat(first.stderr()).contains("rejected: " + input + ":10: outlet is 9000 characters; the limit is 1024");
        assertThat(first.stdout()).contains("stored 20 articles, 0 already stored");
        CliRun again = CliRun.of("ingest", "-q", "--store", store(), input.toString());
        assertThat(again.exitCode()).isEqualTo(SynopticCommand.EXIT_REJECTED);
        assertThat(again.stdout()).contains("stored 0 articles, 20 already stored");
    }

    @Test
    void major4_jsonLinesInADotJsonFileAnExtensionlessFileAndStdinAreReadWholeAndGarbageIsRejected() throws Exception {
        Path json = Files.writeString(dir.resolve("three_lines.json"), lines(1, 3));
        Path bare = Files.writeString(dir.resolve("three_lines"), lines(4, 6));
        Path run = Files.writeString(dir.resolve("run_together.json"), line(7, "Kurier") + line(8, "Kurier"));
        CliRun files = CliRun.of("ingest", "-q", "--store", store(), json.toString(), bare.toString(), run.toString());
        assertThat(files.exitCode()).as(files.stderr()).isZero();
        assertThat(files.stdout()).contains("stored 8 articles");

        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(lines(9, 11).getBytes(StandardCharsets.UTF_8)));
            CliRun piped = CliRun.of("ingest", "-q", "--store", store(), "-");
            assertThat(piped.stdout()).as(piped.stderr()).contains("stored 3 articles");
        } finally {
            System.setIn(stdin);
        }

        Path garbage = Files.writeString(dir.resolve("garbage.json"), line(12, "Kurier") + " xxx");
        CliRun refused = CliRun.of("ingest", "-q", "--store", store(), garbage.toString());
        assertThat(refused.exitCode()).isEqualTo(SynopticCommand.EXIT_REJECTED);
        assertThat(refused.stderr()).contains("rejected: " + garbage + ": malformed JSON after the first value");
    }

    @Test
    void major6_fifosAndEndlessDevicesEndWithinTheCapAndSpecialFilesInFoldersAreNamed() throws Exception {
        Path fifo = dir.resolve("pipe.jsonl");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        long start = System.nanoTime();
        CliRun noWriter = CliRun.of("ingest", "-q", "--store", store(), fifo.toString());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("a FIFO without a writer does not hang the run")
                .isLessThan(Duration.ofSeconds(30));
        assertThat(noWriter.stderr()).contains("no writer opened this FIFO");

        CliRun zero = CliRun.of("ingest", "-q", "--store", store(), "--max-bytes", "1000000", "/dev/zero");
        assertThat(zero.exitCode()).isEqualTo(SynopticCommand.EXIT_REJECTED);
        assertThat(zero.stderr()).contains("rejected: /dev/zero:");
        CliRun random = CliRun.of("ingest", "-q", "--store", store(), "--max-bytes", "1000000", "/dev/urandom");
        assertThat(random.exitCode()).isEqualTo(SynopticCommand.EXIT_REJECTED);

        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("a.jsonl"), lines(1, 2));
        Files.move(fifo, folder.resolve("pipe.jsonl"));
        CliRun walked = CliRun.of("ingest", "--store", store(), folder.toString());
        assertThat(walked.stderr()).contains("skipped: " + folder.resolve("pipe.jsonl") + ": special file (FIFO)");
        assertThat(walked.stdout()).contains("stored 2 articles");
    }

    @Test
    void minorFolders_unreadableSubfoldersBrokenLinksAndLoopsAreNamedAndTheRestIsRead() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Files.writeString(folder.resolve("a.jsonl"), lines(1, 2));
        Files.createSymbolicLink(folder.resolve("broken.json"), folder.resolve("missing.json"));
        Files.createSymbolicLink(folder.resolve("loop"), folder);
        Path locked = Files.createDirectories(folder.resolve("locked"));
        Files.writeString(locked.resolve("b.jsonl"), lines(3, 3));
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        try {
            CliRun run = CliRun.of("ingest", "--store", store(), folder.toString());
            assertThat(run.stderr()).contains("skipped: " + folder.resolve("broken.json") + ": broken symbolic link")
                    .contains("skipped: " + folder.resolve("loop") + ": symbolic link to a folder");
            boolean root = "root".equals(System.getProperty("user.name"));
            assertThat(run.stdout()).contains("stored " + (root ? 3 : 2) + " articles");
            if (!"root".equals(System.getProperty("user.name"))) { // root reads any folder
                assertThat(run.stderr()).contains("rejected: " + locked + ": permission denied");
                assertThat(run.exitCode()).isEqualTo(SynopticCommand.EXIT_REJECTED);
            }
        } finally {
            Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void minorOutputFile_aLoneSurrogateIsReplacedAndNoCutFileIsLeft() throws Exception {
        OutputTarget target = new OutputTarget();
        target.file = dir.resolve("out").resolve("digest.json");
        try (Writer out = target.open(System.out)) {
            out.write("vor \ud800 nach");
        }
        assertThat(Files.readString(target.file)).isEqualTo("vor ? nach");
        try (var listing = Files.list(target.file.getParent())) {
            assertThat(listing.toList()).as("no partial file left").containsExactly(target.file);
        }
    }

    @Test
    void minorFileNames_aNameWithLineBreaksStaysOneLineAndANonAsciiNameIsReadUnderLangC() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("names"));
        Path injected = Files.writeString(folder.resolve("a\n\n<img src=x onerror=alert(1)>.jsonl"), lines(1, 1));
        CliRun run = CliRun.of("ingest", "--store", store(), "--max-bytes", "1000", folder.resolve("missing").toString(),
                injected.toString());
        assertThat(run.stdout()).as(run.stderr()).contains("stored 1 articles");
        try (org.synoptic.store.ArticleStore opened = org.synoptic.store.ArticleStore.open(Path.of(store()))) {
            String source = opened.article(opened.stories().get(0).articleIds().get(0)).orElseThrow().article().source();
            assertThat(source).doesNotContain("\n").contains("a\\n\\n<img");
        }

        // the launcher runs the built jar under LANG=C; a non-ASCII name must still be read
        Path root = Path.of(System.getProperty("synoptic.root", ".."));
        Path jar = root.resolve("synoptic-cli/target/synoptic.jar");
        assumeTrue(Files.exists(jar), "the distribution is built (mvn package runs before the ITs)");
        Path umlaut = Files.writeString(folder.resolve("Bericht-über-Köln.jsonl"), lines(2, 2));
        ProcessBuilder pb = new ProcessBuilder("java", "-jar", jar.toString(), "ingest", "--store",
                dir.resolve("store2").toString(), umlaut.toString()).redirectErrorStream(true);
        pb.environment().remove("LC_ALL");
        pb.environment().remove("LC_CTYPE");
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C.UTF-8"); // what the launcher exports under LANG=C
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("stored 1 articles");
        String launcher = Files.readString(root.resolve("synoptic"));
        assertThat(launcher).contains("export LC_ALL=C.UTF-8");
    }

    @Test
    void minorLockedStore_ingestChecksTheLockBeforeReadingItsInputs() throws Exception {
        Path fifo = dir.resolve("never.jsonl");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        try (org.synoptic.store.ArticleStore held = org.synoptic.store.ArticleStore.open(Path.of(store()))) {
            long start = System.nanoTime();
            CliRun run = CliRun.of("ingest", "--store", store(), fifo.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).contains("open in another process");
            // the FIFO has no writer: reading it would block, so the run ends only when no input was read (the bound
            // guards against a hang, not against a slow machine)
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no input read").isLessThan(Duration.ofSeconds(120));
        }
    }

    @Test
    void minorMaxBytes_aCapBeyondTheHeapIsRefusedBeforeAnythingIsRead() throws Exception {
        CliRun run = CliRun.of("ingest", "--store", store(), "--max-bytes", "3000000000000", "/dev/zero");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("more than a quarter of this JVM's heap");
    }

    @org.junit.jupiter.api.Tag("corenlp") // analyze runs the deep tier
    @Test
    void minorAnalyzeStreams_outputGrowsWithTheRunAndProgressIsShown() throws Exception {
        Path input = Files.writeString(dir.resolve("many.jsonl"), lines(1, 120));
        Path out = dir.resolve("analysis.json");
        CliRun run = CliRun.of("analyze", "-o", out.toString(), input.toString());
        assertThat(run.exitCode()).as(run.stderr()).isZero();
        assertThat(run.stderr()).contains("analysed 100 articles");
        com.fasterxml.jackson.databind.JsonNode doc = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toFile());
        assertThat(doc.get("version").asInt()).isPositive();
        assertThat(doc.get("articles")).hasSize(120);
    }

    @Test
    void major2_aFullDiskEndsTheRunSayingWhichBatchesWereCommitted() throws Exception {
        Path input = Files.writeString(dir.resolve("news.jsonl"), lines(1, 12));
        int[] commits = new int[1];
        IngestCommand.indexDirectory = d -> new org.apache.lucene.store.FilterDirectory(d) {
            @Override
            public org.apache.lucene.store.IndexOutput createOutput(String name, org.apache.lucene.store.IOContext c)
                    throws java.io.IOException {
                if (commits[0] >= 2) { // the store's first commit at creation, then batch 1: then the disk is full
                    throw new java.io.IOException("No space left on device");
                }
                if (name.startsWith("pending_segments")) {
                    commits[0]++;
                }
                return super.createOutput(name, c);
            }
        };
        try {
            CliRun run = CliRun.of("ingest", "-q", "--store", store(), "--batch", "4", input.toString());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.stderr()).contains("batch 2 (" + input + ":5 … " + input + ":8) was not stored")
                    .contains("no space left on device").contains("The 1 batches before it (4 new articles) are committed");
        } finally {
            IngestCommand.indexDirectory = java.util.function.UnaryOperator.identity();
        }
        try (org.synoptic.store.ArticleStore reopened = org.synoptic.store.ArticleStore.open(Path.of(store()))) {
            assertThat(reopened.articleCount()).as("batch 1 committed, nothing of batch 2").isEqualTo(4);
        }
    }
}
