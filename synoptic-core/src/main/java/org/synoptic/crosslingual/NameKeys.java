package org.synoptic.crosslingual;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Canonical keys of names across German and English spellings. A name is lower-cased, stripped of diacritics and
 * spaces ("North Korea" → {@code northkorea}) and folded so that the usual German and English transliterations meet:
 * "sch" and "sh", "tsch" and "ch", "kh" and "ch", "w" and "v", "j" and "y", "z" and "s", "ck", "c" and "k", "ph" and
 * "f", doubled letters and a final "s" (German genitive) dropped, a final "i", "ij" or "yi" written "y", so
 * Schoigu/Shoigu, Wladiwostok/Vladivostok, Selenskyj/Zelensky/Selenski and Putins/Putin each give one key. The fold
 * is lossy: it joins spellings, it never tells names apart; it is used for linking evidence and by the entity watches
 * of {@code synoptic-feeds}.
 */
public final class NameKeys {

    private NameKeys() {
    }

    /** The canonical key of a name as written; empty when it has fewer than three letters. */
    public static String key(String name) {
        String s = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                b.append(c);
            }
        }
        if (b.length() < 3) {
            return "";
        }
        String k = b.toString()
                .replace("tsch", "ch").replace("sch", "sh").replace("kh", "ch").replace("ck", "k").replace("ph", "f")
                .replace('w', 'v').replace('j', 'y').replace('z', 's').replace('c', 'k');
        StringBuilder out = new StringBuilder(k.length());
        for (int i = 0; i < k.length(); i++) {
            if (i == 0 || k.charAt(i) != k.charAt(i - 1)) {
                out.append(k.charAt(i));
            }
        }
        if (out.length() > 4 && out.charAt(out.length() - 1) == 's') {
            out.setLength(out.length() - 1);
        }
        // a final -i, -iy (from -ij) or -yi is written -y: Selenski, Selenskij, Zelenskyi and Zelensky meet
        int n = out.length();
        if (n > 3 && (out.charAt(n - 1) == 'i' || out.charAt(n - 1) == 'y' && out.charAt(n - 2) == 'i')) {
            out.setLength(out.charAt(n - 1) == 'y' || out.charAt(n - 2) == 'y' ? n - 2 : n - 1);
            out.append('y');
        }
        return out.toString();
    }
}
