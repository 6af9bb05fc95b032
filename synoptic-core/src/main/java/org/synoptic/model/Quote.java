package org.synoptic.model;

import java.util.Objects;

/**
 * A quotation: words a report attributes to a speaker, directly (in quotation marks) or indirectly (reported
 * speech, Konjunktiv).
 *
 * @param text         the quoted words as written, without the enclosing quotation marks
 * @param start        offset of the quoted words in {@link Article#text()}
 * @param end          offset after the quoted words
 * @param speaker      the speaker's name as resolved, or {@code null} when the text does not tell
 * @param speakerStart offset of the speaker mention, or {@code -1} when there is none
 * @param speakerEnd   offset after the speaker mention, or {@code -1}
 * @param speakerRole  the speaker's role or title when given ({@code "Verteidigungsminister"}), or {@code null}
 * @param via          the outlet or agency through which the quote was reported ({@code "Interfax"}), or {@code null}
 * @param direct       {@code true} for a verbatim quote in quotation marks
 * @param kind         how the words are reported; {@link Kind#DIRECT} exactly when {@code direct}. A {@code null}
 *                     kind is taken as {@link Kind#DIRECT} or {@link Kind#INDIRECT} after {@code direct}
 */
public record Quote(String text, int start, int end, String speaker, int speakerStart, int speakerEnd,
                    String speakerRole, String via, boolean direct, Kind kind) {

    /** How a report gives a speaker's words. */
    public enum Kind {
        /** Verbatim, in quotation marks: „Wir sind bereit“, sagte er. */
        DIRECT,
        /** Reported speech with its reporting clause or source cue: Er sagte, Moskau sei bereit; laut X … */
        INDIRECT,
        /** Reported speech with no reporting clause of its own, continuing a speaker: "Sie müsse gesperrt werden." */
        FREE_INDIRECT,
        /** A speech act told without its words: "Die Gewerkschaft wertet die Einigung als Erfolg." */
        REPORTED
    }

    public Quote {
        Objects.requireNonNull(text, "text");
        if (kind == null) {
            kind = direct ? Kind.DIRECT : Kind.INDIRECT;
        } else if ((kind == Kind.DIRECT) != direct) {
            throw new IllegalArgumentException("kind " + kind + " does not fit direct=" + direct);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span: start=" + start + " end=" + end);
        }
        if (speakerStart > speakerEnd) {
            throw new IllegalArgumentException("bad speaker span: start=" + speakerStart + " end=" + speakerEnd);
        }
    }

    /** A quote whose kind follows {@code direct}: {@link Kind#DIRECT} or {@link Kind#INDIRECT}. */
    public Quote(String text, int start, int end, String speaker, int speakerStart, int speakerEnd,
                 String speakerRole, String via, boolean direct) {
        this(text, start, end, speaker, speakerStart, speakerEnd, speakerRole, via, direct, null);
    }
}
