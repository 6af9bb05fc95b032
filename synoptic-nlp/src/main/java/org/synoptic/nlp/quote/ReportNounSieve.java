package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.RelayResolver.*;

import java.util.List;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;
import org.synoptic.nlp.text.Token;

/**
 * Relay sieve {@code report-noun}: a statement attributed to a report noun ({@link ReportNouns}: "Bericht",
 * "Zeitung", "Schätzungen") goes to the paper itself ("dieser Zeitung"), the owner the mention names, or the source
 * its sentence names after "laut", and otherwise to no one. Records {@code relay-resolver} in the provenance, as
 * before it was a sieve. Stateless.
 */
final class ReportNounSieve implements RelaySieve {

    @Override
    public String id() {
        return "report-noun";
    }

    @Override
    public Quote decide(Round in, Quote q) {
        return reportNoun(in.article().text(), in.outlet(), in.tokens(), in.article().entities(), in.all(), q);
    }

    /** The paper speaking of itself: "nach Informationen dieser Zeitung", "unserer Zeitung". */
    private static final java.util.regex.Pattern OWN_PAPER = java.util.regex.Pattern.compile(
            "\\b(dieser|unserer|diese|unsere) Zeitung\\b");

    /**
     * The outlet speaking of its own reporting in the first person: "nach unseren Informationen", "unseren
     * Recherchen zufolge", "nach Informationen unserer Redaktion". Such a speaker names no one but the report's
     * outlet.
     */
    private static final java.util.regex.Pattern OWN_REPORTING = java.util.regex.Pattern.compile(
            "(?iu)^(?:nach\\s+)?(?:unser(?:e|en|er|em)?\\s+\\p{L}+|\\p{L}+\\s+unser(?:e|er|es)\\s+\\p{L}+)$");

    /** Whether a speaker's name is the outlet's own reporting in the first person ({@link #OWN_REPORTING}). */
    static boolean ownReporting(String speaker) {
        return speaker != null && OWN_REPORTING.matcher(speaker.strip()).matches();
    }

    /**
     * A speaker named by a report noun: the article's outlet for "dieser Zeitung", the owner its mention names
     * ("der OSZE-Bericht"), else the source the sentence names after "laut" when it lies outside any direct quote,
     * otherwise none. A quote with no speaker
     * whose own words hold "laut X" takes X too ("bei der Soldaten laut Reuters Warnschüsse abgaben"), and when they
     * open with it, its words start after X.
     */
    private static Quote reportNoun(String text, String outlet, List<Token> t, List<EntityMention> entities,
                                    List<Quote> all, Quote q) {
        if (ownReporting(q.speaker())) {
            // "Nach unseren Informationen wurden 17 Menschen verletzt": the outlet's own finding, not a quote of
            // "Unsere Informationen"; without a known outlet it has no speaker
            return with(q, outlet, outlet == null ? -1 : q.speakerStart(), outlet == null ? -1 : q.speakerEnd(), null,
                    q.via());
        }
        boolean report = ReportNouns.namesNoSpeaker(q.speaker())
                && entities.stream().noneMatch(e -> e.name().equals(q.speaker()));
        boolean none = q.speaker() == null && !q.direct();
        if (!report && !none) {
            return q;
        }
        if (report && outlet != null && q.speakerStart() >= 0
                && OWN_PAPER.matcher(text.substring(q.speakerStart(), q.speakerEnd())).find()) {
            return with(q, outlet, q.speakerStart(), q.speakerEnd(), null, q.via()); // the paper itself
        }
        String owner = report && q.speakerStart() >= 0 ? ReportNouns.owner(text.substring(q.speakerStart(),
                Math.max(q.speakerEnd(), Math.min(t.get(t.size() - 1).end(), q.speakerEnd() + 60)))) : null;
        if (owner != null && !ReportNouns.namesNoSpeaker(owner)) {
            return with(q, owner, q.speakerStart(), q.speakerEnd(), null, q.via()); // "der OSZE-Bericht"
        }
        for (int i = 0; i + 1 < t.size(); i++) {
            if (!LAUT.contains(t.get(i).text()) || none && (t.get(i).start() < q.start() || t.get(i).end() > q.end())) {
                continue;
            }
            int k = skipMarks(t, i + 1);
            EntityMention source = k < t.size() ? entityAt(entities, t.get(k).start()) : null;
            if (source != null && source.type() != EntityType.LOCATION
                    && !ReportNouns.namesNoSpeaker(source.name()) && !insideDirect(all, source)) {
                Quote r = with(q, source.name(), source.start(), source.end(), null, q.via());
                int after = skipMarks(t, tokenAfter(t, source.end()));
                return none && t.get(i).start() == q.start() && after < t.size() && t.get(after).start() < q.end()
                        ? from(text, r, t.get(after).start()) : r; // "Laut X würde …": the words follow X
            }
        }
        return report ? with(q, null, -1, -1, null, q.via()) : q;
    }

    /** {@code q} with its words starting at {@code start}. */
    private static Quote from(String text, Quote q, int start) {
        return new Quote(text.substring(start, q.end()), start, q.end(), q.speaker(), q.speakerStart(),
                q.speakerEnd(), q.speakerRole(), q.via(), q.direct(), q.kind(), q.provenance());
    }

    private static boolean insideDirect(List<Quote> quotes, EntityMention e) {
        return quotes.stream().anyMatch(q -> q.direct() && q.start() <= e.start() && e.end() <= q.end());
    }
}
