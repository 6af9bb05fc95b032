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
import java.util.concurrent.CompletableFuture;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.synoptic.feeds.FeedFollower;
import org.synoptic.feeds.FeedList;
import org.synoptic.feeds.Following;
import org.synoptic.feeds.WatchKeeper;
import org.synoptic.feeds.FollowerOptions;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.server.SynopticServer;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.ServerFile;
import org.synoptic.store.opensearch.OpenSearchIndices;
import org.synoptic.store.opensearch.OpenSearchRepository;
import org.synoptic.digest.StoryDigester;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code synoptic serve}: runs the REST API and the web UI over a store, over a temporary store loaded with the
 * bundled samples ({@code --demo}), or read-only over the OpenSearch indices the distributed job writes
 * ({@code --opensearch URL}; writes answer 501: they go through Kafka with {@code synoptic publish}). Runs until
 * interrupted.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI and the REST API (OpenAPI at /api/openapi.json) over a store; --demo loads the "
                + "bundled samples into a temporary store; --opensearch URL serves the indices the Flink job "
                + "(synoptic-stream) writes, read-only: POST /api/articles answers 501, write through Kafka with "
                + "'synoptic publish'.")
final class ServeCommand implements Callable<Integer> {

    static final class Source {
        @Option(names = "--store", paramLabel = "DIR", required = true, description = "The store's folder (created when absent).")
        Path store;

        @Option(names = "--demo", required = true, description = "Serve a temporary store loaded with the bundled samples.")
        boolean demo;

        @Option(names = "--opensearch", paramLabel = "URL", required = true,
                description = "Serve, read-only, the indices that the Flink job (synoptic-stream) writes to the OpenSearch "
                        + "at URL (e.g. http://localhost:9200). Writes answer 501; publish with 'synoptic publish'.")
        String opensearch;
    }

