package org.synoptic.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The store's in-heap catalog: every stored article's {@link ArticleHead}, the keys that recognise duplicates (URL and
 * content hash) and each story's members in arrival order. Texts are not here; see {@link ArticleReader}.
 *
 * <p>Thread-safe for reads at any time; changes are made by one writer at a time (the store's write lock). Member
 * lists are immutable and replaced when a story changes.
 */
final class StoreCatalog {

    private final Map<String, ArticleHead> heads = new ConcurrentHashMap<>();
    private final Map<String, String> byUrl = new ConcurrentHashMap<>();
    private final Map<String, String> byHash = new ConcurrentHashMap<>();
    private final Map<String, List<String>> members = new ConcurrentHashMap<>();

    Optional<ArticleHead> head(String id) {
        return Optional.ofNullable(heads.get(id));
    }

    ArticleHead get(String id) {
        return heads.get(id);
    }

    boolean contains(String id) {
        return heads.containsKey(id);
    }

    int articleCount() {
        return heads.size();
    }

    int storyCount() {
        return members.size();
    }

    /** A stored article that an incoming one duplicates, and why ({@code same URL}, {@code same content}). */
    record Original(String id, String reason) {
    }

    /** The stored article with this URL key or content hash (URL first); empty when there is none. */
    Optional<Original> original(String urlKey, String contentHash) {
        String byUrlId = urlKey == null ? null : byUrl.get(urlKey);
        if (byUrlId != null) {
            return Optional.of(new Original(byUrlId, "same URL"));
        }
        String byHashId = byHash.get(contentHash);
        return byHashId == null ? Optional.empty() : Optional.of(new Original(byHashId, "same content"));
    }

    /** The members of the story in arrival order; empty when there is no such story. */
    List<String> members(String storyId) {
        return members.getOrDefault(storyId, List.of());
    }

    Set<String> storyIds() {
        return members.keySet();
    }

    /** Adds a newly stored article at the end of its story. */
    void add(ArticleHead head) {
        heads.put(head.id(), head);
        byHash.putIfAbsent(head.contentHash(), head.id());
        if (head.urlKey() != null) {
            byUrl.putIfAbsent(head.urlKey(), head.id());
        }
        members.compute(head.storyId(), (k, ids) -> {
            List<String> grown = new ArrayList<>(ids == null ? List.of() : ids);
            grown.add(head.id());
            return List.copyOf(grown);
        });
    }

    /** Replaces an article's head, keeping its story membership (the story id must not change here). */
    void update(ArticleHead head) {
        heads.put(head.id(), head);
    }

    /**
     * Moves every member of {@code mergedId} to {@code survivorId}, in arrival order among the survivor's.
     *
     * @return the moved article ids; empty when the merged story had none here
     */
    List<String> merge(String mergedId, String survivorId) {
        List<String> gone = members.remove(mergedId);
        if (gone == null) {
            return List.of();
        }
        for (String id : gone) {
            heads.computeIfPresent(id, (k, h) -> h.withStory(survivorId));
        }
        members.compute(survivorId, (k, ids) -> {
            List<String> all = new ArrayList<>(ids == null ? List.of() : ids);
            all.addAll(gone);
            all.sort(Comparator.comparingLong(id -> heads.get(id).seq()));
            return List.copyOf(all);
        });
        return gone;
    }

    /** Removes a story and its articles with their keys; returns the removed article ids. */
    List<String> removeStory(String storyId) {
        List<String> gone = members.remove(storyId);
        if (gone == null) {
            return List.of();
        }
        for (String id : gone) {
            ArticleHead h = heads.remove(id);
            if (h != null) {
                byHash.remove(h.contentHash(), id);
                if (h.urlKey() != null) {
                    byUrl.remove(h.urlKey(), id);
                }
            }
        }
        return gone;
    }

    /** The heads of the given ids, skipping unknown ones. */
    List<ArticleHead> heads(Collection<String> ids) {
        List<ArticleHead> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            ArticleHead h = heads.get(id);
            if (h != null) {
                out.add(h);
            }
        }
        return out;
    }
}
