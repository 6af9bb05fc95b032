package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --opensearch URL}: options that need a store of our own are usage errors, a bad prefix or URL too, and
 * an OpenSearch that does not answer fails at start with its URL. (Serving real indices: OpenSearchServerIT in
 * synoptic-stream.)
 */
class ServeOpenSearchOptionsTest {

    @Test
    void storeOptionsAreUsageErrors() {
        CliRun run = CliRun.of("serve", "--opensearch", "http://127.0.0.1:9200", "--retain", "90d", "--port", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr()).contains("--opensearch serves read-only");
        CliRun both = CliRun.of("serve", "--opensearch", "http://127.0.0.1:9200", "--store", "x", "--port", "0");
        assertThat(both.exitCode()).isEqualTo(2);
        CliRun prefix = CliRun.of("serve", "--opensearch", "http://127.0.0.1:9200", "--index-prefix", "Groß", "--port", "0");
        assertThat(prefix.exitCode()).isEqualTo(2);
        assertThat(prefix.stderr()).contains("index prefix");
    }

    @Test
    void helpNamesTheOptionAndTheReadOnlyAnswer() {
        CliRun run = CliRun.of("serve", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).contains("--opensearch=URL").contains("--index-prefix").contains("501")
                .contains("synoptic publish");
    }

    @Test
    void anOpenSearchThatDoesNotAnswerFailsAtStart() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        CliRun run = CliRun.of("serve", "--opensearch", "http://127.0.0.1:" + port, "--port", "0");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.stderr()).contains("http://127.0.0.1:" + port).contains("cannot be reached");
    }
}
