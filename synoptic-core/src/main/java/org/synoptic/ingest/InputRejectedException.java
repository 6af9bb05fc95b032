package org.synoptic.ingest;

/** Thrown by a reader when an input cannot be read; the message is the reason shown to the user. */
public final class InputRejectedException extends Exception {

    public InputRejectedException(String reason) {
        super(reason);
    }
}
