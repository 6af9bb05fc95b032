package org.synoptic.digest;

/**
 * Hears how far a {@link StoryPipeline#digest(java.util.List, java.util.function.Predicate, DigestProgress,
 * java.util.function.Consumer)} run has got: the fast-tier stages over all articles, then story by story the deep
 * tier (analysing the story's articles) and the digest.
 *
 * <p>Called on the thread that runs the pipeline, in this order: {@code stage(GROUPING)}, {@code stage(CLUSTERING)},
 * {@code stage(ANALYSING)}, then for every selected story {@code story(ANALYSING, …)} and {@code story(DIGESTING, …)},
 * and last {@link #finished}. Every method has an empty default, so a listener overrides only what it shows.
 * Listeners must not throw; a slow listener slows the pipeline.
 */
public interface DigestProgress {

    /** A listener that ignores everything. */
    DigestProgress NONE = new DigestProgress() {
    };

    /** The steps of the pipeline. */
    enum Stage {
        /** Syndication groups over all articles. */
        GROUPING,
        /** Story assignment over all articles. */
        CLUSTERING,
        /** The deep tier over the articles of one story. */
        ANALYSING,
        /** The digest of one story from its analysed articles. */
        DIGESTING
    }

    /**
     * A stage over the whole batch begins.
     *
     * @param stage    {@code GROUPING}, {@code CLUSTERING} or {@code ANALYSING} (the start of the per-story part)
     * @param articles the number of articles in the batch; for {@code ANALYSING}, in the selected stories
     * @param stories  the number of stories selected for a digest; {@code 0} until the stories are known
     */
    default void stage(Stage stage, int articles, int stories) {
    }

    /**
     * One story's step begins.
     *
     * @param step         {@code ANALYSING} or {@code DIGESTING}
     * @param story        the story's position among the selected stories, from 1
     * @param stories      the number of selected stories
     * @param articles     the number of articles in this story
     * @param articlesDone the articles of the earlier selected stories, all analysed and digested
     */
    default void story(Stage step, int story, int stories, int articles, int articlesDone) {
    }

    /**
     * The run is over.
     *
     * @param stories  the number of digests written
     * @param skipped  the number of stories left out by the selection
     * @param articles the number of articles in the digests written
     */
    default void finished(int stories, int skipped, int articles) {
    }
}
