package org.synoptic.nlp.quote;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Spliterator;
import org.synoptic.model.EntityMention;

/**
 * The entity mentions of one article as an unmodifiable list in their given order, with an index by start and by end
 * offset: {@link #startingAt(int)} and {@link #endingAt(int)} answer what a scan of the list in order would find
 * first, without the scan. Built once per article by {@link ArticleContext}; immutable and thread-safe.
 */
public final class MentionIndex extends AbstractList<EntityMention> implements RandomAccess {

    private final List<EntityMention> mentions;
    private final Map<Integer, EntityMention> byStart = new HashMap<>();
    private final Map<Integer, EntityMention> byEnd = new HashMap<>();

    /** The index of {@code mentions}, kept in their order. */
    public MentionIndex(List<EntityMention> mentions) {
        this.mentions = List.copyOf(mentions);
        for (EntityMention e : this.mentions) {
            byStart.putIfAbsent(e.start(), e);
            byEnd.putIfAbsent(e.end(), e);
        }
    }

    /** The first mention (in list order) starting at {@code offset}, or {@code null}. */
    public EntityMention startingAt(int offset) {
        return byStart.get(offset);
    }

    /** The first mention (in list order) ending at {@code offset}, or {@code null}. */
    public EntityMention endingAt(int offset) {
        return byEnd.get(offset);
    }

    @Override
    public Iterator<EntityMention> iterator() {
        return mentions.iterator(); // the rules scan the list often: no AbstractList iterator in between
    }

    @Override
    public Spliterator<EntityMention> spliterator() {
        return mentions.spliterator();
    }

    @Override
    public EntityMention get(int index) {
        return mentions.get(index);
    }

    @Override
    public int size() {
        return mentions.size();
    }
}
