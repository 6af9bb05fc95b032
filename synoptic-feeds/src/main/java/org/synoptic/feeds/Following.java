package org.synoptic.feeds;

import java.util.Objects;

/**
 * What a server follows for one store: its feeds and its watches, made together when the store opens and handed to
 * the web server. The caller closes both before the store.
 */
public record Following(FeedFollower feeds, WatchKeeper watches) {

    public Following {
        Objects.requireNonNull(feeds, "feeds");
        Objects.requireNonNull(watches, "watches");
    }
}
