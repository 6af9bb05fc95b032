package org.synoptic.store;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A string of any length, or {@code null}, in a data stream: its UTF-8 length as an int ({@code -1} for null) and its
 * bytes. {@link DataOutputStream#writeUTF} holds 64 KB at most and no null; report texts and JSON need both. Used by the
 * article heads of the store and by the stream job's assignment state.
 */
public final class NullableStrings {

    private NullableStrings() {
    }

    /** Writes {@code value}, which may be {@code null} or of any length. */
    public static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    /** Reads a string {@link #write} wrote; {@code null} where it wrote null. */
    public static String read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }
}
