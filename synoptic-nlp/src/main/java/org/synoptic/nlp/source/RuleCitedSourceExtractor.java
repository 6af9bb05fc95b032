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
import org.synoptic.nlp.text.Token;
import org.synoptic.nlp.text.WordTokenizer;

/**
 * Rule-based attribution of statements to sources, for German and English news.
 *
 * <p>Cues that put the source after them: "laut X", "nach Angaben X", "unter Berufung auf X", "berief sich auf X",
 * "zitierte X", "berichtete(n) X", "schrieb X", "hieß es aus X", "Bericht des X", "Quelle: X", ", so X",
 * "according to X", "citing X", "told X". Cues that put it before them: "X zufolge", "X berichtete", "X erklärte",
 * "X schrieb", "aus X hieß es", "wie X mitteilte", "X reported", "X said". A source is a gazetteer name with a source
 * kind ("NYT" -> "New York Times", outlet), a generic source noun of the {@link SourceLexicon} ("Beamte", anonymous;
 * "Regierungsbeamte in Seoul", official; "Fachleute", expert), a person introduced by a role ("Adrienne Watson,
 * Sprecherin ...", official), or "die Zeitung" / "die Agentur", which takes the last outlet or agency named before.
 * Sources joined by "und"/"and" share a cue.
 *
 * <p>Chains: a source behind "unter Berufung auf", "berief sich auf", "citing" or the object of "zitierte" gets
 * {@code citedBy} set to the first other source of the same sentence (when the sentence names two relaying outlets,
 * the first). {@code sentence} is the index of the sentence holding the cue. Stateless and thread-safe.
 */
public final class RuleCitedSourceExtractor implements CitedSourceExtractor {

