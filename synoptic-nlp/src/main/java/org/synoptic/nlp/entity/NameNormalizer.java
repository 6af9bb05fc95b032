package org.synoptic.nlp.entity;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Transliteration-insensitive keys for names, so that German and English spellings of one name compare equal:
 * "Schoigu", "Shoigu" and "Šojgu" give {@code shoigu}; "Sergej" and "Sergei" give {@code sergei}; "Wladimir" and
 * "Vladimir" give {@code vladimir}; "Jong-un" and "Jong-Un" give {@code jongun}.
 *
 * <p>Rules, in order: lower case; diacritics and umlauts dropped (ö -> o); characters other than letters and digits
 * removed; tsch -> ch; sch -> sh; w -> v; y -> j; ph -> f; ck -> k; ou -> u; kh -> ch; doubled letters reduced to
 * one; ij/ii/ji at the end -> i; ej at the end -> ei. A key is not meant for display.
 * Stateless and thread-safe.
 */
public final class NameNormalizer {

    private static final NameNormalizer INSTANCE = new NameNormalizer();

    private NameNormalizer() {
    }

    /** The shared normalizer. */
    public static NameNormalizer instance() {
        return INSTANCE;
    }

    /** The key of one word of a name; empty when the word has no letters or digits. */
    public String key(String word) {
        String s = Normalizer.normalize(word.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^\\p{L}\\p{N}]+", "");
        s = s.replace("tsch", "ch").replace("sch", "sh").replace("w", "v").replace("y", "j")
                .replace("ph", "f").replace("ck", "k").replace("ou", "u").replace("kh", "ch");
        s = s.replaceAll("(.)\\1+", "$1");
        s = s.replaceAll("(ij|ii|ji)$", "i").replaceAll("ej$", "ei");
        return s;
    }

    /** The keys of the words of a name ("Kim Jong-un" gives {@code [kim, jongun]}). */
    public List<String> keys(String name) {
        List<String> out = new ArrayList<>();
        for (String word : name.split("[\\s\u00A0]+")) {
            String k = key(word);
            if (!k.isEmpty()) {
                out.add(k);
            }
        }
        return out;
    }

    /** The key of a whole name: the keys of its words joined by single spaces. */
    public String nameKey(String name) {
        return String.join(" ", keys(name));
    }
}
