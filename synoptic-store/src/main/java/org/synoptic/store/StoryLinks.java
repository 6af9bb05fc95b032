package org.synoptic.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.cluster.StoryLink;
import org.synoptic.cluster.StoryLinkIndex;
import org.synoptic.model.Article;

/**
 * The store's links between German and English stories: which story of the {@link StoryIndex} (one language each) is
 * shown as which store story, and the evidence of each link. The decisions are {@link StoryLinkIndex}'s, with the
 * clusterer's {@link org.synoptic.cluster.StoryLinker} rules, made as each article is placed; a link is applied as a
 * merge is (the younger story's articles move to the story founded first, {@link MergeLog}).
 *
 * <p>An index story linked into another store story stays a story of the index (an English report still joins the
 * English centroid), so the store keeps an alias: index story id → store story id. The index's own merges are
 * translated through the aliases ({@link #indexMerged}). Catalog, documents and digests know store story ids only.
 *
 * <p><b>Persistence.</b> The aliases and the links' evidence travel in every commit of the article index as commit
 * data ({@link #COMMIT_KEY}, JSON), so they are always consistent with the documents' story ids, whatever checkpoint is
 * restored. Opening a store with a checkpoint restores them and replays the articles after the checkpoint, whose links
 * are then found already made; a full replay (no checkpoint) starts without links and finds them again. The window of
 * recent reports is not kept: opening refills it from the stored texts of the newest {@link #WINDOW} articles, as the
 * near-copy ring is refilled.
 *
 * <p>The store and the stream job's assignment ({@code org.synoptic.stream.AssignmentState}) both link through this
 * class; each tells it when its stories were founded and in which language ({@link Founders}).
 *
 * <p>Mutable by one writer (the store's write lock, or the replay); {@link #links} and {@link #resolve} may be read by
 * any thread.
 */
public final class StoryLinks {

    /** The key of the links in the article index's commit data. */
    static final String COMMIT_KEY = "synoptic.links";
    /** German and English reports the link window keeps: about four hours of a newsroom's intake. */
    public static final int WINDOW = 4_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Where an index story is shown: the store story and the index story's language. */
    record Alias(String storyId, String language) {
    }

    /** Two shown stories made one: {@code fromStoryId}'s reports now belong to {@code intoStoryId}. */
    public record Merge(String fromStoryId, String intoStoryId) {
    }

    /** What the caller knows of its shown stories: when each was founded, and in which language. */
    public interface Founders {
        /** The arrival number of the story's first report; {@link Long#MAX_VALUE} for a story not yet recorded. */
        long founded(String storyId);

        /** The language of the story's first report; {@code null} for a story not yet recorded. */
        String language(String storyId);
    }

    /** The persisted form. */
    record State(Map<String, Alias> aliases, Map<String, List<StoryLink>> links) {
    }

    private final Founders founders;
    private final StoryLinkIndex window;
    private final Map<String, Alias> aliases = new ConcurrentHashMap<>();
    private final Map<String, List<StoryLink>> links = new ConcurrentHashMap<>();

    StoryLinks(StoryClusterer clusterer, StoreCatalog catalog) {
        this(clusterer, new Founders() {
            @Override
            public long founded(String storyId) {
                List<String> members = catalog.members(storyId);
                return members.isEmpty() ? Long.MAX_VALUE : catalog.get(members.get(0)).seq();
            }

            @Override
            public String language(String storyId) {
                List<String> members = catalog.members(storyId);
                return members.isEmpty() ? null : catalog.get(members.get(0)).language();
            }
        });
    }

    /** Links for a caller that keeps its own stories, with the clusterer's linking rules. */
    public StoryLinks(StoryClusterer clusterer, Founders founders) {
        this.founders = java.util.Objects.requireNonNull(founders, "founders");
        this.window = new StoryLinkIndex(clusterer.linker(), WINDOW);
    }

    /** Takes over the links of a commit ({@link #encode}); an unreadable value is logged and gives no links. */
    public void restore(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        try {
            State state = JSON.readValue(encoded, new TypeReference<State>() { });
            aliases.putAll(state.aliases());
            state.links().forEach((id, l) -> {
                links.put(id, List.copyOf(l));
                window.markLinked(id);
            });
            state.aliases().values().forEach(a -> window.markLinked(a.storyId()));
        } catch (JsonProcessingException | RuntimeException e) {
            System.getLogger(StoryLinks.class.getName()).log(System.Logger.Level.WARNING,
                    "story links in the commit do not read back; stories are linked anew from here on", e);
        }
    }

