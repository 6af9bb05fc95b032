package org.synoptic.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One firing of a watch: a story that newly matches it, or a watched story that moved.
 *
 * @param id       unique within the watch ({@code <watch>-<n>})
 * @param watchId  the watch that fired
 * @param storyId  the story concerned
 * @param headline the story's headline when it fired
 * @param version  the story's version (its number of reports) when it fired
 * @param at       when it fired
 * @param reasons  what changed, each a short German-independent phrase: {@code new story}, {@code new reports: 2},
 *                 {@code independent sources: 2 -> 3}, {@code new fact: …}, {@code support: … 2 -> 3},
 *                 {@code new disagreement: …}, {@code new quote: …}
 */
public record Alert(String id, String watchId, String storyId, String headline, int version, Instant at,
                    List<String> reasons) {

    public Alert {
        reasons = List.copyOf(reasons);
    }
}
