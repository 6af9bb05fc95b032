package org.synoptic.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.BulkRequest;
import org.opensearch.client.opensearch.core.BulkResponse;
import org.opensearch.client.opensearch.core.bulk.BulkOperation;
import org.opensearch.client.opensearch.core.bulk.BulkResponseItem;

/**
 * A Flink Sink V2 that writes {@link IndexAction}s to OpenSearch in bulk (no OpenSearch connector for Flink 2.x is
 * released). Writes are buffered and sent when {@code maxActions} are pending and in {@link SinkWriter#flush}, which
 * Flink calls before every checkpoint barrier and at the end of input (at-least-once), and at the latest
 * {@value #MAX_DELAY_MILLIS} ms after the first buffered write. Document ids are article or story
 * ids and story writes carry external versions, so a replay after a restore overwrites with the same content and a late,
 * older write is refused ({@code version_conflict_engine_exception}, which the writer counts and skips).
 */
public final class OpenSearchSink implements Sink<IndexAction> {

    private static final long serialVersionUID = 1L;

    private final OpenSearchTarget target;
    private final int maxActions;

    public OpenSearchSink(OpenSearchTarget target, int maxActions) {
        this.target = Objects.requireNonNull(target, "target");
        if (maxActions < 1) {
            throw new IllegalArgumentException("maxActions must be at least 1: " + maxActions);
        }
        this.maxActions = maxActions;
    }

    /** How long a write may wait in the buffer before it is sent anyway, so that a quiet stream is searchable soon. */
    static final long MAX_DELAY_MILLIS = 200;

    @Override
    public SinkWriter<IndexAction> createWriter(WriterInitContext context) {
        return new Writer(target.client(), maxActions, context.getProcessingTimeService());
    }

    /** The writer of one sink task. */
    static final class Writer implements SinkWriter<IndexAction> {
        private final OpenSearchClient client;
        private final int maxActions;
        private final List<BulkOperation> pending = new ArrayList<>();
        private final org.apache.flink.api.common.operators.ProcessingTimeService time;
        private boolean timerSet;

        Writer(OpenSearchClient client, int maxActions, org.apache.flink.api.common.operators.ProcessingTimeService time) {
            this.client = client;
            this.maxActions = maxActions;
            this.time = time;
        }

        @Override
        public void write(IndexAction action, Context context) throws IOException {
            pending.add(operation(action));
            if (pending.size() >= maxActions) {
                flush(false);
            } else if (!timerSet && time != null) {
                timerSet = true; // the callback runs on the task's thread, as write and flush do
                time.registerTimer(time.getCurrentProcessingTime() + MAX_DELAY_MILLIS, t -> {
                    timerSet = false;
                    flush(false);
                });
            }
        }

        @Override
        public void flush(boolean endOfInput) throws IOException {
            if (!pending.isEmpty()) {
                send(client, pending);
                pending.clear();
            }
        }

        @Override
        public void close() throws Exception {
            client._transport().close();
        }
    }

    /** The bulk operation for one action. */
    static BulkOperation operation(IndexAction a) throws IOException {
        if (a.delete) {
            return BulkOperation.of(b -> b.delete(d -> {
                d.index(a.index).id(a.id);
                if (a.version > 0) {
                    d.version(a.version).versionType(VersionType.External);
                }
                return d;
            }));
        }
        Object document = JSON.readTree(a.json);
        if (a.update) {
            return BulkOperation.of(b -> b.update(u -> u.index(a.index).id(a.id).document(document)));
        }
        return BulkOperation.of(b -> b.index(i -> {
            i.index(a.index).id(a.id).document(document);
            if (a.version > 0) {
                i.version(a.version).versionType(VersionType.External);
            }
            return i;
        }));
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Sends the operations as one bulk request; a version conflict (an older write than the stored one) or a missing
     * document on delete is expected and skipped, any other failure throws, so that the job restarts from its last
     * checkpoint.
     */
    static void send(OpenSearchClient client, List<BulkOperation> operations) throws IOException {
        BulkResponse response = client.bulk(BulkRequest.of(r -> r.operations(operations)));
        if (!response.errors()) {
            return;
        }
        for (BulkResponseItem item : response.items()) {
            if (item.error() == null) {
                continue;
            }
            String type = item.error().type();
            if (type.equals("version_conflict_engine_exception") || item.status() == 404) {
                continue;
            }
            throw new IOException("OpenSearch refused a write to " + item.index() + "/" + item.id() + ": " + type + " "
                    + item.error().reason());
        }
    }
}
