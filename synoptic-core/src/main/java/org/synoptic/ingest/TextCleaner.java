package org.synoptic.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the scraping junk around an article's text and normalises its whitespace and quotes, keeping an
 * {@link OffsetAlignment} back to the raw text.
 *
 * <p>Works line by line and never cuts inside a sentence, except for a link glued to the end of a sentence
 * ("… gekommen. Mehr zum Thema - …"). Removes: comment counters ({@code Kommentar (0)}), link lines
 * ({@code Quellenlink}, {@code Mehr zum Thema - …}), lines of punctuation only, byline/agency lines
 * ({@code Ngoc Anh (laut Reuters)}, kept as author and credit; {@code Von Jana Ohlsen}, kept as author), post and
 * reply counters ({@code 5 Beiträge}), contact lines ({@code Hinweise an redaktion@…}), teaser labels
 * ({@code Das Wichtigste in Kürze}) and sub-headings inside the body (a short line without sentence punctuation
 * between two paragraphs). Keeps as metadata a dated header ({@code date 2023-09}).
 *
 * <p>Keeps photo and source credits, whole lines ({@code Foto: dpa}, {@code © Elbwacht 2025},
 * {@code Quelle: AFP © …}) and credits glued to a sentence ("… gesperrt. Foto: dpa", "… sprechen. © REUTERS"): they
 * are part of what the outlet published, and {@code text.ContentRoles} marks them ({@code CREDIT}, and the caption a
 * credit stands under {@code CAPTION}) so that no later stage reads them as the report's content. A credit line is
 * never taken for a sub-heading, never joined to a hard-wrapped neighbour, and does not end the opening of the text
 * where a dated header may still come.
 *
 * <p>The internal form: paragraphs separated by one blank line; runs of whitespace (including no-break and thin
 * spaces) as one space; zero-width characters and soft hyphens dropped; no space before {@code , . ; : ! ? )}; every
 * double quotation mark ({@code " „ “ ” « » ＂}) as the language's pair, German {@code „…“} or English {@code “…”},
 * opening after a space or bracket and before a word, else closing. Single quotes are left alone: they double as apostrophes. Lines broken inside
 * a sentence (hard-wrapped text) are joined with a space.
 *
 * <p>Design decision: cleaning must never lose a real sentence, nor what the reader of the page sees as part of the
 * report (a caption, its credit): teaser bullets under {@code Das Wichtigste in Kürze} are kept as text (only the
 * label goes), duplicates are for dedupe, and captions and credits are for the content roles.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextCleaner {

    private static final Pattern DATE_HEADER = Pattern.compile(
            "^\\s*(?:date|datum|published|veröffentlicht|stand)[:\\s]+(\\d{4}-\\d{2}(?:-\\d{2})?)\\b\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern JUNK_LINE = Pattern.compile(
            "(?i)^(?:kommentare?\\s*\\(\\d+\\)|\\d+\\s+kommentare?|comments?\\s*\\(\\d+\\)|\\d+\\s+comments?|"
                    + "quellenlink|quelle|teilen|drucken|share|print|anzeige|werbung|advertisement|zum artikel|"
                    + "weiterlesen|read more|artikel teilen|jetzt kommentieren|kommentare|zur startseite|"
                    + "alle rechte vorbehalten\\.?|all rights reserved\\.?|"
                    + "(?:das wichtigste in kürze|das wichtigste im überblick|auf einen blick|key points|in brief)\\s*:?|"
                    + "\\d+\\s+(?:beiträge|antworten|leserkommentare|replies|responses)|"
                    + "(?:have a (?:story|tip)|got a (?:story|tip)|hinweise?|tipps?|kontakt|contact|e-?mail)\\b[^@]{0,120}@\\S+.{0,60}|"
                    + "(?:mehr zum thema|more on this|lesen sie auch|lesen sie mehr|auch interessant|related)\\s*[-–—:].*|"
                    + "[\\p{Punct}\\p{IsPunctuation}\\s]+)$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.'\\- ]{1,50}?)\\s*\\((laut|mit|nach|via|with|from|quelle:?)\\s+([^)]{2,40}?)\\s*\\)$",
            Pattern.CASE_INSENSITIVE);
    /** A byline alone on its line: "Von Jana Ohlsen", "By Tom Hardy, Reporter". */
    private static final Pattern BYLINE_PLAIN = Pattern.compile(
            "^(?:Von|By)\\s+(\\p{Lu}[\\p{L}.'-]+(?:\\s+(?:(?:von|van|de|der|zu)\\s+)?\\p{Lu}[\\p{L}.'-]+){0,3})"
                    + "(?:\\s*(?:,|\\||und|and)\\s*[^.!?]{1,40})?$");
    /** A photo or source credit on a line of its own: "Foto: dpa", "© Elbwacht 2025", "Quelle: AFP © Max Muster". */
    private static final Pattern CREDIT_LINE = Pattern.compile(
            "(?i)^(?:(?:foto|fotos|bild|bilder|quelle|photo|image|credit|grafik)s?\\s*:.{0,120}|©.{0,120})$");
    private static final Pattern TRAILING_LINK = Pattern.compile(
            "(?<=[.!?\"„“”‟«»＂″〝〞)])\\s+(?:Mehr zum Thema|Lesen Sie auch|Read more)\\s*[-–—:]\\s*.{1,200}$",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TEASER_LABEL = Pattern.compile(
            "^(?:Das Wichtigste in Kürze|Das Wichtigste im Überblick|Auf einen Blick|Key points|In brief)\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final int HEADING_MAX_WORDS = 8;
    private static final int HEADING_MAX_CHARS = 80;

    /** Cleans German raw text; see {@link #clean(String, String)}. */
    public CleanedText clean(String raw) {
        return clean(raw, "de");
    }

    /**
     * Cleans raw text; never returns {@code null}. The result's text may be empty when only junk was given.
     *
     * @param language the text's language ({@code de}, {@code en}, ...): German text gets German quotes
     *                 ({@code „…“}), any other text English ones ({@code “…”})
     */
    public CleanedText clean(String raw, String language) {
        boolean german = language == null || language.startsWith("de");
        List<Line> lines = new ArrayList<>();
        String published = null;
        String author = null;
        String credit = null;
        int start = 0;
        boolean first = true;
        int nextLf = -1;
        int nextCr = -1;
        while (start <= raw.length()) {
            if (nextLf < start) {
                nextLf = raw.indexOf('\n', start);
                nextLf = nextLf < 0 ? raw.length() : nextLf;
            }
            if (nextCr < start) {
                nextCr = raw.indexOf('\r', start);
                nextCr = nextCr < 0 ? raw.length() : nextCr;
            }
            int end = Math.min(nextLf, nextCr);
            Line line = Line.trimmed(raw, start, end);
            while (line != null && first) {
                // A dated header opens the text, possibly after junk lines; repeated headers all go.
                int[] rawIndex = new int[line.end - line.start + 1];
                String s = line.normalised(raw, rawIndex);
                int at = 0;
                Matcher teaser = TEASER_LABEL.matcher(s);
                while (at < s.length() && teaser.region(at, s.length()).lookingAt() && teaser.end() > at) {
                    at = teaser.end();
                }
                Matcher header = DATE_HEADER.matcher(s).region(at, s.length());
                if (!header.lookingAt()) {
                    break;
                }
                published = published == null ? header.group(1) : published;
                line = Line.trimmed(raw, header.end() == s.length() ? line.end : rawIndex[header.end()], line.end);
            }
            if (line != null) {
                String s = line.normalised(raw);
                Matcher byline = BYLINE.matcher(s);
                Matcher plainByline = BYLINE_PLAIN.matcher(s);
                if (plainByline.matches()) {
                    author = author == null ? plainByline.group(1).strip() : author;
                } else if (byline.matches()) {
                    author = author == null ? byline.group(1).strip() : author;
                    // "(laut Reuters)": the text is the agency's; "(mit Nordpress)": the outlet's own, with agency help.
                    String how = byline.group(2).toLowerCase(java.util.Locale.ROOT);
                    if (credit == null && !how.equals("mit") && !how.equals("with")) {
                        credit = byline.group(3).strip();
                    }
                } else if (CREDIT_LINE.matcher(s).matches()) {
                    lines.add(line); // a credit above the text (the lead photo's) leaves room for a dated header
                } else if (!JUNK_LINE.matcher(s).matches()) {
                    lines.add(line);
                    first = false;
                }
            }
            if (end < raw.length() && raw.charAt(end) == '\r' && end + 1 < raw.length() && raw.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        List<Line> kept = new ArrayList<>();
        for (Line line : lines) {
            Line trimmed = trimJunk(raw, line);
            if (trimmed != null) {
                kept.add(trimmed);
            }
        }
        kept = withoutHeadings(raw, kept);
        return emit(raw, kept, published, author, credit, german ? '„' : '“', german ? '“' : '”');
    }

    /** Cuts a teaser label off the front and a link off the end; matched on the normalised line. */
    private static Line trimJunk(String raw, Line line) {
        int[] rawIndex = new int[line.end - line.start + 1];
        String s = line.normalised(raw, rawIndex);
        int from = 0;
        Matcher teaser = TEASER_LABEL.matcher(s);
        while (from < s.length() && teaser.region(from, s.length()).lookingAt() && teaser.end() > from) {
            from = teaser.end();
        }
        int to = s.length();
        // A link ends the line and is short, so only the line's tail is searched (the lookbehind sees before it),
        // and only when it holds one of the link's words: the regex search is slow.
        Matcher trailing = null;
        while (to > from) {
            int window = Math.max(from, to - TRAILING_LINK_WINDOW);
            if (!mayHaveTrailingLink(s, window, to)) {
                break;
            }
            trailing = trailing == null ? TRAILING_LINK.matcher(s).useTransparentBounds(true) : trailing;
            if (!trailing.region(window, to).find() || trailing.start() <= from) {
                break;
            }
            to = trailing.start();
        }
        if (from == 0 && to == s.length()) {
            return line;
        }
        String rest = s.substring(from, to).strip();
        if (rest.isEmpty() || JUNK_LINE.matcher(rest).matches() || BYLINE.matcher(rest).matches()) {
            return null; // what a label or link leaves behind can be junk itself: "Das Wichtigste in Kürze:"
        }
        return Line.trimmed(raw, rawIndex[from], to == s.length() ? line.end : rawIndex[to]);
    }

    /** Words one of which a {@link #TRAILING_LINK} holds; a line without any is not searched (the search is slow). */
    private static final String[] LINK_WORDS = {"Mehr zum Thema", "Lesen Sie auch", "Read more"};

    /** Characters from a line's end within which a {@link #TRAILING_LINK} starts: its longest form is about 220. */
    private static final int TRAILING_LINK_WINDOW = 512;

    private static boolean mayHaveTrailingLink(String line, int from, int to) {
        for (String word : LINK_WORDS) {
            int at = line.indexOf(word, from);
            if (at >= 0 && at < to) {
                return true;
            }
        }
        return false;
    }

    /** The lines without sub-headings; a credit line is none, and the heading's neighbours are its non-credit ones. */
    private static List<Line> withoutHeadings(String raw, List<Line> lines) {
        List<Line> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).normalised(raw);
            if (!isCreditLine(line)) {
                int before = nonCredit(raw, lines, i - 1, -1);
                int after = nonCredit(raw, lines, i + 1, 1);
                if (before >= 0 && after >= 0 && isHeading(line, lines.get(before).normalised(raw),
                        lines.get(after).normalised(raw))) {
                    continue;
                }
            }
            kept.add(lines.get(i));
        }
        return kept;
    }

    /** The index of the first line from {@code from} (walking by {@code step}) that is no credit, or -1. */
    private static int nonCredit(String raw, List<Line> lines, int from, int step) {
        for (int i = from; i >= 0 && i < lines.size(); i += step) {
            if (!isCreditLine(lines.get(i).normalised(raw))) {
                return i;
            }
        }
        return -1;
    }

    /** Whether a normalised line is a photo or source credit of its own: "Foto: dpa", "© Elbwacht 2025". */
    static boolean isCreditLine(String line) {
        return CREDIT_LINE.matcher(line).matches();
    }

    /** A sub-heading: short, no sentence punctuation, after a finished paragraph and before a longer one. */
    static boolean isHeading(String line, String before, String after) {
        if (line.length() > HEADING_MAX_CHARS || !Character.isUpperCase(line.codePointAt(0))
                && !Character.isDigit(line.codePointAt(0))) {
            return false;
        }
        int words = line.split(" ").length;
        char last = line.charAt(line.length() - 1);
        boolean question = last == '?';
        if (words > (question ? 4 : HEADING_MAX_WORDS) || ".,;:!\"“”'»«)".indexOf(last) >= 0
                || line.contains(". ")) {
            return false;
        }
        return endsSentence(before) && after.length() >= 2 * line.length() && endsSentence(after);
    }

    private static boolean endsSentence(String s) {
        char last = s.charAt(s.length() - 1);
        return ".!?\"“”»«)…".indexOf(last) >= 0;
    }

    private static CleanedText emit(String raw, List<Line> lines, String published, String author, String credit,
                                    char open, char close) {
        StringBuilder out = new StringBuilder(raw.length());
        OffsetAlignment.Builder alignment = new OffsetAlignment.Builder();
        Line previous = null;
        for (Line line : lines) {
            if (previous != null) {
                int at = Math.min(previous.end, raw.length() - 1);
                if (continuesSentence(raw, previous, line)) {
                    out.append(' ');
                    alignment.add(at);
                } else {
                    out.append("\n\n");
                    alignment.add(at);
                    alignment.add(at);
                }
            }
            appendNormalised(raw, line, out, alignment, open, close);
            previous = line;
        }
        return new CleanedText(out.toString(), published, author, credit, alignment.build(raw.length()));
    }

    /** A hard-wrapped line: the previous one stops mid-sentence and this one goes on in lower case; no credit. */
    private static boolean continuesSentence(String raw, Line previous, Line line) {
        char last = raw.charAt(previous.end - 1);
        char next = raw.charAt(line.start);
        return (Character.isLetter(last) || last == ',') && Character.isLowerCase(next)
                && !isCreditLine(previous.normalised(raw)) && !isCreditLine(line.normalised(raw));
    }

    private static void appendNormalised(String raw, Line line, StringBuilder out, OffsetAlignment.Builder alignment,
                                         char open, char close) {
        int i = line.start;
        while (i < line.end) {
            char c = raw.charAt(i);
            if (isSpace(c)) {
                int runStart = i;
                while (i < line.end && (isSpace(raw.charAt(i)) || isInvisible(raw.charAt(i)))) {
                    i++;
                }
                if (i < line.end && ",.;:!?)".indexOf(raw.charAt(i)) >= 0) {
                    continue; // stray space from scraped markup: "Reuters )", "am besten , friedlich"
                }
                out.append(' ');
                alignment.add(runStart);
                continue;
            }
            if (!isInvisible(c)) {
                out.append(isDoubleQuote(c) ? quoteFor(out, nextVisible(raw, i + 1, line.end), open, close) : c);
                alignment.add(i);
            }
            i++;
        }
    }

    /** The next character that cleaning keeps as it is, or a space at the end of the line. */
    private static char nextVisible(String raw, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = raw.charAt(i);
            if (!isInvisible(c)) {
                return isSpace(c) ? ' ' : c;
            }
        }
        return ' ';
    }

    /** A quote opens after a space or bracket and before a word; otherwise it closes ("« Gut »" too). */
    private static char quoteFor(StringBuilder out, char next, char open, char close) {
        char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
        boolean afterGap = before == ' ' || before == '\n' || before == '(' || before == '[' || before == '-'
                || before == '–' || before == '—' || before == '/' || before == open;
        boolean beforeGap = isSpace(next) || Character.isWhitespace(next) || ",.;:!?)]".indexOf(next) >= 0;
        if (afterGap && beforeGap) {
            return lastQuoteInParagraph(out, open, close) == open ? close : open; // free-standing: close what is open
        }
        return afterGap ? open : close;
    }

    private static char lastQuoteInParagraph(StringBuilder out, char open, char close) {
        for (int i = out.length() - 1; i >= 0 && out.charAt(i) != '\n'; i--) {
            char c = out.charAt(i);
            if (c == open || c == close) {
                return c;
            }
        }
        return 0;
    }

    static boolean isDoubleQuote(char c) {
        return c == '"' || c == '„' || c == '“' || c == '”' || c == '‟' || c == '«' || c == '»' || c == '＂'
                || c == '″' || c == '〝' || c == '〞';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u205F' || c == '\u3000' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** A line of the raw text as the span {@code [start, end)}, trimmed of spaces. */
    private record Line(int start, int end) {

        static Line trimmed(String raw, int start, int end) {
            while (start < end && (isSpace(raw.charAt(start)) || isInvisible(raw.charAt(start)))) {
                start++;
            }
            while (end > start && (isSpace(raw.charAt(end - 1)) || isInvisible(raw.charAt(end - 1)))) {
                end--;
            }
            return start < end ? new Line(start, end) : null;
        }

        /** The line with spaces collapsed and invisible characters dropped, for matching junk patterns. */
        String normalised(String raw) {
            return normalised(raw, null);
        }

        /** As {@link #normalised(String)}, filling {@code rawIndex[i]} with the raw offset of character {@code i}. */
        String normalised(String raw, int[] rawIndex) {
            if (isNormal(raw)) {
                if (rawIndex != null) {
                    for (int i = 0; i <= end - start; i++) {
                        rawIndex[i] = start + i;
                    }
                }
                return raw.substring(start, end);
            }
            char[] s = new char[end - start];
            int length = 0;
            int spaceAt = -1;
            for (int i = start; i < end; i++) {
                char c = raw.charAt(i);
                if (isSpace(c)) {
                    spaceAt = spaceAt < 0 ? i : spaceAt;
                } else if (!isInvisible(c)) {
                    if (spaceAt >= 0) {
                        if (rawIndex != null) {
                            rawIndex[length] = spaceAt;
                        }
                        s[length++] = ' ';
                        spaceAt = -1;
                    }
                    if (rawIndex != null) {
                        rawIndex[length] = i;
                    }
                    s[length++] = c;
                }
            }
            if (rawIndex != null) {
                rawIndex[length] = end;
            }
            return new String(s, 0, length);
        }

        /** Whether normalising changes nothing: single plain spaces, no other space or invisible character. */
        private boolean isNormal(String raw) {
            char previous = 'x';
            for (int i = start; i < end; i++) {
                char c = raw.charAt(i);
                if (c == ' ' ? previous == ' ' : c > '~' && (isSpace(c) || isInvisible(c)) || c == '\t' || c == '\f'
                        || c == '\u000B') {
                    return false;
                }
                previous = c;
            }
            return true;
        }
    }
}
