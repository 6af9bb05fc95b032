/**
 * Online, incremental story clustering: each arriving article joins the most similar active story or founds a new
 * one.
 *
 * <p>{@link org.synoptic.cluster.StoryClusterer} is the stateless, thread-safe configuration (thresholds, analyzers);
 * {@link org.synoptic.cluster.StoryIndex} is the explicit mutable state (active stories, document frequencies) that
 * a caller creates with {@link org.synoptic.cluster.StoryClusterer#newIndex()} and feeds article by article;
 * {@link org.synoptic.cluster.Story} is the immutable result.
 */
package org.synoptic.cluster;