    /** The links as commit data: aliases and evidence, JSON, keys sorted. */
    public String encode() {
        try {
            return JSON.writeValueAsString(new State(new TreeMap<>(aliases), new TreeMap<>(links)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("story links cannot be written as JSON", e);
        }
    }

    /** The store story that shows an index story. */
    public String resolve(String indexStoryId) {
        Alias a = aliases.get(indexStoryId);
        return a == null ? indexStoryId : a.storyId();
    }

    /** The stories of another language linked into a store story, with their evidence; empty when none. */
    public List<StoryLink> links(String storyId) {
        return links.getOrDefault(storyId, List.of());
    }

    /**
     * The index story that holds a store story's reports of {@code language}, for a near-copy that must join its
     * original's story in the index: the store story itself unless it was founded in another language and a story of
     * this language was linked into it.
     */
    public String indexStoryOf(String storyId, String language) {
        String founder = founderLanguage(storyId);
        if (founder == null || founder.equals(language)) {
            return storyId;
        }
        return aliases.entrySet().stream()
                .filter(e -> e.getValue().storyId().equals(storyId) && e.getValue().language().equals(language))
                .map(Map.Entry::getKey).sorted().findFirst().orElse(storyId);
    }

    /**
     * The index merged {@code fromIndexId} into {@code intoIndexId}: the store merge that follows, if the two are not
     * one store story already. With no link involved it is the index's merge; else the store story founded first
     * survives.
     */
    public Optional<Merge> indexMerged(String fromIndexId, String intoIndexId) {
        String a = resolve(fromIndexId);
        String b = resolve(intoIndexId);
        if (a.equals(b)) {
            return Optional.empty();
        }
        boolean plain = a.equals(fromIndexId) && b.equals(intoIndexId);
        String survivor = plain || founded(b) <= founded(a) ? b : a;
        String loser = survivor.equals(b) ? a : b;
        // the index story behind the loser lives on (unless the index merged it away): its reports go to the survivor
        join(loser, survivor, !loser.equals(fromIndexId));
        return Optional.of(new Merge(loser, survivor));
    }

    /**
     * Records an article placed in store story {@code storyId} and, when that story now links to a story of the other
     * language, joins them.
     *
     * @return the store merge the link makes, if any
     */
    public Optional<Merge> place(Article article, String storyId) {
        Optional<StoryLinkIndex.Join> join = window.place(article, storyId, this::founded);
        if (join.isEmpty()) {
            return Optional.empty();
        }
        StoryLinkIndex.Join j = join.get();
        List<StoryLink> grown = new ArrayList<>(links(j.intoStoryId()));
        grown.addAll(links(j.fromStoryId()));
        grown.add(j.link());
        links.put(j.intoStoryId(), List.copyOf(grown));
        links.remove(j.fromStoryId());
        alias(j.fromStoryId(), j.intoStoryId(), j.link().language());
        return Optional.of(new Merge(j.fromStoryId(), j.intoStoryId()));
    }

    /** Records a stored article (at open, from the checkpoint's side) in the window, deciding nothing. */
    public void remember(Article article, String storyId) {
        window.remember(article, storyId);
    }

    /**
     * A store story leaves (retention): its links and aliases go, and the index stories behind it are returned, for
     * the caller to retire them from the index.
     */
    public List<String> retire(String storyId) {
        List<String> indexIds = new ArrayList<>();
        indexIds.add(storyId);
        aliases.entrySet().removeIf(e -> {
            if (e.getValue().storyId().equals(storyId)) {
                indexIds.add(e.getKey());
                return true;
            }
            return false;
        });
        links.remove(storyId);
        window.retire(storyId);
        return indexIds;
    }

    private void join(String loser, String survivor, boolean aliasLoser) {
        List<StoryLink> moved = links.remove(loser);
        if (moved != null) {
            List<StoryLink> grown = new ArrayList<>(links(survivor));
            grown.addAll(moved);
            links.put(survivor, List.copyOf(grown));
        }
        window.merged(loser, survivor);
        alias(loser, survivor, aliasLoser ? founderLanguage(loser) : null);
    }

    /**
     * Points every index story shown as the loser to the survivor, and the loser's own index story too when it lives
     * on ({@code language} not null: the language of the loser's index story).
     */
    private void alias(String loser, String survivor, String language) {
        aliases.replaceAll((k, a) -> a.storyId().equals(loser) ? new Alias(survivor, a.language()) : a);
        if (language != null) {
            aliases.put(loser, new Alias(survivor, language));
        }
    }

    /** The arrival number of a story's first article; a story not yet recorded was founded last. */
    private long founded(String storyId) {
        return founders.founded(storyId);
    }

    private String founderLanguage(String storyId) {
        return founders.language(storyId);
    }
}
