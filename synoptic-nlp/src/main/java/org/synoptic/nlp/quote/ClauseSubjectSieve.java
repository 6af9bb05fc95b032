package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.RelayResolver.*;

import java.util.List;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;
import org.synoptic.nlp.text.Token;

/**
 * Relay sieve {@code clause-subject}: "Yonhap zitierte Quellen, wonach der Minister Y vorgeschlagen habe, dass …":
 * the subject opening the verb-final clause after "wonach" or "dass" speaks, not the object standing right before
 * its verb. Records {@code relay-resolver} in the provenance, as before it was a sieve. Stateless.
 */
final class ClauseSubjectSieve implements RelaySieve {

    @Override
    public String id() {
        return "clause-subject";
    }

    @Override
    public Quote decide(Round in, Quote q) {
        return clauseSubject(in.tokens(), in.article().entities(), q);
    }

    /**
     * A speaker found inside a verb-final clause opened by "wonach" or "dass" that is not the clause's first phrase:
     * the first person or organisation after the opener is the subject and speaks ("wonach Minister A, der …, B
     * vorgeschlagen habe, dass …"). Only for quotes that follow the speaker mention.
     */
    private static Quote clauseSubject(List<Token> t, List<EntityMention> entities, Quote q) {
        if (q.speakerStart() < 0 || q.start() < q.speakerEnd()) {
            return q;
        }
        int opener = -1;
        for (int i = 0; i < t.size() && t.get(i).end() <= q.speakerStart(); i++) {
            if (CLAUSE_OPENERS.contains(t.get(i).text())) {
                opener = i;
            }
        }
        if (opener < 0) {
            return q;
        }
        for (int j = opener + 1; j < t.size() && t.get(j).end() <= q.speakerStart(); j++) {
            Token w = t.get(j);
            if (!w.isWord()) {
                return q; // the clause's first phrase ended before any name
            }
            EntityMention e = entityAt(entities, w.start());
            if (e != null) {
                if (e.type() == EntityType.LOCATION || e.name().equals(q.speaker()) || e.end() > q.speakerStart()) {
                    return q;
                }
                return with(q, e.name(), e.start(), e.end(), null, q.via());
            }
            if (!w.isCapitalised() && !SpeakerPhrases.isDeterminer(w.text())) {
                return q; // "dass es …", "dass nach A …": no subject phrase opens the clause
            }
        }
        return q;
    }
}
