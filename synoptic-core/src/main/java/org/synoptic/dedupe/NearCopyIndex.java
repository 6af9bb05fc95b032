package org.synoptic.dedupe;

import java.util.Objects;
import java.util.Optional;
import org.synoptic.model.Article;

/**
 * The near-copies of a stream: for each new article, the most similar of the last {@code capacity} articles whose
 * estimated Jaccard similarity reaches the {@link SyndicationGrouper}'s threshold, the same pair rule as
 * {@link SyndicationGrouper#group} on a folder. A story index uses it so that a near-copy joins the story of the
 * report it copies, however long ago that report's story went cold.
 *
 * <p>Design decision: a ring of the last {@code capacity} signatures in one {@code int[]} and, per LSH band, an
 * open-addressing table from band key to ring slot, so that the heap holds about {@code 4 * (hashes + 4 * bands)}
 * bytes per retained article (32 kB per 1,000 with the defaults) and nothing per article beyond the ring. A slot
 * that the ring has overwritten stays in the tables until they are rebuilt (every {@code capacity} additions); a
 * lookup checks the band key of the slot's current signature, so a stale entry never yields a candidate.
 *
 * <p>Mutable and not thread-safe: one writer, as the story index it serves.
 */
public final class NearCopyIndex {

    private final MinHasher hasher;
    private final double threshold;
    private final int rowsPerBand;
    private final int bands;
    private final int hashes;
    private final int capacity;
    private final String[] ids;
    private final int[] signatures;
    /** Per band, ring slot + 1 by band key (0 = empty), linear probing; {@code mask + 1} entries each. */
    private final int[][] tables;
    private final int mask;
    /** The ring slot the next article takes. */
    private int next;
    private int size;
    private int addedSinceRebuild;
    /** Candidate slots seen in the current lookup, marked with {@link #lookup}'s number. */
    private final int[] seenIn;
    private int lookup;

    /**
     * @param grouper  the pair rule: its hasher, threshold and rows per band
     * @param capacity the number of most recent articles kept, at least 1
     */
    public NearCopyIndex(SyndicationGrouper grouper, int capacity) {
        Objects.requireNonNull(grouper, "grouper");
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.hasher = grouper.hasher();
        this.threshold = grouper.threshold();
        this.rowsPerBand = grouper.rowsPerBand();
        this.hashes = hasher.numHashes();
        this.bands = hashes / rowsPerBand;
        this.capacity = capacity;
        this.ids = new String[capacity];
        this.signatures = new int[capacity * hashes];
        // at most 2 * capacity entries between rebuilds: a table of at least 4 * capacity stays half empty
        int tableSize = Integer.highestOneBit(Math.max(4, capacity * 4 - 1)) << 1;
        this.mask = tableSize - 1;
        this.tables = new int[bands][tableSize];
        this.seenIn = new int[capacity];
    }

    /** The number of most recent articles kept. */
    public int capacity() {
        return capacity;
    }

    /** The number of articles kept now: {@code min(observed, capacity)}. */
    public int size() {
        return size;
    }

    /**
     * Records an article and returns the id of the kept article it nearly copies: the one with the highest estimated
     * Jaccard similarity at or above the threshold (the earlier one on a tie), or empty when there is none.
     *
     * @param article the next article of the stream; not {@code null}
     */
    public Optional<String> observe(Article article) {
        Objects.requireNonNull(article, "article");
        return observe(article.id(), SyndicationGrouper.signatureOf(hasher, article));
    }

    /**
     * As {@link #observe(Article)}, with the article's id and signature ({@link SyndicationGrouper#signature}) given,
     * so that the signature can be computed on another thread or machine.
     */
    public Optional<String> observe(String id, MinHashSignature signature) {
        Optional<String> original = find(signature);
        add(id, signature);
        return original;
    }