    @Option(names = "--index-prefix", paramLabel = "PREFIX", defaultValue = "synoptic",
            description = "With --opensearch: the job's index prefix, indices PREFIX-articles, -stories, -digests "
                    + "(default: ${DEFAULT-VALUE}).")
    String indexPrefix;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 for a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:SYNOPTIC_TOKEN}",
            description = "Bearer token that POST /api/articles requires (default: $SYNOPTIC_TOKEN); without one the API "
                    + "does not ingest. A token given here shows in the process list: prefer SYNOPTIC_TOKEN or --token-file.")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Read the bearer token from FILE (its first line); kept out of the process list, unlike --token.")
    Path tokenFile;

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address readers use (https://news.example.org): the feed links to it, and requests "
                    + "naming another Host than it or the bound address are refused.")
    String publicUrl;

    @Option(names = "--max-body-bytes", paramLabel = "N", defaultValue = "5242880",
            description = "Largest request body (default: ${DEFAULT-VALUE}).")
    long maxBodyBytes;

    @Option(names = "--request-budget", paramLabel = "TIME", defaultValue = "5s",
            description = "How long a request waits for a story digest that must be computed first (default: ${DEFAULT-VALUE}); "
                    + "then it is answered 503 with Retry-After and the digest goes on in the background.")
    String requestBudget;

    @Option(names = "--samples", paramLabel = "DIR", description = "With --demo: the samples folder (default: the bundled samples/news).")
    Path samples;

    @Option(names = "--retain", paramLabel = "AGE",
            description = "Drop stories whose last report is older than AGE (e.g. 90d, 36h), with their articles; checked at start and hourly. Default: keep everything.")
    String retain;

    @Option(names = "--feeds", paramLabel = "FILE",
            description = "Follow the feeds in FILE: one URL per line (optionally followed by a label), or OPML (folders become labels). "
                    + "Added to the subscriptions kept in the store; manage them at /api/feeds.")
    Path feeds;

    @Option(names = "--publish-kafka", paramLabel = "BOOTSTRAP",
            description = "Publish new feed items to Kafka (host:port[,…]) for the stream job instead of storing them, so that "
                    + "polling and processing scale apart; the subscriptions and their state stay in the store.")
    String publishKafka;

    @Option(names = "--publish-topic", paramLabel = "T", defaultValue = "synoptic-articles",
            description = "With --publish-kafka: the articles topic (default: ${DEFAULT-VALUE}).")
    String publishTopic;

    @Option(names = "--poll-min", paramLabel = "INTERVAL", defaultValue = "5m",
            description = "Shortest interval between two polls of a feed (default: ${DEFAULT-VALUE}; e.g. 2s, 5m, 1h).")
    String pollMin;

    @Option(names = "--poll-max", paramLabel = "INTERVAL", defaultValue = "6h",
            description = "Longest interval between two polls of a feed, also the cap of error backoff (default: ${DEFAULT-VALUE}).")
    String pollMax;

    @Option(names = "--allow-private", description = "Let feeds be fetched from private, loopback and link-local addresses (local sources).")
    boolean allowPrivate;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The Kafka sink of new feed items, closed when the JVM ends (its producer flushes what it holds). */
    private static KafkaItemSink kafkaSink(String bootstrap, String topic) {
        KafkaItemSink sink = new KafkaItemSink(bootstrap, topic);
        Runtime.getRuntime().addShutdownHook(new Thread(sink::close, "synoptic-kafka-sink-close"));
        return sink;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (source.opensearch != null) {
            return serveOpenSearch(out);
        }
        Duration retention;
        Duration budget;
        FollowerOptions followerOptions;
        List<FeedList.Entry> feedEntries;
        try {
            retention = retain == null ? null : age(retain);
            budget = interval("--request-budget", requestBudget);
            followerOptions = FollowerOptions.defaults().withBounds(interval("--poll-min", pollMin), interval("--poll-max", pollMax))
                    .withAllowPrivate(allowPrivate);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            feedEntries = feeds == null ? List.of() : FeedList.read(Files.readAllBytes(feeds));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--feeds " + feeds + ": " + e.getMessage());
        } catch (IOException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--feeds: cannot read " + feeds + ": " + e.getMessage());
        }
        Path dir = source.demo ? Files.createTempDirectory("synoptic-demo") : source.store;
        Path sampleDir = null;
        if (source.demo) {
            sampleDir = samples != null ? samples : bundledSamples();
            if (sampleDir == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "cannot find the bundled samples (samples/news); pass --samples DIR");
            }
        }
        // The store opens (standard stages, index state, digests due) on its own thread once the web server listens,
        // and /health answers "opening" meanwhile: the time to a first answer does not grow with the store. Started
        // after the listener, so on a busy machine the two do not compete for the processors.
        CompletableFuture<ArticleStore> opening = new CompletableFuture<>();
        // the feed follower is made with the store, before the store is handed out: /api/feeds never sees a gap
        CompletableFuture<Following> following = new CompletableFuture<>();
        Path demoSamples = sampleDir;
        Thread opener = new Thread(() -> {
            try {
                ArticleStore opened = openStore(dir);
                if (demoSamples != null) {
                    try {
                        opened.ingest(new ArticleIngester().ingest(List.of(demoSamples.toString())).articles());
                    } catch (IOException | RuntimeException e) {
                        opened.close();
                        throw e;
                    }
                }
                try {
                    FeedFollower follower = publishKafka == null ? FeedFollower.open(opened, dir, followerOptions)
                            : FeedFollower.open(kafkaSink(publishKafka, publishTopic), dir, followerOptions);
                    follower.subscribeAll(feedEntries);
                    following.complete(new Following(follower,
                            WatchKeeper.open(opened, dir, java.time.Clock.systemUTC(), allowPrivate, true)));
                } catch (IOException | RuntimeException e) {
                    opened.close();
                    throw e;
                }
                opening.complete(opened);
            } catch (Throwable e) {
                following.completeExceptionally(e);
                opening.completeExceptionally(e);
            }
        }, "synoptic-store-open");
        if (tokenFile != null) {
            try {
                token = Files.readAllLines(tokenFile).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "cannot read --token-file "
                        + tokenFile + ": " + e.getMessage());
            }
        }
        // without --token the API ingests only with the local token in DIR/server.json, for synoptic ingest --store
        boolean localOnly = token == null || token.isBlank();
        String writeToken = localOnly ? newToken() : token;
        SynopticServer server;
        try {
            server = new SynopticServer(opening, new SynopticServer.Config(host, port, writeToken, maxBodyBytes, publicUrl, budget), following).start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        warmUp(host.equals("0.0.0.0") ? "127.0.0.1" : host, server.port());
        opener.start();
        ArticleStore store;
        try {
            store = opening.join();
        } catch (java.util.concurrent.CompletionException e) {
            server.stop();
            Throwable cause = e.getCause();
            if (cause instanceof org.apache.lucene.store.LockObtainFailedException) {
                throw new IllegalStateException("the store " + dir + " is open in another process (a running serve or ingest)", cause);
            }
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
        // written once the store is ours (its lock held): another serve's file on a locked store stays untouched
        ServerFile handOff = new ServerFile(host.equals("0.0.0.0") ? "127.0.0.1" : host, server.port(), writeToken,
                maxBodyBytes, ProcessHandle.current().pid());
        if (!source.demo) {
            handOff.write(dir);
        }
        ScheduledExecutorService expiry = retention == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "synoptic-retention");
            t.setDaemon(true);
            return t;
        });
        if (expiry != null) {
            expiry.scheduleWithFixedDelay(() -> expire(store, retention, err), 0, 1, TimeUnit.HOURS);
        }
        FeedFollower follower = following.join().feeds().start();
        WatchKeeper watches = following.join().watches().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            follower.close();
            watches.close();
            try {
                if (expiry != null) {
                    expiry.shutdownNow();
                }
                if (!source.demo) {
                    handOff.delete(dir);
                }
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
        if (!follower.feeds().isEmpty()) {
            out.printf("Following %d feeds (polled every %s to %s; health at /feeds).%n", follower.feeds().size(),
                    pollMin, pollMax);
        }
        out.printf("Open http://%s:%d/ (API: /api/stories, OpenAPI: /api/openapi.json). Stop with Ctrl-C.%n", shownHost, server.port());
        if (localOnly) {
            err.println("note: no --token or SYNOPTIC_TOKEN: POST /api/articles takes only the local token in "
                    + (source.demo ? "no file (demo)" : ServerFile.path(dir)) + ", which synoptic ingest --store uses");
        }
        out.flush();
        err.flush();
        stopped.await();
        return 0;
    }

    /**
     * {@code --opensearch URL}: the server over an {@link OpenSearchRepository}, read-only. A story without a stored
     * digest (one report) gets one built on request by the standard digester, loaded on first need.
     */
    private int serveOpenSearch(PrintWriter out) throws Exception {
        if (feeds != null || retain != null || samples != null || publishKafka != null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--opensearch serves read-only: "
                    + "--feeds, --publish-kafka, --retain and --samples need --store DIR (the job's indices are written by "
                    + "the job)");
        }
        OpenSearchIndices indices;
        try {
            indices = new OpenSearchIndices(source.opensearch, indexPrefix);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        OpenSearchRepository repository = OpenSearchRepository.open(indices, StoryDigester::standard);
        SynopticServer server;
        try {
            // no token: the server takes no writes, and answers them 501 before any token is asked for
            server = new SynopticServer(repository, new SynopticServer.Config(host, port, null, maxBodyBytes, publicUrl)).start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            stopped.countDown();
        }, "synoptic-shutdown"));
        out.printf("Synoptic: %d articles in %d stories from OpenSearch %s (indices %s-*), read-only%n",
                repository.articleCount(), repository.storyCount(), indices.url(), indices.prefix());
        out.printf("Open http://%s:%d/ (API: /api/stories, OpenAPI: /api/openapi.json). Stop with Ctrl-C.%n",
                host.equals("0.0.0.0") ? "127.0.0.1" : host, server.port());
        out.flush();
        stopped.await();
        return 0;
    }

    /**
     * Asks the server's own {@code /health} once, over a plain socket, before the store starts opening: the first
     * request loads the request path's classes, which would otherwise compete with the opening store for the
     * processors while a client waits. Failures are ignored (the server answers later requests all the same).
     */
    private static void warmUp(String host, int port) {
        try (java.net.Socket socket = new java.net.Socket(host, port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /health HTTP/1.0\r\nHost: localhost\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getInputStream().readAllBytes();
        } catch (IOException e) {
            // only a warm-up
        }
    }

    private static ArticleStore openStore(Path dir) throws IOException {
        return ArticleStore.open(dir);
    }

    private static void expire(ArticleStore store, Duration retention, PrintWriter err) {
        try {
            int dropped = store.expire(retention);
            if (dropped > 0) {
                err.printf("retention: dropped %d stories whose last report is older than %s%n", dropped, retention);
                err.flush();
            }
        } catch (IOException | RuntimeException e) {
            // a failed pass is retried in an hour; the server keeps serving
            err.println("error: retention: " + e.getMessage());
            err.flush();
        }
    }

    /** An age such as {@code 90d}, {@code 36h}, {@code 45m} or an ISO-8601 duration ({@code P90D}, {@code PT36H}). */
    static Duration age(String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            if (t.matches("\\d+[dhm]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                Duration d = switch (t.charAt(t.length() - 1)) {
                    case 'd' -> Duration.ofDays(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofMinutes(n);
                };
                if (!d.isZero()) {
                    return d;
                }
            } else if (t.startsWith("p")) {
                Duration d = Duration.parse(text.strip());
                if (!d.isNegative() && !d.isZero()) {
                    return d;
                }
            }
        } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException("--retain must be a positive age such as 90d, 36h or 45m: " + text);
    }

    /** A polling interval such as {@code 2s}, {@code 5m}, {@code 6h}, {@code 1d} or an ISO-8601 duration ({@code PT5M}). */
    static Duration interval(String option, String text) {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
        try {
            Duration d = null;
            if (t.matches("\\d+[smhd]")) {
                long n = Long.parseLong(t.substring(0, t.length() - 1));
                d = switch (t.charAt(t.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    case 'h' -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else if (t.startsWith("p")) {
                d = Duration.parse(text.strip());
            }
            if (d != null && !d.isNegative() && !d.isZero()) {
                return d;
            }
        } catch (java.time.format.DateTimeParseException | ArithmeticException e) {
            // fall through to the message
        }
        throw new IllegalArgumentException(option + " must be a positive interval such as 2s, 5m or 6h: " + text);
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        new java.security.SecureRandom().nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
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
