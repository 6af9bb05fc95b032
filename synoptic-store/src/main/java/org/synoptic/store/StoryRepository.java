package org.synoptic.store;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.synoptic.model.ArticleAnalysis;

/**
 * The stories, digests and articles of one deployment as the server reads them: the story list, a story with its
 * digest, articles, search with facets, "more like this" and counts. The server reads only through this interface.
 *
 * <p>Two implementations: {@link ArticleStore}, the single-JVM Lucene store (which also writes: ingest, feeds,
 * retention), and {@code org.synoptic.store.opensearch.OpenSearchRepository}, which reads the indices the distributed
 * job ({@code synoptic-stream}) writes and takes no writes.
 *
 * <p>Contract shared by both: ids are the article and story ids the fast tier gave; a story's version is its number of
 * articles; a {@link VersionedDigest}'s version is the number of articles its story had when it was built; lists are
 * snapshots. Unknown ids give empty results, never an exception. Implementations are thread-safe.
 */
public interface StoryRepository {

    /** Every story, the most recently updated first, then the larger first; a snapshot. */
    List<StorySummary> stories();

    /** The story with this id, summarised; empty when unknown. */
    Optional<StorySummary> story(String id);

    /**
     * The story's digest for the reader: the latest stored one, else one built now from its members (a story the deep
     * tier has not reached yet, such as a one-report story); empty for an unknown story.
     */
    Optional<VersionedDigest> digest(String storyId);

    /**
     * The story's digest for a request that waits at most {@code budget}: a stored one at once, else one built within
     * the budget; the default builds it as {@link #digest(String)} does.
     *
     * @throws DigestPendingException when the digest is not ready within the budget (it goes on being built)
     */
    default Optional<VersionedDigest> digest(String storyId, java.time.Duration budget) {
        return digest(storyId);
    }

    /**
     * The story's links across languages with their evidence (names, numbers, terms), oldest first; empty where the
     * repository links none (the default).
     */
    default List<org.synoptic.cluster.StoryLink> links(String storyId) {
        return List.of();
    }

    /** The story's latest stored digest, never built here (for lists); empty while none is stored. */
    Optional<VersionedDigest> storedDigest(String storyId);

    /** The story's stored digest as it stood at {@code version} reports (the latest built for at most that many). */
    Optional<VersionedDigest> digestAt(String storyId, int version);

    /** The cleaned texts of a story's articles by id, in arrival order, for renderers that show evidence in context. */
    Map<String, String> texts(String storyId);

    /** The stored article with this id. */
    Optional<StoredArticle> article(String id);

    /** The deep tier's stored analysis of an article; empty when none is stored. Never runs the models. */
    Optional<ArticleAnalysis> analysis(String articleId);

    /**
     * Asks for the analysis of the article's story in the background; false when the article is unknown or this
     * repository computes no analyses (then none will come).
     */
    boolean requestAnalysis(String articleId);

    /**
     * Searches the articles: the query in Lucene's classic syntax, the request's filters, facets over all matches.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    SearchResult search(SearchRequest request) throws IOException;

    /**
     * The stories of the best {@code maxArticles} articles matching a query, best first.
     *
     * @throws IllegalArgumentException when the query cannot be parsed
     */
    Set<String> storiesMatching(String query, int maxArticles) throws IOException;

    /** Up to {@code n} articles most like the given one, the most similar first; empty for an unknown id. */
    List<SearchResult.Hit> similar(String articleId, int n) throws IOException;

    /** The number of stored articles. */
    long articleCount();

    /** The number of stories. */
    int storyCount();

    /** Stories waiting for their digest now (0 where the digests are built elsewhere). */
    int pendingDigests();

    /** Why writes fail now; empty while writing works, and always for a repository that takes no writes. */
    Optional<String> writeProblem();
}
