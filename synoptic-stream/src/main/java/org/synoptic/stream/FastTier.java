package org.synoptic.stream;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.util.Collector;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.ingest.ArticleParser;
import org.synoptic.ingest.IngestReport;
import org.synoptic.model.Article;

/**
 * The fast tier as a parallel Flink stage: {@link ArticleParser} (format, cleaning, inferred title, outlet, date and
 * language), then the {@link StoryClusterer#termVector term vector} and the {@link SyndicationGrouper#signature
 * fingerprint} of each article. No logic of its own: the same calls as the CLI's and the store's paths, so that the
 * ordered story assignment downstream does only the sequential part.
 *
 * <p>One message may hold several articles (a feed, a JSON array); a message that holds none (rejected input) gives
 * nothing. Stateless; the stages are made in {@link #open} on each task.
 */
public final class FastTier extends RichFlatMapFunction<ArticleMessage, PreparedArticle> {

    private static final long serialVersionUID = 1L;

    private transient ArticleParser parser;
    private transient StoryClusterer clusterer;
    private transient SyndicationGrouper grouper;

    @Override
    public void open(OpenContext openContext) {
        parser = new ArticleParser();
        clusterer = StageSettings.clusterer();
        grouper = StageSettings.grouper();
    }

    @Override
    public void flatMap(ArticleMessage message, Collector<PreparedArticle> out) {
        IngestReport report = parser.parse(message.bytes, message.contentType,
                message.source == null ? "kafka" : message.source);
        for (Article article : report.articles()) {
            out.collect(PreparedArticle.of(article, clusterer.termVector(article), grouper.signature(article)));
        }
    }
}
