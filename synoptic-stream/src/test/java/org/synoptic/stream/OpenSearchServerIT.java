package org.synoptic.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.synoptic.digest.render.HtmlEscaper;
import org.synoptic.model.Article;

/**
 * {@code synoptic serve --opensearch URL} on the indices the real job wrote: the bundled samples (plus the five seeds
 * when {@code ../shared} has them) go through Kafka and the job on Flink's MiniCluster into an in-JVM OpenSearch node;
 * then the CLI's serve command runs in its own JVM on those indices, and its API and pages are read over HTTP:
 * the story list equals the single-JVM store's stories on the same input (ids and sizes), a story's API answer is the
 * digest the job stored, its page shows that digest's facts, search finds by German stems with facets, an article
 * answers with its story, writes answer 501, a misspelt word gets a "did you mean", the entity facet counts the articles each digest names an entity in and
 * the entity filter finds exactly those; then the same server in headless Chromium ({@link StoryPageBrowser}).
 */
@ExtendWith(StreamCluster.Services.class)
class OpenSearchServerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("Open http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path dir;

    @Test
    void servesTheJobsIndicesReadOnly(StreamCluster cluster) throws Exception {
        long t0 = System.nanoTime();
        List<Path> inputs = new ArrayList<>(List.of(StreamInputs.root().resolve("samples/news")));
        Path seeds = StreamInputs.shared().resolve("seeds");
        if (Files.isDirectory(seeds)) {
            inputs.add(seeds);
        } else {
            System.out.println("OpenSearchServerIT: " + seeds + " is absent; the seeds part is skipped");
        }
        List<ArticleMessage> messages = StreamInputs.messages(inputs);
        List<Article> articles = AssignmentStateTest.prepare(messages).stream().map(PreparedArticle::article).toList();
        Map<String, List<String>> store = AssignmentStateTest.storeStories(articles, dir.resolve("store"));

        OpenSearchTarget target = runJob(cluster, "serve", messages, 2);
        Map<String, List<String>> job = StreamCluster.stories(target); // refreshes the index
        Map<String, ObjectNode> digests = StreamCluster.documents(target, target.digests());
        StreamCluster.count(target, target.articles());
        double jobSeconds = (System.nanoTime() - t0) / 1e9;

        Process serve = serve(target);
        try {
            int port = port(serve);
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + port;

            // the story list: the store's stories, with their sizes
            JsonNode list = json(http, base + "/api/stories");
            assertThat(list.get("total").asInt()).isEqualTo(store.size());
            Map<String, Integer> listed = new HashMap<>();
            list.get("stories").forEach(s -> listed.put(s.get("id").asText(), s.get("articles").asInt()));
            Map<String, Integer> expected = new HashMap<>();
            store.forEach((id, members) -> expected.put(id, members.size()));
            assertThat(listed).isEqualTo(expected);
            assertThat(job.keySet()).isEqualTo(store.keySet());

            // one story: the API answers the digest the job stored; its page shows the facts
            String biggest = store.entrySet().stream().max(Map.Entry.comparingByValue(
                    (a, b) -> Integer.compare(a.size(), b.size()))).orElseThrow().getKey();
            assertThat(store.get(biggest).size()).isGreaterThanOrEqualTo(2);
            HttpResponse<String> storyAnswer = get(http, base + "/api/stories/" + biggest);
            assertThat(storyAnswer.statusCode()).isEqualTo(200);
            assertThat(storyAnswer.headers().firstValue("X-Story-Version")).hasValue(String.valueOf(store.get(biggest).size()));
            JsonNode story = JSON.readTree(storyAnswer.body());
            JsonNode storedFacts = digests.get(biggest).get("digest").get("facts");
            assertThat(storedFacts.size()).isGreaterThan(0);
            assertThat(story.get("facts")).isEqualTo(storedFacts);
            assertThat(story.get("headline").asText()).isEqualTo(digests.get(biggest).get("headline").asText());
            HttpResponse<String> page = get(http, base + "/stories/" + biggest);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(HtmlEscaper.escape(storedFacts.get(0).get("text").asText()));
            assertThat(get(http, base + "/").body()).contains(HtmlEscaper.escape(story.get("headline").asText()));

            // search: German analysis ("Stahlträger" is only in the samples as "Stahlträgern"), facets
            JsonNode search = json(http, base + "/api/search?q=" + URLEncoder.encode("Stahlträger", StandardCharsets.UTF_8));
            assertThat(search.get("total").asLong()).isGreaterThan(0);
            assertThat(search.get("hits").get(0).get("snippet").asText()).contains("<mark>");
            assertThat(search.get("facets").get("language").has("de")).isTrue();
            String hitStory = search.get("hits").get(0).get("story").asText();
            assertThat(search.get("facets").get("story").has(hitStory)).isTrue();
            JsonNode filtered = json(http, base + "/api/search?q=" + URLEncoder.encode("Stahlträger", StandardCharsets.UTF_8)
                    + "&language=en");
            assertThat(filtered.get("total").asLong()).isZero();
            assertThat(get(http, base + "/search?q=Stahltr%C3%A4ger").body()).contains("<mark>");
            // "did you mean": a misspelt name that finds nothing suggests the spelling the texts hold
            assertThat(search.has("suggestion")).isFalse();
            JsonNode misspelt = json(http, base + "/api/search?q=Lindquist");
            assertThat(misspelt.get("total").asLong()).isZero();
            assertThat(misspelt.get("suggestion").asText()).isEqualTo("lindqvist");
            assertThat(json(http, base + "/api/search?q=lindqvist").get("total").asLong()).isGreaterThan(0);
            assertThat(get(http, base + "/search?q=Lindquist").body()).contains("class=\"notice suggestion\"");

            // an article, and "more like this" from its own story
            String firstId = store.get(biggest).get(0);
            JsonNode article = json(http, base + "/api/articles/" + firstId);
            assertThat(article.get("story").asText()).isEqualTo(biggest);
            assertThat(article.get("analysisStatus").asText()).isEqualTo("unavailable");
            JsonNode similar = json(http, base + "/api/articles/" + firstId + "/similar?size=3");
            assertThat(similar.get("hits").get(0).get("story").asText()).isEqualTo(biggest);
            assertThat(get(http, base + "/api/stories/no-such-story").statusCode()).isEqualTo(404);

            // writes go through Kafka
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"t\",\"text\":\"x\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(post.statusCode()).isEqualTo(501);
            assertThat(post.body()).contains("synoptic publish");
            JsonNode health = json(http, base + "/health");
            assertThat(health.get("articles").asLong()).isEqualTo(articles.size());

            // entities: the deep tier wrote each digest's entities into its articles; the entity facet counts them and
            // the entity filter finds exactly the articles the digests name
            Map<String, java.util.Set<String>> entityArticles = entityArticles(digests);
            assertThat(entityArticles).as("entities in the job's digests").isNotEmpty();
            JsonNode inStory = json(http, base + "/api/search?story=" + biggest + "&size=1");
            JsonNode entityFacet = inStory.get("facets").get("entity");
            assertThat(entityFacet.size()).as("entity facet of %s", biggest).isGreaterThan(0);
            java.util.Set<String> storyMembers = new java.util.HashSet<>(store.get(biggest));
            entityFacet.fields().forEachRemaining(f -> assertThat(f.getValue().asInt()).as("articles naming %s", f.getKey())
                    .isEqualTo((int) entityArticles.getOrDefault(f.getKey(), java.util.Set.of()).stream()
                            .filter(storyMembers::contains).count()));
            String entity = entityFacet.fieldNames().next();
            JsonNode byEntity = json(http, base + "/api/search?size=100&entity=" + URLEncoder.encode(entity, StandardCharsets.UTF_8));
            List<String> found = new ArrayList<>();
            byEntity.get("hits").forEach(h -> found.add(h.get("article").asText()));
            assertThat(found).as("articles with entity %s", entity).containsExactlyInAnyOrderElementsOf(entityArticles.get(entity));

            StoryPageBrowser.check(base, biggest, story.get("headline").asText(), storedFacts.size(),
                    store.get(biggest).size(), entity);
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        System.out.printf("OpenSearchServerIT: %d articles, %d stories; services + job %.1f s, all %.1f s%n",
                articles.size(), store.size(), jobSeconds, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The bilingual sample through the real job: the English story is linked into the German one as the store links
     * it, and {@code serve --opensearch} shows the link with its evidence (the digest document's {@code links}) in the
     * API and on the story page.
     */
    @Test
    void aLinkAcrossLanguagesReachesTheReadSide(StreamCluster cluster) throws Exception {
        List<Path> inputs = List.of(StreamInputs.root().resolve("samples/crosslingual/news"));
        List<ArticleMessage> messages = StreamInputs.messages(inputs);
        List<Article> articles = AssignmentStateTest.prepare(messages).stream().map(PreparedArticle::article).toList();
        Map<String, List<String>> store = AssignmentStateTest.storeStories(articles, dir.resolve("store"));
        Map<String, String> languageOf = new HashMap<>();
        articles.forEach(a -> languageOf.put(a.id(), a.language()));
        String linked = store.entrySet().stream()
                .filter(e -> e.getValue().stream().map(languageOf::get).distinct().count() == 2)
                .map(Map.Entry::getKey).findFirst().orElseThrow();

        OpenSearchTarget target = runJob(cluster, "links", messages, 1);
        assertThat(StreamCluster.stories(target)).isEqualTo(store);
        Map<String, ObjectNode> digests = StreamCluster.documents(target, target.digests());
        JsonNode storedLinks = digests.get(linked).get("links");
        assertThat(storedLinks).as("links in the digest document of %s", linked).isNotNull();
        assertThat(storedLinks.get(0).get("language").asText()).isEqualTo("en");

        Process serve = serve(target);
        try {
            String base = "http://127.0.0.1:" + port(serve);
            HttpClient http = HttpClient.newHttpClient();
            JsonNode story = json(http, base + "/api/stories/" + linked);
            assertThat(story.get("links")).isEqualTo(storedLinks);
            assertThat(story.get("links").get(0).get("names").size()).isGreaterThan(0);
            String firstName = story.get("links").get(0).get("names").get(0).asText();
            assertThat(get(http, base + "/stories/" + linked).body()).contains(HtmlEscaper.escape(firstName));
        } finally {
            serve.destroy();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
    }

    /**
     * An articles index made before the entity fields (strict mapping without them) gets them when the job starts
     * (it puts the templates), so the deep tier's entity updates are not refused on an upgraded deployment.
     */
    @Test
    void anArticlesIndexFromBeforeTheEntityFieldsGetsThem(StreamCluster cluster) throws Exception {
        OpenSearchTarget legacy = new OpenSearchTarget(cluster.openSearchUrl, "legacy");
        ObjectNode template = (ObjectNode) JSON.readTree(new org.synoptic.store.opensearch.OpenSearchIndices(
                cluster.openSearchUrl, "legacy").template("articles")).get("template");
        ((ObjectNode) template.get("mappings").get("properties")).remove(List.of("entity", "entities"));
        ((ObjectNode) template.get("settings").get("analysis").get("analyzer")).remove("synoptic_folded");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(cluster.openSearchUrl + "/"
                        + legacy.articles())).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(template.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);

        legacy.installTemplates();
        JsonNode properties = JSON.readTree(get(http, cluster.openSearchUrl + "/" + legacy.articles() + "/_mapping").body())
                .get(legacy.articles()).get("mappings").get("properties");
        assertThat(properties.get("entity").get("type").asText()).isEqualTo("keyword");
        assertThat(properties.get("entities").get("type").asText()).isEqualTo("text");
        legacy.installTemplates(); // again: nothing to add
    }

    /** Entity name → the articles the job's digests name it in (what the deep tier wrote into the articles index). */
    private static Map<String, java.util.Set<String>> entityArticles(Map<String, ObjectNode> digests) {
        Map<String, java.util.Set<String>> out = new HashMap<>();
        for (ObjectNode d : digests.values()) {
            for (JsonNode e : d.get("digest").path("entities")) {
                java.util.Set<String> ids = out.computeIfAbsent(e.get("name").asText(), k -> new java.util.TreeSet<>());
                e.path("articles").forEach(a -> ids.add(a.asText()));
            }
        }
        return out;
    }

    /**
     * Publishes the messages to a topic of their own and runs the job over them to the end, at {@code parallelism},
     * into the indices named {@code name}; returns those indices.
     */
    private static OpenSearchTarget runJob(StreamCluster cluster, String name, List<ArticleMessage> messages,
                                           int parallelism) throws Exception {
        cluster.createTopic(name + "-articles", 1);
        cluster.createTopic(name + "-updates", 1);
        cluster.publish(name + "-articles", messages);
        OpenSearchTarget target = cluster.target(name);
        StreamExecutionEnvironment env = cluster.environment(parallelism, 1000);
        SynopticJob.build(env, KafkaTopics.articles(cluster.bootstrap(), name + "-articles", name, true),
                KafkaTopics.storyUpdates(cluster.bootstrap(), name + "-updates"),
                SynopticJob.Settings.defaults(target).withDebounce(Duration.ofMillis(300)).withRuleBasedAnalyzer(true));
        cluster.run(env, "stream-" + name, StreamCluster.JOB_LIMIT);
        return target;
    }

    /** {@code synoptic serve --opensearch URL} in its own JVM, as a user runs it. */
    private Process serve(OpenSearchTarget target) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.synoptic.cli.SynopticCommand", "serve", "--opensearch", target.url(), "--index-prefix",
                target.prefix(), "--port", "0");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile())
                .start();
    }

    private int port(Process serve) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        Path log = dir.resolve("serve.log");
        while (System.nanoTime() < deadline && serve.isAlive()) {
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve --opensearch did not start:\n" + Files.readString(log));
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpClient http, String url) throws Exception {
        HttpResponse<String> r = get(http, url);
        assertThat(r.statusCode()).as("%s: %s", url, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
