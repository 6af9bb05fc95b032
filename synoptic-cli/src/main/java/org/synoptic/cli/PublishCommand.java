package org.synoptic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.synoptic.ingest.RawMessages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code synoptic publish --kafka BOOTSTRAP --topic T PATH…}: sends articles into the articles topic of the stream job
 * ({@code synoptic-stream}), unparsed: parsing stays in the job's fast tier. Files are sent in name order (folders walked
 * recursively, hidden entries skipped, as {@code ingest} reads them); a JSON-lines file ({@code .jsonl}, {@code .ndjson})
 * is one message per non-blank line, any other file one message. The key is the file's path, which the job's parser
 * takes as the source (it names ids and, without a content type, the format). The producer is idempotent with one
 * request in flight, so a topic of one partition keeps the order the CLI would read.
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = "Send articles (files, folders, JSON lines) unparsed into a Kafka topic for the stream job.")
final class PublishCommand implements Callable<Integer> {

    @Option(names = "--kafka", paramLabel = "BOOTSTRAP", required = true, description = "Kafka bootstrap servers, host:port[,…].")
    String kafka;

    @Option(names = "--topic", paramLabel = "T", required = true, description = "The articles topic.")
    String topic;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders.")
    List<Path> paths;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** One message: its key (the path) and value (the bytes). */
    record Message(String key, byte[] value) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Properties p = KafkaItemSink.producerSettings(kafka);
        long sent = 0;
        int missing = 0;
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            for (Path path : paths) {
                if (!Files.exists(path)) {
                    err.println(path + ": no such file or folder");
                    missing++;
                    continue;
                }
                for (Message m : messages(path)) {
                    producer.send(new ProducerRecord<>(topic, m.key().getBytes(StandardCharsets.UTF_8), m.value())).get();
                    sent++;
                }
            }
            producer.flush();
        }
        err.println("published " + sent + " message(s) to " + topic);
        return missing == 0 ? 0 : 1;
    }

    /** The messages of one file or folder, in order ({@link RawMessages}). */
    static List<Message> messages(Path path) throws IOException {
        return RawMessages.of(path).stream().map(m -> new Message(m.key(), m.value())).toList();
    }
}
