package org.synoptic.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.synoptic.model.Article;

/**
 * Undoes double encoding: UTF-8 text that was read as Windows-1252 or Latin-1 ("GÃ¤ste", "groÃ\u009Fes",
 * "â€žZitatâ€œ") is given back its characters ("Gäste", "großes", "„Zitat“").
 *
 * <p>Only a lead character (U+00C2–U+00EF, the Windows-1252 reading of a UTF-8 lead byte) followed by the right number
 * of continuation characters (the Windows-1252 or Latin-1 reading of bytes 0x80–0xBF) that together decode as strict
 * UTF-8 to a Latin letter or sign, punctuation or currency is replaced, so German text with its own umlauts passes
 * unchanged ("Ärger", "Größe", and "SPÖ“" before a closing quote). Known limit: a capital "Ä" or "Å" right before a
 * dash or curly quote ("Ä–") reads as a Latin letter of the extended range and is changed; no German text of the
 * shared data (10kGNAD, quotes-de-2024, GermEval 2014, the seeds) has one, and of the SemEval texts exactly the four
 * its README names as double-encoded are changed. A lone "Ã" before a
 * letter, where the scraper dropped the invisible second byte of "ß" (0x9F), becomes "ß", but only in a text that had
 * a sequence repaired already.
 *
 * <p>The repaired text is shorter than the input, so offsets into it are not offsets into the input: it is meant for
 * analyses that keep none (the clusterer's terms, the linker's evidence). Stateless and thread-safe.
 */
public final class MojibakeRepair {

    /** Windows-1252 bytes 0x80–0x9F as characters; the five undefined bytes read as their Latin-1 C1 controls. */
    private static final String CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";

    private MojibakeRepair() {
    }

    /**
     * The article with its title and text repaired (for analysis: see the class comment on offsets); the same instance
     * when neither changes.
     */
    public static Article repaired(Article article) {
        String title = repair(article.title());
        String text = repair(article.text());
        if (title == article.title() && text == article.text()) { // repair returns its input when nothing changed
            return article;
        }
        return new Article(article.id(), article.source(), article.url(), title, text, article.outlet(),
                article.author(), article.published(), article.language(), article.inferred(), article.canonicalUrl());
    }

    /** The text with double-encoded sequences decoded; the same instance when there is none. */
    public static String repair(String text) {
        if (text == null || !suspect(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int repaired = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int length = c >= '\u00C2' && c <= '\u00DF' ? 2 : c >= '\u00E0' && c <= '\u00EF' ? 3 : 0;
            if (length > 0 && i + length <= n) {
                byte[] bytes = new byte[length];
                bytes[0] = (byte) c;
                boolean ok = true;
                for (int k = 1; k < length && ok; k++) {
                    int b = continuation(text.charAt(i + k));
                    ok = b >= 0;
                    bytes[k] = (byte) b;
                }
                String decoded = ok ? utf8(bytes) : null;
                if (decoded != null && plausible(decoded.charAt(0))) {
                    out.append(decoded);
                    i += length - 1;
                    repaired++;
                    continue;
                }
            }
            out.append(c);
        }
        if (repaired == 0) {
            return text;
        }
        // "SpaÃ in": the 0x9F of "ß" was dropped as a control character, leaving its lead alone
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) == 'Ã' && (i + 1 == out.length() || !Character.isUpperCase(out.charAt(i + 1)))
                    && i > 0 && Character.isLowerCase(out.charAt(i - 1))) {
                out.setCharAt(i, 'ß');
            }
        }
        return out.toString();
    }

    /**
     * Whether a decoded character is one a German or English report is written in: Latin letters and signs
     * (U+00A0–U+024F), punctuation (U+2000–U+206F), currency (€) and letterlike signs (™). Anything else came from
     * correct text that only looks double-encoded: "SPÖ“" and "Saupreiß“" would decode to a Hebrew accent and an NKo
     * letter.
     */
    private static boolean plausible(char c) {
        return c >= '\u00A0' && c <= '\u024F' || c >= '\u2000' && c <= '\u206F' || c >= '\u20A0' && c <= '\u20CF'
                || c >= '\u2100' && c <= '\u214F';
    }

    /** Whether the text holds a lead character right before a continuation character anywhere. */
    private static boolean suspect(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00EF' && continuation(text.charAt(i + 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The byte 0x80–0xBF that a Windows-1252 or Latin-1 reading turned into {@code c}, or -1. */
    private static int continuation(char c) {
        if (c >= '\u00A0' && c <= '\u00BF' || c >= '\u0080' && c <= '\u009F') {
            return c;
        }
        int k = CP1252_HIGH.indexOf(c);
        return k >= 0 ? 0x80 + k : -1;
    }

    private static String utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return chars.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
