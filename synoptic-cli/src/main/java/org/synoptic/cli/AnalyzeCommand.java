package org.synoptic.cli;

import java.io.Writer;
import java.util.List;
import java.util.concurrent.Callable;
import org.synoptic.digest.StoryPipeline;
import org.synoptic.digest.render.JsonDigestWriter;
import org.synoptic.model.ArticleAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code synoptic analyze}: each article's cleaned text, metadata and deep-tier analysis. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Write each article's cleaned text, metadata, entities, quotes, cited sources and time expressions.")
final class AnalyzeCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json", description = "json (default).")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One article of the analyze output, as in the contract. */
    record ArticleView(String id, String source,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       String url,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                       String canonicalUrl,
                       String title, String outlet, String author, String published,
                       String language, List<String> inferred, String text, List<EntityView> entities,
                       List<QuoteView> quotes, List<SourceView> citedSources, List<TimeView> times) {
    }

    record EntityView(String text, String name, String type, int start, int end) {
    }

    record QuoteView(String text, String speaker, String speakerRole, String via, boolean direct, String kind,
                     int start, int end, int speakerStart, int speakerEnd,
                     @com.fasterxml.jackson.annotation.JsonInclude(
                             com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL) ProvenanceView provenance) {
    }

    /** Which rule found a quote and which decided its speaker (issue 18); absent when the extractor does not tell. */
    record ProvenanceView(String finder, String sieve) {
    }

    record SourceView(String name, String kind, int start, int end, int sentence, String cue, String citedBy) {
    }

    record TimeView(String text, String value,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    String endValue, int start, int end) {
    }

    /** Articles between two progress lines on stderr. */
    static final int PROGRESS_EVERY = 100;

    /**
     * Streams: each article is analysed and written as it is read, so memory holds one article and its analysis, the
     * output grows while the run goes on, and stderr shows progress every {@link #PROGRESS_EVERY} articles.
     */
    @Override
    public Integer call() throws Exception {
        if (!format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format: " + format + " (json)");
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        StoryPipeline pipeline = StoryPipeline.standard();
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        InputOptions.Tally tally;
        long start = System.nanoTime();
        try (Writer out = output.open(System.out);
             com.fasterxml.jackson.core.JsonGenerator json = mapper.getFactory().createGenerator(out)) {
            json.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                    .withObjectIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new com.fasterxml.jackson.core.util.DefaultIndenter("  ", "\n")));
            json.writeStartObject();
            json.writeNumberField("version", JsonDigestWriter.VERSION);
            json.writeArrayFieldStart("articles");
            int[] done = new int[1];
            tally = inputs.stream(err, article -> {
                try {
                    // through the generator's own printer, so each article is indented inside the array as
                    // JsonDigestWriter.prettyWriter indents the whole document
                    mapper.writeValue(json, view(pipeline.analyze(article)));
                    json.flush();
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (++done[0] % PROGRESS_EVERY == 0 && !inputs.quiet) {
                    err.printf("analysed %d articles (%.0f s)%n", done[0], (System.nanoTime() - start) / 1e9);
                    err.flush();
                }
            }, (source, articles) -> { });
            json.writeEndArray();
            json.writeEndObject();
            json.flush();
            out.write('\n');
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return tally.exitCode();
    }

    private static ArticleView view(ArticleAnalysis a) {
        var article = a.article();
        return new ArticleView(article.id(), article.source(), article.url(), article.canonicalUrl(), article.title(), article.outlet(), article.author(),
                article.published(), article.language(), List.copyOf(article.inferred()), article.text(),
                a.entities().stream().map(e -> new EntityView(e.text(), e.name(), e.type().name(), e.start(), e.end())).toList(),
                a.quotes().stream().map(q -> new QuoteView(q.text(), q.speaker(), q.speakerRole(), q.via(), q.direct(),
                        q.kind().name().toLowerCase(java.util.Locale.ROOT), q.start(), q.end(), q.speakerStart(),
                        q.speakerEnd(), q.provenance() == null ? null
                        : new ProvenanceView(q.provenance().finder(), q.provenance().sieve()))).toList(),
                a.citedSources().stream().map(c -> new SourceView(c.name(), c.kind().jsonName(), c.start(), c.end(),
                        c.sentence(), c.cue(), c.citedBy())).toList(),
                a.times().stream().map(t -> new TimeView(t.text(), t.value(), t.endValue(), t.start(), t.end())).toList());
    }
}
