package org.synoptic.digest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

    /** A word, or a number of three digits or more ("2019", "212"), which a statement's core may hold too. */
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*|(?<![\\d.,])\\d{3,}(?![\\d.,]\\d)");

    private StatementContainment() {
    }

    /**
     * A content word of a statement: its stem, the concepts that stand for it ({@link #conceptsOf}), and whether it is
     * a noun (written with a capital), which a compound may hold as its head.
     */
    record Word(String stem, Set<String> concepts, boolean noun) {

        /** Whether a text's concepts hold this word: one of its concepts, or, for a noun, a compound with it as head. */
        boolean heldBy(Set<String> held) {
            return concepts.stream().anyMatch(held::contains)
                    || noun && held.stream().anyMatch(t -> TermExpander.isHeadOf(stem, t));
        }
    }

    /**
     * What the supporters of a statement all say, to be looked for in a clause: the content words of the supporter
     * that says it in fewest words that every other supporter holds too (as one of its concepts, or as a compound's
     * head), the added sentence terms all of them hold ("≈dementi" of "wies … zurück", "Dementis", "zurückgewiesen"),
     * and the names all of them hold. Empty ({@link #isEmpty}) when that leaves fewer than {@value #MIN_WORDS} or more
     * than {@value #MAX_WORDS} words, or the shortest supporter has more than {@value #MAX_STATEMENT_WORDS}.
     */
    record Core(List<Word> words, Set<String> names) {

        /**
         * The core of a statement's supporters; {@code concepts} gives a text's concepts ({@link #conceptsOf}), as a
         * digest's {@link EvidenceJudge#concepts} remembers them.
         */
        static Core of(List<Vector> supporters, String language, Function<String, Set<String>> concepts) {
            Vector shortest = null;
            long fewest = Long.MAX_VALUE;
            for (Vector v : supporters) {
                // the sentence's content terms bound its content words: a cheap first look
                long n = v.weights().keySet().stream().filter(t -> SentenceVectors.isContentTerm(t) && !t.startsWith("≈"))
                        .count();
                if (n < fewest) {
                    shortest = v;
                    fewest = n;
                }
            }
            List<Word> shortestWords = contentWords(shortest, language);
            if (shortestWords.size() > MAX_STATEMENT_WORDS) {
                return new Core(List.of(), Set.of());
            }
            List<Set<String>> others = new java.util.ArrayList<>();
            Set<String> sentenceTerms = null;
            Set<String> names = null;
            for (Vector v : supporters) {
                Set<String> held = concepts.apply(v.sentence().text());
                if (v != shortest) {
                    others.add(held);
                }
                Set<String> marked = new HashSet<>();
                held.stream().filter(t -> t.startsWith("≈")).forEach(marked::add);
                Set<String> named = new HashSet<>();
                v.weights().keySet().stream().filter(t -> t.startsWith("§")).forEach(named::add);
                if (sentenceTerms == null) {
                    sentenceTerms = marked;
                    names = named;
                } else {
                    sentenceTerms.retainAll(marked);
                    names.retainAll(named);
                }
            }
            List<Word> words = new java.util.ArrayList<>();
            for (Word w : shortestWords) {
                if (others.stream().allMatch(w::heldBy)) {
                    words.add(w);
                    sentenceTerms.removeAll(w.concepts());
                }
            }
            for (String term : new java.util.TreeSet<>(sentenceTerms)) {
                words.add(new Word(term, Set.of(term), false));
            }
            return words.size() < MIN_WORDS || words.size() > MAX_WORDS ? new Core(List.of(), Set.of())
                    : new Core(List.copyOf(words), Set.copyOf(names));
        }

        boolean isEmpty() {
            return words.isEmpty();
        }

        /**
         * The clause of {@code sentence} (or the whole sentence, where it has no clauses) that holds each word and
         * name of this core, or {@code null} where none does; {@code concepts} as for {@link #of}.
         */
        String clauseStating(Vector sentence, List<SentenceVectors.Clause> clauses,
                             Function<String, Set<String>> concepts) {
            if (words.isEmpty() || !sentence.weights().keySet().containsAll(names)) {
                return null;
            }
            List<SentenceVectors.Clause> pieces = clauses.isEmpty()
                    ? List.of(new SentenceVectors.Clause(sentence.sentence().text(), sentence.weights()))
                    : clauses;
            for (SentenceVectors.Clause clause : pieces) {
                if (clause.weights().keySet().containsAll(names)) {
                    Set<String> held = concepts.apply(clause.text());
                    if (words.stream().allMatch(w -> w.heldBy(held))) {
                        return clause.text();
                    }
                }
            }
            return null;
        }
    }

    /** Most content words the shortest supporter may have for its shared words to be looked for. */
    static final int MAX_STATEMENT_WORDS = 6;

    /** The content words of a statement, each once, in order; the words of its names are no content words. */
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
            byStem.putIfAbsent(stems.get(0), new Word(stems.get(0), conceptsOf(word, language),
                    Character.isUpperCase(word.charAt(0))));
        }
        return List.copyOf(byStem.values());
    }

    /**
     * The concepts a text holds: its stems, each German stem's root where it is a noun of action or a participle
     * ("lieferung" and "geliefert" give "liefer"), the infinitive's stem of a strong verb's form ("traf" and
     * "getroffen" give "treff", as "Treffen" does), the terms {@link TermExpander} adds, and its frames, marked "≈".
     */
    static Set<String> conceptsOf(String text, String language) {
        Set<String> out = new HashSet<>();
        for (String stem : SentenceVectors.stems(text, language)) {
            out.add(stem);
            if (!"en".equals(language)) {
                out.add(root(stem));
            }
        }
        if (!"en".equals(language)) {
            // a strong verb's forms meet its infinitive and the noun made of it: "traf", "getroffen", "Treffen"
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String infinitive = SeparableVerbs.infinitiveOf(m.group());
                if (infinitive != null) {
                    out.addAll(SentenceVectors.stems(infinitive, language));
                }
            }
        }
        Map<String, Double> expanded = new HashMap<>();
        TermExpander.expand(text, language, expanded);
        out.addAll(expanded.keySet());
        for (String frame : PhraseClasses.FRAMES.of(text)) {
            out.add("≈" + frame);
        }
        return out;
    }

    /** Shortest root {@link #root} gives: a shorter one ("gesetzt" → "setz") is too often another word's too. */
    private static final int MIN_ROOT = 5;

    /** The root of a German noun of action ("lieferung") or a weak participle ("geliefert"), else the stem itself. */
    static String root(String stem) {
        if (stem.endsWith("ung") && stem.length() - 3 >= MIN_ROOT) {
            return stem.substring(0, stem.length() - 3);
        }
        if (stem.startsWith("ge") && stem.endsWith("t") && stem.length() - 3 >= MIN_ROOT) {
            return stem.substring(2, stem.length() - 1);
        }
        return stem;
    }
}
