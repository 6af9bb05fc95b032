package org.synoptic.feeds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The item keys a feed has delivered, newest last, at most {@link #CAPACITY}: an item's article id (from its GUID,
 * else link, else content; see {@code FeedReader}), its URL ({@code u:}) and its content hash ({@code c:}). An item
 * with any key seen is not read again. Immutable.
 *
 * <p>Design decision: bounded, oldest forgotten first. A feed lists its newest items only; an item that leaves the
 * feed does not come back, and one that does is still recognised by the store (same URL or content).
 */
public record SeenItems(List<String> keys) {

    /** Keys kept per feed: about 1,000 items of three keys each. */
    public static final int CAPACITY = 3000;

    public SeenItems {
        keys = List.copyOf(keys);
    }

    /** No key seen. */
    public static SeenItems none() {
        return new SeenItems(List.of());
    }

    /** Whether any of {@code itemKeys} has been seen. */
    public boolean containsAny(Collection<String> itemKeys) {
        // a linear scan over at most CAPACITY keys per item would be slow for big feeds: look up in a set
        LinkedHashSet<String> set = new LinkedHashSet<>(keys);
        for (String k : itemKeys) {
            if (set.contains(k)) {
                return true;
            }
        }
        return false;
    }

    /** These keys plus {@code added}, the oldest dropped beyond {@link #CAPACITY}. */
    public SeenItems plus(Collection<String> added) {
        LinkedHashSet<String> set = new LinkedHashSet<>(keys);
        set.addAll(added);
        List<String> all = new ArrayList<>(set);
        return new SeenItems(all.size() <= CAPACITY ? all : all.subList(all.size() - CAPACITY, all.size()));
    }
}
