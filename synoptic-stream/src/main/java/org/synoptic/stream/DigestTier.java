package org.synoptic.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.core.MgetResponse;
import org.opensearch.client.opensearch.core.get.GetResult;
import org.opensearch.client.opensearch.core.mget.MultiGetResponseItem;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigester;
import org.synoptic.model.Article;
import org.synoptic.nlp.ArticleAnalyzer;
import org.synoptic.store.opensearch.ArticleDocument;

/**
 * The deep tier, keyed by story id and debounced: the first update of a story schedules its digest
 * {@code debounceMillis} later (processing time), updates that arrive meanwhile only move the pending version on, so a
 * burst of reports to one story gives one digest. At the end of input (or a drain) every pending digest is built at
 * once. The digest is the single deep-tier component's ({@link StoryDigester}, as the CLI and the store call it) over
 * the story's members in arrival order, read by id from the articles index; stories of one report get none (as in the
 * store), and a story merged away loses its digest.
 *
 * <p>Output: digest documents (id = story id, external version = the story's version) for the OpenSearch sink, and
 * after each digest a partial update of each member article with the entities the digest found in it
 * ({@link ArticleDocument#entities}: the search's entity facet, filter and spelling variants).
 */
public final class DigestTier extends KeyedProcessFunction<String, StoryUpdate, IndexAction> {

    private static final long serialVersionUID = 1L;
    /** Event time of the timer that fires at the end of input, when Flink sends the final watermark. */
    private static final long END_OF_INPUT = Long.MAX_VALUE - 1;
    private static final int MAX_TRIES = 30;

    private final OpenSearchTarget target;
    private final long debounceMillis;
    private final boolean ruleBased;
    private transient ValueState<StoryUpdate> latest;
    private transient ValueState<Long> digested;
    private transient ValueState<Integer> tries;
    private transient OpenSearchClient client;
    private transient StoryDigester digester;
    private transient ObjectMapper json;

    /**
     * @param ruleBased whether to use the rule-based analyzer (no CoreNLP model: small heap, for tests and small
     *                  machines) instead of the product's standard one
     */
    public DigestTier(OpenSearchTarget target, long debounceMillis, boolean ruleBased) {
        this.target = Objects.requireNonNull(target, "target");
        this.debounceMillis = debounceMillis;
        this.ruleBased = ruleBased;
    }

    @Override
    public void open(OpenContext openContext) {
        latest = getRuntimeContext().getState(new ValueStateDescriptor<>("latest", StoryUpdate.class));
        digested = getRuntimeContext().getState(new ValueStateDescriptor<>("digested", Types.LONG));
        tries = getRuntimeContext().getState(new ValueStateDescriptor<>("tries", Types.INT));
        client = target.client();
        digester = ruleBased
                ? new StoryDigester(SyndicationGrouper.defaults(), ArticleAnalyzer.ruleBased(), DigestBuilder.standard())
                : StoryDigester.standard();
        json = JsonMapper.builder().build();
    }

    @Override
    public void close() throws Exception {
        if (client != null) {
            client._transport().close();
        }
    }

    @Override
    public void processElement(StoryUpdate update, Context ctx, Collector<IndexAction> out) throws Exception {
        StoryUpdate before = latest.value();
        if (before != null && before.version >= update.version) {
            return; // an older update, overtaken
        }
        latest.update(update);
        if (update.isMergedAway()) {
            out.collect(IndexAction.remove(target.digests(), update.storyId, update.version));
            return;
        }
        if (update.memberIds.length < 2) {
            return;
        }
        boolean pending = before != null && !before.isMergedAway() && before.memberIds.length >= 2
                && before.version > orZero(digested.value());
        if (ctx.timerService().currentWatermark() >= END_OF_INPUT) {
            digest(ctx.timerService(), out); // after the end of input no timer fires any more
        } else if (!pending) {
            ctx.timerService().registerProcessingTimeTimer(ctx.timerService().currentProcessingTime() + debounceMillis);
            ctx.timerService().registerEventTimeTimer(END_OF_INPUT);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IndexAction> out) throws Exception {
        digest(ctx.timerService(), out);
    }

    /** Builds the pending digest of the current story, or tries again later when members are not yet readable. */
    private void digest(org.apache.flink.streaming.api.TimerService timers, Collector<IndexAction> out) throws Exception {
        StoryUpdate update = latest.value();
        if (update == null || update.isMergedAway() || update.version <= orZero(digested.value())) {
            return;
        }
        List<Article> members = read(update.memberIds);
        if (members.size() < update.memberIds.length) {
            int tried = tries.value() == null ? 1 : tries.value() + 1;
            tries.update(tried);
            if (tried >= MAX_TRIES) {
                throw new IllegalStateException("story " + update.storyId + ": members missing from "
                        + target.articles() + " after " + tried + " tries");
            }
            timers.registerProcessingTimeTimer(timers.currentProcessingTime() + debounceMillis);
            return;
        }
        tries.clear();
        StoryDigest digest = digester.digest(update.storyId, members, StoryDigester.Analyses.NONE);
        ObjectNode doc = json.createObjectNode();
        doc.put("storyId", update.storyId);
        doc.put("version", update.version);
        doc.put("language", digest.language());
        doc.put("headline", digest.headline());
        doc.put("articleCount", members.size());
        doc.set("digest", json.valueToTree(digest));
        if (update.links != null) { // the links across languages with their evidence, as the store's API shows them
            doc.set("links", json.readTree(update.links));
        }
        out.collect(IndexAction.put(target.digests(), update.storyId, json.writeValueAsString(doc), update.version));
        for (String id : update.memberIds) { // the entity fields of the articles, as the store writes them
            out.collect(IndexAction.update(target.articles(), id,
                    json.writeValueAsString(ArticleDocument.entities(digest, id))));
        }
        digested.update(update.version);
    }

    /** The members that the articles index holds, in the order asked for. */
    private List<Article> read(String[] ids) throws java.io.IOException {
        MgetResponse<ObjectNode> response = client.mget(m -> m.index(target.articles()).ids(Arrays.asList(ids)),
                ObjectNode.class);
        Map<String, Article> found = new HashMap<>();
        for (MultiGetResponseItem<ObjectNode> item : response.docs()) {
            if (item.isResult()) {
                GetResult<ObjectNode> r = item.result();
                if (r.found() && r.source() != null) {
                    found.put(r.id(), ArticleDocument.article(r.source()));
                }
            }
        }
        List<Article> members = new ArrayList<>(ids.length);
        for (String id : ids) {
            Article a = found.get(id);
            if (a != null) {
                members.add(a);
            }
        }
        return members;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
