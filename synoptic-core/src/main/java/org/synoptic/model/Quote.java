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
 */
public record Quote(String text, int start, int end, String speaker, int speakerStart, int speakerEnd,
                    String speakerRole, String via, boolean direct) {

    public Quote {
        Objects.requireNonNull(text, "text");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad quote span: start=" + start + " end=" + end);
        }
        if (speakerStart > speakerEnd) {
            throw new IllegalArgumentException("bad speaker span: start=" + speakerStart + " end=" + speakerEnd);
        }
    }
}
