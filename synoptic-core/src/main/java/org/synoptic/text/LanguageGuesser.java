package org.synoptic.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses whether a text is German or English from its function words.
 *
 * <p>Returns {@code de}, {@code en} or {@code und}. Function words are frequent, short and nearly disjoint between the
 * two languages, which makes this reliable for news paragraphs; issue "Ingest" replaces it with Lingua restricted to
 * the supported languages. Stateless and thread-safe.
 */
public final class LanguageGuesser {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "sich", "des", "auf", "für", "dem",
                    "den", "ein", "eine", "einer", "im", "zu", "von", "wird", "werden", "hat", "haben", "auch", "nach",
                    "bei", "aus", "wie", "über", "sei", "soll", "dass", "noch", "am", "zum", "zur", "nur", "oder"),
            "en", Set.of("the", "and", "is", "not", "with", "of", "to", "in", "on", "for", "that", "was", "were",
                    "has", "have", "be", "by", "from", "at", "said", "will", "would", "which", "this", "it", "its",
                    "an", "as", "are", "after", "but", "or", "they", "their"));

    /** Returns the ISO 639-1 code of the language, or {@code und} when the text has too few function words. */
    public String guess(String text) {
        int de = 0;
        int en = 0;
        int limit = Math.min(text.length(), 20_000);
        int i = 0;
        while (i < limit) {
            while (i < limit && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < limit && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String word = text.substring(start, i).toLowerCase(Locale.ROOT);
                if (FUNCTION_WORDS.get("de").contains(word)) {
                    de++;
                }
                if (FUNCTION_WORDS.get("en").contains(word)) {
                    en++;
                }
            }
        }
        if (de + en < 2) {
            return "und";
        }
        return de >= en ? "de" : "en";
    }
}
