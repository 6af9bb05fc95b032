package org.synoptic.feeds;

import java.util.Objects;

/**
 * A subscription with its polling state and the items it has delivered: the unit {@link SubscriptionFiles} keeps
 * in one file. Immutable.
 */
public record FollowedFeed(Subscription subscription, PollState state, SeenItems seen) {

    public FollowedFeed {
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(seen, "seen");
    }

    /** The subscription's id. */
    public String id() {
        return subscription.id();
    }

    public FollowedFeed with(Subscription newSubscription) {
        return new FollowedFeed(newSubscription, state, seen);
    }

    public FollowedFeed with(PollState newState) {
        return new FollowedFeed(subscription, newState, seen);
    }
}
