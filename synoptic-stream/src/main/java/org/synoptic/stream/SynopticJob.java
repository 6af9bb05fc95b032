package org.synoptic.stream;

import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The distributed deployment of Synoptic's stages as one Flink DataStream job. It holds no logic of its own; it wires:
 *
 * <ol>
 *   <li>source: {@link ArticleMessage}s (the articles topic);</li>
 *   <li>{@link FastTier}, in parallel with the source's tasks (one per topic partition): parse, clean, language, term
 *       vector, fingerprint;</li>
 *   <li>{@link StoryAssignment}, one ordered task: dedupe, ids, near-copies, story index, merges (Flink state);</li>
 *   <li>{@link ArticleIndexer}, chained to it: articles into OpenSearch, then the story updates;</li>
 *   <li>story updates to the stories index and to the updates sink (the story-updates topic);</li>
 *   <li>{@link DigestTier}, keyed by story id, in parallel, debounced; digests to OpenSearch.</li>
 * </ol>
 *
 * <p>Order: the fast tier is forward-connected to the source, so each partition's order reaches the assignment intact;
 * a topic of one partition gives the assignment the order of the input, as {@code synoptic cluster} and the store see
 * it. The source and the updates sink are passed in ({@link #build}), so tests use in-JVM ones.
 */
public final class SynopticJob {

    private SynopticJob() {
    }

    /** The job's settings besides its ends. */
    public record Settings(OpenSearchTarget store, Duration debounce, boolean ruleBasedAnalyzer, int articleBatch,
                           Duration articleDelay, boolean digests) implements java.io.Serializable {
        public Settings {
            Objects.requireNonNull(store, "store");
            Objects.requireNonNull(debounce, "debounce");
            Objects.requireNonNull(articleDelay, "articleDelay");
        }

        /** Defaults: 2 s debounce, the standard analyzer, 500 articles or 200 ms per bulk request. */
        public static Settings defaults(OpenSearchTarget store) {
            return new Settings(store, Duration.ofSeconds(2), false, 500, Duration.ofMillis(200), true);
        }

        public Settings withDebounce(Duration value) {
            return new Settings(store, value, ruleBasedAnalyzer, articleBatch, articleDelay, digests);
        }

        public Settings withRuleBasedAnalyzer(boolean value) {
            return new Settings(store, debounce, value, articleBatch, articleDelay, digests);
        }

        /** Without the deep tier (stories only, no digests): a job that only clusters, or a benchmark of the rest. */
        public Settings withDigests(boolean value) {
            return new Settings(store, debounce, ruleBasedAnalyzer, articleBatch, articleDelay, value);
        }
    }

    /**
     * Adds the job's graph to {@code env}.
     *
     * @param source  the articles, e.g. {@link KafkaTopics#articles}
     * @param updates where story updates go, e.g. {@link KafkaTopics#storyUpdates}
     * @return the story updates, as the stories index gets them (for callers that want more sinks)
     */
    public static DataStream<StoryUpdate> build(StreamExecutionEnvironment env, Source<ArticleMessage, ?, ?> source,
                                                Sink<StoryUpdate> updates, Settings settings) {
        DataStream<ArticleMessage> messages = env.fromSource(source, WatermarkStrategy.noWatermarks(), "articles")
                .uid("articles-source");
        SingleOutputStreamOperator<PreparedArticle> prepared = messages.forward().flatMap(new FastTier())
                .name("fast-tier").uid("fast-tier");
        prepared.setParallelism(messages.getParallelism());
        SingleOutputStreamOperator<AssignedArticle> assigned = prepared.global().process(new StoryAssignment())
                .returns(TypeInformation.of(AssignedArticle.class))
                .name("story-assignment").uid("story-assignment");
        assigned.setParallelism(1).setMaxParallelism(1);
        SingleOutputStreamOperator<StoryUpdate> storyUpdates = assigned
                .transform("articles-index", TypeInformation.of(StoryUpdate.class),
                        new ArticleIndexer(settings.store(), settings.articleBatch(), settings.articleDelay().toMillis()))
                .uid("articles-index");
        storyUpdates.setParallelism(1).setMaxParallelism(1);
        storyUpdates.map(u -> u.isMergedAway()
                        ? IndexAction.remove(settings.store().stories(), u.storyId, u.version)
                        : IndexAction.put(settings.store().stories(), u.storyId, storyDocument(u), u.version))
                .returns(IndexAction.class).name("story-documents").uid("story-documents")
                .sinkTo(new OpenSearchSink(settings.store(), 500)).name("stories-index").uid("stories-index");
        storyUpdates.sinkTo(updates).name("story-updates").uid("story-updates");
        if (!settings.digests()) {
            return storyUpdates;
        }
        storyUpdates.keyBy(u -> u.storyId)
                .process(new DigestTier(settings.store(), settings.debounce().toMillis(), settings.ruleBasedAnalyzer()))
                .returns(IndexAction.class).name("digest-tier").uid("digest-tier")
                .sinkTo(new OpenSearchSink(settings.store(), 50)).name("digests-index").uid("digests-index");
        return storyUpdates;
    }

    /**
     * {@code flink run synoptic-stream.jar --kafka HOST:9092 --opensearch http://HOST:9200 [--topic articles]
     * [--updates-topic story-updates] [--group synoptic] [--index-prefix synoptic] [--debounce-ms 2000]
     * [--checkpoint-ms 10000] [--rule-based] [--no-digests]}: the job on a cluster; see docs/DEPLOY.md.
     */
    public static void main(String[] args) throws Exception {
        java.util.Map<String, String> a = arguments(args);
        String kafka = required(a, "kafka");
        OpenSearchTarget store = new OpenSearchTarget(required(a, "opensearch"), a.getOrDefault("index-prefix", "synoptic"));
        store.installTemplates();
        Settings settings = Settings.defaults(store)
                .withDebounce(Duration.ofMillis(Long.parseLong(a.getOrDefault("debounce-ms", "2000"))))
                .withRuleBasedAnalyzer(a.containsKey("rule-based"))
                .withDigests(!a.containsKey("no-digests"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(Long.parseLong(a.getOrDefault("checkpoint-ms", "10000")));
        build(env, KafkaTopics.articles(kafka, a.getOrDefault("topic", "articles"), a.getOrDefault("group", "synoptic"), false),
                KafkaTopics.storyUpdates(kafka, a.getOrDefault("updates-topic", "story-updates")), settings);
        env.execute("synoptic-stream");
    }

    private static java.util.Map<String, String> arguments(String[] args) {
        java.util.Map<String, String> map = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument: " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("rule-based") || name.equals("no-digests")) {
                map.put(name, "true");
            } else if (i + 1 < args.length) {
                map.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return map;
    }

    private static String required(java.util.Map<String, String> a, String name) {
        String v = a.get(name);
        if (v == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    /** The stories index's document of an update: the update's JSON without {@code mergedInto}. */
    static String storyDocument(StoryUpdate u) {
        return KafkaTopics.json(u);
    }
}
