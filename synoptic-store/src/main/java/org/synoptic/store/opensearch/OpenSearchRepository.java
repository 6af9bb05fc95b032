package org.synoptic.store.opensearch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryDigester;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.store.RepositoryReadException;
import org.synoptic.store.SearchRequest;
import org.synoptic.store.SearchResult;
import org.synoptic.store.StoredArticle;
import org.synoptic.store.StoryRepository;
import org.synoptic.store.StorySummary;
import org.synoptic.store.VersionedDigest;

/**
 * The stories, digests and articles that the distributed job ({@code synoptic-stream}) writes to OpenSearch, read
 * behind the same {@link StoryRepository} as the single-JVM store, so {@code synoptic serve --opensearch URL} serves
 * the same UI and API from them. Read-only: the job writes.
 *
 * <p>What it reads ({@link OpenSearchIndices}): a story's members from its document in the stories index (document id
 * = story id, its latest update), their fields from the articles index (document id = article id), the digest from
 * the digests index (document id = story id; its version is the number of articles it was built from). A story the
 * deep tier has not reached (one report: the job builds no digest for it; or a digest still debouncing) gets its digest
 * built on request from its members by the {@link StoryDigester} given, as the store does for one-report stories; it is
 * kept in a small cache, never written back.
 *
 * <p>Differences from the Lucene store: the story list holds the {@value #MAX_STORIES} most recently changed stories;
 * only the latest digest is kept, so {@link #digestAt} answers it when it was built for at most the version asked
 * for, else nothing; no per-article analyses ({@link #analysis} is empty, {@link #requestAnalysis} false); a story's
 * {@code updated} is when the job indexed its latest article. The story list is cached for {@value #LIST_TTL_MILLIS}
 * ms, so one page's several reads ask OpenSearch once.
 *
 * <p>Failures to reach OpenSearch surface as {@link RepositoryReadException} (the server answers 503) from the
 * methods that declare no {@link IOException}. Thread-safe.
 */
public final class OpenSearchRepository implements StoryRepository {

