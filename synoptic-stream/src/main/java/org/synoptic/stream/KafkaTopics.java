package org.synoptic.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The job's Kafka ends: the articles topic as a {@link KafkaSource} of {@link ArticleMessage}s (key = source name,
 * value = the input's bytes, optional {@code content-type} header: what {@code synoptic publish} writes), and the
 * story-updates topic as a {@link KafkaSink} of {@link StoryUpdate}s (key = story id, value = JSON).
 */
public final class KafkaTopics {

    private KafkaTopics() {
    }

    /**
     * The articles source, from the earliest offsets (a new consumer group reads the whole retained topic), or bounded
     * to the offsets at start when {@code bounded} (a batch over what the topic holds).
     */
    public static KafkaSource<ArticleMessage> articles(String bootstrap, String topic, String groupId, boolean bounded) {
        var builder = KafkaSource.<ArticleMessage>builder()
                .setBootstrapServers(bootstrap)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setDeserializer(new MessageReader());
        if (bounded) {
            builder.setBounded(OffsetsInitializer.latest());
        }
        return builder.build();
    }

    /** The story-updates sink, at-least-once (consumers key by story id and keep the highest version). */
    public static KafkaSink<StoryUpdate> storyUpdates(String bootstrap, String topic) {
        return KafkaSink.<StoryUpdate>builder()
                .setBootstrapServers(bootstrap)
                .setRecordSerializer(new UpdateWriter(topic))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** A story update as the JSON of the story-updates topic. */
    public static String json(StoryUpdate u) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("storyId", u.storyId);
        doc.put("version", u.version);
        doc.put("change", u.change);
        doc.put("articleId", u.articleId);
        doc.put("size", u.memberIds == null ? 0 : u.memberIds.length);
        doc.put("memberIds", u.memberIds);
        doc.put("mergedIds", u.mergedIds);
        if (u.mergedInto != null) {
            doc.put("mergedInto", u.mergedInto);
        }
        doc.put("seq", u.seq);
        try {
            return UpdateWriter.JSON.writeValueAsString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class MessageReader implements KafkaRecordDeserializationSchema<ArticleMessage> {
        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<ArticleMessage> out) {
            if (record.value() == null) {
                return;
            }
            String source = record.key() == null ? "kafka" : new String(record.key(), StandardCharsets.UTF_8);
            Header type = record.headers().lastHeader("content-type");
            out.collect(new ArticleMessage(source, record.value(),
                    type == null ? null : new String(type.value(), StandardCharsets.UTF_8)));
        }

        @Override
        public TypeInformation<ArticleMessage> getProducedType() {
            return TypeInformation.of(ArticleMessage.class);
        }
    }

    static final class UpdateWriter implements KafkaRecordSerializationSchema<StoryUpdate> {
        private static final long serialVersionUID = 1L;
        static final ObjectMapper JSON = new ObjectMapper();
        private final String topic;

        UpdateWriter(String topic) {
            this.topic = topic;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(StoryUpdate u, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(topic, u.storyId.getBytes(StandardCharsets.UTF_8),
                    json(u).getBytes(StandardCharsets.UTF_8));
        }
    }
}
