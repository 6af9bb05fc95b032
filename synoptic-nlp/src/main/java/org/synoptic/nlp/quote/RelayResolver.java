package org.synoptic.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.nlp.text.Token;

/**
 * Second reading of the speakers a {@link RuleQuoteExtractor} found, for reports relayed by another report: who
 * speaks, and through whom ({@link Quote#via()}). Each rule corrects one way the first reading goes wrong:
 * <ul>
 *   <li><b>"Laut X sagte Y, …"</b>: Y speaks, through X; X is no speaker of the sentence.</li>
 *   <li><b>A subject after "wonach" or "dass"</b>: "Yonhap zitierte Quellen, wonach der Minister Y vorgeschlagen
 *   habe, dass …": the subject opening the verb-final clause speaks, not the object standing right before its
 *   verb.</li>
 *   <li><b>No relay the text does not state</b>: a quote inside a relative clause ("der laut dem Kreml „bald“
 *   stattfinden soll, folgte auf einen Bericht von YTN") is not relayed by an outlet named outside that clause, and
 *   a speaker is no relay of its own words.</li>
 *   <li><b>Report nouns are no speakers</b> ({@link ReportNouns}): a statement attributed to "Bericht",
 *   "Medienbericht", "Zeitung" or "Schätzungen" goes to the source its sentence names after "laut" ("Laut NYT …,
 *   heißt es in dem Bericht") and otherwise to no one.</li>
 *   <li><b>"Er fügte hinzu, …"</b> ({@link #continued}): continues the previous reported speaker of the report,
 *   whatever its gender: a person, or the outlet whose report the sentence before relays.</li>
 * </ul>
 * Offsets stay offsets into the article's text; a speaker mention is always a span of the sentence that names it.
 * Design decision: these rules run after the extractor instead of inside it, as whole-sentence checks on its result,
 * so that each stays one small method and the extractor's own search for a speaker is left as it was tuned.
 * Stateless and thread-safe.
 */
final class RelayResolver {

    private static final Set<String> LAUT = Set.of("laut", "Laut");
    private static final Set<String> CLAUSE_OPENERS = Set.of("wonach", "dass");
    private static final Set<String> RELATIVE_PRONOUNS = QuoteWords.RELATIVE_PRONOUNS;
    private static final Set<String> ADDING = Set.of("fügte", "fügten", "fügt");
    private static final Set<String> PRONOUNS = QuoteWords.GERMAN_PRONOUNS;
    /** "He added that …": the English continuation, which needs no particle. */
    private static final Set<String> ENGLISH_ADDING = Set.of("added", "adds");
    /** The paper speaking of itself: "nach Informationen dieser Zeitung", "unserer Zeitung". */
    private static final java.util.regex.Pattern OWN_PAPER = java.util.regex.Pattern.compile(
            "\\b(dieser|unserer|diese|unsere) Zeitung\\b");
    /** How far back, in characters, a continued report may have named its speaker. */
    private static final int CONTINUATION_REACH = 600;


