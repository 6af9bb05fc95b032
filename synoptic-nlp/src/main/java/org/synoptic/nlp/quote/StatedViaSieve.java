package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.RelayResolver.*;

import java.util.List;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;
import org.synoptic.nlp.text.Token;

/**
 * Relay sieve {@code stated-via}: no relay the text does not state: a quote inside a relative clause ("der laut dem
 * Kreml „bald“ stattfinden soll, folgte auf einen Bericht von YTN") is not relayed by an outlet named outside that
 * clause. Records {@code relay-resolver} in the provenance, as before it was a sieve. Stateless.
 */
final class StatedViaSieve implements RelaySieve {

    @Override
    public String id() {
        return "stated-via";
    }

    @Override
    public Quote decide(Round in, Quote q) {
        return statedVia(in.article().text(), in.tokens(), in.article().entities(), q);
    }

    /**
     * Drops a relay the text does not state: the quote starts inside a relative clause set off by commas that does
     * not name the relay.
     */
    private static Quote statedVia(String text, List<Token> t, List<EntityMention> entities, Quote q) {
        if (q.via() == null) {
            return q;
        }
        int open = -1;
        for (int i = 0; i < t.size() && t.get(i).start() < q.start(); i++) {
            if (t.get(i).text().equals(",")) {
                open = i;
            }
        }
        if (open < 0 || open + 1 >= t.size() || !RELATIVE_PRONOUNS.contains(t.get(open + 1).text())) {
            return q;
        }
        int close = -1;
        for (int i = open + 1; i < t.size(); i++) {
            if (t.get(i).text().equals(",") && t.get(i).start() >= q.end()) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return q;
        }
        int from = t.get(open).end();
        int to = t.get(close).start();
        boolean named = text.substring(from, to).contains(q.via()) || entities.stream()
                .anyMatch(e -> e.start() >= from && e.end() <= to && e.name().equals(q.via()));
        return named ? q : with(q, q.speaker(), q.speakerStart(), q.speakerEnd(), q.speakerRole(), null);
    }
}
