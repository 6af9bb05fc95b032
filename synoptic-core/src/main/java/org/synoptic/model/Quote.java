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
 * @param provenance   which rule found the quote and which decided its speaker, or {@code null} when the extractor
 *                     does not tell (it is an explanation for readers and reviewers, never an input to later stages)
 */
public record Quote(String text, int start, int end, String speaker, int speakerStart, int speakerEnd,
                    String speakerRole, String via, boolean direct, Kind kind, Provenance provenance) {

    /**
     * Why a quote is there and why it has its speaker.
     *
     * @param finder the id of the rule that found the quote ("direct", "reported-clause", "source-cue", …)
     * @param sieve  the id of the rule that decided the speaker ("clause" when the finder's own reporting clause or
     *               cue named it; "pronoun", "previous-speaker", "relay", …), or {@code null} when there is no speaker
     */
    public record Provenance(String finder, String sieve) {

        public Provenance {
            Objects.requireNonNull(finder, "finder");
        }
    }

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

    /** A quote without provenance. */
    public Quote(String text, int start, int end, String speaker, int speakerStart, int speakerEnd,
                 String speakerRole, String via, boolean direct, Kind kind) {
        this(text, start, end, speaker, speakerStart, speakerEnd, speakerRole, via, direct, kind, null);
    }

    /** This quote with the given provenance. */
    public Quote withProvenance(Provenance newProvenance) {
        return new Quote(text, start, end, speaker, speakerStart, speakerEnd, speakerRole, via, direct, kind,
                newProvenance);
    }

    /**
     * This quote with its speaker decided by {@code sieve}: the finder stays ({@code "unknown"} when none was told),
     * the sieve is {@code null} when {@code q} has no speaker.
     */
    public Quote decidedBy(String sieve) {
        String finder = provenance == null ? "unknown" : provenance.finder();
        return withProvenance(new Provenance(finder, speaker == null ? null : sieve));
    }

    /** A quote whose kind follows {@code direct}: {@link Kind#DIRECT} or {@link Kind#INDIRECT}. */
    public Quote(String text, int start, int end, String speaker, int speakerStart, int speakerEnd,
                 String speakerRole, String via, boolean direct) {
        this(text, start, end, speaker, speakerStart, speakerEnd, speakerRole, via, direct, null);
    }
}
