package org.synoptic.nlp.quote;

import org.synoptic.model.EntityMention;

/**
 * Who speaks a candidate quote or a source phrase, as a finder read it, before the sieves ({@link SpeakerResolver})
 * decide: a speaker the text names, the previous quote's speaker, the subject of the quote's own sentence, or no one
 * the phrase names. A sealed type, so that a sieve reading it handles every case; it replaces the sentinel speaker
 * names ("\u0000previous", "\u0000unknown") that earlier travelled inside {@link org.synoptic.model.Quote} and
 * {@link EntityMention}. Package-internal; the public records keep their API.
 */
sealed interface SpeakerReference {

    /** A speaker the text names: the mention of a person, organisation or source phrase. */
    record Named(EntityMention mention) implements SpeakerReference {
    }

    /**
     * The previous quote's speaker ("Demnach …", a Konjunktiv continuation, a quoted sentence standing alone).
     * [start, end) is the word that points back ("Demnach"); empty (start = end, the quote's start) when none does.
     */
    record PreviousSpeaker(int start, int end) implements SpeakerReference {
    }

    /**
     * The subject of the quote's own sentence ("nach eigenen Angaben"), when that subject could not be read: the
     * cue phrase.
     */
    record OwnSubject(EntityMention cue) implements SpeakerReference {
    }

    /** A report noun that names no one and points back to nothing readable ("den Angaben zufolge"): the cue phrase. */
    record Unknown(EntityMention cue) implements SpeakerReference {
    }
}
