package org.synoptic.feeds;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.crosslingual.NameKeys;
import org.synoptic.store.ArticleStore;
import org.synoptic.store.StoredArticle;
import org.synoptic.store.StorySummary;

/**
 * Which stories mention a watched name in any of its spellings, for the entity watches of a {@link WatchKeeper}.
 *
 * <p>Spellings meet by one fold, {@link NameKeys#key}, the one cross-lingual linking uses: "Selenskyj", "Zelensky",
 * "Selenski" and "Zelenskyy" give one key, "Schoigu" and "Shoigu" another. A story mentions a name when one of its
 * articles holds, in its title or text, a capitalised word or two adjacent capitalised words ("Wolodymyr Selenskyj")
 * whose key is the name's, or carries among the entity names its story's digest merged (the store keeps each name with
 * its variants on the article, {@link StoredArticle#entities}) one whose key, or whose last word's key, is the name's.
 * Design decision: the key fold is lossy and only joins spellings; a name of fewer than three letters has no key and is
 * matched by the keeper's search alone.
 *
 * <p>Incremental: {@link #update} reads each article once (the ids of every story are walked, the texts of new ones
 * read) and remembers only which articles mention a watched key; a key watched for the first time makes the next
 * update read every article again, and so does the first update after a restart (so saving the first watch on a
 * new name reads every stored text once, in the request that saves it). Articles the store expired are forgotten.
 * Thread-safe ({@code update} is synchronised); the store is the caller's.
 */
final class EntityMentions {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final ArticleStore store;
    private final Set<String> keys = new HashSet<>();
    private final Set<String> read = new HashSet<>();
    private final Map<String, Set<String>> keysOfArticle = new HashMap<>();

    EntityMentions(ArticleStore store) {
        this.store = store;
    }

    /** The key a watched name is matched by across spellings; empty when it has too few letters. */
    static String keyOf(String name) {
        return NameKeys.key(name);
    }

    /**
     * Reads the articles not read yet for the names whose keys are {@code watchedKeys} (empty keys are ignored).
     *
     * @return for each watched key, the ids of the stories that mention it now
     */
    synchronized Map<String, Set<String>> update(Set<String> watchedKeys) {
        Set<String> wanted = new HashSet<>(watchedKeys);
        wanted.remove("");
        if (!keys.containsAll(wanted)) { // a new name: what was read was read for other keys
            read.clear();
            keysOfArticle.clear();
        }
        keys.clear();
        keys.addAll(wanted);
        Map<String, Set<String>> stories = new HashMap<>();
        if (keys.isEmpty()) {
            return stories;
        }
        Set<String> current = new HashSet<>();
        for (StorySummary s : store.stories()) {
            current.addAll(s.articleIds());
            for (String id : s.articleIds()) {
                if (read.add(id)) {
                    store.article(id).ifPresent(a -> {
                        Set<String> found = mentioned(a);
                        if (!found.isEmpty()) {
                            keysOfArticle.put(id, found);
                        }
                    });
                }
                Set<String> found = keysOfArticle.get(id);
                if (found != null) {
                    found.stream().filter(keys::contains).forEach(k -> stories.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(s.id()));
                }
            }
        }
        if (read.size() > current.size()) { // articles expired from the store: forget them
            read.retainAll(current);
            keysOfArticle.keySet().retainAll(current);
        }
        return stories;
    }

    /** The watched keys an article mentions. */
    private Set<String> mentioned(StoredArticle stored) {
        Set<String> found = new HashSet<>();
        String title = stored.article().title();
        scan(title == null ? "" : title, found);
        scan(stored.article().text(), found);
        for (String names : stored.entities()) {
            for (String variant : names.split("\\s*\\|\\s*")) {
                String[] words = variant.strip().split("\\s+");
                note(keyOf(variant), found);
                note(keyOf(words[words.length - 1]), found);
            }
        }
        return found;
    }

    /** Notes the keys of capitalised words, alone and as adjacent pairs, that are watched. */
    private void scan(String text, Set<String> found) {
        Matcher m = WORD.matcher(text);
        int previousEnd = -1;
        String previous = null;
        while (m.find()) {
            String word = m.group();
            if (!Character.isUpperCase(word.charAt(0))) {
                previous = null;
                continue;
            }
            note(keyOf(word), found);
            if (previous != null && text.substring(previousEnd, m.start()).isBlank()) {
                note(keyOf(previous + " " + word), found);
            }
            previous = word;
            previousEnd = m.end();
        }
    }

    private void note(String key, Set<String> found) {
        if (!key.isEmpty() && keys.contains(key)) {
            found.add(key);
        }
    }
}
