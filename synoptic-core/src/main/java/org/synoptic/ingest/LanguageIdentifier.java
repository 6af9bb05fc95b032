package org.synoptic.ingest;

import java.util.Locale;
import java.util.Set;

/**
 * Identifies whether an article is German or English, with a confidence, from its function words.
 *
 * <p>Design decision: issue "Ingest" proposed Lingua restricted to German and English. Lingua 1.2.2 ships every
 * language's n-gram models in one 80 MB jar and pulls fastutil (23 MB) and kotlin-reflect (3 MB): the shaded CLI
 * jar would grow from 9.6 MB to about 117 MB for two languages we can tell apart by their function words, which are
 * frequent, short and nearly disjoint. This identifier counts them, with a confidence, and answers {@code und}
 * when a text has too few of them. Revisit when a third language is supported.
 *
 * <p>Stateless and thread-safe.
 */
final class LanguageIdentifier {

    /** A language code and how sure the identifier is, in {@code [0, 1]}. */
    record Guess(String language, double confidence) {
    }

    private static final Set<String> GERMAN = Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "sich",
            "des", "auf", "für", "dem", "den", "ein", "eine", "einer", "im", "zu", "von", "wird", "werden", "hat",
            "haben", "auch", "nach", "bei", "aus", "wie", "über", "sei", "soll", "dass", "noch", "am", "zum", "zur",
            "nur", "oder", "ich", "wir", "sie", "es", "war", "wurde", "sind", "einem", "einen", "vor", "um");
    private static final Set<String> ENGLISH = Set.of("the", "and", "is", "not", "with", "of", "to", "on", "for",
            "that", "was", "were", "has", "have", "be", "by", "from", "at", "said", "will", "would", "which", "this",
            "it", "its", "are", "after", "but", "or", "they", "their", "he", "she", "we", "been", "who", "had");
    private static final int ENOUGH_EVIDENCE = 20;
    private static final int SCAN_CHARS = 20_000;

    Guess identify(String text) {
        int de = 0;
        int en = 0;
        int limit = Math.min(text.length(), SCAN_CHARS);
        int i = 0;
        while (i < limit) {
            while (i < limit && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < limit && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start && i - start <= 6) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (GERMAN.contains(word)) {
                    de++;
                }
                if (ENGLISH.contains(word)) {
                    en++;
                }
            }
        }
        int total = de + en;
        if (total < 2 || de == en) {
            return new Guess("und", 0.0);
        }
        // Laplace-smoothed share of the winner, damped when there is little evidence.
        double share = (Math.max(de, en) + 1.0) / (total + 2.0);
        double evidence = Math.min(1.0, total / (double) ENOUGH_EVIDENCE);
        double confidence = Math.round(share * evidence * 1000) / 1000.0;
        return new Guess(de > en ? "de" : "en", confidence);
    }
}
