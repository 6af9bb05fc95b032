package org.synoptic.cluster;

import java.util.Map;
import java.util.Objects;
import org.synoptic.crosslingual.ReportEvidence;

/**
 * How many reports of a background corpus in one language hold each linking key ({@link ReportEvidence} keys), for the
 * IDF of the {@link StoryLinker}: a key common in the language in general ("Montag", "Regierung") weighs little even
 * in a short batch where it happens to be rare, and the batch's own counts are added on top, so the batch's topic words
 * still weigh less.
 *
 * <p>Design decision: the counts are the caller's, never bundled. The public corpora at hand (10kGNAD, the UCI
 * headlines) carry non-commercial or unknown licences, so a deployment counts its own archive (any reports of the
 * language, read through {@link org.synoptic.crosslingual.EvidenceExtractor}); without a background the linker's IDF
 * is the batch's alone, as before.
 *
 * @param documents the number of background reports counted; at least 0
 * @param counts    key → the number of background reports holding it; immutable
 */
public record BackgroundFrequencies(int documents, Map<String, Integer> counts) {

    /** No background: IDF from the batch alone. */
    public static final BackgroundFrequencies NONE = new BackgroundFrequencies(0, Map.of());

    public BackgroundFrequencies {
        if (documents < 0) {
            throw new IllegalArgumentException("documents must not be negative: " + documents);
        }
        counts = Map.copyOf(Objects.requireNonNull(counts, "counts"));
    }

    /** The number of background reports that hold {@code key}; 0 when none does. */
    public int count(String key) {
        return counts.getOrDefault(key, 0);
    }
}
