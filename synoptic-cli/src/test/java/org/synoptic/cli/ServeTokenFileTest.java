package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.store.ServerFile;

/**
 * {@code serve --token-file FILE}: the token is read from the file's first line, is not on the command line (so not
 * in the process list), and is the one {@code POST /api/articles} takes; a file that cannot be read is an error.
 */
class ServeTokenFileTest {

    @TempDir
    Path dir;

    @Test
    void theTokenComesFromTheFileAndWritesNeedIt() throws Exception {
        Path store = dir.resolve("store");
        Path tokenFile = Files.writeString(dir.resolve("token"), "  geheim-aus-der-datei  \nzweite Zeile\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                SynopticCommand.class.getName(), "serve", "--store", store.toString(), "--port", "0",
                "--token-file", tokenFile.toString()));
        assertThat(String.join(" ", command)).doesNotContain("geheim");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("serve.log").toFile());
        builder.environment().remove("SYNOPTIC_TOKEN");
        Process serve = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(ServerFile.path(store)) && System.nanoTime() < deadline && serve.isAlive()) {
                Thread.sleep(100);
            }
            assertThat(ServerFile.path(store)).as(Files.readString(dir.resolve("serve.log"))).exists();
            int port = ServerFile.read(store).orElseThrow().port();
            String article = "{\"id\":\"t1\",\"title\":\"Brückensperrung in Minden\",\"text\":\"Die Weserbrücke in Minden "
                    + "bleibt bis Freitag gesperrt, teilte die Stadt am Montag mit.\",\"language\":\"de\"}";
            HttpClient http = HttpClient.newHttpClient();
            assertThat(post(http, port, article, "falsch").statusCode()).isEqualTo(401);
            assertThat(post(http, port, article, "geheim-aus-der-datei").statusCode()).isBetween(200, 202);
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aTokenFileThatCannotBeReadIsAnError() {
        CliRun run = CliRun.of("serve", "--store", dir.resolve("store").toString(), "--port", "0",
                "--token-file", dir.resolve("fehlt").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.stderr()).contains("cannot read --token-file");
    }

    private static HttpResponse<String> post(HttpClient http, int port, String body, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/articles"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