    /** The story list's cap: OpenSearch's default result window. */
    public static final int MAX_STORIES = 10_000;
    static final long LIST_TTL_MILLIS = 1000;
    private static final int DIGEST_CACHE = 64;
    private static final int OUTLETS_PER_STORY = 50;
    /** Stories summarised per aggregation: 500 stories with up to 50 outlets each stay below 65,535 buckets. */
    private static final int SUMMARY_SLICE = 500;
    private static final ObjectMapper DIGESTS = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final OpenSearchIndices indices;
    private final OpenSearchHttp http;
    private final OpenSearchSearcher searcher;
    private final Supplier<StoryDigester> digester;
    private volatile StoryDigester loadedDigester;
    private volatile CachedList list;
    /** Digests by story id: parsed stored ones (keyed with their version) and ones built on request. */
    private final Map<String, VersionedDigest> digests = Collections.synchronizedMap(
            new LinkedHashMap<>(DIGEST_CACHE, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, VersionedDigest> eldest) {
                    return size() > DIGEST_CACHE;
                }
            });

    private record CachedList(List<StorySummary> stories, long at) {
    }

    /** A story's document in the stories index: its members in arrival order and the arrival number of its last change. */
    private record StoryDoc(String id, List<String> memberIds, long seq) {
    }

    /**
     * @param indices  where the job writes
     * @param digester builds the digest of a story that has none stored; asked on first need only (the standard one
     *                 loads the CoreNLP models)
     */
    public OpenSearchRepository(OpenSearchIndices indices, Supplier<StoryDigester> digester) {
        this.indices = Objects.requireNonNull(indices, "indices");
        this.digester = Objects.requireNonNull(digester, "digester");
        this.http = new OpenSearchHttp(indices.url());
        this.searcher = new OpenSearchSearcher(http, indices);
    }

    /**
     * Opens a repository on the indices and checks that OpenSearch answers.
     *
     * @throws IOException when OpenSearch cannot be reached, with the URL in the message
     */
    public static OpenSearchRepository open(OpenSearchIndices indices, Supplier<StoryDigester> digester)
            throws IOException {
        OpenSearchRepository repository = new OpenSearchRepository(indices, digester);
        if (repository.http.get("/") == null) {
            throw new IOException("no OpenSearch at " + indices.url() + " (GET / answered 404)");
        }
        return repository;
    }

    /** Where this repository reads. */
    public OpenSearchIndices indices() {
        return indices;
    }

    @Override
    public List<StorySummary> stories() {
        CachedList cached = list;
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.at() < LIST_TTL_MILLIS) {
            return cached.stories();
        }
        try {
            ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
            body.put("size", MAX_STORIES);
            body.putArray("sort").addObject().putObject("seq").put("order", "desc");
            JsonNode answer = http.post("/" + indices.stories()
                    + "/_search?ignore_unavailable=true&_source_includes=storyId,memberIds,seq", body);
            List<StoryDoc> docs = new ArrayList<>();
            if (answer != null) {
                answer.path("hits").path("hits").forEach(h -> docs.add(storyDoc(h.path("_id").asText(), h.path("_source"))));
            }
            List<StorySummary> stories = summaries(docs);
            stories.sort(Comparator.comparing(StorySummary::updated).reversed()
                    .thenComparing(Comparator.comparingInt(StorySummary::articles).reversed())
                    .thenComparing(StorySummary::id));
            List<StorySummary> snapshot = List.copyOf(stories);
            list = new CachedList(snapshot, now);
            return snapshot;
        } catch (IOException e) {
            throw new RepositoryReadException(e);
        }
    }

    @Override
    public Optional<StorySummary> story(String id) {
        try {
            Optional<StoryDoc> doc = storyDoc(id);
            return doc.isEmpty() ? Optional.empty() : summaries(List.of(doc.get())).stream().findFirst();
        } catch (IOException e) {
            throw new RepositoryReadException(e);
        }
    }

    @Override
    public Optional<VersionedDigest> digest(String storyId) {
        Optional<VersionedDigest> stored = storedDigest(storyId);
        if (stored.isPresent()) {
            return stored;
        }
        try {
            Optional<StoryDoc> doc = storyDoc(storyId);
            if (doc.isEmpty()) {
                return Optional.empty();
            }
            int size = doc.get().memberIds().size();
            VersionedDigest built = digests.get("built:" + storyId);
            if (built == null || built.version() != size) {
                List<Article> members = articles(doc.get().memberIds());
                StoryDigest d = digester().digest(storyId, members, StoryDigester.Analyses.NONE);
                built = new VersionedDigest(d, members.size());
                digests.put("built:" + storyId, built);
            }
            return Optional.of(built);
        } catch (IOException e) {
            throw new RepositoryReadException(e);
        }
    }

    /** The links the job's deep tier wrote into the story's digest document ({@code links}); empty without one. */
    @Override
    public List<org.synoptic.cluster.StoryLink> links(String storyId) {
        try {
            JsonNode doc = http.get("/" + indices.digests() + "/_doc/" + encode(storyId) + "?_source_includes=links");
            if (doc == null || !doc.path("found").asBoolean() || !doc.path("_source").path("links").isArray()) {
                return List.of();
            }
            return List.of(DIGESTS.treeToValue(doc.path("_source").path("links"), org.synoptic.cluster.StoryLink[].class));
        } catch (IOException e) {
            throw new RepositoryReadException(e);
        }
    }

    @Override
    public Optional<VersionedDigest> storedDigest(String storyId) {
        try {
            JsonNode head = http.get("/" + indices.digests() + "/_doc/" + encode(storyId)
                    + "?_source_includes=articleCount,version");
            if (head == null || !head.path("found").asBoolean()) {
                return Optional.empty();
            }
            String key = "stored:" + storyId + ":" + head.path("_version").asLong();
            VersionedDigest cached = digests.get(key);
            if (cached != null) {
                return Optional.of(cached);
            }
            JsonNode doc = http.get("/" + indices.digests() + "/_doc/" + encode(storyId));
            if (doc == null || !doc.path("found").asBoolean()) {
                return Optional.empty();
            }
            StoryDigest d = DIGESTS.treeToValue(doc.path("_source").path("digest"), StoryDigest.class);
            VersionedDigest parsed = new VersionedDigest(d, doc.path("_source").path("articleCount").asInt());
            digests.put("stored:" + storyId + ":" + doc.path("_version").asLong(), parsed);
            return Optional.of(parsed);
        } catch (IOException e) {
            throw new RepositoryReadException(e);
        }
    }

    /** The latest digest when it was built for at most {@code version} reports: the index keeps no earlier ones. */
    @Override
    public Optional<VersionedDigest> digestAt(String storyId, int version) {
        return storedDigest(storyId).filter(d -> d.version() <= version);
    }

    @Override
    public Map<String, String> texts(String storyId) {
        try {
            Optional<StoryDoc> doc = storyDoc(storyId);
            Map<String, String> texts = new LinkedHashMap<>();
            if (doc.isPresent()) {
                for (Article a : articles(doc.get().memberIds())) {
                    texts.put(a.id(), a.text());
                }
            }
            return texts;
        } catch (IOException e) {
            throw new RepositoryReadException(e);
        }
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        try {
            JsonNode doc = http.get("/" + indices.articles() + "/_doc/" + encode(id));
            return doc == null || !doc.path("found").asBoolean() ? Optional.empty()
                    : Optional.of(ArticleDocument.stored(doc.path("_source")));
        } catch (IOException e) {
            throw new RepositoryReadException(e);
        }
    }

    /** Always empty: the job stores digests, not the analyses they were built from. */
    @Override
    public Optional<ArticleAnalysis> analysis(String articleId) {
        return Optional.empty();
    }

    /** Always false: no analysis will come from a read-only repository. */
    @Override
    public boolean requestAnalysis(String articleId) {
        return false;
    }

    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return searcher.search(request);
    }

    @Override
    public Set<String> storiesMatching(String query, int maxArticles) throws IOException {
        return searcher.storiesMatching(query, maxArticles);
    }

    @Override
    public List<SearchResult.Hit> similar(String articleId, int n) throws IOException {
        Optional<StoredArticle> stored = article(articleId);
        return stored.isEmpty() ? List.of() : searcher.similar(articleId, stored.get().article().language(), n);
    }

    @Override
    public long articleCount() {
        return count(indices.articles());
    }

    @Override
    public int storyCount() {
        return (int) count(indices.stories());
    }

    /** 0: the job's deep tier builds the digests; its backlog is not visible here. */
    @Override
    public int pendingDigests() {
        return 0;
    }

    /** Always empty: this repository takes no writes. */
    @Override
    public Optional<String> writeProblem() {
        return Optional.empty();
    }

    private long count(String index) {
        try {
            JsonNode answer = http.get("/" + index + "/_count");
            return answer == null ? 0 : answer.path("count").asLong();
        } catch (IOException e) {
            throw new RepositoryReadException(e);
        }
    }

    private StoryDigester digester() {
        StoryDigester d = loadedDigester;
        if (d == null) {
            synchronized (this) {
                d = loadedDigester;
                if (d == null) {
                    d = Objects.requireNonNull(digester.get(), "digester");
                    loadedDigester = d;
                }
            }
        }
        return d;
    }

    private Optional<StoryDoc> storyDoc(String id) throws IOException {
        JsonNode doc = http.get("/" + indices.stories() + "/_doc/" + encode(id));
        return doc == null || !doc.path("found").asBoolean() ? Optional.empty()
                : Optional.of(storyDoc(id, doc.path("_source")));
    }

    private static StoryDoc storyDoc(String id, JsonNode source) {
        List<String> members = new ArrayList<>();
        source.path("memberIds").forEach(n -> members.add(n.asText()));
        return new StoryDoc(id, members, source.path("seq").asLong());
    }

    /** The members that the articles index holds, in the order asked for. */
    private List<Article> articles(List<String> ids) throws IOException {
        if (ids.isEmpty()) {
            return List.of();
        }
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        ArrayNode idArray = body.putArray("ids");
        ids.forEach(idArray::add);
        JsonNode answer = http.post("/" + indices.articles() + "/_mget", body);
        Map<String, Article> found = new HashMap<>();
        if (answer != null) {
            for (JsonNode d : answer.path("docs")) {
                if (d.path("found").asBoolean()) {
                    found.put(d.path("_id").asText(), ArticleDocument.article(d.path("_source")));
                }
            }
        }
        List<Article> members = new ArrayList<>(ids.size());
        for (String id : ids) {
            Article a = found.get(id);
            if (a != null) {
                members.add(a);
            }
        }
        return members;
    }

    /**
     * The summaries of these stories, as the Lucene store's story list makes them: outlets, latest ingest and
     * publication, the founding article's title and language from one aggregation over their articles; headline and
     * independent sources from their stored digests.
     */
    private List<StorySummary> summaries(List<StoryDoc> docs) throws IOException {
        if (docs.isEmpty()) {
            return new ArrayList<>();
        }
        Map<String, JsonNode> aggregated = new HashMap<>();
        Map<String, JsonNode> heads = new HashMap<>();
        // in slices, so the buckets of one aggregation stay far below OpenSearch's search.max_buckets
        for (int from = 0; from < docs.size(); from += SUMMARY_SLICE) {
            List<StoryDoc> slice = docs.subList(from, Math.min(docs.size(), from + SUMMARY_SLICE));
            aggregated.putAll(aggregateArticles(slice));
            heads.putAll(digestHeads(slice));
        }
        List<StorySummary> out = new ArrayList<>(docs.size());
        for (StoryDoc doc : docs) {
            JsonNode bucket = aggregated.get(doc.id());
            if (bucket == null || doc.memberIds().isEmpty()) {
                continue; // its articles are not searchable yet (refresh interval): listed with the next refresh
            }
            Set<String> outlets = new LinkedHashSet<>();
            bucket.path("outlets").path("buckets").forEach(b -> outlets.add(b.path("key").asText()));
            JsonNode first = bucket.path("first").path("hits").path("hits").path(0).path("_source");
            JsonNode latest = bucket.path("latestPublished").path("hits").path("hits").path(0).path("_source");
            JsonNode updatedValue = bucket.path("updated").path("value");
            Instant updated = updatedValue.isNumber() ? Instant.ofEpochMilli(updatedValue.asLong()) : Instant.EPOCH;
            String title = ArticleDocument.text(first, "title");
            JsonNode head = heads.get(doc.id());
            int size = doc.memberIds().size();
            String headline = head != null && !head.path("headline").asText("").isEmpty() ? head.path("headline").asText()
                    : title != null ? title : doc.memberIds().get(0);
            int independent;
            if (head != null) {
                Set<String> groups = new LinkedHashSet<>();
                head.path("digest").path("articles").forEach(a -> groups.add(a.path("syndicationGroup").asText()));
                independent = groups.size() + Math.max(0, size - head.path("articleCount").asInt());
            } else {
                independent = Math.max(1, outlets.size());
            }
            out.add(new StorySummary(doc.id(), headline, size, independent, List.copyOf(outlets), updated,
                    ArticleDocument.text(latest, "published"), ArticleDocument.text(first, "language"), doc.memberIds()));
        }
        return out;
    }

    /** Per story id, one aggregation bucket over its articles: outlets in arrival order, latest ingest and publication, first article. */
    private Map<String, JsonNode> aggregateArticles(Collection<StoryDoc> docs) throws IOException {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", 0);
        ArrayNode ids = body.putObject("query").putObject("terms").putArray("storyId");
        docs.forEach(d -> ids.add(d.id()));
        ObjectNode stories = body.putObject("aggs").putObject("stories");
        stories.putObject("terms").put("field", "storyId").put("size", docs.size());
        ObjectNode sub = stories.putObject("aggs");
        ObjectNode outlets = sub.putObject("outlets");
        outlets.putObject("terms").put("field", "outlet").put("size", OUTLETS_PER_STORY)
                .putObject("order").put("arrival", "asc");
        outlets.putObject("aggs").putObject("arrival").putObject("min").put("field", "seq");
        sub.putObject("updated").putObject("max").put("field", "ingested");
        ObjectNode first = sub.putObject("first").putObject("top_hits");
        first.put("size", 1);
        first.putArray("sort").addObject().putObject("seq").put("order", "asc");
        first.putArray("_source").add("title").add("language");
        ObjectNode latest = sub.putObject("latestPublished").putObject("top_hits");
        latest.put("size", 1);
        latest.putArray("sort").addObject().putObject("published").put("order", "desc").put("missing", "_last");
        latest.putArray("_source").add("published");
        JsonNode answer = http.post("/" + indices.articles() + "/_search?ignore_unavailable=true", body);
        Map<String, JsonNode> out = new HashMap<>();
        if (answer != null) {
            answer.path("aggregations").path("stories").path("buckets").forEach(b -> out.put(b.path("key").asText(), b));
        }
        return out;
    }

    /** Per story id, its stored digest's headline, article count and syndication groups (not the whole digest). */
    private Map<String, JsonNode> digestHeads(Collection<StoryDoc> docs) throws IOException {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", docs.size());
        ArrayNode ids = body.putObject("query").putObject("ids").putArray("values");
        docs.forEach(d -> ids.add(d.id()));
        JsonNode answer = http.post("/" + indices.digests() + "/_search?ignore_unavailable=true"
                + "&_source_includes=headline,articleCount,digest.articles.syndicationGroup", body);
        Map<String, JsonNode> out = new HashMap<>();
        if (answer != null) {
            answer.path("hits").path("hits").forEach(h -> out.put(h.path("_id").asText(), h.path("_source")));
        }
        return out;
    }

    private static String encode(String id) {
        return java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
