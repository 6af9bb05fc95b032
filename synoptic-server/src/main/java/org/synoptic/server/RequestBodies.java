package org.synoptic.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a request body up to a cap, for every route that takes one. A body over the cap is answered with 413; the
 * excess is read and dropped first, up to {@value #MAX_DRAINED} bytes, so that the client, still sending, reads the
 * answer instead of a reset connection (a body larger still is not read: the connection is closed on it). Stateless.
 */
final class RequestBodies {

    /** The most bytes past the cap read and dropped before a 413 is answered. */
    static final long MAX_DRAINED = 1L << 20;

    private RequestBodies() {
    }

    /**
     * The body, at most {@code cap} bytes.
     *
     * @throws ApiException 413 when the declared or read length is over {@code cap}
     */
    static byte[] read(Context ctx, long cap) throws IOException {
        InputStream in = ctx.req().getInputStream();
        long declared = ctx.req().getContentLengthLong();
        if (declared > cap) {
            drain(in);
            throw new ApiException(413, "request body too large: " + declared + " bytes (limit " + cap + ")");
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
        if (bytes.length > cap) {
            drain(in);
            throw new ApiException(413, "request body too large (limit " + cap + " bytes)");
        }
        return bytes;
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        long left = MAX_DRAINED;
        for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0; ) {
            left -= n;
        }
    }
}
