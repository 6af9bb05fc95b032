/**
 * Near-duplicate detection for syndicated copies (agency reports reprinted with small edits).
 *
 * <p>{@link org.synoptic.dedupe.MinHasher} turns a text into a {@link org.synoptic.dedupe.MinHashSignature} over
 * word shingles; {@link org.synoptic.dedupe.SyndicationGrouper} finds candidate pairs by LSH banding and groups
 * pairs whose estimated Jaccard similarity reaches its threshold, transitively. All types here are immutable and
 * thread-safe.
 */
package org.synoptic.dedupe;
