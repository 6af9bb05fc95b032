package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.RelayResolver.*;

import java.util.List;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;
import org.synoptic.nlp.text.Token;

/**
 * Relay sieve {@code laut-sagte}: "Laut X sagte Y, …": the person after the reporting verb speaks and X relays
 * ({@code via}). Records {@code relay-resolver} in the provenance, as before it was a sieve. Stateless.
 */
final class LautSagteSieve implements RelaySieve {

    @Override
    public String id() {
        return "laut-sagte";
    }

    @Override
    public Quote decide(Round in, Quote q) {
        return lautSagte(in.tokens(), in.article().entities(), q);
    }

    /**
     * "Laut X sagte Y, …": the person after the reporting verb speaks and X relays. Applies to a quote after the
     * verb whose speaker is none, X, named by X's mention, or Y without a relay.
     */
    private static Quote lautSagte(List<Token> t, List<EntityMention> entities, Quote q) {
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!LAUT.contains(t.get(i).text())) {
                continue;
            }
            int k = skipMarks(t, i + 1);
            EntityMention relay = k < t.size() ? entityAt(entities, t.get(k).start()) : null;
            if (relay == null || relay.type() == EntityType.LOCATION || !reportingAfter(t, relay)) {
                // "Laut Kieler Anzeiger sagte …": the outlet the text names, tagged or not; also when the tagger
                // took only part of its name ("Lorchinger" of "Lorchinger Kreiszeitung" as a person or place)
                EntityMention named = namedOutlet(t, k);
                relay = named != null && (relay == null || named.end() > relay.end()) ? named : relay;
            }
            if (relay == null || relay.type() == EntityType.LOCATION || !reportingAfter(t, relay)) {
                continue;
            }
            int v = skipMarks(t, tokenAfter(t, relay.end()));
            EntityMention speaker = null;
            for (int j = v + 1; j < Math.min(t.size(), v + 5) && t.get(j).isWord(); j++) {
                EntityMention e = entityAt(entities, t.get(j).start());
                if (e != null && e.type() == EntityType.PERSON) {
                    speaker = e;
                    break;
                }
            }
            if (speaker == null || q.start() < speaker.end()) {
                continue;
            }
            boolean relayed = q.speaker() == null || q.speaker().equals(relay.name())
                    || q.speakerStart() >= relay.start() && q.speakerEnd() <= t.get(v).start()
                    || q.speaker().equals(speaker.name()) && q.via() == null; // right speaker, relay not yet stated
            if (relayed) {
                return with(q, speaker.name(), speaker.start(), speaker.end(), null, relay.name());
            }
        }
        return q;
    }

    /** Whether a reporting verb, and a word after it, follow the relay's name: "Laut X sagte Y". */
    private static boolean reportingAfter(List<Token> t, EntityMention relay) {
        int v = skipMarks(t, tokenAfter(t, relay.end()));
        return v + 1 < t.size() && ReportingVerbs.isReporting(t.get(v).text());
    }

    /**
     * The capitalised words from token {@code k} up to a reporting verb (at most four), as an organisation named by
     * the text itself; {@code null} when no reporting verb follows them.
     */
    private static EntityMention namedOutlet(List<Token> t, int k) {
        int end = k;
        while (end < t.size() && end - k < 4 && t.get(end).isWord() && t.get(end).isCapitalised()
                && !ReportingVerbs.isReporting(t.get(end).text())) {
            end++;
        }
        if (end == k || end >= t.size() || !ReportingVerbs.isReporting(t.get(end).text())) {
            return null;
        }
        int start = t.get(k).start();
        int stop = t.get(end - 1).end();
        StringBuilder name = new StringBuilder();
        for (int j = k; j < end; j++) {
            name.append(j > k ? " " : "").append(t.get(j).text());
        }
        return new EntityMention(name.toString(), name.toString(), EntityType.ORGANIZATION, start, stop);
    }
}
