package org.synoptic.digest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.digest.SentenceVectors.Vector;

/**
 * Finds a short statement inside one clause of a longer sentence of another report: "Kim Jong-un soll mit dem Zug
 * reisen" is stated by "Es gebe Anzeichen dafür, dass Kim mit einem Spezialzug Pjöngjang verlassen habe und auf dem
 * Weg nach Russland sei, …", although the long sentence says more and is far from it as a whole.
 *
 * <p>The statement must be short ({@value #MIN_WORDS} to {@value #MAX_WORDS} content words besides its names), and one
 * clause of the other sentence must hold each of its content words, as the same stem, as a part of a compound
 * ("Spezialzug" holds "Zug"), as the same synonym, or as the same frame ("reisen", "ist auf dem Weg nach", "bewegt
 * sich … in Richtung": {@link PhraseClasses#FRAMES}), or as the head of a compound that the splitter keeps whole
 * ("Sonderzug"), and every name the statement holds. A long statement is not
 * looked for this way: the more it says, the likelier a clause holds its words by chance. Whether the values agree is
 * not judged here. Stateless and thread-safe.
 */
final class StatementContainment {

    /** Fewest content words a statement needs: one word ("reisen") alone states nothing checkable. */
    static final int MIN_WORDS = 2;
    /** Most content words a statement may have to be looked for inside another sentence's clause. */
    static final int MAX_WORDS = 4;

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");

    private StatementContainment() {
    }

    /** A content word of a statement: its stem, and the concepts that stand for it ({@link #conceptsOf}). */
    record Word(String stem, Set<String> concepts) {
    }

    /**
     * The concepts of each content word of a statement, in order, or an empty list when the statement has fewer than
     * {@value #MIN_WORDS} or more than {@value #MAX_WORDS} of them. A word's concepts are its stems, the parts of a
     * compound, its synonym and its frames; the words of the statement's names are no content words.
     */
    static List<Word> contentWords(Vector statement, String language) {
        Set<String> names = EvidenceJudge.nameWords(statement.weights());
        Map<String, Word> byStem = new LinkedHashMap<>();
        Matcher m = WORD.matcher(statement.sentence().text());
        while (m.find()) {
            String word = m.group();
            List<String> stems = SentenceVectors.stems(word, language);
            if (stems.isEmpty() || !stems.stream().allMatch(SentenceVectors::isContentTerm)
                    || names.contains(word.toLowerCase(Locale.ROOT)) || stems.stream().anyMatch(names::contains)) {
                continue;
            }
            if (!byStem.containsKey(stems.get(0))) {
                byStem.put(stems.get(0), new Word(stems.get(0), conceptsOf(word, language)));
            }
            if (byStem.size() > MAX_WORDS) {
                return List.of();
            }
        }
        return byStem.size() < MIN_WORDS ? List.of() : List.copyOf(byStem.values());
    }

    /**
     * The clause of {@code sentence} (or the whole sentence, where it has no clauses) that holds each of the
     * statement's content words ({@link #contentWords}) and each of its names, or {@code null} where none does.
     */
    static String clauseStating(List<Word> words, Vector statement, Vector sentence, String language,
                                List<SentenceVectors.Clause> clauses) {
        if (words.isEmpty()) {
            return null;
        }
        Set<String> names = new HashSet<>();
        statement.weights().keySet().stream().filter(t -> t.startsWith("§")).forEach(names::add);
        List<SentenceVectors.Clause> pieces = clauses.isEmpty()
                ? List.of(new SentenceVectors.Clause(sentence.sentence().text(), sentence.weights()))
                : clauses;
        for (SentenceVectors.Clause clause : pieces) {
            if (!clause.weights().keySet().containsAll(names)) {
                continue;
            }
            Set<String> held = conceptsOf(clause.text(), language);
            if (words.stream().allMatch(w -> w.concepts().stream().anyMatch(held::contains)
                    || held.stream().anyMatch(stem -> TermExpander.isHeadOf(w.stem(), stem)))) {
                return clause.text();
            }
        }
        return null;
    }

    /** The concepts a text holds: its stems, the terms {@link TermExpander} adds, and its frames, marked "≈". */
    private static Set<String> conceptsOf(String text, String language) {
        Set<String> out = new HashSet<>(SentenceVectors.stems(text, language));
        Map<String, Double> expanded = new HashMap<>();
        TermExpander.expand(text, language, expanded);
        out.addAll(expanded.keySet());
        for (String frame : PhraseClasses.FRAMES.of(text)) {
            out.add("≈" + frame);
        }
        return out;
    }
}
