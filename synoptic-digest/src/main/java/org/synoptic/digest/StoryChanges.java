package org.synoptic.digest;

import java.util.List;

/**
 * What changed in a story between an earlier digest and the current one.
 *
 * @param storyId                the story's stable id
 * @param isNew                  whether the earlier digests had no story with this id
 * @param newArticles            ids of the articles added since
 * @param newFacts               texts of the facts that were not there before
 * @param supportChanges         facts whose independent support changed
 * @param newDisagreements       what the new disagreements are about
 * @param resolvedDisagreements  what the disagreements that are gone were about
 * @param newQuotes              the quotes that were not there before, as "speaker: text"
 */
public record StoryChanges(String storyId, boolean isNew, List<String> newArticles, List<String> newFacts,
                           List<SupportChange> supportChanges, List<String> newDisagreements,
                           List<String> resolvedDisagreements, List<String> newQuotes) {

    /** Changes without quotes. */
    public StoryChanges(String storyId, boolean isNew, List<String> newArticles, List<String> newFacts,
                        List<SupportChange> supportChanges, List<String> newDisagreements,
                        List<String> resolvedDisagreements) {
        this(storyId, isNew, newArticles, newFacts, supportChanges, newDisagreements, resolvedDisagreements, List.of());
    }

    public StoryChanges {
        newQuotes = List.copyOf(newQuotes);
        newArticles = List.copyOf(newArticles);
        newFacts = List.copyOf(newFacts);
        supportChanges = List.copyOf(supportChanges);
        newDisagreements = List.copyOf(newDisagreements);
        resolvedDisagreements = List.copyOf(resolvedDisagreements);
    }

    /** A fact whose count of independent sources went from {@code before} to {@code after}. */
    public record SupportChange(String fact, int before, int after) {
    }

    /** Whether anything changed. */
    public boolean isEmpty() {
        return !isNew && newArticles.isEmpty() && newFacts.isEmpty() && supportChanges.isEmpty()
                && newDisagreements.isEmpty() && resolvedDisagreements.isEmpty() && newQuotes.isEmpty();
    }
}