    private Optional<String> find(MinHashSignature signature) {
        if (++lookup == 0) {
            java.util.Arrays.fill(seenIn, 0);
            lookup = 1;
        }
        int best = -1;
        int bestSame = -1;
        long bestAge = Long.MAX_VALUE;
        int needed = (int) Math.ceil(threshold * hashes - 1e-9);
        for (int band = 0; band < bands; band++) {
            long key = signature.bandKey(band * rowsPerBand, (band + 1) * rowsPerBand);
            int[] table = tables[band];
            for (int pos = position(key); table[pos] != 0; pos = (pos + 1) & mask) {
                int slot = table[pos] - 1;
                if (seenIn[slot] == lookup || bandKey(slot, band) != key) {
                    continue;
                }
                seenIn[slot] = lookup;
                int same = same(slot, signature);
                long age = Math.floorMod(next - 1 - slot, capacity);
                if (same >= needed && (same > bestSame || same == bestSame && age > bestAge)) {
                    best = slot;
                    bestSame = same;
                    bestAge = age;
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(ids[best]);
    }

    private void add(String id, MinHashSignature signature) {
        int slot = next;
        ids[slot] = Objects.requireNonNull(id, "id");
        for (int i = 0; i < hashes; i++) {
            signatures[slot * hashes + i] = signature.value(i);
        }
        next = (next + 1) % capacity;
        size = Math.min(size + 1, capacity);
        if (++addedSinceRebuild > capacity) {
            rebuild();
        } else {
            insert(slot);
        }
    }

    private void insert(int slot) {
        for (int band = 0; band < bands; band++) {
            int[] table = tables[band];
            int pos = position(bandKey(slot, band));
            while (table[pos] != 0) {
                pos = (pos + 1) & mask;
            }
            table[pos] = slot + 1;
        }
    }

    /** Drops the stale entries: the tables then hold the kept slots only. */
    private void rebuild() {
        for (int[] table : tables) {
            java.util.Arrays.fill(table, 0);
        }
        for (int slot = 0; slot < size; slot++) {
            insert(slot);
        }
        addedSinceRebuild = 0;
    }

    private int position(long key) {
        return (int) (MinHasher.mix(key) & mask);
    }

    private long bandKey(int slot, int band) {
        return MinHashSignature.bandKey(signatures, slot * hashes, band * rowsPerBand, (band + 1) * rowsPerBand);
    }

    private int same(int slot, MinHashSignature signature) {
        int same = 0;
        int base = slot * hashes;
        for (int i = 0; i < hashes; i++) {
            if (signatures[base + i] == signature.value(i)) {
                same++;
            }
        }
        return same;
    }

    /**
     * Writes the kept articles (ids and signatures, oldest first) so that {@link #readFrom} gives an index that finds
     * the same near-copies for every later article: the ring is not otherwise part of a story index's checkpoint.
     * About {@code 4 * hashes} bytes plus the id per kept article.
     */
    public void writeTo(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(capacity);
        out.writeInt(hashes);
        out.writeInt(size);
        int first = size < capacity ? 0 : next;
        for (int k = 0; k < size; k++) {
            int slot = (first + k) % capacity;
            out.writeUTF(ids[slot]);
            for (int i = 0; i < hashes; i++) {
                out.writeInt(signatures[slot * hashes + i]);
            }
        }
    }

    /**
     * An index of {@code grouper}'s pair rule holding what {@link #writeTo} wrote, in the same order.
     *
     * @throws java.io.IOException when the data is cut short, or was written with another number of hashes
     */
    public static NearCopyIndex readFrom(SyndicationGrouper grouper, java.io.DataInputStream in) throws java.io.IOException {
        int capacity = in.readInt();
        int hashes = in.readInt();
        int size = in.readInt();
        NearCopyIndex index = new NearCopyIndex(grouper, capacity);
        if (hashes != index.hashes) {
            throw new java.io.IOException("near-copy ring written with " + hashes + " hashes, this rule has " + index.hashes);
        }
        int[] values = new int[hashes];
        for (int k = 0; k < size; k++) {
            String id = in.readUTF();
            for (int i = 0; i < hashes; i++) {
                values[i] = in.readInt();
            }
            index.add(id, new MinHashSignature(values));
        }
        return index;
    }
}
