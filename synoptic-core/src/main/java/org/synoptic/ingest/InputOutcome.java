package org.synoptic.ingest;

import java.util.Objects;

/**
 * What became of one input: a file, a line of a JSON-lines file, or an element of a JSON array.
 *
 * @param source   the input as the user gave it, with {@code :LINE} or {@code #INDEX} for a part of a file
 * @param status   read, skipped (not an input we handle; not an error) or rejected (bad input; an error)
 * @param reason   why it was skipped or rejected; {@code null} when read
 * @param articles how many articles the input gave
 */
public record InputOutcome(String source, Status status, String reason, int articles) {

    /** The three ends an input can come to. */
    public enum Status { READ, SKIPPED, REJECTED }

    public InputOutcome {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        if (status != Status.READ && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("a " + status + " input needs a reason: " + source);
        }
    }

    static InputOutcome read(String source, int articles) {
        return new InputOutcome(source, Status.READ, null, articles);
    }

    static InputOutcome skipped(String source, String reason) {
        return new InputOutcome(source, Status.SKIPPED, reason, 0);
    }

    static InputOutcome rejected(String source, String reason) {
        return new InputOutcome(source, Status.REJECTED, reason, 0);
    }
}
