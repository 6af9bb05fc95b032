package org.synoptic.stream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.cluster.StoryEvents;
import org.synoptic.cluster.StoryIndex;
import org.synoptic.cluster.StoryIndexSnapshot;
import org.synoptic.cluster.StoryLinkIndex;
import org.synoptic.dedupe.NearCopyIndex;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.model.Article;
import org.synoptic.store.ArticleKeys;
import org.synoptic.store.NullableStrings;
import org.synoptic.store.StoryLinks;

/**
 * The sequential half of story assignment and everything it must remember, as one object that is written to and read
 * from bytes (the job keeps those bytes in Flink operator state). The rules are the store's, called the same way: a
 * duplicate of a kept article (same URL key, else same content hash: {@link ArticleKeys}) is dropped; a taken id gets
 * {@code -2}, {@code -3} …; a near-copy of one of the last {@link StageSettings#RECENT} articles ({@link NearCopyIndex})
 * joins that article's current story ({@link StoryIndex#addCopy}); every other article goes to
 * {@link StoryIndex#add}. Merges move the younger story's members into the older one. A German and an English story of
 * one event are linked into one story as the store links them ({@link StoryLinks}, the clusterer's
 * {@link org.synoptic.cluster.StoryLinker} rules): a link is applied as a merge, and the index story behind the younger
 * one is shown as the older one from then on.
 *
 * <p>Held: the story index (as its {@link StoryIndexSnapshot}), the near-copy ring, and per article its story, arrival
 * number, URL key and content hash (about 150 bytes per article before compression), per story its members, version
 * and founding language; the links' aliases and evidence, and the texts of the last {@link StoryLinks#WINDOW} German
 * and English articles, from which a restored state refills the links' window (as the store refills it from its
 * stored texts).
 * The per-article maps grow with the stream as the store's catalog does; retention would prune them (not done yet).
 *
 * <p>Mutable and not thread-safe: one writer, the job's one assignment task.
 */
final class AssignmentState {

    /** 2: with links; a state of format 1 (before links) reads back with none. */
    private static final int FORMAT = 2;
    private static final com.fasterxml.jackson.databind.ObjectMapper LINKS_JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final StoryClusterer clusterer;
    private final StoryIndex index;
    private final NearCopyIndex nearCopies;
    private final Map<String, String> storyOf;
    private final Map<String, Long> seqOf;
    private final Map<String, String> byUrl;
    private final Map<String, String> byHash;
    private final Map<String, List<String>> members;
    private final Map<String, Long> versions;
    /** The language of each story's first article. */
    private final Map<String, String> languages;
    private final StoryLinks links;
    /** The last German and English articles, oldest first, for the links' window after a restore. */
    private final ArrayDeque<Article> window = new ArrayDeque<>();
    private long nextSeq;
    /** Events of the article being placed, in the index's order. */
    private final List<String[]> events = new ArrayList<>();

    private AssignmentState(StoryClusterer clusterer, StoryIndexSnapshot snapshot, NearCopyIndex nearCopies,
                            Map<String, String> storyOf, Map<String, Long> seqOf, Map<String, String> byUrl,
                            Map<String, String> byHash, Map<String, List<String>> members,
                            Map<String, Long> versions, Map<String, String> languages, long nextSeq) {
        this.clusterer = clusterer;
        StoryEvents listener = new StoryEvents() {
            @Override
            public void assigned(String articleId, String storyId) {
                events.add(new String[] {"assigned", articleId, storyId});
            }

            @Override
            public void merged(String fromStoryId, String intoStoryId) {
                events.add(new String[] {"merged", fromStoryId, intoStoryId});
            }
        };
        this.index = snapshot == null ? clusterer.newIndex(listener) : StoryIndex.restore(clusterer, snapshot, listener);
        this.nearCopies = nearCopies;
        this.storyOf = storyOf;
        this.seqOf = seqOf;
        this.byUrl = byUrl;
        this.byHash = byHash;
        this.members = members;
        this.versions = versions;
        this.languages = languages;
        this.nextSeq = nextSeq;
        this.links = new StoryLinks(clusterer, new StoryLinks.Founders() {
            @Override
            public long founded(String storyId) {
                List<String> m = members.get(storyId);
                return m == null || m.isEmpty() ? Long.MAX_VALUE : seqOf.get(m.get(0));
            }

            @Override
            public String language(String storyId) {
                return languages.get(storyId);
            }
        });
    }

