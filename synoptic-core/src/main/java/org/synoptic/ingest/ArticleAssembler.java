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
import java.util.Set;
import java.util.TreeSet;
import org.synoptic.model.Article;
import org.synoptic.text.LanguageGuesser;

/**
 * Turns an {@link ArticleDraft} into an {@link Article}: extracts text from HTML, cleans it, decides the title,
 * normalises the date and infers what the input did not give (title, outlet from the URL's host, published date
 * from a dated header, language), marking each inferred field. Stateless and thread-safe.
 */
final class ArticleAssembler {

    private static final int MAX_TITLE_WORDS = 20;
    private static final int INFERRED_TITLE_WORDS = 14;

    private final TextCleaner cleaner = new TextCleaner();
    private final HtmlText htmlText = new HtmlText();
    private final LanguageGuesser languageGuesser = new LanguageGuesser();

    Article assemble(ArticleDraft draft) throws InputRejectedException {
        Set<String> inferred = new TreeSet<>();
        String raw = draft.text() != null && !draft.text().isBlank() ? draft.text() : htmlText.extract(draft.html());
        CleanedText cleaned = cleaner.clean(raw);
        String text = cleaned.text();
        String title = blankToNull(draft.title());
        if (title == null) {
            int firstBreak = text.indexOf('\n');
            String firstLine = firstBreak < 0 ? text : text.substring(0, firstBreak);
            if (firstBreak > 0 && isHeadline(firstLine)) {
                title = firstLine.strip();
                text = text.substring(firstBreak).strip();
            }
        }
        if (text.isBlank()) {
            throw new InputRejectedException(draft.html() != null && draft.text() == null
                    ? "HTML without article content" : "no article text (empty or only boilerplate)");
        }
        if (title == null) {
            title = leadAsTitle(text);
            inferred.add("title");
        }
        String published = normaliseDate(draft.published());
        if (published == null && cleaned.published() != null) {
            published = cleaned.published();
            inferred.add("published");
        }
        String outlet = blankToNull(draft.outlet());
        if (outlet == null && draft.url() != null) {
            outlet = hostOf(draft.url());
            if (outlet != null) {
                inferred.add("outlet");
            }
        }
        String language = blankToNull(draft.language());
        if (language == null) {
            language = languageGuesser.guess(text);
            inferred.add("language");
        } else {
            language = language.strip().toLowerCase(Locale.ROOT);
            int dash = language.indexOf('-');
            language = dash > 0 ? language.substring(0, dash) : language;
        }
        return new Article(draft.id(), draft.source(), blankToNull(draft.url()), title, text, outlet,
                blankToNull(draft.author()), published, language, inferred);
    }

    /** A first line is a headline when it is short and does not end like a sentence. */
    static boolean isHeadline(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.split("\\s+").length > MAX_TITLE_WORDS) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last != '.' && last != ',' && last != ';' && last != ':';
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

    /** Normalises a date string to ISO-8601; returns {@code null} for blank or unparseable input. */
    static String normaliseDate(String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toString();
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(v).toString();
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
            return v.matches("\\d{4}-\\d{2}-\\d{2}.*") ? v.substring(0, 10) : null;
        }
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
