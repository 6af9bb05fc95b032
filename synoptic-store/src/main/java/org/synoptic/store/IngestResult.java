package org.synoptic.store;

import java.util.List;

/**
 * What became of each article of an ingest batch, in batch order.
 *
 * @param outcomes one per article given
 */
public record IngestResult(List<Outcome> outcomes) {

    public IngestResult {
        outcomes = List.copyOf(outcomes);
    }

    /** How an article ended: stored as new, or recognised as a duplicate of a stored one. */
    public enum Status { STORED, DUPLICATE }

    /**
     * One article's end.
     *
     * @param source    the article's source as read
     * @param articleId the id under which it is stored (for a duplicate: the stored original's id)
     * @param storyId   the story it belongs to
     * @param status    stored or duplicate
     * @param reason    for a duplicate, what matched ({@code same URL} or {@code same content}); else {@code null}
     */
    public record Outcome(String source, String articleId, String storyId, Status status, String reason) {
    }

    /** The number of articles newly stored. */
    public long stored() {
        return outcomes.stream().filter(o -> o.status() == Status.STORED).count();
    }

    /** The number of articles recognised as duplicates. */
    public long duplicates() {
        return outcomes.stream().filter(o -> o.status() == Status.DUPLICATE).count();
    }
}
