package org.synoptic.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.synoptic.model.Article;
import org.synoptic.model.ContentRole;
import org.synoptic.model.Sentence;

/**
 * Assigns each sentence of an article its {@link ContentRole}: the report's content, or a caption, credit, teaser
 * or boilerplate around it. The text is never changed; only the sentences' roles mark what is not content.
 *
 * <p>Three kinds of evidence, in this order:
 * <ol>
 *   <li>the {@link ContentRules} table (words only captions, credits, teasers and boilerplate use);</li>
 *   <li>sentences learned as the outlet's boilerplate ({@link RecurringSentences}), when given;</li>
 *   <li>layout, for sentences no rule named:
 *     <ul>
 *       <li>{@value #CAPTION_BEFORE_CREDIT}: a paragraph of one sentence and a credit after it, the credit one of
 *           {@link ContentRules#captionCredits()}: a sentence under a "©" line ("Einem Bericht zufolge … sprechen.
 *           © Musteragentur"), or under a "Foto:" label when it names a year or month ("… in Neustadt im Mai 2021.
 *           Foto: Stadtblatt"), is a caption; a sentence with a "Foto:" label and no date ("… gesperrt. Foto: dpa")
 *           stays content, and so does any sentence of a paragraph of several;</li>
 *       <li>{@value #CAPTION_SHAPE}: a line of at most {@value #CAPTION_WORDS} words naming a year or month whose
 *           lower-case words (at least two, a quarter of all) are all German function words or "-isch" adjectives
 *           (no verb: "Putin und Kim in Wladiwostok im April 2019") is a caption, even when a sentence follows;</li>
 *       <li>{@value #INLINE_HEADLINE}: a line of its own, short (at most {@value #HEADLINE_WORDS} words), without
 *           final punctuation (or a question of at most {@value #QUESTION_WORDS} words without quotation marks),
 *           followed by a sentence that starts with a capital, is an inline headline or teaser.</li>
 *     </ul></li>
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class ContentRoles {

    /** Name of the layout rule for a sentence followed by its photo credit. */
    public static final String CAPTION_BEFORE_CREDIT = "caption-before-credit";
    /** Name of the layout rule for an inline headline. */
    public static final String INLINE_HEADLINE = "inline-headline";
    /** Name of the layout rule for a verbless caption line. */
    public static final String CAPTION_SHAPE = "caption-shape";
    /** Name given to a sentence learned as the outlet's boilerplate. */
    public static final String RECURRING = "recurring";

    static final int HEADLINE_WORDS = 12;
    static final int QUESTION_WORDS = 8;
    static final int CAPTION_WORDS = 16;

    private static final ContentRoles STANDARD = new ContentRoles(ContentRules.standard(), RecurringSentences.none(), true);
    private static final ContentRoles NONE = new ContentRoles(List.of(), RecurringSentences.none(), false);

    private static final Pattern YEAR_OR_MONTH = Pattern.compile("\\b(?:1[89]\\d\\d|20\\d\\d|Januar|Februar|März|April|Mai|"
            + "Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|June|July|October|December)\\b");
    /** German function words that a verbless caption line may contain (German only: see {@link #isCaptionShape}). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "und", "oder", "sowie", "in", "im", "am", "an", "auf", "aus", "bei", "beim", "der", "die", "das", "des",
            "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "mit", "nach", "neben", "von", "vom", "vor",
            "zu", "zum", "zur", "für", "über", "unter", "während", "hinter", "gegen", "bis", "seit", "ihr", "ihrem",
            "ihrer", "ihren", "seinem", "seiner", "seinen", "sein", "seine", "ihre");

    private final List<ContentRule> rules;
    private final RecurringSentences recurring;
    private final boolean layout;

    private ContentRoles(List<ContentRule> rules, RecurringSentences recurring, boolean layout) {
        this.rules = List.copyOf(rules);
        this.recurring = Objects.requireNonNull(recurring, "recurring");
        this.layout = layout;
    }

    /** The standard rules, nothing learned. */
    public static ContentRoles standard() {
        return STANDARD;
    }

    /** Marks every sentence content: no rules, no layout, nothing learned (to measure what the roles change). */
    public static ContentRoles none() {
        return NONE;
    }

    /** The given rules (in order of precedence) and the layout rules, nothing learned. */
    public static ContentRoles of(List<ContentRule> rules) {
        return new ContentRoles(rules, RecurringSentences.none(), true);
    }

    /** A copy that also marks the given learned sentences as boilerplate. */
    public ContentRoles withRecurring(RecurringSentences learned) {
        return new ContentRoles(rules, learned, layout);
    }

    /** The learned boilerplate in use ({@link RecurringSentences#none()} when none). */
    public RecurringSentences recurring() {
        return recurring;
    }

    /** The article's sentences with their roles; see {@link #assign(String, String, List)}. */
    public List<Sentence> assign(Article article, List<Sentence> sentences) {
        return assign(article.text(), article.outlet(), sentences);
    }

    /**
     * The sentences with their roles assigned, same order, same offsets.
     *
     * @param text      the text the sentences' offsets point into
     * @param outlet    the outlet, for learned boilerplate; {@code null} for the unknown outlet
     * @param sentences the sentences of {@code text}, in order
     */
    public List<Sentence> assign(String text, String outlet, List<Sentence> sentences) {
        String[] names = names(text, outlet, sentences);
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (int i = 0; i < sentences.size(); i++) {
            out.add(names[i] == null ? sentences.get(i) : sentences.get(i).withRole(roleOfRule(names[i])));
        }
        return List.copyOf(out);
    }

    /**
     * The name of the rule that gives each sentence its role ({@code null} for content), for tests and explanations:
     * a {@link ContentRule#name()}, or {@value #RECURRING}, {@value #CAPTION_BEFORE_CREDIT}, {@value #INLINE_HEADLINE},
     * {@value #CAPTION_SHAPE}.
     */
    public List<String> explain(String text, String outlet, List<Sentence> sentences) {
        return java.util.Arrays.asList(names(text, outlet, sentences));
    }

    /**
     * The role of a line read alone, such as a title: the rule table and the learned sentences, no layout rules.
     * {@code null} or blank lines are {@link ContentRole#CONTENT}.
     */
    public ContentRole roleOfLine(String line, String outlet) {
        if (line == null || line.isBlank()) {
            return ContentRole.CONTENT;
        }
        String s = line.strip();
        for (ContentRule rule : rules) {
            if (rule.matches(s)) {
                return rule.role();
            }
        }
        return recurring.contains(outlet, s) ? ContentRole.BOILERPLATE : ContentRole.CONTENT;
    }

    /**
     * The text with every non-content sentence blanked out (replaced by spaces, line breaks kept), so that offsets
     * into it are offsets into {@code text}. Returns {@code text} itself when all sentences are content.
     */
    public static String contentText(String text, List<Sentence> sentences) {
        char[] chars = null;
        for (Sentence s : sentences) {
            if (!s.isContent()) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                for (int i = s.start(); i < s.end(); i++) {
                    if (chars[i] != '\n') {
                        chars[i] = ' ';
                    }
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    private String[] names(String text, String outlet, List<Sentence> sentences) {
        int n = sentences.size();
        String[] names = new String[n];
        ContentRole[] roles = new ContentRole[n];
        for (int i = 0; i < n; i++) {
            String s = sentences.get(i).text();
            String lower = s.toLowerCase(Locale.ROOT);
            for (ContentRule rule : rules) {
                if (rule.matches(s, lower)) {
                    names[i] = rule.name();
                    roles[i] = rule.role();
                    break;
                }
            }
            if (names[i] == null && recurring.contains(outlet, s)) {
                names[i] = RECURRING;
                roles[i] = ContentRole.BOILERPLATE;
            }
        }
        for (int i = 0; i < n && layout; i++) {
            if (names[i] != null) {
                continue;
            }
            Sentence s = sentences.get(i);
            boolean opensLine = opensLine(text, s.start());
            boolean endsLine = endsLine(text, s.end());
            if (opensLine && i + 1 < n && roles[i + 1] == ContentRole.CREDIT && !endsLine
                    && endsLine(text, sentences.get(i + 1).end()) && s.text().length() <= 300
                    && isCaptionCredit(sentences.get(i + 1).text(), s.text())) {
                names[i] = CAPTION_BEFORE_CREDIT;
            } else if (opensLine && endsLine && isCaptionShape(s.text())) {
                names[i] = CAPTION_SHAPE;
            } else if (opensLine && endsLine && i + 1 < n && isHeadline(s.text())
                    && startsLikeSentence(sentences.get(i + 1).text())) {
                names[i] = INLINE_HEADLINE;
            }
        }
        return names;
    }

    /** Whether a credit makes the one sentence before it in its paragraph a caption: {@link ContentRules#captionCredits()}. */
    private static boolean isCaptionCredit(String credit, String sentence) {
        for (ContentRules.CaptionCredit rule : ContentRules.captionCredits()) {
            if (rule.credit().matcher(credit).find()) {
                return !rule.datedOnly() || YEAR_OR_MONTH.matcher(sentence).find();
            }
        }
        return false;
    }

    private ContentRole roleOfRule(String name) {
        switch (name) {
            case CAPTION_BEFORE_CREDIT, CAPTION_SHAPE -> {
                return ContentRole.CAPTION;
            }
            case INLINE_HEADLINE -> {
                return ContentRole.TEASER;
            }
            case RECURRING -> {
                return ContentRole.BOILERPLATE;
            }
            default -> {
                for (ContentRule rule : rules) {
                    if (rule.name().equals(name)) {
                        return rule.role();
                    }
                }
                throw new IllegalStateException("no rule named " + name);
            }
        }
    }

    private static boolean opensLine(String text, int start) {
        return onlySpaceTo(text, start - 1, -1);
    }

    private static boolean endsLine(String text, int end) {
        return onlySpaceTo(text, end, 1);
    }

    /** Whether only spaces stand from {@code from} (walking by {@code step}) to a line break or the text's edge. */
    private static boolean onlySpaceTo(String text, int from, int step) {
        for (int i = from; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    /** A short line without final punctuation, or a short question without quotation marks. */
    static boolean isHeadline(String line) {
        if (line.length() > 120 || !Character.isUpperCase(line.codePointAt(0)) && !Character.isDigit(line.codePointAt(0))) {
            return false;
        }
        int words = wordCount(line);
        char last = line.charAt(line.length() - 1);
        if (last == '?') {
            return words <= QUESTION_WORDS && line.chars().noneMatch(c -> "„“”\"»«".indexOf(c) >= 0);
        }
        return words >= 2 && words <= HEADLINE_WORDS && ".!:;,…-–—(".indexOf(last) < 0;
    }

    private static int wordCount(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            boolean space = Character.isWhitespace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean startsLikeSentence(String next) {
        int c = next.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "„\"“»‚'(".indexOf(c) >= 0;
    }

    /**
     * A short verbless line naming a year or month, with at least two capitalised words after its first and its small
     * words (at least two, a quarter of all) written in lower case.
     */
    static boolean isCaptionShape(String line) {
        int count = wordCount(line);
        if (count < 3 || count > CAPTION_WORDS || line.chars().anyMatch(c -> "„“”\"»«:".indexOf(c) >= 0)) {
            return false;
        }
        String[] words = line.split("\\s+");
        int capitalised = 0;
        int lower = 0;
        for (int i = 0; i < words.length; i++) {
            String w = trimToWord(words[i]);
            if (w.isEmpty() || Character.isDigit(w.charAt(0))) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised += i > 0 ? 1 : 0;
                continue;
            }
            if (words[i].startsWith("(") && words[i].endsWith(")")) {
                continue; // "(rechts)", "(Archiv)"
            }
            lower++;
            String folded = w.toLowerCase(Locale.ROOT);
            if (!FUNCTION_WORDS.contains(folded) && !folded.matches(".*isch(?:e|en|er|es|em)?")) {
                return false;
            }
        }
        // Design decision: German only. German writes nouns with capitals and verbs small, so a line whose small
        // words are all function words has no verb; in English Title Case ("Sales Slip In February") capitals hide
        // the verbs, and English small words ("to get engaged") would need a verb list.
        return capitalised >= 2 && lower >= 2 && lower * 4 >= words.length && YEAR_OR_MONTH.matcher(line).find();
    }

    private static String trimToWord(String token) {
        int from = 0;
        int to = token.length();
        while (from < to && !Character.isLetterOrDigit(token.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(token.charAt(to - 1))) {
            to--;
        }
        return token.substring(from, to);
    }
}
