package org.synoptic.store;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.lucene.util.BytesRef;

/**
 * The binary form of an {@link ArticleHead} in the {@code head} doc values of an article's document: opening a store
 * reads the heads of the articles a checkpoint covers column-wise, without decompressing their texts.
 *
 * <p>Design decision: a title longer than {@value #MAX_TITLE} characters is cut (the head's title is only the story
 * list's fallback headline); the full title stays in the stored fields. Stateless and thread-safe.
 */
final class HeadCodec {

    static final int MAX_TITLE = 300;
    /** Lucene's limit for one binary doc value is a little under 32 KiB; a longer URL key is left out of the head. */
    private static final int MAX_URL_BYTES = 16_000;

    private HeadCodec() {
    }

    static BytesRef encode(ArticleHead h) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(1); // format
            write(out, h.id());
            out.writeLong(h.seq());
            out.writeLong(h.ingested().toEpochMilli());
            write(out, h.storyId());
            write(out, h.contentHash());
            String url = h.urlKey() != null && h.urlKey().getBytes(StandardCharsets.UTF_8).length > MAX_URL_BYTES
                    ? null : h.urlKey();
            write(out, url);
            String title = h.title() != null && h.title().length() > MAX_TITLE ? h.title().substring(0, MAX_TITLE) : h.title();
            write(out, title);
            write(out, h.outlet());
            write(out, h.published());
            write(out, h.language());
            out.writeInt(h.entitiesHash());
            return new BytesRef(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory: cannot happen
        }
    }

    static ArticleHead decode(BytesRef ref) {
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(ref.bytes, ref.offset, ref.length));
            int format = in.readByte();
            if (format != 1) {
                throw new IllegalStateException("unknown head format " + format);
            }
            String id = read(in);
            long seq = in.readLong();
            Instant ingested = Instant.ofEpochMilli(in.readLong());
            return new ArticleHead(id, seq, ingested, read(in), read(in), read(in), read(in), read(in), read(in),
                    read(in), in.readInt());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(DataOutputStream out, String s) throws IOException {
        NullableStrings.write(out, s);
    }

    private static String read(DataInputStream in) throws IOException {
        return NullableStrings.read(in);
    }
}
