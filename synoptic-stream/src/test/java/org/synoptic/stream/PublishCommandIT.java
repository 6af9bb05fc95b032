package org.synoptic.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.synoptic.cli.SynopticCommand;
import picocli.CommandLine;

/**
 * {@code synoptic publish} against a real broker (the in-JVM Kafka of {@link StreamCluster}): every article of the
 * bundled samples arrives, unparsed, in order, keyed by its source, as the job reads it; a missing path is named and
 * makes the exit status 1 while the others are still sent.
 */
@ExtendWith(StreamCluster.Services.class)
class PublishCommandIT {

    @Test
    void everyArticleArrivesInOrderAndAMissingPathIsNamed(StreamCluster cluster) throws Exception {
        String topic = "publish-articles";
        cluster.createTopic(topic, 1);
        Path samples = StreamInputs.root().resolve("samples/news");
        Path missing = samples.resolve("no-such-folder");
        List<ArticleMessage> expected = StreamInputs.messages(List.of(samples));
        assertThat(expected).hasSizeGreaterThan(10);

        StringWriter err = new StringWriter();
        CommandLine cl = SynopticCommand.commandLine();
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("publish", "--kafka", cluster.bootstrap(), "--topic", topic, samples.toString(),
                missing.toString());

        assertThat(exit).as(err.toString()).isEqualTo(1);
        assertThat(err.toString()).contains("no-such-folder: no such file or folder")
                .contains("published " + expected.size() + " message(s) to " + topic);
        List<ConsumerRecord<byte[], byte[]>> received = cluster.records(topic, expected.size());
        assertThat(received).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(new String(received.get(i).key(), java.nio.charset.StandardCharsets.UTF_8))
                    .isEqualTo(expected.get(i).source);
            assertThat(received.get(i).value()).as(expected.get(i).source).isEqualTo(expected.get(i).bytes);
        }
    }
}