    /**
     * The quotes with the relay rules applied (all but the continuation of "Er fügte hinzu"), in the same order.
     * {@code quotes} are those of one article whose text is {@code text}; {@code outlet} is its outlet, or
     * {@code null}, the speaker of "nach Informationen dieser Zeitung".
     */
    List<Quote> revised(ArticleContext article, String outlet, List<Quote> quotes) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        List<Quote> out = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            Sentence s = sentenceAt(article.sentences(), q.start());
            Quote r = q;
            if (s != null) {
                List<Token> t = article.tokens(s);
                r = lautSagte(t, entities, r);
                r = clauseSubject(t, entities, r);
                r = reportNoun(text, outlet, t, entities, quotes, r);
                r = statedVia(text, t, entities, r);
            }
            out.add(r);
        }
        return List.copyOf(out);
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
            if (relay == null) {
                relay = namedOutlet(t, k); // "Laut Kieler Anzeiger sagte …": the outlet the text names, tagged or not
            }
            if (relay == null || relay.type() == EntityType.LOCATION) {
                continue;
            }
            int v = skipMarks(t, tokenAfter(t, relay.end()));
            if (v >= t.size() || !ReportingVerbs.isReporting(t.get(v).text()) || v + 1 >= t.size()) {
                continue;
            }
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

    /**
     * A speaker named by a report noun: the article's outlet for "dieser Zeitung", the owner its mention names
     * ("der OSZE-Bericht"), else the source the sentence names after "laut" when it lies outside any direct quote,
     * otherwise none. A quote with no speaker
     * whose own words hold "laut X" takes X too ("bei der Soldaten laut Reuters Warnschüsse abgaben"), and when they
     * open with it, its words start after X.
     */
    private static Quote reportNoun(String text, String outlet, List<Token> t, List<EntityMention> entities,
                                    List<Quote> all, Quote q) {
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

    /**
     * "Er fügte hinzu, dass …": the quote continues the previous quote's speaker (and relay) when that quote lies
     * within {@value #CONTINUATION_REACH} characters before, in the same paragraph, whoever it is. The pronoun stays
     * the speaker mention. Applies to quotes with no speaker or with the pronoun as their mention. Runs last: it
     * also drops every relay that is the speaker itself ("Interfax via Interfax" says no more than "Interfax").
     */
    List<Quote> continued(ArticleContext article, List<Quote> quotes) {
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        List<Quote> out = new ArrayList<>(quotes.size());
        Quote previous = null;
        for (Quote q : quotes) {
            Quote r = q;
            Sentence s = sentenceAt(sentences, q.start());
            Token pronoun = s == null ? null : addingPronoun(article.tokens(s.start(), q.start()));
            if (pronoun != null && previous != null && previous.end() <= s.start()
                    && s.start() - previous.end() <= CONTINUATION_REACH
                    && !text.substring(previous.end(), s.start()).contains("\n\n")
                    && (q.speaker() == null || q.speakerStart() == pronoun.start())) {
                r = with(q, previous.speaker(), pronoun.start(), pronoun.end(), previous.speakerRole(),
                        previous.via());
            }
            if (r.via() != null && r.via().equals(r.speaker())) {
                r = with(r, r.speaker(), r.speakerStart(), r.speakerEnd(), r.speakerRole(), null);
            }
            if (r.speaker() != null) {
                previous = r;
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    /**
     * The pronoun subject of "fügte … hinzu" before a quote: "Er fügte hinzu", "Sie fügten zudem hinzu", "Zudem
     * fügte er hinzu", and in English "He added (that)"; {@code null} when the words before the quote are no such
     * clause.
     */
    private static Token addingPronoun(List<Token> t) {
        if (t.size() > 1 && (QuoteWords.ENGLISH_PRONOUNS.contains(t.get(0).text())
                || QuoteWords.ENGLISH_PLURAL_PRONOUNS.contains(t.get(0).text())) && ENGLISH_ADDING.contains(t.get(1).text())) {
            return t.get(0);
        }
        boolean hinzu = t.stream().anyMatch(w -> w.text().equals("hinzu"));
        for (int i = 0; hinzu && i + 1 < Math.min(t.size(), 3); i++) {
            if (PRONOUNS.contains(t.get(i).text()) && ADDING.contains(t.get(i + 1).text())) {
                return t.get(i);
            }
            if (ADDING.contains(t.get(i).text()) && PRONOUNS.contains(t.get(i + 1).text())) {
                return t.get(i + 1);
            }
        }
        return null;
    }

    private static Quote with(Quote q, String speaker, int start, int end, String role, String via) {
        Quote revised = new Quote(q.text(), q.start(), q.end(), speaker, speaker == null ? -1 : start,
                speaker == null ? -1 : end, speaker == null ? null : role, via, q.direct(), q.kind(), q.provenance());
        boolean sameSpeaker = java.util.Objects.equals(speaker, q.speaker()) && revised.speakerStart() == q.speakerStart();
        return sameSpeaker ? revised : revised.decidedBy("relay-resolver");
    }

    /** {@code q} with its words starting at {@code start}. */
    private static Quote from(String text, Quote q, int start) {
        return new Quote(text.substring(start, q.end()), start, q.end(), q.speaker(), q.speakerStart(),
                q.speakerEnd(), q.speakerRole(), q.via(), q.direct(), q.kind(), q.provenance());
    }

    private static boolean insideDirect(List<Quote> quotes, EntityMention e) {
        return quotes.stream().anyMatch(q -> q.direct() && q.start() <= e.start() && e.end() <= q.end());
    }

    /** The first token at or after {@code k} that is no quotation mark or bracket. */
    private static int skipMarks(List<Token> t, int k) {
        while (k < t.size() && "„“”\"»«‚‘’'()".contains(t.get(k).text())) {
            k++;
        }
        return k;
    }

    private static int tokenAfter(List<Token> t, int offset) {
        int k = 0;
        while (k < t.size() && t.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    private static EntityMention entityAt(List<EntityMention> entities, int start) {
        return ClauseShapes.entityAt(entities, start);
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }
}
