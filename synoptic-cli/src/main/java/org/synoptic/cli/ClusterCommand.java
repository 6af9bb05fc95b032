package org.synoptic.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.synoptic.cluster.Story;
import org.synoptic.digest.HeadlineChooser;
import org.synoptic.digest.StoryPipeline;
import org.synoptic.digest.render.JsonDigestWriter;
import org.synoptic.ingest.IngestReport;
import org.synoptic.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code synoptic cluster}: which article belongs to which story. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
        description = "Group the articles into stories (fast tier only) and list each story's articles.")
final class ClusterCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Mixin
    OutputTarget output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json.")
    String format;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * One story of the cluster output; {@code mergedIds} (the ids of younger stories merged into this one) and
     * {@code links} (stories of another language linked into this one, with their evidence) are left out when empty.
     */
    record StoryView(String id, String headline, List<ArticleView> articles,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> mergedIds,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<org.synoptic.cluster.StoryLink> links) {
    }

    /** One article of the cluster output. */
    record ArticleView(String id, String source, String title) {
    }

    @Override
    public Integer call() throws Exception {
        if (!format.equals("json") && !format.equals("text")) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown format: " + format + " (text, json)");
        }
        IngestReport report = inputs.read(spec.commandLine().getErr());
        Map<String, Article> byId = report.articles().stream().collect(Collectors.toMap(Article::id, Function.identity()));
        HeadlineChooser headlines = new HeadlineChooser();
        List<StoryView> views = StoryPipeline.standard().cluster(report.articles()).stream()
                .map(story -> view(story, byId, headlines)).toList();
        try (Writer out = output.open(System.out)) {
            if (format.equals("json")) {
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("version", JsonDigestWriter.VERSION);
                doc.put("stories", views);
                out.write(JsonDigestWriter.prettyWriter(new com.fasterxml.jackson.databind.ObjectMapper()).writeValueAsString(doc));
                out.write('\n');
            } else {
                for (StoryView v : views) {
                    out.write(v.id() + "  " + v.articles().size() + "  " + v.headline() + "\n");
                    if (!v.mergedIds().isEmpty()) {
                        out.write("    (merged: " + String.join(", ", v.mergedIds()) + ")\n");
                    }
                    for (org.synoptic.cluster.StoryLink l : v.links()) {
                        out.write("    (linked " + l.language() + " " + l.storyId() + ": " + String.join(", ", l.names())
                                + (l.numbers().isEmpty() ? "" : "; " + String.join(", ", l.numbers())) + ")\n");
                    }
                    for (ArticleView a : v.articles()) {
                        out.write("    " + a.id() + "  " + a.title() + "\n");
                    }
                }
            }
        }
        return InputOptions.exitCode(report);
    }

    private static StoryView view(Story story, Map<String, Article> byId, HeadlineChooser headlines) {
        List<Article> articles = story.articleIds().stream().map(byId::get).toList();
        String language = articles.get(0).language();
        return new StoryView(story.id(), headlines.choose(articles, language),
                articles.stream().map(a -> new ArticleView(a.id(), a.source(), a.title())).toList(), story.mergedIds(),
                story.links());
    }
}
