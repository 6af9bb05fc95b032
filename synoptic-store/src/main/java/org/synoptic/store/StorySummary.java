package org.synoptic.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A story as listed: what the story list, the stories API and the Atom feed show.
 *
 * @param id                 the stable story id
 * @param headline           the digest's headline, or the founding article's title until the digest is computed
 * @param articles           the number of member articles; also the story's version
 * @param independentSources syndication groups among the members (copies of one wire story count once)
 * @param outlets            the members' outlets, distinct, in arrival order
 * @param updated            when the store took in the story's latest article
 * @param latestPublished    the latest publication date among the members, or {@code null}
 * @param language           the language of the founding article
 * @param articleIds         the member article ids in arrival order
 */
public record StorySummary(String id, String headline, int articles, int independentSources, List<String> outlets,
                           Instant updated, String latestPublished, String language, List<String> articleIds) {

    public StorySummary {
        Objects.requireNonNull(id, "id");
        outlets = List.copyOf(outlets);
        articleIds = List.copyOf(articleIds);
    }

    /** The story's version: the number of its articles, growing by one with each article that joins. */
    public int version() {
        return articles;
    }
}
