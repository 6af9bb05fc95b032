package org.synoptic.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.server.SynopticServer;
import org.synoptic.store.ArticleStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synoptic serve}: runs the REST API and the web UI over a store, or over a temporary store loaded with the
 * bundled samples ({@code --demo}). Runs until interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI and the REST API (OpenAPI at /api/openapi.json) over a store; --demo loads the "
                + "bundled samples into a temporary store.")
final class ServeCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", required = true, description = "The store's folder (created when absent).")
        Path store;

        @Option(names = "--demo", required = true, description = "Serve a temporary store loaded with the bundled samples.")
        boolean demo;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:SYNOPTIC_TOKEN}",
            description = "Bearer token that POST /api/articles requires (default: $SYNOPTIC_TOKEN); without one the API does not ingest.")
    String token;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "5242880",
            description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--samples", paramLabel = "DIR", description = "With --demo: the samples folder (default: the bundled samples/news).")
    Path samples;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = source.demo ? Files.createTempDirectory("synoptic-demo") : source.store;
        ArticleStore store = ArticleStore.open(dir);
        if (source.demo) {
            Path sampleDir = samples != null ? samples : bundledSamples();
            if (sampleDir == null) {
                store.close();
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "cannot find the bundled samples (samples/news); pass --samples DIR");
            }
            store.ingest(new ArticleIngester().ingest(List.of(sampleDir.toString())).articles());
        }
        SynopticServer server;
        try {
            server = new SynopticServer(store, new SynopticServer.Config(host, port, token, maxBodyBytes)).start();
        } catch (RuntimeException e) {
            store.close();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            try {
                store.close();
                if (source.demo) {
                    deleteTree(dir);
                }
            } catch (IOException e) {
                System.err.println("error: closing the store: " + e.getMessage());
            }
            stopped.countDown();
        }, "synoptic-shutdown"));
        String shownHost = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        if (source.demo) {
            out.printf("Synoptic demo: %d sample articles in %d stories.%n", store.articleCount(), store.storyCount());
        } else {
            out.printf("Synoptic: %d articles in %d stories from %s%n", store.articleCount(), store.storyCount(), dir);
        }
        out.printf("Open http://%s:%d/ (API: /api/stories, OpenAPI: /api/openapi.json). Stop with Ctrl-C.%n", shownHost, server.port());
        if (token == null || token.isBlank()) {
            err.println("note: no --token or SYNOPTIC_TOKEN: POST /api/articles answers 401");
        }
        out.flush();
        err.flush();
        stopped.await();
        return 0;
    }

    /** samples/news in the working folder or beside the distribution (synoptic-cli/target/synoptic.jar). */
    private static Path bundledSamples() {
        Path local = Path.of("samples", "news");
        if (Files.isDirectory(local)) {
            return local;
        }
        try {
            Path jar = Path.of(ServeCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                Path candidate = p.resolve("samples").resolve("news");
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            return null;
        }
        return null;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
