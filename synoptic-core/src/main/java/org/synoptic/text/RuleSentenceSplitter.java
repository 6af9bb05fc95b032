package org.synoptic.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synoptic.model.Sentence;

/**
 * Rule-based sentence splitting for German and English news.
 *
 * <p>A line break always ends a sentence (scraped text puts headings and captions on lines of their own). Within a
 * line, {@code . ! ? …} end a sentence when whitespace and an upper-case letter, digit or opening quote follow (or,
 * where a scraper glued two paragraphs, a capitalised word right after a word's last letter: "heute.Die"),
 * except after abbreviations, single-letter initials ("John F. Kirby"), and ordinal numbers ("10. September",
 * "70. Jahrestag"). Design decision: a sentence does not end inside an open quotation ("„Warum nicht? Sie sind
 * unsere Nachbarn …“, zitierte Interfax …" stays one sentence, so a quote keeps its attribution), unless the quotation
 * has run on for more than {@value #MAX_QUOTE_RUN} characters, which means its closing mark is missing. A
 * copyright sign starts a sentence ("… Putin sprechen. © REUTERS"), so that a photo credit stands apart from its
 * caption and {@link ContentRoles} can mark both.
 */
final class RuleSentenceSplitter implements SentenceSplitter {

    static final RuleSentenceSplitter INSTANCE = new RuleSentenceSplitter();

    private static final int MAX_QUOTE_RUN = 600;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "z", "b", "bzw", "ca", "dr", "prof", "nr", "st", "u", "a", "usw", "etc", "vgl", "sog", "ggf", "evtl",
            "mio", "mrd", "jh", "jhd", "hr", "fr", "str", "abs", "art", "bzgl", "inkl", "zzgl", "ua", "mr", "mrs",
            "ms", "jr", "sr", "vs", "no", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "e.g", "i.e", "min", "max",
            "tel", "s", "o", "okt", "nov", "dez", "jan", "feb", "aug", "sept", "sep", "kap", "verf", "hrsg", "dt",
            "engl", "franz", "ital", "span", "russ", "chin", "mehr", "rd", "insb", "bspw", "d", "h", "v", "chr");

    private RuleSentenceSplitter() {
    }

    @Override
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        int n = text.length();
        while (lineStart < n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return List.copyOf(sentences);
    }

    private void splitLine(String text, int from, int to, List<Sentence> out) {
        int sentenceStart = from;
        int quoteOpenedAt = -1;
        boolean asciiQuoteOpen = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '„' || c == '»' || c == '“' && quoteOpenedAt < 0 && !isCloser(text, i)) {
                quoteOpenedAt = i;
            } else if (c == '“' || c == '«' || c == '”') {
                quoteOpenedAt = -1;
            } else if (c == '"') {
                asciiQuoteOpen = !asciiQuoteOpen;
                quoteOpenedAt = asciiQuoteOpen ? i : -1;
            }
            if (c != '.' && c != '!' && c != '?' && c != '…') {
                continue;
            }
            boolean insideQuote = quoteOpenedAt >= 0 && i - quoteOpenedAt < MAX_QUOTE_RUN;
            if (insideQuote) {
                continue;
            }
            int end = i + 1;
            while (end < to && isCloserPunctuation(text.charAt(end))) {
                end++;
            }
            if (end < to && !Character.isWhitespace(text.charAt(end))) {
                if (isGluedBoundary(text, sentenceStart, i, end, to)) {
                    emit(text, sentenceStart, end, out);
                    sentenceStart = end;
                    quoteOpenedAt = -1;
                    asciiQuoteOpen = false;
                }
                continue;
            }
            int next = end;
            while (next < to && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            if (next >= to) {
                break;
            }
            if (!startsSentence(text.charAt(next)) || c == '.' && isNonTerminalPeriod(text, sentenceStart, i, next)) {
                continue;
            }
            emit(text, sentenceStart, end, out);
            sentenceStart = next;
            quoteOpenedAt = -1;
            asciiQuoteOpen = false;
        }
        emit(text, sentenceStart, to, out);
    }

    /**
     * Whether a sentence end with no space after it is one: scraped text glues paragraphs together ("Davon zehrt sie bis
     * heute.Die Sendung steht …"). The word before the mark must be letters only, at least three, ending in a
     * lower-case letter and no abbreviation; the word after it must open with an upper-case letter followed by a
     * lower-case one and hold no dot, slash or at sign, so that addresses ("zdf.de/Lai", "www.Beispiel.de") and
     * abbreviations ("z.B.Die", "Prof.Müller") stay whole.
     */
    private static boolean isGluedBoundary(String text, int sentenceStart, int mark, int next, int to) {
        int wordStart = mark;
        while (wordStart > sentenceStart && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (mark - wordStart < 3 || !Character.isLowerCase(text.charAt(mark - 1))) {
            return false;
        }
        if (wordStart > sentenceStart) {
            char before = text.charAt(wordStart - 1);
            if (!Character.isWhitespace(before) && "(„\"“‚'-–".indexOf(before) < 0) {
                return false;
            }
        }
        String word = text.substring(wordStart, mark).toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(word) || word.equals("www")) {
            return false;
        }
        if (next + 1 >= to || !Character.isUpperCase(text.charAt(next)) || !Character.isLowerCase(text.charAt(next + 1))) {
            return false;
        }
        for (int k = next; k < to && !Character.isWhitespace(text.charAt(k)); k++) {
            char c = text.charAt(k);
            if ((c == '.' || c == '/' || c == '@' || c == ':') && k + 1 < to && !Character.isWhitespace(text.charAt(k + 1))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isCloser(String text, int i) {
        // “ closes a German „…“ quote but opens an English “…” one: it closes when a „ is open before it.
        int open = text.lastIndexOf('„', i);
        int close = text.lastIndexOf('“', i - 1);
        return open >= 0 && open > close;
    }

    private static boolean isCloserPunctuation(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '’' || c == '\'' || c == ')' || c == ']'
                || c == '.' || c == '!' || c == '?';
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '„' || c == '"' || c == '“' || c == '»'
                || c == '(' || c == '‚' || c == '\'' || c == '[' || c == '-' || c == '–' || c == '©';
    }

    private static boolean isNonTerminalPeriod(String text, int sentenceStart, int period, int next) {
        int wordStart = period;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && text.charAt(wordStart - 1) != '(' && text.charAt(wordStart - 1) != '„' && text.charAt(wordStart - 1) != '"') {
            wordStart--;
        }
        String word = text.substring(wordStart, period);
        if (word.isEmpty()) {
            return false;
        }
        if (word.chars().allMatch(Character::isDigit)) {
            // "10. September", "70. Jahrestag": ordinals, not sentence ends. Years ("2019.") end sentences.
            return word.length() <= 3;
        }
        String lastPart = word.substring(word.lastIndexOf('/') + 1);
        if (lastPart.length() == 1 && Character.isUpperCase(lastPart.charAt(0))) {
            return true; // initial: "John F. Kirby", and a photographer's in a credit: "Foto: Oderblick/K. Wendland"
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.indexOf('.') > 0 && lower.length() <= 6) {
            return true; // "z.B", "u.a", "U.S"
        }
        return ABBREVIATIONS.contains(lower) && Character.isLetter(text.charAt(next));
    }

    private static void emit(String text, int from, int to, List<Sentence> out) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (to > from) {
            out.add(new Sentence(out.size(), from, to, text.substring(from, to)));
        }
    }
}
