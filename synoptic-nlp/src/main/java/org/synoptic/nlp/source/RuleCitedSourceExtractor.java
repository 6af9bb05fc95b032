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
import org.synoptic.nlp.quote.ArticleContext;
import org.synoptic.nlp.quote.AttributionCues;
import org.synoptic.nlp.quote.AttributionLexicon;
import org.synoptic.nlp.text.Token;

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
    /** Words that attach a source to a report noun: "nach Informationen aus X", "nach Angaben der X". */
    private static final Set<String> REPORT_LINKS = Set.of("der", "des", "aus", "von", "vom");

    private final Gazetteer gazetteer;
    private final SourceNamer namer;
    /** The cue readers in the order they are asked at each token. */
    private final List<CueReader> readers = List.of(this::sourceCue, this::relianceCue, this::citeVerb,
            this::nounCue, this::wieCue, this::soOrTold, this::reportVerb);

    /** One kind of cue: reads the sources of a cue at token {@code i} and says whether that cue stands there. */
    @FunctionalInterface
    private interface CueReader {
        boolean read(SourceRun run, int i, String lower);
    }

    /** An extractor using the given name lists. */
    public RuleCitedSourceExtractor(Gazetteer gazetteer, Lexicon lexicon, SourceLexicon sources) {
        this.gazetteer = gazetteer;
        this.namer = new SourceNamer(gazetteer, lexicon, sources);
    }

    @Override
    public List<CitedSource> extract(Article article, List<Sentence> sentences, List<EntityMention> entities) {
        return extract(ArticleContext.of(article.text(), sentences, entities));
    }

    /** The cited sources of an article whose context is built, sentence by sentence, in text order. */
    public List<CitedSource> extract(ArticleContext article) {
        SourceRun run = new SourceRun(article.text(), article.entities());
        for (Sentence s : article.sentences()) {
            run.startSentence(article.tokens(s), s.index());
            readSentence(run);
            // Relayed sources go last so that their relaying source of the same sentence is known.
            for (int k = 0; k < run.relays.size(); k++) {
                for (SourceHit h : run.relays.get(k)) {
                    run.add(h, run.relayCues.get(k), true);
                }
            }
        }
        List<CitedSource> out = new ArrayList<>(run.out);
        out.sort(Comparator.comparingInt(CitedSource::start));
        return List.copyOf(out);
    }

    /**
     * Reads the cues of one sentence, token by token: at each token the first cue reader whose cue stands there
     * decides (and the others are not asked), then the subject agency of the sentence.
     */
    private void readSentence(SourceRun run) {
        for (int i = 0; i < run.tokens.size(); i++) {
            String lower = run.tokens.get(i).text().toLowerCase(Locale.ROOT);
            for (CueReader reader : readers) {
                if (reader.read(run, i, lower)) {
                    break;
                }
            }
        }
        subjectAgency(run);
    }

    private static String lowerAt(List<Token> t, int i) {
        return i < t.size() ? t.get(i).text().toLowerCase(Locale.ROOT) : "";
    }

    /**
     * The source cues of the shared grammar ({@link AttributionCues#sourceCueAt}): "laut X", "according to X", "nach
     * Angaben X", "nach Informationen aus X", "X zufolge"; whether one stands at {@code i}. After a report noun the
     * source is the genitive or "aus"/"von" phrase attached to it ("nach Angaben" takes any phrase that follows); "nach
     * eigenen Angaben" and "seiner Ansicht nach" name no source of their own.
     */
    private boolean sourceCue(SourceRun run, int i, String lower) {
        AttributionCues.SourceCue cue = AttributionCues.sourceCueAt(run.tokens, i);
        if (cue == null) {
            return false;
        }
        List<Token> t = run.tokens;
        switch (cue.kind()) {
            case PREPOSITION -> direct(run, after(run, cue.to(), 3), cue(run, i, cue.to()));
            case REPORT_NOUN -> {
                boolean angaben = cue.to() == i + 2 && t.get(i + 1).text().equals("Angaben");
                if (angaben) {
                    direct(run, after(run, cue.to(), 4), cue(run, i, cue.to()));
                } else if (REPORT_LINKS.contains(lowerAt(t, cue.to())) && !lowerAt(t, i + 1).startsWith("eigen")) {
                    direct(run, after(run, cue.to() + 1, 3), cue(run, i, cue.to() + 1));
                }
            }
            case POSTPOSITION -> {
                List<SourceHit> hits = before(run, i);
                if (!hits.isEmpty() && hits.get(hits.size() - 1).to() >= i - 1) {
                    direct(run, hits.subList(hits.size() - 1, hits.size()), t.get(i).text()); // "Yonhap zufolge", not "Kim … Berichten zufolge"
                }
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** "unter Berufung auf Y", "berief sich auf Y", "sich auf Y stützte", "citing Y": Y is relayed. */
    private boolean relianceCue(SourceRun run, int i, String lower) {
        List<Token> t = run.tokens;
        String next = lowerAt(t, i + 1);
        String next2 = lowerAt(t, i + 2);
        if (lower.equals("unter") && next.equals("berufung") && next2.equals("auf")) {
            if (run.out.stream().noneMatch(c -> c.sentence() == run.sentence)) {
                // "US-Medien hatten zuletzt unter Berufung auf …", "hatte das Weiße Haus unter Berufung auf …"
                for (SourceHit h : scan(run, Math.max(0, i - 4), i, 4, true)) {
                    if (h.kind() != SourceKind.ANONYMOUS && i - h.to() <= 3) {
                        run.add(h, cue(run, i, i + 3), false);
                    }
                }
            }
            relay(run, after(run, i + 3, 6), cue(run, i, i + 3));
        } else if (Set.of("berief", "beruft", "berufen", "beriefen").contains(lower) && next.equals("sich")
                && next2.equals("auf")) {
            relay(run, after(run, i + 3, 6), cue(run, i, i + 3));
        } else if (lower.equals("sich") && next.equals("auf") && followedBy(t, i + 2, 7,
                Set.of("stützte", "stützt", "stützten", "stützen", "berief", "beruft", "beriefen", "berufen"))) {
            relay(run, after(run, i + 2, 4), "sich auf … stützte");
        } else if (lower.equals("citing")) {
            String w = t.get(i).text();
            if (i > 1 && t.get(i - 1).text().equals(",")
                    && run.out.stream().noneMatch(c -> c.sentence() == run.sentence)) {
                List<SourceHit> subject = before(run, i - 1); // "The Daily Meridian, citing officials, reported"
                direct(run, subject, w);
            }
            relay(run, after(run, i + 1, 5), w);
        } else {
            return false;
        }
        return true;
    }

    /** "X zitierte Y": X reports, Y is relayed; "„…“, zitierte Interfax den Minister": the named object reports. */
    private boolean citeVerb(SourceRun run, int i, String lower) {
        if (!CITE_VERBS.contains(lower)) {
            return false;
        }
        List<Token> t = run.tokens;
        String w = t.get(i).text();
        List<SourceHit> subject = before(run, i);
        if (!subject.isEmpty() && relativeClauseBefore(t, i)) {
            relay(run, subject, w); // "YTN, der einen hohen Regierungsbeamten … zitierte"
        } else if (!subject.isEmpty()) {
            direct(run, subject, w);
            relay(run, after(run, i + 1, 4), w);
        } else if (i > 0 && t.get(i - 1).text().equals(",") || i == 0
                || run.out.stream().anyMatch(c -> c.sentence() == run.sentence)) {
            List<SourceHit> object = after(run, i + 1, 4);
            if (!object.isEmpty() && isNamed(object.get(0))) {
                direct(run, object.subList(0, 1), w); // „…“, zitierte Interfax den Minister …
            } else {
                relay(run, object, w);
            }
        }
        return true;
    }

    /** "Quelle: X", "Bericht des X", "hieß es aus X"; whether one stands at {@code i}. */
    private boolean nounCue(SourceRun run, int i, String lower) {
        List<Token> t = run.tokens;
        String w = t.get(i).text();
        String next = lowerAt(t, i + 1);
        if (lower.equals("quelle") && next.equals(":")) {
            direct(run, after(run, i + 2, 2), "Quelle:");
        } else if ((lower.equals("bericht") || lower.equals("berichts")) && (next.equals("des") || next.equals("der"))) {
            direct(run, after(run, i + 1, 4), w);
        } else if ((lower.equals("hieß") || lower.equals("heißt")) && next.equals("es")) {
            if (lowerAt(t, i + 2).equals("aus")) {
                direct(run, after(run, i + 3, 3), cue(run, i, i + 3));
            } else {
                int aus = indexBack(t, i, "aus", 4);
                if (aus >= 0) {
                    direct(run, after(run, aus + 1, 3), cue(run, aus, i + 2));
                }
            }
        } else {
            return false;
        }
        return true;
    }

    /** "wie X mitteilte": the first source between "wie" and the verb, within four words of "wie". */
    private boolean wieCue(SourceRun run, int i, String lower) {
        if (!lower.equals("wie")) {
            return false;
        }
        List<Token> t = run.tokens;
        for (int j = i + 1; j < Math.min(t.size(), i + 16); j++) {
            String v = t.get(j).text();
            if (v.equals(".") || v.equals("dass") || v.equals("wie")) {
                break;
            }
            if (WIE_VERBS.contains(v)) {
                List<SourceHit> hits = scan(run, i + 1, j, 3, true);
                if (!hits.isEmpty() && hits.get(0).from() <= i + 4) {
                    direct(run, hits.subList(0, 1), "wie … " + v);
                }
                break;
            }
        }
        return true;
    }

    /** "…, so X"; "Analysts told Bloomberg": the outlet reports, the subject is its source. */
    private boolean soOrTold(SourceRun run, int i, String lower) {
        List<Token> t = run.tokens;
        String w = t.get(i).text();
        if (lower.equals("so") && i > 0 && t.get(i - 1).text().equals(",")) {
            direct(run, after(run, i + 1, 3), w);
        } else if (lower.equals("told")) {
            List<SourceHit> object = after(run, i + 1, 2);
            if (!object.isEmpty()) {
                direct(run, object, w);
                relay(run, before(run, i), w);
            }
        } else {
            return false;
        }
        return true;
    }

    /** "Die Zeitung berichtete", "teilte das Ministerium mit": the verb's subject, else its object, reports. */
    private boolean reportVerb(SourceRun run, int i, String lower) {
        if (!REPORT_VERBS.contains(lower)) {
            return false;
        }
        List<Token> t = run.tokens;
        String w = t.get(i).text();
        List<SourceHit> subject = before(run, i);
        if (!subject.isEmpty() && AttributionCues.isRelied(t, subject.get(0).from())) {
            subject = List.of(); // "Unter Berufung auf Y berichtete X": Y is relied on, X reports
        }
        if (!subject.isEmpty()) {
            direct(run, subject, w);
        } else if (i == 0 || !JOINERS.contains(t.get(i - 1).text())) {
            List<SourceHit> object = after(run, i + 1, 5);
            if (!object.isEmpty()) {
                direct(run, object, lower.equals("teilte") || lower.equals("teilten") ? w + " … mit" : w);
            }
        }
        return true;
    }

    /** A news agency or outlet as the sentence's subject: "Die Nachrichtenagentur RIA relativierte später …". */
    private void subjectAgency(SourceRun run) {
        List<Token> t = run.tokens;
        for (int i = 0; i < Math.min(t.size(), 6); i++) {
            Gazetteer.Match m = gazetteer.longestMatch(run.text, t, i);
            if (m == null) {
                continue;
            }
            SourceKind kind = m.entry().sourceKind();
            int after = SourceNamer.skipClosingQuotes(t, m.to());
            if ((kind == SourceKind.AGENCY || kind == SourceKind.OUTLET) && after < t.size()
                    && t.get(after).isLowerCase() && looksLikeReportingVerb(t.get(after).text())) {
                SourceHit h = new SourceHit(m.entry().canonical(), kind, t.get(i).start(), t.get(m.to() - 1).end(), i, m.to());
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

    private static boolean isNamed(SourceHit h) {
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

    private String cue(SourceRun run, int from, int to) {
        return run.text.substring(run.tokens.get(from).start(), run.tokens.get(to - 1).end());
    }

    private static void direct(SourceRun run, List<SourceHit> hits, String cue) {
        for (SourceHit h : hits) {
            run.add(h, cue, false);
        }
    }

    private static void relay(SourceRun run, List<SourceHit> hits, String cue) {
        if (!hits.isEmpty()) {
            run.relays.add(hits.toArray(new SourceHit[0]));
            run.relayCues.add(cue);
        }
    }

    /** Sources right after a cue; the first must start within {@code reach} words (articles, adjectives). */
    private List<SourceHit> after(SourceRun run, int from, int reach) {
        List<Token> t = run.tokens;
        int i = from;
        while (i < t.size() && (SKIP_AFTER_VERB.contains(t.get(i).text()) || t.get(i).text().matches("\\d+|\\."))) {
            i++;
        }
        List<SourceHit> hits = scan(run, i, t.size(), reach, false);
        if (hits.isEmpty()) {
            SourceHit unknown = namer.unknownAfter(run, i);
            if (unknown != null) {
                return List.of(unknown);
            }
        }
        return hits;
    }

    /** Sources right before a cue, back to the start of the clause: the subject of a reporting verb. */
    private List<SourceHit> before(SourceRun run, int cue) {
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
        List<SourceHit> hits = scan(run, from, cue, 9, true);
        // The subject ends near the verb: "Das Weiße Haus erklärte", "US-Medien hatten zuletzt … berichtet".
        List<SourceHit> near = new ArrayList<>();
        for (SourceHit h : hits) {
            if (cue - h.to() <= 3 || h.from() <= from + 3) {
                near.add(h);
            }
        }
        if (near.isEmpty()) {
            SourceHit unknown = namer.unknownBefore(run, cue);
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
    private List<SourceHit> scan(SourceRun run, int from, int to, int reach, boolean all) {
        List<Token> t = run.tokens;
        List<SourceHit> hits = new ArrayList<>();
        int i = from;
        int words = 0;
        boolean joined = true;
        while (i < to) {
            Token tok = t.get(i);
            if (!all && WINDOW_STOPS.contains(tok.text())) {
                break;
            }
            SourceHit h = namer.hitAt(run, i, to);
            if (h != null) {
                if (joined || all) {
                    hits.add(h);
                }
                joined = false;
                i = h.to();
                int k = SourceNamer.skipClosingQuotes(t, i);
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

}
