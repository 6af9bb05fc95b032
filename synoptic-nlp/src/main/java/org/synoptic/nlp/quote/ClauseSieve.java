package org.synoptic.nlp.quote;

import java.util.List;
import org.synoptic.model.EntityMention;
import org.synoptic.nlp.text.Token;

/**
 * One named rule that decides who speaks a German reported clause from the subject its finder read there
 * ({@link ReportedClauseFinder}): "unter Berufung auf Beamte" makes the officials speak, the relative pronoun of "X,
 * die … hervorhob, …" speaks for X. The finder hands each clause sieve, in the configured order
 * ({@link SieveOrder#clause()}, stage {@code clause} of {@code speaker-sieves.tsv}), a {@link Reading}; each sieve in
 * turn may replace the attribution. They run when the finder reads the clause, before the candidate exists, so that
 * the finder's later checks and the reference and fill sieves of {@link SpeakerResolver} see what they decided.
 */
interface ClauseSieve {

    /**
     * The attribution this sieve decides for the clause (recording its id with {@link Attribution#decidedBy}), or
     * {@code null} when it does not apply and the reading's attribution stands.
     */
    Attribution decide(Reading in);

    /**
     * What the finder read of one reporting clause: the text, the sentence's tokens, the index of the verb whose
     * subject speaks, the article's entity mentions, and the attribution read so far ({@code null} when the finder
     * found none; its speaker {@code null} when no one is named).
     */
    record Reading(String text, List<Token> tokens, int verb, List<EntityMention> entities, Attribution subject) {

        /** The speaker read so far, or {@code null}. */
        EntityMention speaker() {
            return subject == null ? null : subject.speaker();
        }

        /** This reading with the attribution {@code a}: what the next sieve sees. */
        Reading with(Attribution a) {
            return new Reading(text, tokens, verb, entities, a);
        }
    }

    /** Runs {@code sieves} in turn over {@code in}; the attribution the last that applied left, else the reading's. */
    static Attribution decideAll(List<ClauseSieve> sieves, Reading in) {
        Reading r = in;
        for (ClauseSieve s : sieves) {
            Attribution a = s.decide(r);
            if (a != null) {
                r = r.with(a);
            }
        }
        return r.subject();
    }
}
