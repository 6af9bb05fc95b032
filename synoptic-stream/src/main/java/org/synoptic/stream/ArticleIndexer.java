package org.synoptic.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.BoundedOneInput;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.synoptic.store.opensearch.ArticleDocument;

/**
 * The articles sink, placed in the graph before the deep tier: writes each placed article to the articles index
 * (document id = article id, with its story and arrival number), rewrites the story of articles a merge moved, and only
 * after the bulk request succeeded passes the story updates on. So when the deep tier reads a story's members by id
 * (a real-time GET) they are there, and the checkpoint barrier never overtakes an unwritten article (the buffer is sent
 * in {@link #prepareSnapshotPreBarrier}): at-least-once, and replays overwrite the same documents.
 *
 * <p>Runs at parallelism 1, chained to the story assignment: a merge's rewrite must follow the writes of the articles
 * it moves. Buffers up to {@code maxBatch} articles or {@code maxDelayMillis} of processing time.
 */
public final class ArticleIndexer extends AbstractStreamOperator<StoryUpdate>
        implements OneInputStreamOperator<AssignedArticle, StoryUpdate>, BoundedOneInput {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchTarget target;
    private final int maxBatch;
    private final long maxDelayMillis;
    private transient OpenSearchClient client;
    private transient List<AssignedArticle> pending;
    private transient boolean timerSet;

    public ArticleIndexer(OpenSearchTarget target, int maxBatch, long maxDelayMillis) {
        this.target = Objects.requireNonNull(target, "target");
        this.maxBatch = maxBatch;
        this.maxDelayMillis = maxDelayMillis;
    }

    @Override
    public void open() throws Exception {
        super.open();
        client = target.client();
        pending = new ArrayList<>();
    }

    @Override
    public void processElement(StreamRecord<AssignedArticle> element) throws Exception {
        pending.add(element.getValue());
        if (pending.size() >= maxBatch) {
            send();
        } else if (!timerSet) {
            timerSet = true;
            long now = getProcessingTimeService().getCurrentProcessingTime();
            getProcessingTimeService().registerTimer(now + maxDelayMillis, t -> {
                timerSet = false;
                send();
            });
        }
    }

    /**
     * Sends the buffer before passing a watermark on: the final watermark of a bounded input comes before
     * {@link #endInput}, and the deep tier's end-of-input timers must see every update ahead of it.
     */
    @Override
    public void processWatermark(org.apache.flink.streaming.api.watermark.Watermark mark) throws Exception {
        send();
        super.processWatermark(mark);
    }

    @Override
    public void prepareSnapshotPreBarrier(long checkpointId) throws Exception {
        send();
    }

    @Override
    public void endInput() throws Exception {
        send();
    }

    @Override
    public void finish() throws Exception {
        send();
        super.finish();
    }

    @Override
    public void close() throws Exception {
        if (client != null) {
            client._transport().close();
        }
        super.close();
    }

    private void send() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        List<BulkOperation> ops = new ArrayList<>(pending.size());
        for (AssignedArticle a : pending) {
            ops.add(OpenSearchSink.operation(IndexAction.put(target.articles(), a.article.id, document(a), 0)));
        }
        for (AssignedArticle a : pending) {
            for (int i = 0; i < a.movedIds.length; i++) {
                String id = a.movedIds[i];
                Map<String, Object> change = Map.of("storyId", a.movedTo[i]);
                ops.add(BulkOperation.of(b -> b.update(u -> u.index(target.articles()).id(id)
                        .document(change))));
            }
        }
        OpenSearchSink.send(client, ops);
        for (AssignedArticle a : pending) {
            for (StoryUpdate u : a.updates) {
                output.collect(new StreamRecord<>(u));
            }
        }
        pending.clear();
    }

    /** The article's document ({@link ArticleDocument}, shared with the server's reader): fields, story, arrival. */
    static String document(AssignedArticle a) throws IOException {
        return JSON.writeValueAsString(ArticleDocument.of(a.article.article(), a.storyId, a.seq, Instant.now()));
    }
}
