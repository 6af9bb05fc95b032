package org.synoptic.nlp.quote;

import java.util.IdentityHashMap;
import java.util.Map;
import org.synoptic.model.Quote;

/**
 * The candidate quotes of one article whose speaker a finder left to the sieves, each with the
 * {@link SpeakerReference} the finder read. Such a candidate carries no speaker in its {@link Quote} until
 * {@link SpeakerResolver} decides one. Keyed by identity: a candidate replaced by a copy (with its provenance) moves
 * its reference with {@link #replaced}. One instance per {@code extract} call; not thread-safe.
 */
final class DeferredSpeakers {

    private final Map<Quote, SpeakerReference> byCandidate = new IdentityHashMap<>();

    /** Records {@code candidate} as left to the sieves with {@code reference}; returns the candidate. */
    Quote defer(Quote candidate, SpeakerReference reference) {
        byCandidate.put(candidate, reference);
        return candidate;
    }

    /** The reference left for {@code candidate}, or {@code null} when its finder decided its speaker (or none). */
    SpeakerReference of(Quote candidate) {
        return byCandidate.get(candidate);
    }

    /** Whether {@code candidate}'s speaker is left to the sieves. */
    boolean has(Quote candidate) {
        return byCandidate.containsKey(candidate);
    }

    /** Moves the reference of {@code old} (if any) to its copy {@code now}; returns {@code now}. */
    Quote replaced(Quote old, Quote now) {
        SpeakerReference reference = byCandidate.remove(old);
        if (reference != null) {
            byCandidate.put(now, reference);
        }
        return now;
    }
}
