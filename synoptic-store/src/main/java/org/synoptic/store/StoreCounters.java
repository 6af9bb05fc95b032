package org.synoptic.store;

/**
 * Counters of an {@link ArticleStore} since it was opened ({@link ArticleStore#counters()}).
 *
 * @param stored          articles newly stored
 * @param duplicates      articles recognised as already stored
 * @param digests         digests computed
 * @param pendingDigests  stories waiting for a digest now
 * @param commits         commits of the article index (fewer than batches when commits were grouped)
 * @param failedWrites    writes that failed and reset the store to its last commit
 * @param nearCopies      articles placed in the story of the recent report they nearly copy (replay included)
 * @param runningDigests  digests being computed now
 * @param shedDigests     stories dropped from the full digest queue ({@link StoreOptions#maxPendingDigests}); their
 *                        digest stays stale until they grow or are read
 * @param refusedDigests  requests for a digest on demand refused because too many waited on demand
 * @param failedDigests   digests that failed
 * @param coalescedGrowths growths of a story already waiting for its digest, which cost no digest of their own
 */
public record StoreCounters(long stored, long duplicates, long digests, int pendingDigests, long commits,
                            long failedWrites, long nearCopies, int runningDigests, long shedDigests, long refusedDigests,
                            long failedDigests, long coalescedGrowths) {

    /** Counters without the digest queue's (a store without background digests). */
    public StoreCounters(long stored, long duplicates, long digests, int pendingDigests, long commits, long failedWrites,
                         long nearCopies) {
        this(stored, duplicates, digests, pendingDigests, commits, failedWrites, nearCopies, 0, 0, 0, 0, 0);
    }
}
