package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.ClauseShapes.relativePronoun;
import static org.synoptic.nlp.quote.ClauseShapes.standIn;

import org.synoptic.model.EntityMention;
import org.synoptic.nlp.text.Token;

/**
 * The clause sieves ({@link ClauseSieve}), one class each, named by the id they record in a quote's provenance. Each
 * is stateless.
 */
final class ClauseSieves {

    private ClauseSieves() {
    }

    /** The sieve an id of stage {@code clause} in {@link SieveOrder#IDS} names. */
    static ClauseSieve of(String id, SubjectFinder subjects) {
        return switch (id) {
            case "relay" -> new Relay(subjects);
            case "relative-pronoun" -> new RelativePronoun();
            default -> throw new IllegalArgumentException("no clause sieve is called '" + id + "'");
        };
    }

    /**
     * {@code relay}: "US-Medien hatten unter Berufung auf Beamte berichtet, …" (any word order of
     * {@link AttributionCues}): the one relied on speaks, the subject becomes the channel ({@code via}). Applies only
     * when the subject names someone and the one relied on is not that subject.
     */
    record Relay(SubjectFinder subjects) implements ClauseSieve {
        @Override
        public Attribution decide(Reading in) {
            EntityMention speaker = in.speaker();
            EntityMention relied = speaker == null ? null
                    : subjects.reliedOn(in.text(), in.tokens(), in.verb(), in.entities());
            if (relied == null || relied.end() > speaker.start() && relied.start() < speaker.end()) {
                return null;
            }
            return new Attribution(relied, null, speaker.name(), true).decidedBy("relay");
        }
    }

    /**
     * {@code relative-pronoun}: "Alice Schwarzer, die den Mut hervorhob, …": when the verb's clause is a relative
     * clause ({@link ClauseShapes#relativePronoun}) and the speaker stands before its pronoun, the pronoun speaks for
     * its antecedent: the speaker keeps the antecedent's name and takes the pronoun's offsets.
     */
    record RelativePronoun() implements ClauseSieve {
        @Override
        public Attribution decide(Reading in) {
            EntityMention speaker = in.speaker();
            Token relative = speaker == null ? null : relativePronoun(in.tokens(), in.verb());
            if (relative == null || speaker.end() > relative.start()) {
                return null;
            }
            Attribution a = in.subject();
            return new Attribution(standIn(speaker, relative), a.role(), a.via(), true).decidedBy("relative-pronoun");
        }
    }
}
