package org.synoptic.digest.render;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synoptic.digest.StoryDigest;

/**
 * Reads digests written by {@link JsonDigestWriter} (contract version 1) back into records, for comparisons with a
 * later run. Unknown fields are ignored, so digests of later minor revisions of the contract read too.
 */
public final class DigestReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** Reads the stories of a digest file; fails with a message naming the file when it is not a version-1 digest. */
    public List<StoryDigest> read(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.path("stories").isArray() || root.path("version").asInt() != JsonDigestWriter.VERSION) {
            throw new IOException("not a Synoptic digest (JSON contract version " + JsonDigestWriter.VERSION + "): " + file);
        }
        List<StoryDigest> stories = new ArrayList<>();
        for (JsonNode story : root.get("stories")) {
            stories.add(MAPPER.treeToValue(story, StoryDigest.class));
        }
        return stories;
    }
}
