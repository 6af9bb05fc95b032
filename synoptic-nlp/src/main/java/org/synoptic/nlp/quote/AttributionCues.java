package org.synoptic.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synoptic.nlp.text.Token;

/**
 * The grammar of attribution cues, one definition shared by the quote extractor ({@link SourceCueFinder}) and the
 * cited-source extractor ({@code RuleCitedSourceExtractor}) so that both read a sentence the same way.
 *
 * <p><b>Source cues</b> ({@link #sourceCueAt}): "laut X", "gemäß X", "according to X" (the source after the cue),
 * "X zufolge" (before it), "nach Angaben X" and "nach dem Bericht des X" ("nach" before a report noun, not after a
 * time: "zwei Monate nach dem Urteil"; "Nach dem Grundgesetz" only opening the sentence), "seiner Ansicht nach" (the
 * holder before the noun). What the source is, and which words of the sentence it stands for, each extractor reads
 * itself.
 *
 * <p><b>Reliance cues</b>: "unter Berufung auf Y", "berief sich auf Y", "citing Y". The one named after the cue (Y) is
 * the original speaker; the subject of the reporting verb relays Y's words. The cue may stand in any of the three
 * places German puts it:
 * <ul>
 *   <li>after the verb: "Le Monde berichtete unter Berufung auf Regierungskreise, …" (and clause-first: "…,
 *   berichtete Le Monde unter Berufung auf Regierungskreise.");</li>
 *   <li>first, before the verb and its subject: "Unter Berufung auf Regierungskreise berichtete Le Monde, …";</li>
 *   <li>between auxiliary and participle: "Le Monde hatte unter Berufung auf Regierungskreise berichtet, …".</li>
 * </ul>
 * All positions are token indices. Stateless and thread-safe.
 */
public final class AttributionCues {

    /** Verb forms of "sich berufen auf". */
    private static final Set<String> BERUFEN = Set.of("berief", "beruft", "berufen", "beriefen");
    /** Tokens that end the clause a cue can belong to. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ".", ";", ":", "!", "?", "„", "“", "\"");
    /** How many tokens a reliance cue may stand before its verb. */
    private static final int REACH_BEFORE = 12;
    /** How many words may stand between a cue and the name it relies on ("auf namentlich nicht genannte Beamte"). */
    private static final int NAME_REACH = 5;

    private AttributionCues() {
    }

    /** The kinds of source cue, by where the source stands. */
    public enum Kind {
        /** "laut X", "gemäß X", "according to X": the source follows the cue. */
        PREPOSITION,
        /** "nach Angaben X", "nach dem Bericht des X", "Nach dem Urteil": the source follows, or is, the report noun. */
        REPORT_NOUN,
        /** "X zufolge": the source precedes the cue. */
        POSTPOSITION,
        /** "seiner Ansicht nach", "nach Ansicht von X": the holder of the view precedes "nach". */
        POSTPOSED_NACH
    }

    /** A source cue in a sentence: its kind and its tokens {@code [from, to)}. */
    public record SourceCue(Kind kind, int from, int to) {
    }

    /**
     * The source cue at {@code t[i]}, or {@code null} when none stands there. For {@link Kind#REPORT_NOUN} the cue
     * ends after the report noun ("nach Angaben", "nach neuen Informationen"); for {@link Kind#POSTPOSED_NACH} it is
     * "nach" alone, its noun before it.
     */
    public static SourceCue sourceCueAt(List<Token> t, int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        int n = t.size();
        switch (w) {
            case "laut", "gemäß":
                return new SourceCue(Kind.PREPOSITION, i, i + 1);
            case "according":
                return i + 1 < n && t.get(i + 1).text().equals("to") ? new SourceCue(Kind.PREPOSITION, i, i + 2) : null;
            case "zufolge":
                return i > 0 ? new SourceCue(Kind.POSTPOSITION, i, i + 1) : null;
            case "nach":
                return nachCue(t, i);
            default:
                return null;
        }
    }

    /** "nach" before a report noun ({@link Kind#REPORT_NOUN}) or after a view noun ({@link Kind#POSTPOSED_NACH}). */
    private static SourceCue nachCue(List<Token> t, int i) {
        if (i + 1 < t.size() && (i == 0 || !QuoteWords.TIME_BEFORE_NACH.contains(t.get(i - 1).text()))) {
            String head = SourcePhrases.headNoun(t, i + 1);
            if (SourcePhrases.isSourceNoun(head) || i == 0 && QuoteWords.RULING_ENDINGS.stream()
                    .anyMatch(head.toLowerCase(Locale.ROOT)::endsWith)) {
                int noun = i + 1;
                while (noun + 1 < t.size() && noun < i + 5 && !t.get(noun).text().equals(head)) {
                    noun++;
                }
                return new SourceCue(Kind.REPORT_NOUN, i, noun + 1);
            }
        }
        return i > 0 && QuoteWords.POSTPOSED_NACH.contains(t.get(i - 1).text())
                ? new SourceCue(Kind.POSTPOSED_NACH, i, i + 1) : null;
    }

    /**
     * The length of the reliance cue that starts at {@code t[i]} ("unter Berufung auf" and "berief sich auf": 3,
     * "citing": 1), or 0 when none starts there.
     */
    public static int relianceAt(List<Token> t, int i) {
        String w = t.get(i).text().toLowerCase(Locale.ROOT);
        if (w.equals("citing")) {
            return 1;
        }
        if (i + 2 >= t.size() || !t.get(i + 2).text().equals("auf")) {
            return 0;
        }
        String next = t.get(i + 1).text();
        return w.equals("unter") && next.equals("Berufung") || BERUFEN.contains(w) && next.equals("sich") ? 3 : 0;
    }

    /**
     * Where the words relied on begin, for the reliance cue of the clause of the reporting verb at {@code t[v]}: a
     * cue up to {@value #REACH_BEFORE} tokens before the verb, else one after it before the clause ends; -1 when the
     * clause has none.
     */
    public static int relianceOfVerb(List<Token> t, int v) {
        for (int k = Math.max(0, v - REACH_BEFORE); k < v; k++) {
            int length = relianceAt(t, k);
            if (length > 0 && k + length < v) {
                return k + length;
            }
        }
        for (int k = v + 1; k < t.size() && !CLAUSE_ENDS.contains(t.get(k).text()); k++) {
            int length = relianceAt(t, k);
            if (length > 0) {
                return k + length < t.size() ? k + length : -1;
            }
        }
        return -1;
    }

    /**
     * Whether the words starting at {@code t[k]} are relied on: a reliance cue ends at most {@value #NAME_REACH}
     * words before them, with no punctuation between ("unter Berufung auf namentlich nicht genannte Beamte").
     */
    public static boolean isRelied(List<Token> t, int k) {
        for (int j = k - 1; j >= 0 && k - j <= NAME_REACH + 1; j--) {
            if (CLAUSE_ENDS.contains(t.get(j).text())) {
                return false;
            }
            if (t.get(j).text().equals("auf") || t.get(j).text().equals("citing")) {
                int start = t.get(j).text().equals("citing") ? j : j - 2;
                return start >= 0 && relianceAt(t, start) > 0;
            }
        }
        return false;
    }
}
