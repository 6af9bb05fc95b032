package org.synoptic.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the scraping junk around an article's text and normalises its whitespace.
 *
 * <p>Works line by line and never cuts inside a sentence except for a trailing photo credit ("… in Wladiwostok.
 * Foto: KCNA"). Removes: comment counters ({@code Kommentar (0)}), link lines ({@code Quellenlink},
 * {@code Mehr zum Thema - …}), lines of punctuation only, photo and source credits ({@code Foto: …},
 * {@code © REUTERS}, {@code Quelle: AFP © …}), byline/agency lines ({@code Ngoc Anh (laut Reuters)}), and teaser
 * labels ({@code Das Wichtigste in Kürze}). Keeps as metadata a dated header ({@code date 2023-09}). Stateless and
 * thread-safe.
 */
public final class TextCleaner {

    private static final Pattern DATE_HEADER = Pattern.compile(
            "^\\s*(?:date|datum|published|veröffentlicht)[:\\s]+(\\d{4}-\\d{2}(?:-\\d{2})?)\\b\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern JUNK_LINE = Pattern.compile(
            "(?i)^(?:kommentare?\\s*\\(\\d+\\)|\\d+\\s+kommentare?|comments?\\s*\\(\\d+\\)|quellenlink|quelle|"
                    + "teilen|drucken|share|print|anzeige|werbung|advertisement|zum artikel|weiterlesen|read more|"
                    + "mehr zum thema\\s*[-–:].*|more on this\\s*[-–:].*|lesen sie auch\\s*[-–:].*|"
                    + "(?:foto|fotos|bild|bilder|quelle|photo|image|credit)s?\\s*:.{0,120}|©.{0,120}|"
                    + "[\\p{Punct}\\p{IsPunctuation}\\s]+)$");
    private static final Pattern BYLINE = Pattern.compile(
            "^[\\p{Lu}][\\p{L}.'\\- ]{1,50}\\((?:laut|mit|nach|via|with|from|quelle:?)\\s+[^)]{2,40}\\)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_CREDIT = Pattern.compile(
            "(?<=[.!?“\"»)])\\s+(?:(?:Foto|Fotos|Bild|Quelle|Photo|Image|Credit)s?\\s*:\\s*[^.!?]{1,80}|©\\s*[^.!?]{1,80})$");
    private static final Pattern TEASER_LABEL = Pattern.compile(
            "^(?:Das Wichtigste in Kürze|Das Wichtigste im Überblick|Auf einen Blick|Key points|In brief)\\s*:?\\s*",
            Pattern.CASE_INSENSITIVE);

    /** Cleans raw text; never returns {@code null}. The result's text may be empty when only junk was given. */
    public CleanedText clean(String raw) {
        String text = raw.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\u2009', ' ')
                .replace("\u200B", "").replace("\uFEFF", "");
        String published = null;
        Matcher header = DATE_HEADER.matcher(text);
        if (header.find()) {
            published = header.group(1);
            text = text.substring(header.end());
        }
        List<String> paragraphs = new ArrayList<>();
        for (String line : text.split("\n")) {
            String cleaned = cleanLine(line);
            if (!cleaned.isEmpty()) {
                paragraphs.add(cleaned);
            }
        }
        return new CleanedText(String.join("\n\n", paragraphs), published);
    }

    private static String cleanLine(String line) {
        String s = line.replaceAll("[\\t ]+", " ").strip();
        if (s.isEmpty() || JUNK_LINE.matcher(s).matches() || BYLINE.matcher(s).matches()) {
            return "";
        }
        s = TEASER_LABEL.matcher(s).replaceFirst("");
        s = TRAILING_CREDIT.matcher(s).replaceFirst("");
        // Stray spaces before punctuation from scraped markup: "Reuters )" or "am besten , friedlich".
        s = s.replaceAll(" +([,.;:!?)])", "$1");
        return s.strip();
    }
}
