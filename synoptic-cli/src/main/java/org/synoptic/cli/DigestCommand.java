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
import org.synoptic.ingest.IngestReport;
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
        IngestReport report = inputs.read(spec.commandLine().getErr());
        List<StoryDigest> digests = StoryPipeline.standard().digest(report.articles());
        List<StoryChanges> changes = earlier == null ? null : new ChangeDetector().compare(earlier, digests);
        Map<String, String> texts = new LinkedHashMap<>();
        for (Article a : report.articles()) {
            texts.put(a.id(), a.text());
        }
        try (Writer out = output.open(System.out)) {
            if (changes != null && format.equals("json")) {
                new JsonDigestWriter().write(digests, changes, out);
            } else {
                if (changes != null) {
                    String language = digests.isEmpty() ? "de" : digests.get(0).language();
                    new ChangesWriter().writeMarkdown(changes, language, out);
                }
                writer.write(digests, texts, out);
            }
        }
        return InputOptions.exitCode(report);
    }
}