    private static final Set<String> REPORT_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.SOURCE_SUBJECT);
    private static final Set<String> WIE_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.WIE);
    private static final Set<String> CITE_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.CITE);
    private static final Set<String> SKIP_AFTER_VERB = Set.of("am", "heute", "weiter", "zuletzt", "zuvor", "später",
            "bereits", "außerdem", "ebenfalls", "auch", "dagegen", "jedoch", "aber", "gestern", "on", "also", "later",
            "earlier", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag",
            "Montagabend", "Sonntagabend", "Dienstagabend", "mit", "den", "Worten", "in", "einem", "Bericht");
    private static final Set<String> WINDOW_STOPS = Set.of(",", ".", ";", ":", "!", "?", "dass", "that", "wonach",
            "ob", "(", ")", "–");
    private static final Set<String> JOINERS = Set.of("und", "and", "sowie", "oder", "or");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "aus", "nach", "von", "from", "im");
    private static final Set<String> OUTLET_NOUNS = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.OUTLET);

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final SourceLexicon sources;
    private final WordTokenizer tokenizer = WordTokenizer.instance();

    /** An extractor using the given name lists. */
    public RuleCitedSourceExtractor(Gazetteer gazetteer, Lexicon lexicon, SourceLexicon sources) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.sources = sources;
    }

    /** A source found in a window of tokens. */
    private record Hit(String name, SourceKind kind, int start, int end, int from, int to) {
    }

    /** Per-article state of one {@link #extract} call: confined to that call. */
    private final class Run {
        final String text;
        final List<EntityMention> entities;
        final List<CitedSource> out = new ArrayList<>();
        String lastOutlet;
        List<Token> tokens;
        int sentence;

        Run(String text, List<EntityMention> entities) {
            this.text = text;
            this.entities = entities;
        }

        /**
         * The source relaying {@code h}: the nearest source of the same sentence before it (the first of a group
         * sharing one cue, as "die New York Times und Associated Press"), else the first one after it.
         */
        String relayer(Hit h) {
            int best = -1;
            for (int k = 0; k < out.size(); k++) {
                CitedSource c = out.get(k);
                if (c.sentence() == sentence && c.citedBy() == null && !c.name().equals(h.name())
                        && c.start() < h.start() && (best < 0 || c.start() > out.get(best).start())) {
                    best = k;
                }
            }
            if (best >= 0) {
                while (best > 0 && out.get(best - 1).sentence() == sentence
                        && out.get(best - 1).cue().equals(out.get(best).cue()) && out.get(best - 1).citedBy() == null) {
                    best--;
                }
                return out.get(best).name();
            }
            for (CitedSource c : out) {
                if (c.sentence() == sentence && c.citedBy() == null && !c.name().equals(h.name())) {
                    return c.name();
                }
            }
            return null;
        }

        void add(Hit h, String cue, boolean relayed) {
            String citedBy = relayed ? relayer(h) : null;
            for (CitedSource c : out) {
                if (c.start() == h.start()) {
                    return;
                }
            }
            out.add(new CitedSource(h.name(), h.kind(), h.start(), h.end(), sentence, cue, citedBy));
            if (h.kind() == SourceKind.OUTLET || h.kind() == SourceKind.AGENCY) {
                lastOutlet = h.name();
            }
        }
    }

    @Override
    public List<CitedSource> extract(Article article, List<Sentence> sentences, List<EntityMention> entities) {
        Run run = new Run(article.text(), entities);
        for (Sentence s : sentences) {
            run.tokens = tokenizer.tokenize(article.text(), s.start(), s.end());
            run.sentence = s.index();
            List<Hit[]> relays = new ArrayList<>();
            List<String> relayCues = new ArrayList<>();
            readSentence(run, relays, relayCues);
            // Relayed sources go last so that their relaying source of the same sentence is known.
            for (int k = 0; k < relays.size(); k++) {
                for (Hit h : relays.get(k)) {
                    run.add(h, relayCues.get(k), true);
                }
            }
        }
        List<CitedSource> out = new ArrayList<>(run.out);
        out.sort(Comparator.comparingInt(CitedSource::start));
        return List.copyOf(out);
    }

    private void readSentence(Run run, List<Hit[]> relays, List<String> relayCues) {
        List<Token> t = run.tokens;
        int n = t.size();
        for (int i = 0; i < n; i++) {
            String w = t.get(i).text();
            String lower = w.toLowerCase(Locale.ROOT);
            String next = i + 1 < n ? t.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
            String next2 = i + 2 < n ? t.get(i + 2).text().toLowerCase(Locale.ROOT) : "";
            if (lower.equals("laut")) {
                direct(run, after(run, i + 1, 3), w);
            } else if (lower.equals("according") && next.equals("to")) {
                direct(run, after(run, i + 2, 3), "according to");
            } else if (lower.equals("nach") && (next.equals("informationen") || next.equals("schätzungen"))
                    && (next2.equals("aus") || next2.equals("von") || next2.equals("der") || next2.equals("des"))) {
                direct(run, after(run, i + 3, 3), cue(run, i, i + 3));
            } else if (lower.equals("nach") && next.equals("angaben")) {
                direct(run, after(run, i + 2, 4), cue(run, i, i + 2));
            } else if (lower.equals("unter") && next.equals("berufung") && next2.equals("auf")) {
                if (run.out.stream().noneMatch(c -> c.sentence() == run.sentence)) {
                    // "US-Medien hatten zuletzt unter Berufung auf …", "hatte das Weiße Haus unter Berufung auf …"
                    for (Hit h : scan(run, Math.max(0, i - 4), i, 4, true)) {
                        if (h.kind() != SourceKind.ANONYMOUS && i - h.to() <= 3) {
                            run.add(h, cue(run, i, i + 3), false);
                        }
                    }
                }
                relay(relays, relayCues, after(run, i + 3, 6), cue(run, i, i + 3));
            } else if (Set.of("berief", "beruft", "berufen", "beriefen").contains(lower) && next.equals("sich")
                    && next2.equals("auf")) {
                relay(relays, relayCues, after(run, i + 3, 6), cue(run, i, i + 3));
            } else if (lower.equals("sich") && next.equals("auf") && followedBy(t, i + 2, 7,
                    Set.of("stützte", "stützt", "stützten", "stützen", "berief", "beruft", "beriefen", "berufen"))) {
                relay(relays, relayCues, after(run, i + 2, 4), "sich auf … stützte");
            } else if (lower.equals("citing")) {
                if (i > 1 && t.get(i - 1).text().equals(",")
                        && run.out.stream().noneMatch(c -> c.sentence() == run.sentence)) {
                    List<Hit> subject = before(run, i - 1); // "The Daily Meridian, citing officials, reported"
                    direct(run, subject, w);
                }
                relay(relays, relayCues, after(run, i + 1, 5), w);
            } else if (CITE_VERBS.contains(lower)) {
                List<Hit> subject = before(run, i);
                if (!subject.isEmpty() && relativeClauseBefore(t, i)) {
                    relay(relays, relayCues, subject, w); // "YTN, der einen hohen Regierungsbeamten … zitierte"
                } else if (!subject.isEmpty()) {
                    direct(run, subject, w);
                    relay(relays, relayCues, after(run, i + 1, 4), w);
                } else if (i > 0 && t.get(i - 1).text().equals(",") || i == 0
                        || run.out.stream().anyMatch(c -> c.sentence() == run.sentence)) {
                    List<Hit> object = after(run, i + 1, 4);
                    if (!object.isEmpty() && isNamed(object.get(0))) {
                        direct(run, object.subList(0, 1), w); // „…“, zitierte Interfax den Minister …
                    } else {
                        relay(relays, relayCues, object, w);
                    }
                }
            } else if (lower.equals("zufolge")) {
                List<Hit> hits = before(run, i);
                if (!hits.isEmpty() && hits.get(hits.size() - 1).to() >= i - 1) {
                    direct(run, hits.subList(hits.size() - 1, hits.size()), w); // "Yonhap zufolge", not "Kim … Berichten zufolge"
                }
            } else if (lower.equals("quelle") && next.equals(":")) {
                direct(run, after(run, i + 2, 2), "Quelle:");
            } else if ((lower.equals("bericht") || lower.equals("berichts")) && (next.equals("des") || next.equals("der"))) {
                direct(run, after(run, i + 1, 4), w);
            } else if ((lower.equals("hieß") || lower.equals("heißt")) && next.equals("es")) {
                if (next2.equals("aus")) {
                    direct(run, after(run, i + 3, 3), cue(run, i, i + 3));
                } else {
                    int aus = indexBack(t, i, "aus", 4);
                    if (aus >= 0) {
                        direct(run, after(run, aus + 1, 3), cue(run, aus, i + 2));
                    }
                }
            } else if (lower.equals("wie")) {
                for (int j = i + 1; j < Math.min(n, i + 16); j++) {
                    String v = t.get(j).text();
                    if (v.equals(".") || v.equals("dass") || v.equals("wie")) {
                        break;
                    }
                    if (WIE_VERBS.contains(v)) {
                        List<Hit> hits = scan(run, i + 1, j, 3, true);
                        if (!hits.isEmpty() && hits.get(0).from() <= i + 4) {
                            direct(run, hits.subList(0, 1), "wie … " + v);
                        }
                        break;
                    }
                }
            } else if (lower.equals("so") && i > 0 && t.get(i - 1).text().equals(",")) {
                direct(run, after(run, i + 1, 3), w);
            } else if (lower.equals("told")) {
                // "Analysts told Bloomberg …": the outlet reports, the subject is its source
                List<Hit> object = after(run, i + 1, 2);
                if (!object.isEmpty()) {
                    direct(run, object, w);
                    relay(relays, relayCues, before(run, i), w);
                }
            } else if (REPORT_VERBS.contains(lower)) {
                List<Hit> subject = before(run, i);
                if (!subject.isEmpty() && AttributionCues.isRelied(t, subject.get(0).from())) {
                    subject = List.of(); // "Unter Berufung auf Y berichtete X": Y is relied on, X reports
                }
                if (!subject.isEmpty()) {
                    direct(run, subject, w);
                } else if (i == 0 || !JOINERS.contains(t.get(i - 1).text())) {
                    List<Hit> object = after(run, i + 1, 5);
                    if (!object.isEmpty()) {
                        direct(run, object, lower.equals("teilte") || lower.equals("teilten") ? w + " … mit" : w);
                    }
                }
            }
        }
        subjectAgency(run);
    }

    /** A news agency or outlet as the sentence's subject: "Die Nachrichtenagentur RIA relativierte später …". */
    private void subjectAgency(Run run) {
        List<Token> t = run.tokens;
        for (int i = 0; i < Math.min(t.size(), 6); i++) {
            Gazetteer.Match m = gazetteer.longestMatch(run.text, t, i);
            if (m == null) {
                continue;
            }
            SourceKind kind = m.entry().sourceKind();
            int after = skipClosingQuotes(t, m.to());
            if ((kind == SourceKind.AGENCY || kind == SourceKind.OUTLET) && after < t.size()
                    && t.get(after).isLowerCase() && looksLikeReportingVerb(t.get(after).text())) {
                Hit h = new Hit(m.entry().canonical(), kind, t.get(i).start(), t.get(m.to() - 1).end(), i, m.to());
                run.add(h, t.get(after).text(), false);
            }
            return;
        }
    }

    private static boolean followedBy(List<Token> t, int from, int reach, Set<String> words) {
        for (int k = from; k < Math.min(t.size(), from + reach); k++) {
            if (words.contains(t.get(k).text())) {
                return true;
            }
            if (t.get(k).text().equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the clause before token {@code i} is a relative clause: ", der …", ", which …". */
    private static boolean relativeClauseBefore(List<Token> t, int i) {
        for (int k = i - 1; k > 0; k--) {
            if (t.get(k).text().equals(",")) {
                return Set.of("der", "die", "das", "which", "who").contains(t.get(k + 1).text());
            }
        }
        return false;
    }

    /** A past-tense or reporting verb: "relativierte", "meldete", "berichteten", "reported", "says". */
    private static boolean looksLikeReportingVerb(String w) {
        return REPORT_VERBS.contains(w) || w.length() > 4 && (w.endsWith("te") || w.endsWith("ten"))
                || w.endsWith("ed") || w.equals("says") || w.equals("reports");
    }

    private static int skipClosingQuotes(List<Token> t, int i) {
        while (i < t.size() && "“”\"»«‘’".contains(t.get(i).text())) {
            i++;
        }
        return i;
    }

    private static boolean isNamed(Hit h) {
        return h.kind() == SourceKind.AGENCY || h.kind() == SourceKind.OUTLET || h.kind() == SourceKind.GOVERNMENT;
    }

    private static int indexBack(List<Token> t, int i, String word, int max) {
        for (int j = i - 1; j >= Math.max(0, i - max); j--) {
            if (t.get(j).text().equalsIgnoreCase(word)) {
                return j;
            }
        }
        return -1;
    }

    private String cue(Run run, int from, int to) {
        return run.text.substring(run.tokens.get(from).start(), run.tokens.get(to - 1).end());
    }

    private static void direct(Run run, List<Hit> hits, String cue) {
        for (Hit h : hits) {
            run.add(h, cue, false);
        }
    }

    private static void relay(List<Hit[]> relays, List<String> cues, List<Hit> hits, String cue) {
        if (!hits.isEmpty()) {
            relays.add(hits.toArray(new Hit[0]));
            cues.add(cue);
        }
    }

    /** Sources right after a cue; the first must start within {@code reach} words (articles, adjectives). */
    private List<Hit> after(Run run, int from, int reach) {
        List<Token> t = run.tokens;
        int i = from;
        while (i < t.size() && (SKIP_AFTER_VERB.contains(t.get(i).text()) || t.get(i).text().matches("\\d+|\\."))) {
            i++;
        }
        List<Hit> hits = scan(run, i, t.size(), reach, false);
        if (hits.isEmpty()) {
            Hit unknown = unknownAfter(run, i);
            if (unknown != null) {
                return List.of(unknown);
            }
        }
        return hits;
    }

    /** Words between a cue and an unknown source's name: articles, numbers, a few adjectives. */
    private static final Set<String> BEFORE_NAME = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einem", "einer", "einen", "the", "a", "an", "two", "three", "several", "senior", "local", "von", "vom",
            "aus", "from", "by", "a statement from", "statement", "informierten", "informed");
    private static final Set<String> CONNECTORS = Set.of("der", "des", "für", "of", "for", "und", "&");
    private static final Set<String> NOT_NAMES = Set.of("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag",
            "Samstag", "Sonntag", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
            "Er", "Sie", "Es", "He", "She", "It", "They", "We", "I", "Das", "Dies", "This", "That", "Die", "Der",
            "The", "A", "An", "In", "On", "At", "Am", "Im", "Zahlen", "Berichten", "Bericht", "Angaben");

    /**
     * An unknown source named right after a cue, its kind told by the noun before the name or by the name's head:
     * "laut Nordpress" (no kind: only with a cue noun or a telling head), "die Agentur Nordpress", "the Severn
     * Catchment Authority", "der Stadtverwaltung", "told Continental Wire".
     */
    private Hit unknownAfter(Run run, int from) {
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
            int k = i;
            while (k < t.size() && k - i < 3 && t.get(k).isWord() && t.get(k).isLowerCase()
                    && SourceHeads.kindOf(t.get(k).text()) == null) {
                k++;
            }
            if (k < t.size() && k - i < 3 && t.get(k).isWord() && SourceHeads.kindOf(t.get(k).text()) != null
                    && t.get(k).isLowerCase()) {
                String name = run.text.substring(first.start(), t.get(k).end());
                return new Hit(name, SourceHeads.kindOf(t.get(k).text()), first.start(), t.get(k).end(), i, k + 1);
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
    private Hit unknownHit(Run run, int from, int to, SourceKind cueKind) {
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
        return new Hit(name, kind, t.get(from).start(), t.get(to - 1).end(), from, to);
    }

    /** Auxiliaries and adverbs between a subject and its reporting verb. */
    private static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("hat", "hatte", "hatten", "haben", "has",
            "had", "have", "also", "auch", "zuvor", "bereits", "am", "on");

    /** An unknown source as the subject right before a reporting verb: "Der Wahlausschuss erklärte". */
    private Hit unknownBefore(Run run, int cue) {
        List<Token> t = run.tokens;
        int k = cue - 1;
        while (k >= 0 && BETWEEN_SUBJECT_AND_VERB.contains(t.get(k).text())) {
            k--;
        }
        while (k >= 0 && "“”\"»«".contains(t.get(k).text())) {
            k--;
        }
        if (k < 0 || !t.get(k).isWord()) {
            return null;
        }
        int end = k + 1;
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
            return new Hit(name, SourceHeads.kindOf(t.get(k).text()), t.get(from).start(), t.get(k).end(), from, end);
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

    /** Sources right before a cue, back to the start of the clause: the subject of a reporting verb. */
    private List<Hit> before(Run run, int cue) {
        List<Token> t = run.tokens;
        int from = cue;
        while (from > 0 && cue - from < 9) {
            String w = t.get(from - 1).text();
            if (WINDOW_STOPS.contains(w) && !w.equals("(") && !w.equals(")") || w.equals("auf") || w.equals("und")
                    && from - 2 >= 0 && t.get(from - 2).text().equals(",")) {
                break;
            }
            from--;
        }
        List<Hit> hits = scan(run, from, cue, 9, true);
        // The subject ends near the verb: "Das Weiße Haus erklärte", "US-Medien hatten zuletzt … berichtet".
        List<Hit> near = new ArrayList<>();
        for (Hit h : hits) {
            if (cue - h.to() <= 3 || h.from() <= from + 3) {
                near.add(h);
            }
        }
        if (near.isEmpty()) {
            Hit unknown = unknownBefore(run, cue);
            if (unknown != null) {
                near.add(unknown);
            }
        }
        return near;
    }

    /**
     * Sources in tokens [from, to): the first within {@code reach} words of {@code from}, then further ones only when
     * joined to it by "und"/"and"/"sowie". With {@code all}, every source in the window counts.
     */
    private List<Hit> scan(Run run, int from, int to, int reach, boolean all) {
        List<Token> t = run.tokens;
        List<Hit> hits = new ArrayList<>();
        int i = from;
        int words = 0;
        boolean joined = true;
        while (i < to) {
            Token tok = t.get(i);
            if (!all && WINDOW_STOPS.contains(tok.text())) {
                break;
            }
            Hit h = hitAt(run, i, to);
            if (h != null) {
                if (joined || all) {
                    hits.add(h);
                }
                joined = false;
                i = h.to();
                int k = skipClosingQuotes(t, i);
                if (k < to && JOINERS.contains(t.get(k).text())) {
                    joined = true;
                    i = k + 1;
                    words = 0;
                    reach = 3;
                } else if (!all) {
                    break;
                }
                continue;
            }
            if (tok.isWord()) {
                words++;
            }
            if (!all && (hits.isEmpty() || joined) && words > reach) {
                break;
            }
            if (tok.text().equals("unter") || tok.text().equals("citing") || tok.text().equals("berief")) {
                break; // the next cue starts here
            }
            i++;
        }
        return hits;
    }

    /** The source starting at token {@code i}, or {@code null}. */
    private Hit hitAt(Run run, int i, int limit) {
        List<Token> t = run.tokens;
        Token tok = t.get(i);
        if (!tok.isWord()) {
            return null;
        }
        String prev = i > 0 ? t.get(i - 1).text().toLowerCase(Locale.ROOT) : "";
        String prev2 = i > 1 ? t.get(i - 2).text().toLowerCase(Locale.ROOT) : "";
        boolean afterPlacePreposition = PLACE_PREPOSITIONS.contains(prev)
                || Set.of("den", "der", "dem", "the").contains(prev) && PLACE_PREPOSITIONS.contains(prev2);
        for (EntityMention e : run.entities) {
            if (e.start() == tok.start() && e.type() == EntityType.PERSON) {
                int last = i;
                while (last + 1 < limit && t.get(last + 1).end() <= e.end()) {
                    last++;
                }
                if (last > i && SourceHeads.kindOf(t.get(last).text()) != null) {
                    return unknownHit(run, i, last + 1, null); // "Continental Wire" read as a person's name
                }
                return person(run, i);
            }
        }
        Gazetteer.Match m = gazetteer.longestMatch(run.text, t, i);
        GazetteerEntry entry = m == null ? null : m.entry();
        int to = m == null ? i + 1 : m.to();
        if (entry == null && tok.text().endsWith("s") && tok.text().length() > 3) {
            entry = gazetteer.lookup(tok.text().substring(0, tok.text().length() - 1));
        }
        if (entry != null && to <= limit) {
            if (entry.type() == EntityType.LOCATION && afterPlacePreposition) {
                return null;
            }
            if (entry.type() == EntityType.LOCATION && to == i + 1
                    && sources.lookup(tok.text().toLowerCase(Locale.ROOT)) != null) {
                return generic(run, i, sources.lookup(tok.text().toLowerCase(Locale.ROOT))); // "Police said"
            }
            if (entry.type() == EntityType.LOCATION && to < t.size() && sources.lookup(t.get(to).text()) != null) {
                // "US officials", "russische Beamte" are anonymous sources described by a place
                Hit g = generic(run, to, sources.lookup(t.get(to).text()));
                if (g != null) {
                    return new Hit(run.text.substring(tok.start(), g.end()), g.kind(), tok.start(), g.end(), i, g.to());
                }
            }
            if (entry.type() == EntityType.PERSON) {
                return person(run, i);
            }
            SourceKind kind = entry.sourceKind() == null ? SourceKind.OTHER : entry.sourceKind();
            return new Hit(entry.canonical(), kind, tok.start(), t.get(to - 1).end(), i, to);
        }
        SourceLexicon.GenericSource generic = sources.lookup(tok.text());
        if (generic == null && tok.isCapitalised()) {
            generic = sources.lookup(tok.text().toLowerCase(Locale.ROOT)); // "Officials said …"
        }
        if (generic == null && tok.text().indexOf('-') > 0) {
            generic = sources.lookup(tok.text().substring(tok.text().lastIndexOf('-') + 1));
        }
        if (generic != null && !(tok.text().equals("Quelle") && i + 1 < t.size() && t.get(i + 1).text().equals(":"))) {
            return generic(run, i, generic);
        }
        Hit quotedName = namedOutlet(run, i);
        if (quotedName != null) {
            return quotedName;
        }
        if (OUTLET_NOUNS.contains(tok.text()) && run.lastOutlet != null) {
            int k = skipClosingQuotes(t, i + 1);
            boolean named = k < t.size() && (t.get(k).isCapitalised() || "„\"“".contains(t.get(k).text()));
            if (!named && Set.of("die", "der", "das", "the", "dem", "des").contains(prev)) {
                GazetteerEntry e = gazetteer.byCanonical(run.lastOutlet);
                SourceKind kind = e != null && e.sourceKind() != null ? e.sourceKind() : SourceKind.OUTLET;
                return new Hit(run.lastOutlet, kind, tok.start(), tok.end(), i, i + 1);
            }
        }
        return person(run, i);
    }

    /** "die Zeitung „Le Monde“", "der Sender Rai": an outlet noun followed by an unknown name. */
    private Hit namedOutlet(Run run, int i) {
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
        return new Hit(name, kind, t.get(from).start(), t.get(k - 1).end(), i, quoted ? k + 1 : k);
    }

    private Hit generic(Run run, int i, SourceLexicon.GenericSource generic) {
        List<Token> t = run.tokens;
        if (generic.kind() == SourceKind.EXPERT) {
            Hit firm = expertFirm(run, i);
            if (firm != null) {
                return firm;
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
        return new Hit(name, generic.kind(), t.get(i).start(), t.get(to - 1).end(), i, to);
    }

    /**
     * The firm or institute of an analyst or expert: "A Brightline Research analyst", "Analysts at Harrow Capital",
     * "ein Analyst der Firma Kessler Research"; {@code null} when none is named.
     */
    private Hit expertFirm(Run run, int i) {
        List<Token> t = run.tokens;
        int end = i;
        int from = i;
        while (from > 0 && i - from < 4 && t.get(from - 1).isWord() && t.get(from - 1).isCapitalised()
                && !NOT_NAMES.contains(t.get(from - 1).text())) {
            from--;
        }
        if (from < end && t.get(i).isLowerCase()) {
            String name = run.text.substring(t.get(from).start(), t.get(end - 1).end());
            return new Hit(name, SourceKind.EXPERT, t.get(from).start(), t.get(i).end(), from, i + 1);
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
                return new Hit(name, SourceKind.EXPERT, t.get(nameFrom).start(), t.get(k - 1).end(), i, k);
            }
        }
        return null;
    }

    /** A person mention at token {@code i} that a role marks as an official or expert, or {@code null}. */
    private Hit person(Run run, int i) {
        Token tok = run.tokens.get(i);
        for (EntityMention m : run.entities) {
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
                return new Hit(m.name(), kind, m.start(), m.end(), i, endToken + 1);
            }
        }
        return null;
    }

    private String roleNear(Run run, int from, int to) {
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
