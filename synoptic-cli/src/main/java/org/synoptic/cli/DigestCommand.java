package org.synoptic.cli;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.synoptic.digest.ChangeDetector;
import org.synoptic.digest.StoryChanges;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.render.ChangesWriter;
import org.synoptic.digest.render.DigestReader;
import org.synoptic.digest.render.JsonDigestWriter;
import org.synoptic.digest.StoryPipeline;
import org.synoptic.digest.render.DigestWriter;
import org.synoptic.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code synoptic digest}: groups the articles into stories and writes each story's digest. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Write a cited digest of every story: facts with independent-source counts, disagreements, "
                + "quotes, cited sources, entities, timeline and summary.")
final class DigestCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "markdown",
            description = "markdown (default), json (the contract, docs/schema/digest-v1.schema.json) or html (one standalone page).")
    String format;

    @Option(names = "--since", paramLabel = "OLD.json",
            description = "An earlier `digest --format json` of the same stories: also report what changed since "
                    + "(new reports, new facts, changed support, new and resolved disagreements).")
    java.nio.file.Path since;

    @Option(names = "--min-reports", paramLabel = "N", defaultValue = "1",
            description = "Digest only stories with at least N reports (default: ${DEFAULT-VALUE}, every story). On a big "
                    + "folder most stories have one report and the deep tier costs about as much per report as for a "
                    + "story of many.")
    int minReports;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        DigestWriter writer;
        try {
            writer = DigestWriter.forFormat(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        List<StoryDigest> earlier = null;
        if (since != null) {
            try {
                earlier = new DigestReader().read(since);
            } catch (java.io.IOException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--since: " + e.getMessage());
            }
        }
        if (minReports < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--min-reports must be at least 1: "
                    + minReports);
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        ProgressReporter progress = inputs.quiet ? null : ProgressReporter.onSystemClock(err);
        List<Article> articles = new java.util.ArrayList<>();
        // Streamed: the originals and offset alignments are dropped as each article is read, not kept for the batch.
        InputOptions.Tally tally = inputs.stream(err, articles::add,
                progress == null ? (source, count) -> { } : progress::inputRead);
        if (progress != null) {
            progress.readingFinished();
        }
        int exitCode = tally.exitCode();
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article a : articles) {
            texts.put(a.id(), a.text());
        }
        StoryPipeline pipeline = StoryPipeline.standard();
        java.util.function.Predicate<org.synoptic.cluster.Story> selected =
                story -> story.articleIds().size() >= minReports;
        org.synoptic.digest.DigestProgress listener = progress == null ? org.synoptic.digest.DigestProgress.NONE : progress;
        if (earlier != null) { // what changed needs every digest at once
            List<StoryDigest> digests = new java.util.ArrayList<>();
            pipeline.digest(articles, selected, listener, digests::add);
            List<StoryChanges> changes = new ChangeDetector().compare(earlier, digests);
            try (Writer out = output.open(System.out)) {
                if (format.equals("json")) {
                    new JsonDigestWriter().write(digests, changes, out);
                } else {
                    String language = digests.isEmpty() ? "de" : digests.get(0).language();
                    new ChangesWriter().writeMarkdown(changes, language, out);
                    writer.write(digests, texts, out);
                }
            }
            return exitCode;
        }
        try (Writer out = output.open(System.out)) {
            DigestStream stream = DigestStream.open(format, texts, out);
            pipeline.digest(articles, selected, listener, digest -> {
                try {
                    stream.write(digest); // written as built, then dropped: memory stays with one story
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            stream.finish();
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return exitCode;
    }
}
