package org.synoptic.stream;

/**
 * An article the story assignment placed: the article (its final id), its story, its arrival number, and the story
 * updates that placing it caused (its own story's, and those of stories merged away). Duplicates of kept articles are
 * not assigned and produce none.
 */
public class AssignedArticle {
    public PreparedArticle article;
    public String storyId;
    public long seq;
    public StoryUpdate[] updates;
    /** Articles that moved into another story by a merge this article caused: ids and their new story, pairwise. */
    public String[] movedIds;
    public String[] movedTo;

    public AssignedArticle() {
    }
}
