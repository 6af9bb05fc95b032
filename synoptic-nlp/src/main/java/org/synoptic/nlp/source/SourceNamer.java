package org.synoptic.nlp.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synoptic.model.Article;
import org.synoptic.model.CitedSource;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Sentence;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.CitedSourceExtractor;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.entity.GazetteerEntry;
import org.synoptic.nlp.entity.Lexicon;
import org.synoptic.nlp.quote.AttributionCues;
import org.synoptic.nlp.quote.AttributionLexicon;
import org.synoptic.nlp.quote.MentionIndex;
import org.synoptic.nlp.text.Token;
import org.synoptic.nlp.text.WordTokenizer;

/**
 * Names the source at a spot of a sentence: a known outlet or agency ("die New York Times"), a generic source from
 * {@link SourceLexicon} ("Experten", "Ermittler"), an expert firm, a person with a role, or an unknown name read by
 * its head before or after a cue ("das Institut Kestrel"). Used by {@link RuleCitedSourceExtractor}; stateless.
 */
final class SourceNamer {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final SourceLexicon sources;

    SourceNamer(Gazetteer gazetteer, Lexicon lexicon, SourceLexicon sources) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.sources = sources;
    }

    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "aus", "nach", "von", "from", "im");

    static final Set<String> OUTLET_NOUNS = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.OUTLET);

    static int skipClosingQuotes(List<Token> t, int i) {
        while (i < t.size() && "“”\"»«‘’".contains(t.get(i).text())) {
            i++;
        }
        return i;
    }

    /** Words between a cue and an unknown source's name: articles, numbers, a few adjectives. */
    static final Set<String> BEFORE_NAME = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einem", "einer", "einen", "the", "a", "an", "two", "three", "several", "senior", "local", "von", "vom",
            "aus", "from", "by", "a statement from", "statement", "informierten", "informed");

    static final Set<String> CONNECTORS = Set.of("der", "des", "für", "of", "for", "und", "&");

    static final Set<String> NOT_NAMES = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
            "Samstag", "Sonntag", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Er", "Sie", "Es", "He", "She", "It", "They", "We", "I", "Das", "Dies", "This", "That", "Die", "Der",
            "The", "A", "An", "In", "On", "At", "Am", "Im", "Zahlen", "Berichten", "Bericht", "Angaben");

    /**
     * An unknown source named right after a cue, its kind told by the noun before the name or by the name's head:
     * "laut Nordpress" (no kind: only with a cue noun or a telling head), "die Agentur Nordpress", "the Severn
     * Catchment Authority", "der Stadtverwaltung", "told Continental Wire".
     */
    SourceHit unknownAfter(SourceRun run, int from) {
        List<Token> t = run.tokens;
        int i = from;
        while (i < t.size() && i - from < 4 && BEFORE_NAME.contains(t.get(i).text().toLowerCase(Locale.ROOT))) {
            i++;
        }
        if (i >= t.size() || !t.get(i).isWord() || t.get(i).isCapitalised() && lexicon.isStopWord(t.get(i).text())) {
            return null;
        }
        Token first = t.get(i);
        if (first.isLowerCase()) {
            // "the county council", "the mayor": a lower-case head that names an institution or office
            // ("at a press conference": no words of function before the head, and the head ends the noun)
            int k = i;
            while (k < t.size() && k - i < 3 && t.get(k).isWord() && t.get(k).isLowerCase()
                    && SourceHeads.kindOf(t.get(k).text()) == null && !lexicon.isStopWord(t.get(k).text())) {
                k++;
            }
            boolean nounGoesOn = k + 1 < t.size() && t.get(k + 1).isWord() && t.get(k + 1).isLowerCase()
                    && !lexicon.isStopWord(t.get(k + 1).text())
                    && AttributionLexicon.standard().verb(t.get(k + 1).text()) == null;
            if (k < t.size() && k - i < 3 && t.get(k).isWord() && SourceHeads.kindOf(t.get(k).text()) != null
                    && t.get(k).isLowerCase() && !nounGoesOn) {
                String name = run.text.substring(first.start(), t.get(k).end());
                return new SourceHit(name, SourceHeads.kindOf(t.get(k).text()), first.start(), t.get(k).end(), i, k + 1);
            }
            return null;
        }
        SourceKind cueKind = null;
        int nameFrom = i;
        SourceKind nounKind = SourceHeads.cueNounKind(first.text());
        if (nounKind != null && i + 1 < t.size()) {
            int k = i + 1;
            if ("„\"“»".contains(t.get(k).text())) {
                k++;
            }
            if (k < t.size() && t.get(k).isCapitalised() && !NOT_NAMES.contains(t.get(k).text())) {
                cueKind = nounKind; // "die Agentur Nordpress", "die Zeitung „Weserkurier“"
                nameFrom = k;
            }
        }
        int k = nameFrom;
        int end = nameFrom;
        while (k < t.size() && k - nameFrom < 6) {
            Token u = t.get(k);
            if (u.isWord() && u.isCapitalised() && !NOT_NAMES.contains(u.text())) {
                end = k + 1;
                k++;
            } else if (k > nameFrom && CONNECTORS.contains(u.text()) && k + 1 < t.size()
                    && t.get(k + 1).isCapitalised() && !NOT_NAMES.contains(t.get(k + 1).text())) {
                k++;
            } else {
                break;
            }
        }
        if (end == nameFrom) {
            return null;
        }
        return unknownHit(run, nameFrom, end, cueKind);
    }

    /** The unknown source in tokens [from, to), or {@code null} when neither a cue noun nor its words tell a kind. */
    SourceHit unknownHit(SourceRun run, int from, int to, SourceKind cueKind) {
        List<Token> t = run.tokens;
        SourceKind kind = cueKind;
        for (int k = to - 1; k >= from && kind == null; k--) {
            kind = SourceHeads.kindOf(t.get(k).text());
        }
        if (kind == null) {
            return null;
        }
        if (to - from == 1 && cueKind == null && lexicon.isFirstName(t.get(from).text())) {
            return null;
        }
        String name = run.text.substring(t.get(from).start(), t.get(to - 1).end());
        if (to - from == 1) {
            name = SourceHeads.baseForm(name, kind);
        }
        return new SourceHit(name, kind, t.get(from).start(), t.get(to - 1).end(), from, to);
    }

    /** Auxiliaries and adverbs between a subject and its reporting verb. */
    static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("hat", "hatte", "hatten", "haben", "has",
            "had", "have", "also", "auch", "zuvor", "bereits", "am", "on");

    /** An unknown source as the subject right before a reporting verb: "Der Wahlausschuss erklärte". */
    SourceHit unknownBefore(SourceRun run, int cue) {
        List<Token> t = run.tokens;
        int k = cue - 1;
        while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(t.get(k).text())) {
            k--;
        }
        while (k >= 0 && "“”\"»«".contains(t.get(k).text())) {
            k--;
        }
        if (k >= 0 && t.get(k).text().equals(",")) {
            return appositive(run, k);
        }
        if (k < 0 || !t.get(k).isWord()) {
            return null;
        }
        int end = k + 1;
        if (t.get(k).isLowerCase() && SourceHeads.nounAfterNameKind(t.get(k).text()) != null) {
            SourceHit named = nameBefore(run, k, SourceHeads.nounAfterNameKind(t.get(k).text()), k + 1);
            if (named != null) {
                return named; // "the Nordpress agency said"
            }
        }
        if (t.get(k).isLowerCase()) {
            if (SourceHeads.kindOf(t.get(k).text()) == null) {
                return null;
            }
            int from = k;
            while (from > 0 && end - from < 3 && t.get(from - 1).isWord() && t.get(from - 1).isLowerCase()
                    && !BEFORE_NAME.contains(t.get(from - 1).text())) {
                from--;
            }
            String name = run.text.substring(t.get(from).start(), t.get(k).end());
            return new SourceHit(name, SourceHeads.kindOf(t.get(k).text()), t.get(from).start(), t.get(k).end(), from, end);
        }
        int from = k;
        while (from > 0 && end - from < 6) {
            Token u = t.get(from - 1);
            if (u.isWord() && u.isCapitalised() && !NOT_NAMES.contains(u.text()) && !lexicon.isStopWord(u.text())) {
                from--;
            } else if (CONNECTORS.contains(u.text()) && from - 2 >= 0 && t.get(from - 2).isCapitalised()
                    && !NOT_NAMES.contains(t.get(from - 2).text()) && !lexicon.isStopWord(t.get(from - 2).text())) {
                from -= 2;
            } else {
                break;
            }
        }
        while (from < end && (NOT_NAMES.contains(t.get(from).text()) || lexicon.isStopWord(t.get(from).text()))) {
            from++;
        }
        if (from >= end) {
            return null;
        }
        SourceKind cueKind = null;
        SourceKind nounKind = SourceHeads.cueNounKind(t.get(from).text());
        if (end - from > 1 && nounKind != null) {
            cueKind = nounKind; // "Die Tageszeitung Morgenecho berichtete"
            from++;
        }
        return unknownHit(run, from, end, cueKind);
    }

    /**
     * A name set off by commas after a cue noun, right before a reporting verb: "The operator, Baltrava, said",
     * "the agency, Nordpress, reported"; {@code comma} is the comma before the verb. {@code null} otherwise.
     */
    private SourceHit appositive(SourceRun run, int comma) {
        List<Token> t = run.tokens;
        int from = comma;
        while (from > 0 && comma - from < 4 && t.get(from - 1).isWord() && t.get(from - 1).isCapitalised()
                && !NOT_NAMES.contains(t.get(from - 1).text()) && !lexicon.isStopWord(t.get(from - 1).text())) {
            from--;
        }
        if (from == comma || from < 2 || !t.get(from - 1).text().equals(",")) {
            return null;
        }
        Token noun = t.get(from - 2);
        SourceKind kind = SourceHeads.cueNounKind(noun.text());
        if (kind == null || !noun.isLowerCase()) {
            return null;
        }
        String name = run.text.substring(t.get(from).start(), t.get(comma - 1).end());
        return new SourceHit(name, kind, t.get(from).start(), t.get(comma - 1).end(), from, comma);
    }

    /**
     * The capitalised name right before token {@code noun} ("Nordpress" in "the Nordpress agency"), as a source of
     * {@code kind} spanning to token {@code to}; {@code null} when no name stands there.
     */
    private SourceHit nameBefore(SourceRun run, int noun, SourceKind kind, int to) {
        List<Token> t = run.tokens;
        int from = noun;
        while (from > 0 && noun - from < 4 && t.get(from - 1).isWord() && t.get(from - 1).isCapitalised()
                && !NOT_NAMES.contains(t.get(from - 1).text()) && !lexicon.isStopWord(t.get(from - 1).text())) {
            from--;
        }
        if (from == noun) {
            return null;
        }
        String name = run.text.substring(t.get(from).start(), t.get(noun - 1).end());
        return new SourceHit(name, kind, t.get(from).start(), t.get(to - 1).end(), from, to);
    }

    /**
     * A generic source that English writes as two words and the lexicon holds as one ("coast guard", "Coast Guard"
     * for "coastguard") at tokens [i, i + 2), or {@code null}.
     */
    private SourceHit genericWrittenApart(SourceRun run, int i, int limit) {
        List<Token> t = run.tokens;
        if (i + 1 >= Math.min(limit, t.size()) || !t.get(i + 1).isWord()) {
            return null;
        }
        SourceLexicon.GenericSource g = sources.lookup((t.get(i).text() + t.get(i + 1).text()).toLowerCase(Locale.ROOT));
        return g == null ? null : new SourceHit(g.name(), g.kind(), t.get(i).start(), t.get(i + 1).end(), i, i + 2);
    }

    /**
     * The source starting at token {@code i}, or {@code null}. Asked in turn: a person mention there, a gazetteer
     * name, a generic source noun ("Polizei", "officials", "coast guard" written apart), an outlet noun with a name, "die Zeitung" standing for the
     * outlet named last, and a person by role or name.
     */
    SourceHit hitAt(SourceRun run, int i, int limit) {
        List<Token> t = run.tokens;
        Token tok = t.get(i);
        if (!tok.isWord()) {
            return null;
        }
        EntityMention person = personStartingAt(run, tok);
        if (person != null) {
            return personHit(run, i, limit, person);
        }
        SourceHit apart = genericWrittenApart(run, i, limit);
        if (apart != null) {
            return apart; // before the gazetteer: "Coast" of "the Coast Guard" is no place
        }
        Gazetteer.Match m = gazetteer.longestMatch(run.text, t, i);
        GazetteerEntry entry = m == null ? null : m.entry();
        int to = m == null ? i + 1 : m.to();
        if (entry == null && tok.text().endsWith("s") && tok.text().length() > 3) {
            entry = gazetteer.lookup(tok.text().substring(0, tok.text().length() - 1));
        }
        if (entry != null && to <= limit) {
            return gazetteerHit(run, i, to, entry);
        }
        SourceLexicon.GenericSource generic = genericAt(tok);
        if (generic != null && !(tok.text().equals("Quelle") && i + 1 < t.size() && t.get(i + 1).text().equals(":"))) {
            return generic(run, i, generic);
        }
        SourceHit quotedName = namedOutlet(run, i);
        if (quotedName != null) {
            return quotedName;
        }
        SourceHit outlet = outletNamedLast(run, i);
        return outlet != null ? outlet : person(run, i);
    }

    private static EntityMention personStartingAt(SourceRun run, Token tok) {
        if (!anyStartsAt(run.entities, tok.start())) {
            return null;
        }
        for (EntityMention e : run.entities) {
            if (e.start() == tok.start() && e.type() == EntityType.PERSON) {
                return e;
            }
        }
        return null;
    }

    /** A person mention at {@code t[i]}: the person, unless its last word is a source head ("Continental Wire"). */
    private SourceHit personHit(SourceRun run, int i, int limit, EntityMention e) {
        List<Token> t = run.tokens;
        int last = i;
        while (last + 1 < limit && t.get(last + 1).end() <= e.end()) {
            last++;
        }
        if (last > i && SourceHeads.kindOf(t.get(last).text()) != null) {
            return unknownHit(run, i, last + 1, null); // "Continental Wire" read as a person's name
        }
        return person(run, i);
    }

    /**
     * A gazetteer name at tokens [i, to): no place after a place preposition ("in Berlin"); a place that is a generic
     * source ("Police") or describes one ("US officials"); a person; else the entry with its source kind.
     */
    private SourceHit gazetteerHit(SourceRun run, int i, int to, GazetteerEntry entry) {
        List<Token> t = run.tokens;
        Token tok = t.get(i);
        String prev = i > 0 ? t.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        String prev2 = i > 1 ? t.get(i - 2).text().toLowerCase(Locale.ROOT) : "";
        boolean afterPlacePreposition = PLACE_PREPOSITIONS.contains(prev)
                || Set.of("den", "der", "dem", "the").contains(prev) && PLACE_PREPOSITIONS.contains(prev2);
        if (entry.type() == EntityType.LOCATION && afterPlacePreposition) {
            return null;
        }
        if (entry.type() == EntityType.LOCATION && to == i + 1
                && sources.lookup(tok.text().toLowerCase(Locale.ROOT)) != null) {
            return generic(run, i, sources.lookup(tok.text().toLowerCase(Locale.ROOT))); // "Police said"
        }
        if (entry.type() == EntityType.LOCATION && to < t.size() && sources.lookup(t.get(to).text()) != null) {
            // "US officials", "russische Beamte" are anonymous sources described by a place
            SourceHit g = generic(run, to, sources.lookup(t.get(to).text()));
            if (g != null) {
                return new SourceHit(run.text.substring(tok.start(), g.end()), g.kind(), tok.start(), g.end(), i, g.to());
            }
        }
        if (entry.type() == EntityType.PERSON) {
            return person(run, i);
        }
        if (entry.type() == EntityType.LOCATION) {
            SourceHit named = organisationNamedAfter(run, i, to);
            if (named != null) {
                return named;
            }
        }
        SourceKind kind = entry.sourceKind() == null ? SourceKind.OTHER : entry.sourceKind();
        return new SourceHit(entry.canonical(), kind, tok.start(), t.get(to - 1).end(), i, to);
    }

    /** The generic source a word names: as written, lower-cased ("Officials"), or by its last hyphenated part. */
    private SourceLexicon.GenericSource genericAt(Token tok) {
        SourceLexicon.GenericSource generic = sources.lookup(tok.text());
        if (generic == null && tok.isCapitalised()) {
            generic = sources.lookup(tok.text().toLowerCase(Locale.ROOT)); // "Officials said …"
        }
        if (generic == null && tok.text().indexOf('-') > 0) {
            generic = sources.lookup(tok.text().substring(tok.text().lastIndexOf('-') + 1));
        }
        return generic;
    }

    /** "die Zeitung", "das Blatt" with no name after it: the outlet named last in the article, else {@code null}. */
    /**
     * An organisation whose name opens with a place the gazetteer knows and runs on past it ("Liguria Mar Linee",
     * tagged as one organisation): the organisation, of kind {@link SourceKind#OTHER}; {@code null} when no such
     * mention starts at {@code t[i]} and ends after {@code t[to - 1]}.
     */
    private static SourceHit organisationNamedAfter(SourceRun run, int i, int to) {
        List<Token> t = run.tokens;
        for (EntityMention e : run.entities) {
            if (e.start() == t.get(i).start() && e.type() == EntityType.ORGANIZATION && e.end() > t.get(to - 1).end()) {
                int last = to - 1;
                while (last + 1 < t.size() && t.get(last + 1).end() <= e.end()) {
                    last++;
                }
                return new SourceHit(run.text.substring(e.start(), t.get(last).end()), SourceKind.OTHER, e.start(),
                        t.get(last).end(), i, last + 1);
            }
        }
        return null;
    }

    private SourceHit outletNamedLast(SourceRun run, int i) {
        List<Token> t = run.tokens;
        Token tok = t.get(i);
        String prev = i > 0 ? t.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        if (OUTLET_NOUNS.contains(tok.text()) && run.lastOutlet != null) {
            int k = skipClosingQuotes(t, i + 1);
            boolean named = k < t.size() && (t.get(k).isCapitalised() || "„\"“".contains(t.get(k).text()));
            if (!named && Set.of("die", "der", "das", "the", "dem", "des").contains(prev)) {
                GazetteerEntry e = gazetteer.byCanonical(run.lastOutlet);
                SourceKind kind = e != null && e.sourceKind() != null ? e.sourceKind() : SourceKind.OUTLET;
                return new SourceHit(run.lastOutlet, kind, tok.start(), tok.end(), i, i + 1);
            }
        }
        return null;
    }

    /** "die Zeitung „Le Monde“", "der Sender Rai": an outlet noun followed by an unknown name. */
    SourceHit namedOutlet(SourceRun run, int i) {
        List<Token> t = run.tokens;
        if (!OUTLET_NOUNS.contains(t.get(i).text()) || i + 1 >= t.size()) {
            return null;
        }
        int k = i + 1;
        boolean quoted = "„\"“»".contains(t.get(k).text());
        if (quoted) {
            k++;
        }
        int from = k;
        while (k < t.size() && k - from < 4 && t.get(k).isWord() && t.get(k).isCapitalised()) {
            k++;
        }
        if (k == from || gazetteer.longestMatch(run.text, t, from) != null) {
            return null; // no name, or a known one that the gazetteer gives
        }
        if (quoted && (k >= t.size() || !"“\"”«".contains(t.get(k).text()))) {
            return null;
        }
        String noun = t.get(i).text();
        SourceKind kind = noun.contains("gentur") || noun.equals("agency") ? SourceKind.AGENCY : SourceKind.OUTLET;
        String name = run.text.substring(t.get(from).start(), t.get(k - 1).end());
        return new SourceHit(name, kind, t.get(from).start(), t.get(k - 1).end(), i, quoted ? k + 1 : k);
    }

    SourceHit generic(SourceRun run, int i, SourceLexicon.GenericSource generic) {
        List<Token> t = run.tokens;
        if (generic.kind() == SourceKind.EXPERT) {
            SourceHit firm = expertFirm(run, i);
            if (firm != null) {
                return firm;
            }
        }
        if (generic.kind() == SourceKind.OFFICIAL && i + 1 < t.size()) {
            // "sagte Reederei-Sprecherin Ieva Mockutė", "spokeswoman Ieva Mockute said": the role introduces its person
            List<EntityMention> starting = anyStartsAt(run.entities, t.get(i + 1).start()) ? run.entities : List.of();
            for (EntityMention e : starting) {
                if (e.type() == EntityType.PERSON && e.start() == t.get(i + 1).start()) {
                    int to = i + 1;
                    while (to < t.size() && t.get(to).end() <= e.end()) {
                        to++;
                    }
                    return new SourceHit(e.name(), SourceKind.OFFICIAL, t.get(i).start(), e.end(), i, to);
                }
            }
        }
        String name = generic.name();
        int to = i + 1;
        // "Regierungsbeamte in Seoul", "Beamte in Moskau": the place belongs to an anonymous source's description.
        if (to + 1 < t.size() && Set.of("in", "aus").contains(t.get(to).text())) {
            int k = to + 1;
            if (Set.of("den", "der", "dem").contains(t.get(k).text()) && k + 1 < t.size()) {
                k++;
            }
            GazetteerEntry place = gazetteer.lookup(t.get(k).text());
            if (place != null && place.type() == EntityType.LOCATION) {
                name = name + " " + run.text.substring(t.get(to).start(), t.get(k).end());
                to = k + 1;
            }
        }
        if (generic.name().startsWith("people familiar") && to + 2 < t.size() && t.get(to).text().equals("familiar")
                && t.get(to + 1).text().equals("with")) {
            int k = to + 2;
            while (k < t.size() && k - to < 6 && t.get(k).isWord()) {
                k++;
            }
            name = run.text.substring(t.get(i).start(), t.get(k - 1).end()); // "people familiar with the plans"
            to = k;
        }
        if (generic.name().equals("anonyme Informationen") && !(i > 0 && t.get(i - 1).text().startsWith("anonym"))) {
            return null; // only "anonyme Informationen" is a source; "Informationen" alone is not
        }
        return new SourceHit(name, generic.kind(), t.get(i).start(), t.get(to - 1).end(), i, to);
    }

    /**
     * The firm or institute of an analyst or expert: "A Brightline Research analyst", "Analysts at Harrow Capital",
     * "ein Analyst der Firma Kessler Research"; {@code null} when none is named.
     */
    SourceHit expertFirm(SourceRun run, int i) {
        List<Token> t = run.tokens;
        int end = i;
        int from = i;
        while (from > 0 && i - from < 4 && t.get(from - 1).isWord() && t.get(from - 1).isCapitalised()
                && !NOT_NAMES.contains(t.get(from - 1).text())) {
            from--;
        }
        if (from < end && t.get(i).isLowerCase()) {
            String name = run.text.substring(t.get(from).start(), t.get(end - 1).end());
            return new SourceHit(name, SourceKind.EXPERT, t.get(from).start(), t.get(i).end(), from, i + 1);
        }
        int k = i + 1;
        if (k < t.size() && Set.of("at", "of", "bei", "von", "der", "des").contains(t.get(k).text())) {
            k++;
            if (k < t.size() && Set.of("Firma", "Bank", "Instituts", "Beratungsfirma", "firm").contains(t.get(k).text())) {
                k++;
            }
            int nameFrom = k;
            while (k < t.size() && k - nameFrom < 4 && t.get(k).isWord() && t.get(k).isCapitalised()) {
                k++;
            }
            if (k > nameFrom && gazetteer.longestMatch(run.text, t, nameFrom) == null) {
                String name = run.text.substring(t.get(nameFrom).start(), t.get(k - 1).end());
                return new SourceHit(name, SourceKind.EXPERT, t.get(nameFrom).start(), t.get(k - 1).end(), i, k);
            }
        }
        return null;
    }

    /**
     * Whether any mention may start at {@code offset}: answered by the index of a {@link MentionIndex} (the rules scan
     * the mentions for every token of a cue window), else {@code true}.
     */
    private static boolean anyStartsAt(List<EntityMention> entities, int offset) {
        return !(entities instanceof MentionIndex index) || index.startingAt(offset) != null;
    }

    /** A person mention at token {@code i} that a role marks as an official or expert, or {@code null}. */
    SourceHit person(SourceRun run, int i) {
        Token tok = run.tokens.get(i);
        List<EntityMention> starting = anyStartsAt(run.entities, tok.start()) ? run.entities : List.of();
        for (EntityMention m : starting) {
            if (m.type() == EntityType.PERSON && m.start() == tok.start()) {
                int endToken = i;
                while (endToken < run.tokens.size() && run.tokens.get(endToken).end() < m.end()) {
                    endToken++;
                }
                String role = roleNear(run, i, endToken + 1);
                if (role == null) {
                    return null;
                }
                String lower = role.toLowerCase(Locale.ROOT);
                SourceKind kind = lower.contains("expert") || lower.contains("analyst") || lower.contains("professor")
                        ? SourceKind.EXPERT : SourceKind.OFFICIAL;
                return new SourceHit(m.name(), kind, m.start(), m.end(), i, endToken + 1);
            }
        }
        return null;
    }

    String roleNear(SourceRun run, int from, int to) {
        List<Token> t = run.tokens;
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            if (lexicon.isPersonCue(t.get(k).text())) {
                return t.get(k).text();
            }
            if (!t.get(k).isCapitalised()) {
                break; // "The mayor told Continental Wire": a role before a verb is not this name's role
            }
        }
        if (to + 1 < t.size() && t.get(to).text().equals(",") && lexicon.isPersonCue(t.get(to + 1).text())) {
            return t.get(to + 1).text();
        }
        return null;
    }
}
