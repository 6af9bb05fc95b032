package org.synoptic.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines at {@code \n} (a {@code \r} before it is dropped), holding at most one line of
 * at most {@code maxLineBytes} in memory: a longer line is skipped to its end and reported by its length only.
 * Lines are split on bytes, which is right for UTF-8 and the single-byte charsets; each line is decoded on its own.
 * Not thread-safe: one reader per stream.
 */
final class LineReader {

    /**
     * One line.
     *
     * @param number 1-based line number
     * @param bytes  the line without its terminator; {@code null} when it was longer than the cap
     * @param length the line's length in bytes, also when over the cap
     */
    record Line(int number, byte[] bytes, long length) {
    }

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[CHUNK];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private boolean ended;
    private int number;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or {@code null} at the end of the stream. */
    Line next() throws IOException {
        line.reset();
        long length = 0;
        boolean consumed = false;
        while (true) {
            if (position == limit) {
                if (ended || !fill()) {
                    break;
                }
            }
            consumed = true;
            int newline = -1;
            for (int i = position; i < limit; i++) {
                if (buffer[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            length += end - position;
            if (length <= maxLineBytes) {
                line.write(buffer, position, end - position);
            }
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                return line(length);
            }
        }
        return consumed ? line(length) : null;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer);
        if (n < 0) {
            ended = true;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private Line line(long length) {
        number++;
        if (length > maxLineBytes) {
            line.reset(); // what was kept of an oversize line is dropped; the buffer stays bounded by the cap
            return new Line(number, null, length);
        }
        byte[] bytes = line.toByteArray();
        int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        return new Line(number, end == bytes.length ? bytes : Arrays.copyOf(bytes, end), length);
    }
}
