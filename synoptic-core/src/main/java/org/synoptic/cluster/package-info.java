/**
 * Online, incremental story clustering: each arriving article joins the most similar active story or founds a new
 * one.
 *
 * <p>{@link org.synoptic.cluster.StoryClusterer} is the stateless, thread-safe configuration (thresholds, analyzers);
 * {@link org.synoptic.cluster.StoryIndex} is the explicit mutable state (active stories, document frequencies) that
 * a caller creates with {@link org.synoptic.cluster.StoryClusterer#newIndex()} and feeds article by article;
 * {@link org.synoptic.cluster.Story} is the immutable result of a batch.
 *
 * <p>On a stream, an index made with {@link org.synoptic.cluster.StoryClusterer#newIndex(StoryEvents)} holds only the
 * active stories: assignments, merges and cold stories leave it as {@link org.synoptic.cluster.StoryEvents} for a store
 * to keep, and its state is saved as a {@link org.synoptic.cluster.StoryIndexSnapshot} (a checkpoint) from which
 * {@link org.synoptic.cluster.StoryIndex#restore} goes on as if never interrupted.
 */
package org.synoptic.cluster;
