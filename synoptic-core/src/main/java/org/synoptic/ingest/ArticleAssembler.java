package org.synoptic.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Article;

/**
 * Turns an {@link ArticleDraft} into an {@link Article} and its {@link ArticleOrigin}: extracts text and metadata
 * from HTML, cleans the text, decides the title, normalises the date and infers what the input did not give,
 * marking each inferred field in {@code Article.inferred()} (the author of a byline line, {@code Ngoc Anh (laut
 * Reuters)}, is taken as given, like a page's byline, and not marked):
 * <ul>
 *   <li>{@code title}: the first paragraph when it reads as a headline (short, no sentence punctuation; then it
 *       leaves the text and is not marked, as the input gave it), else the lead's first words (marked);</li>
 *   <li>{@code outlet}: a page's site name, else the agency of a credit line ({@code (laut Reuters)}), else the URL's
 *       host without {@code www.};</li>
 *   <li>{@code published}: a dated header ({@code date 2023-09}), else an explicit date in the dateline
 *       ({@code BERLIN, 4. September 2023 –}, {@code Sept. 4, 2023});</li>
 *   <li>{@code language}: {@link LanguageIdentifier}, with its confidence in the origin.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ArticleAssembler {

    private static final int MAX_TITLE_WORDS = 20;
    private static final int INFERRED_TITLE_WORDS = 14;
    private static final int DATELINE_CHARS = 160;
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("februar", 2), Map.entry("märz", 3),
            Map.entry("april", 4), Map.entry("mai", 5), Map.entry("juni", 6), Map.entry("juli", 7),
            Map.entry("august", 8), Map.entry("september", 9), Map.entry("oktober", 10), Map.entry("november", 11),
            Map.entry("dezember", 12), Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("october", 10),
            Map.entry("december", 12), Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3),
            Map.entry("apr", 4), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("okt", 10), Map.entry("nov", 11),
            Map.entry("dec", 12), Map.entry("dez", 12));
    private static final String MONTH = "(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
            + "November|Dezember|January|February|March|May|June|July|October|December|"
            + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Okt|Nov|Dec|Dez)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})\\.?\\s+" + MONTH + "\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("\\b(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})\\b");
    private static final Pattern DATELINE = Pattern.compile("(?:\\p{Lu}[\\p{L}./ -]{1,40}?,\\s*)?(?<date>"
            + "\\d{1,2}\\.?\\s+" + MONTH + "\\s+\\d{4}|" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{4})"
            + "(?:,?\\s*\\d{1,2}[:.]\\d{2}(?:\\s*Uhr)?)?\\s*(?:\\([^)]{1,30}\\))?\\s*[–—-]\\s", Pattern.CASE_INSENSITIVE);

    /** An assembled article with where its text came from. */
    record Assembled(Article article, ArticleOrigin origin) {
    }

    private final TextCleaner cleaner = new TextCleaner();
    private final HtmlExtractor htmlExtractor = new HtmlExtractor();
    private final LanguageIdentifier languageIdentifier = new LanguageIdentifier();

    Assembled assemble(ArticleDraft draft) throws InputRejectedException {
        Set<String> inferred = new TreeSet<>();
        HtmlMetadata page = null;
        String raw;
        if (draft.text() != null && !draft.text().isBlank()) {
            raw = draft.text();
        } else {
            HtmlExtractor.Page extracted = htmlExtractor.extract(draft.html(), draft.url());
            raw = extracted.text();
            page = extracted.metadata();
        }
        raw = XmlChars.strip(raw); // before cleaning, so offsets into the raw text stay right
        Optional<String> notLanguage = TextBudget.notLanguage(raw); // before cleaning and language guessing spend on it
        if (notLanguage.isPresent()) {
            throw new InputRejectedException(notLanguage.get());
        }
        String declaredLanguage = first(draft.language(), page == null ? null : page.language());
        CleanedText cleaned = cleaner.clean(raw, declaredLanguage != null ? declaredLanguage.toLowerCase(Locale.ROOT)
                : languageIdentifier.identify(raw).language());
        String title = first(draft.title(), page == null ? null : page.title());
        if (title == null && isHeadline(cleaned.firstParagraph()) && cleaned.hasParagraphAfterFirst()) {
            title = cleaned.firstParagraph().strip();
            cleaned = cleaned.withoutFirstParagraph();
        }
        String text = cleaned.text();
        if (page != null && isOnlyATitle(text, title)) {
            text = ""; // what a page without an article leaves: its title or a stray label
        }
        if (text.isBlank() || CleanedText.leadStart(text) == text.length()) { // credit lines alone are no article
            throw new InputRejectedException(draft.html() != null && draft.text() == null
                    ? "HTML without article content" : "no article text (empty or only boilerplate)");
        }
        if (title == null) {
            title = leadAsTitle(text.substring(CleanedText.leadStart(text))); // the lead photo's credit is no title
            inferred.add("title");
        }
        // A page's canonical URL beats the address it was fetched from; a JSON record's own url beats its page's.
        String url = page != null && draft.format().equals("html") ? first(page.url(), draft.url())
                : first(draft.url(), page == null ? null : page.url());
        String published = normaliseDate(first(draft.published(), page == null ? null : page.published()));
        if (published == null) {
            published = cleaned.published() != null ? cleaned.published() : datelineDate(text);
            if (published != null) {
                inferred.add("published");
            }
        }
        String outlet = first(draft.outlet(), page == null ? null : page.outlet());
        if (outlet == null) {
            outlet = first(cleaned.credit(), url == null ? null : hostOf(url));
            if (outlet != null) {
                inferred.add("outlet");
            }
        }
        String author = first(draft.author(), page == null ? null : page.author());
        if (author == null) {
            author = cleaned.author(); // a byline line is the input's own statement, as a page's byline is
        }
        String language = first(draft.language(), page == null ? null : page.language());
        double confidence = 1.0;
        if (language == null) {
            LanguageIdentifier.Guess guess = languageIdentifier.identify(text);
            language = guess.language();
            confidence = guess.confidence();
            inferred.add("language");
        } else {
            language = language.strip().toLowerCase(Locale.ROOT);
            int dash = language.indexOf('-');
            language = dash > 0 ? language.substring(0, dash) : language;
        }
        // a JSON field or an HTML entity (&#1;) can carry characters XML forbids; one of them in a title would make
        // every Atom feed and XHTML view of the store unreadable, so they go here, as the text cleaner drops them
        Article article = new Article(XmlChars.strip(draft.id()), draft.source(), XmlChars.strip(url),
                XmlChars.strip(title), text, XmlChars.strip(outlet), XmlChars.strip(author), XmlChars.strip(published),
                language, inferred, XmlChars.strip(first(draft.canonicalUrl(), page == null ? null : page.url())));
        Optional<String> problem = FieldLimits.problem(article);
        if (problem.isPresent()) {
            throw new InputRejectedException(problem.get());
        }
        return new Assembled(article, new ArticleOrigin(draft.id(), draft.format(), raw, cleaned.alignment(),
                confidence));
    }

    private static boolean isOnlyATitle(String text, String title) {
        String s = text.strip();
        return s.equals(title) || s.split("\\s+").length < 10 && !s.matches("(?s).*[.!?:;\"“»].*");
    }

    /** A first line is a headline when it is short and does not end like a sentence. */
    static boolean isHeadline(String line) {
        String s = line.strip();
        if (s.isEmpty() || wordCountExceeds(s, MAX_TITLE_WORDS)) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':';
    }

    /** Whether a stripped text has more than {@code max} words separated by runs of ASCII whitespace. */
    private static boolean wordCountExceeds(String s, int max) {
        int words = 1;
        boolean inGap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean gap = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (gap && !inGap && ++words > max) {
                return true;
            }
            inGap = gap;
        }
        return false;
    }

    private static String leadAsTitle(String text) {
        int end = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && i + 1 < text.length() && text.charAt(i + 1) == ' ' && i > 40) {
                end = i;
                break;
            }
        }
        String lead = text.substring(0, end).strip();
        String[] words = lead.split("\\s+");
        if (words.length <= INFERRED_TITLE_WORDS) {
            return lead;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, INFERRED_TITLE_WORDS)) + " …";
    }

    /**
     * An explicit date in the dateline, as ISO date, or {@code null}. A dateline opens the text: an optional place
     * and comma, the date, an optional agency in brackets, then a dash ({@code BERLIN, 4. September 2023 (dpa) –},
     * {@code LONDON, March 14, 2025 (Reuters) -}, {@code 04.09.2023 –}). A date inside the first sentence is the
     * event's, not the publication's, and is not taken.
     */
    static String datelineDate(String text) {
        String head = text.substring(0, Math.min(text.length(), DATELINE_CHARS));
        Matcher m = DATELINE.matcher(head);
        if (!m.lookingAt()) {
            return null;
        }
        String date = m.group("date");
        Matcher d = DAY_MONTH_YEAR.matcher(date);
        if (d.matches()) {
            return date(d.group(3), MONTHS.get(d.group(2).toLowerCase(Locale.ROOT)), d.group(1));
        }
        d = MONTH_DAY_YEAR.matcher(date);
        if (d.matches()) {
            return date(d.group(3), MONTHS.get(d.group(1).toLowerCase(Locale.ROOT)), d.group(2));
        }
        d = DOTTED.matcher(date);
        return d.matches() ? date(d.group(3), Integer.parseInt(d.group(2)), d.group(1)) : null;
    }

    /** A free-standing date value ({@code 4. September 2023}, {@code Sept. 4, 2023}, {@code 04.09.2023}). */
    private static String looseDate(String v) {
        return datelineDate(v + " –");
    }

    private static String date(String year, Integer month, String day) {
        try {
            return month == null ? null : LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Normalises a date string to ISO-8601; returns {@code null} for blank or unparseable input. */
    static String normaliseDate(String value) {
        String v = blank(value) ? null : value.strip();
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(v, DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm[:ss]Z")).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v.replace(' ', 'T')).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return YearMonth.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime().toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        if (v.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return v.substring(0, 10);
        }
        return looseDate(v);
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return null;
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String first(String a, String b) {
        return !blank(a) ? a.strip() : !blank(b) ? b.strip() : null;
    }
}
