package org.synoptic.feeds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoreOptions;

/**
 * The process {@link FeedKillIT} kills: follows the feeds of a list on the real clock and prints every 20 ms how many
 * feeds have their poll recorded, until it is killed.
 */
public final class FeedFollowMain {

    private FeedFollowMain() {
    }

    static FollowerOptions options() {
        return FollowerOptions.defaults().withAllowPrivate(true).withBounds(Duration.ofSeconds(1), Duration.ofSeconds(5))
                .withHostDelay(Duration.ZERO).withFullText(false);
    }

    static StoreOptions storeOptions() {
        return StoreOptions.defaults().withDebounce(Duration.ofDays(1));
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        ArticleStore store = ArticleStore.open(dir, storeOptions());
        FeedFollower follower = FeedFollower.open(store, dir, options());
        follower.subscribeAll(FeedList.read(Files.readAllBytes(Path.of(args[1]))));
        System.out.println("subscribed " + follower.feeds().size());
        follower.start();
        while (true) {
            // feeds whose poll is recorded (its state written after the store acknowledged its items)
            System.out.println("polled " + follower.feeds().stream().filter(f -> f.state().lastPoll() != null).count());
            System.out.flush();
            Thread.sleep(20);
        }
    }
}
