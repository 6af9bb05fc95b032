package org.synoptic.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.synoptic.digest.StoryDigest;
import org.synoptic.text.RecurringSentences;

/**
 * The deep tier's side of an {@link ArticleStore}: serves a story's digest from {@link StoredDigests}, queues the
 * stale ones with the {@link DigestScheduler}, and computes one with the store's
 * {@link org.synoptic.digest.StoryDigester} on a scheduler thread (or, for {@link #digest(String)}, on the caller's).
 *
 * <p>It reads the store's current catalog and articles through the store, since a failed write replaces them
 * (see {@code ArticleStore.resetToLastCommit}). Thread-safe: digests of one story are serialised by the scheduler,
 * and {@link StoredDigests#put} keeps the newest version when two computations race.
 */
final class StoreDigests {

    private final ArticleStore store;
    private final StoredDigests storedDigests;
    private final DigestScheduler scheduler;
    private final StoreOptions options;

    StoreDigests(ArticleStore store, StoredDigests storedDigests, DigestScheduler scheduler, StoreOptions options) {
        this.store = store;
        this.storedDigests = storedDigests;
        this.scheduler = scheduler;
        this.options = options;
    }

    /**
     * The story's digest, the current version when stored; else the latest stored version while the current one is
     * computed in the background; else computed now (the first request of a story without one waits for it).
     */
    Optional<VersionedDigest> digest(String storyId) {
        List<String> ids = store.catalog().members(storyId);
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        Optional<VersionedDigest> stored = digestIfStored(storyId);
        return stored.isPresent() ? stored : Optional.of(computeDigest(storyId));
    }

    /**
     * The story's digest within a time budget, for requests that must answer promptly: the current version when
     * stored; else the latest stored version, at once, while the current one is computed in the background (the
     * caller tells it is stale by {@link VersionedDigest#version()} against the story's); else the story is digested
     * on demand, before the background queue ({@link DigestScheduler#urgent}), and this waits for it at most
     * {@code budget}. The computation never runs on the caller's thread, and it goes on when the budget has run out,
     * so the next request finds it stored; concurrent requests for one story share it.
     *
     * @return the digest, or empty for an unknown story
     * @throws DigestPendingException when no version is stored and none was computed within {@code budget}, or the
     *                                deep tier already has too many stories to digest on demand
     * @throws IllegalStateException  when the story's digest failed or the store closed meanwhile
     */
    Optional<VersionedDigest> digest(String storyId, Duration budget) {
        if (store.catalog().members(storyId).isEmpty()) {
            return Optional.empty();
        }
        Optional<VersionedDigest> stored = digestIfStored(storyId);
        if (stored.isPresent()) {
            return stored;
        }
        scheduler.awaitUrgent(storyId, budget);
        stored = digestIfStored(storyId);
        if (stored.isEmpty() && !store.catalog().members(storyId).isEmpty()) { // shed or failed while it waited
            throw new DigestPendingException(storyId, budget, false, "the digest of story " + storyId + " is being computed");
        }
        return stored; // empty when the story was merged away meanwhile
    }

    /** The stored digest of a known story; when it is stale, the current one is queued (again, if it was shed). */
    private Optional<VersionedDigest> digestIfStored(String storyId) {
        Optional<VersionedDigest> stored = storedDigests.digest(storyId);
        if (stored.isPresent() && stored.get().version() < store.catalog().members(storyId).size()) {
            scheduler.due(storyId);
        }
        return stored;
    }

    /** Computes the story's digest unless its stored one is current: the scheduler's work for one story. */
    void digestIfStale(String storyId) {
        List<String> ids = store.catalog().members(storyId);
        if (!ids.isEmpty() && storedDigests.head(storyId).map(h -> h.version() < ids.size()).orElse(true)) {
            computeDigest(storyId);
        }
    }

    private VersionedDigest computeDigest(String storyId) {
        List<String> ids = store.catalog().members(storyId);
        RecurringSentences learned = store.learnedBoilerplate();
        StoryDigest digest = options.digester().withRecurring(learned)
                .digest(storyId, store.reader().articles(ids), storedDigests.analyses(learned));
        try {
            VersionedDigest computed = new VersionedDigest(digest, ids.size());
            VersionedDigest kept = storedDigests.put(storyId, computed);
            storedDigests.commit();
            store.digestStored();
            if (kept == computed) {
                store.writeEntities(ids, digest);
            }
            return kept;
        } catch (org.apache.lucene.store.AlreadyClosedException e) {
            throw new IllegalStateException("the store is closed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
