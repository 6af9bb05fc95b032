package org.synoptic.store;

import java.util.Objects;
import org.synoptic.digest.StoryDigest;

/**
 * A story's digest and the story version it was computed for (the number of articles the story had then).
 * A digest whose version is below the story's is stale: it is served while the fresh one is computed.
 */
public record VersionedDigest(StoryDigest digest, int version) {

    public VersionedDigest {
        Objects.requireNonNull(digest, "digest");
    }
}
