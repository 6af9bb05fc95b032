package org.synoptic.feeds;

import java.io.IOException;
import java.util.List;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.IngestResult;

/**
 * Where a poll's new items go: into the store ({@link #store}), or elsewhere, such as a Kafka topic that a stream job
 * reads, so that polling and processing scale apart. A sink that throws takes nothing: the poller then marks none of
 * the items seen and reads them again at the next poll.
 */
@FunctionalInterface
public interface ItemSink {

    /**
     * Takes a poll's new items, in feed order.
     *
     * @return what became of each item; {@link IngestResult.Status#STORED} for every item a sink without duplicate
     *         detection accepted
     * @throws IOException when the items could not be taken (none of them is)
     */
    IngestResult take(List<Article> items) throws IOException;

    /** The single-JVM store's ingest, the path POSTs take. */
    static ItemSink store(ArticleStore store) {
        return store::ingest;
    }
}
