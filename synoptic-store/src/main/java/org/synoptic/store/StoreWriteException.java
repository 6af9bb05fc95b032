package org.synoptic.store;

import java.io.IOException;
import java.util.Locale;

/**
 * The store could not write a batch (a full disk, a failing device): nothing of the batch was stored, the store has
 * gone back to its last commit and goes on serving reads, and the next write tries again on a fresh writer. Callers
 * answer it as "insufficient storage" when {@link #noSpace()} and as "unavailable" otherwise; a retry is safe.
 */
public final class StoreWriteException extends IOException {

    StoreWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the device is full (or over quota): then freeing space lets the next write succeed. */
    public boolean noSpace() {
        return noSpace(this) || getMessage() != null && getMessage().contains("no space left on device");
    }

    /** Whether {@code e} or one of its causes reports a full device or an exhausted quota. */
    static boolean noSpace(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk quota exceeded") || m.contains("not enough space")) {
                return true;
            }
        }
        return false;
    }

    /** The message of the innermost cause that has one. */
    static String rootMessage(Throwable e) {
        String message = String.valueOf(e.getMessage());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null) {
                message = t.getMessage();
            }
        }
        return message;
    }
}
