package org.synoptic.cli;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.synoptic.digest.StoryPipeline;
import org.synoptic.digest.render.JsonDigestWriter;
import org.synoptic.ingest.IngestReport;
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
                     int start, int end, int speakerStart, int speakerEnd) {
    }

    record SourceView(String name, String kind, int start, int end, int sentence, String cue, String citedBy) {
    }

    record TimeView(String text, String value,
                    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                    String endValue, int start, int end) {
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format: " + format + " (json)");
        }
        IngestReport report = inputs.read(spec.commandLine().getErr());
        StoryPipeline pipeline = StoryPipeline.standard();
        List<ArticleView> views = report.articles().stream().map(pipeline::analyze).map(AnalyzeCommand::view).toList();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("version", JsonDigestWriter.VERSION);
        doc.put("articles", views);
        try (Writer out = output.open(System.out)) {
            out.write(JsonDigestWriter.prettyWriter(new com.fasterxml.jackson.databind.ObjectMapper()).writeValueAsString(doc));
            out.write('\n');
        }
        return InputOptions.exitCode(report);
    }

    private static ArticleView view(ArticleAnalysis a) {
        var article = a.article();
        return new ArticleView(article.id(), article.source(), article.url(), article.canonicalUrl(), article.title(), article.outlet(), article.author(),
                article.published(), article.language(), List.copyOf(article.inferred()), article.text(),
                a.entities().stream().map(e -> new EntityView(e.text(), e.name(), e.type().name(), e.start(), e.end())).toList(),
                a.quotes().stream().map(q -> new QuoteView(q.text(), q.speaker(), q.speakerRole(), q.via(), q.direct(),
                        q.kind().name().toLowerCase(java.util.Locale.ROOT), q.start(), q.end(), q.speakerStart(),
                        q.speakerEnd())).toList(),
                a.citedSources().stream().map(c -> new SourceView(c.name(), c.kind().jsonName(), c.start(), c.end(),
                        c.sentence(), c.cue(), c.citedBy())).toList(),
                a.times().stream().map(t -> new TimeView(t.text(), t.value(), t.endValue(), t.start(), t.end())).toList());
    }
}