    /** An empty state: no article seen. */
    static AssignmentState empty() {
        return new AssignmentState(StageSettings.clusterer(), null,
                new NearCopyIndex(StageSettings.grouper(), StageSettings.RECENT), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), 0);
    }

    /** The number of articles placed. */
    long articleCount() {
        return nextSeq;
    }

    /**
     * Places the next article in arrival order.
     *
     * @return the placement with the story updates it caused, or empty for a duplicate of a kept article
     */
    Optional<AssignedArticle> place(PreparedArticle prepared) {
        Article given = prepared.article();
        String urlKey = ArticleKeys.urlKey(given.url());
        String hash = ArticleKeys.contentHash(given);
        if (urlKey != null && byUrl.containsKey(urlKey) || byHash.containsKey(hash)) {
            return Optional.empty();
        }
        Article article = ArticleKeys.uniqueId(given, storyOf::containsKey);
        PreparedArticle placed = article == given ? prepared : prepared.withId(article.id());
        long seq = nextSeq++;
        seqOf.put(article.id(), seq);
        events.clear();
        Optional<String> original = nearCopies.observe(article.id(), prepared.signature()).filter(storyOf::containsKey);
        String indexStoryId = original.isPresent()
                ? index.addCopy(article, prepared.vector(),
                        links.indexStoryOf(storyOf.get(original.get()), article.language()))
                : index.add(article, prepared.vector());
        if (urlKey != null) {
            byUrl.putIfAbsent(urlKey, article.id());
        }
        byHash.putIfAbsent(hash, article.id());
        List<StoryUpdate> updates = new ArrayList<>();
        List<String> mergedInto = new ArrayList<>();
        List<String> movedIds = new ArrayList<>();
        List<String> movedTo = new ArrayList<>();
        List<StoryLinks.Merge> merges = new ArrayList<>();
        for (String[] e : events) {
            if (e[0].equals("assigned")) {
                String shown = links.resolve(e[2]);
                storyOf.put(e[1], shown);
                members.computeIfAbsent(shown, k -> new ArrayList<>()).add(e[1]);
                languages.putIfAbsent(shown, article.language());
            } else {
                links.indexMerged(e[1], e[2]).ifPresent(merges::add);
            }
        }
        if (StoryLinkIndex.reads(article.language())) {
            links.place(article, links.resolve(indexStoryId)).ifPresent(merges::add);
            window.addLast(article);
            if (window.size() > StoryLinks.WINDOW) {
                window.removeFirst();
            }
        }
        for (StoryLinks.Merge m : merges) {
            String from = m.fromStoryId();
            String into = m.intoStoryId();
            List<String> moved = members.remove(from);
            moved = moved == null ? List.of() : moved;
            for (String id : moved) {
                storyOf.put(id, into);
                if (!id.equals(article.id())) {
                    movedIds.add(id);
                    movedTo.add(into);
                }
            }
            members.put(into, inArrivalOrder(members.getOrDefault(into, List.of()), moved));
            languages.remove(from);
            updates.add(new StoryUpdate(from, bump(from), "merged", article.id(), new String[0], new String[0], into, seq));
            mergedInto.add(from);
        }
        String storyId = links.resolve(indexStoryId);
        List<String> mine = members.get(storyId);
        String change = !mergedInto.isEmpty() ? "absorbed" : mine.size() == 1 ? "founded" : "grew";
        StoryUpdate update = new StoryUpdate(storyId, bump(storyId), change, article.id(), mine.toArray(String[]::new),
                mergedInto.toArray(String[]::new), null, seq);
        List<org.synoptic.cluster.StoryLink> linked = links.links(storyId);
        if (!linked.isEmpty()) {
            try {
                update.links = LINKS_JSON.writeValueAsString(linked);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("story links cannot be written as JSON", e);
            }
        }
        updates.add(update);
        AssignedArticle out = new AssignedArticle();
        out.article = placed;
        out.storyId = storyId;
        out.seq = seq;
        out.updates = updates.toArray(StoryUpdate[]::new);
        out.movedIds = movedIds.toArray(String[]::new);
        out.movedTo = movedTo.toArray(String[]::new);
        return Optional.of(out);
    }

    /** Every story's members in arrival order, by story id: what the job has placed so far. */
    Map<String, List<String>> stories() {
        return Map.copyOf(members);
    }

    private long bump(String storyId) {
        return versions.merge(storyId, 1L, Long::sum);
    }

    private List<String> inArrivalOrder(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j >= b.size() || i < a.size() && seqOf.get(a.get(i)) <= seqOf.get(b.get(j))) {
                all.add(a.get(i++));
            } else {
                all.add(b.get(j++));
            }
        }
        return all;
    }

    /** The whole state as gzip bytes; {@link #readFrom} gives a state that places later articles the same way. */
    byte[] toBytes() throws IOException {
        ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        index.snapshot().writeTo(snapshot);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(buffer, 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeLong(nextSeq);
            byte[] s = snapshot.toByteArray();
            out.writeInt(s.length);
            out.write(s);
            nearCopies.writeTo(out);
            out.writeInt(storyOf.size());
            for (Map.Entry<String, String> e : storyOf.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
                out.writeLong(seqOf.get(e.getKey()));
            }
            writeMap(out, byUrl);
            writeMap(out, byHash);
            out.writeInt(members.size());
            for (Map.Entry<String, List<String>> e : members.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (String id : e.getValue()) {
                    out.writeUTF(id);
                }
            }
            out.writeInt(versions.size());
            for (Map.Entry<String, Long> e : versions.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeLong(e.getValue());
            }
            writeMap(out, languages);
            NullableStrings.write(out, links.encode());
            out.writeInt(window.size());
            for (Article a : window) {
                out.writeUTF(a.id());
                NullableStrings.write(out, a.source());
                NullableStrings.write(out, a.url());
                NullableStrings.write(out, a.title());
                NullableStrings.write(out, a.text());
                NullableStrings.write(out, a.outlet());
                NullableStrings.write(out, a.published());
                NullableStrings.write(out, a.language());
            }
        }
        return buffer.toByteArray();
    }

    /** The state {@link #toBytes} wrote. */
    static AssignmentState readFrom(byte[] bytes) throws IOException {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes), 1 << 16))) {
            int format = in.readInt();
            if (format != FORMAT && format != 1) {
                throw new IOException("unknown assignment state format " + format);
            }
            long nextSeq = in.readLong();
            byte[] s = new byte[in.readInt()];
            in.readFully(s);
            StoryIndexSnapshot snapshot = StoryIndexSnapshot.readFrom(new ByteArrayInputStream(s));
            SyndicationGrouper grouper = StageSettings.grouper();
            NearCopyIndex nearCopies = NearCopyIndex.readFrom(grouper, in);
            int n = in.readInt();
            Map<String, String> storyOf = new HashMap<>(n * 2);
            Map<String, Long> seqOf = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                String id = in.readUTF();
                storyOf.put(id, in.readUTF());
                seqOf.put(id, in.readLong());
            }
            Map<String, String> byUrl = readMap(in);
            Map<String, String> byHash = readMap(in);
            int m = in.readInt();
            Map<String, List<String>> members = new HashMap<>(m * 2);
            for (int i = 0; i < m; i++) {
                String story = in.readUTF();
                int k = in.readInt();
                List<String> ids = new ArrayList<>(k);
                for (int j = 0; j < k; j++) {
                    ids.add(in.readUTF());
                }
                members.put(story, ids);
            }
            int v = in.readInt();
            Map<String, Long> versions = new HashMap<>(v * 2);
            for (int i = 0; i < v; i++) {
                versions.put(in.readUTF(), in.readLong());
            }
            Map<String, String> languages = format == 1 ? new HashMap<>() : readMap(in);
            AssignmentState state = new AssignmentState(StageSettings.clusterer(), snapshot, nearCopies, storyOf, seqOf,
                    byUrl, byHash, members, versions, languages, nextSeq);
            if (format == 1) {
                return state; // written before links: none are restored, the window starts empty
            }
            state.links.restore(NullableStrings.read(in));
            int w = in.readInt();
            for (int i = 0; i < w; i++) {
                String id = in.readUTF();
                Article a = new Article(id, NullableStrings.read(in), NullableStrings.read(in), NullableStrings.read(in), NullableStrings.read(in), NullableStrings.read(in), null,
                        NullableStrings.read(in), NullableStrings.read(in), null);
                state.window.addLast(a);
                String story = storyOf.get(id);
                if (story != null) {
                    state.links.remember(a, story);
                }
            }
            return state;
        }
    }

    private static void writeMap(DataOutputStream out, Map<String, String> map) throws IOException {
        out.writeInt(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            out.writeUTF(e.getKey());
            out.writeUTF(e.getValue());
        }
    }

    private static Map<String, String> readMap(DataInputStream in) throws IOException {
        int n = in.readInt();
        Map<String, String> map = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            map.put(in.readUTF(), in.readUTF());
        }
        return map;
    }
}
