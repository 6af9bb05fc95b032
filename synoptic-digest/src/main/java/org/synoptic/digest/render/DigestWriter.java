package org.synoptic.digest.render;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.synoptic.digest.StoryDigest;

/**
 * Renders story digests for people or programs.
 *
 * <p>Implementations are stateless and thread-safe; they escape all article text for their format.
 */
public interface DigestWriter {

    /**
     * Writes the digests.
     *
     * @param digests      the stories, in the order to show them
     * @param articleTexts cleaned article text by article id, for renderers that show evidence in context; may be empty
     * @param out          where to write
     */
    void write(List<StoryDigest> digests, Map<String, String> articleTexts, Appendable out) throws IOException;

    /** The writer for a format name: {@code json}, {@code markdown} (or {@code md}) or {@code html}. */
    static DigestWriter forFormat(String format) {
        return switch (format) {
            case "json" -> new JsonDigestWriter();
            case "markdown", "md" -> new MarkdownDigestWriter();
            case "html" -> new HtmlDigestWriter();
            default -> throw new IllegalArgumentException("unknown format: " + format + " (json, markdown, html)");
        };
    }
}
