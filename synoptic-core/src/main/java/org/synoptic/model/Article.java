package org.synoptic.model;

import java.util.Objects;
import java.util.Set;

/**
 * One news report, read and cleaned: the unit every stage works on.
 *
 * <p>Filled by the ingest stage ({@code org.synoptic.ingest}). {@code text} is the cleaned article body that all
 * offsets in the analysis records refer to. Optional fields are {@code null} when neither the input nor inference
 * gave a value; {@code inferred} names the fields whose values were inferred rather than given by the input.
 *
 * @param id        stable identifier, unique within one run (from the input's {@code id}, else derived from its source)
 * @param source    the path or URL as given by the user, with {@code #n} appended for the n-th article of a multi-article file
 * @param url       the article's URL: the page's canonical URL where an HTML page declares one, else the address the
 *                  input gave (a feed item's {@code <link>}, a JSON record's {@code url}, the fetched address), or
 *                  {@code null}
 * @param title     the headline, or {@code null}
 * @param text      the cleaned body text; never {@code null} or blank
 * @param outlet    the publishing outlet, or {@code null}
 * @param author    the author or byline, or {@code null}
 * @param published ISO-8601 date ({@code 2023-09-04}), month ({@code 2023-09}) or date-time, or {@code null}
 * @param language  ISO 639-1 code ({@code de}, {@code en}), or {@code und} when undetermined
 * @param inferred  names of the fields ({@code title}, {@code outlet}, {@code published}, {@code language}) that were inferred
 * @param canonicalUrl the canonical URL the page itself declares ({@code <link rel=canonical>}, {@code og:url},
 *                  JSON-LD {@code url}), or {@code null} when it declares none or the input was no page
 */
public record Article(String id, String source, String url, String title, String text, String outlet,
                      String author, String published, String language, Set<String> inferred, String canonicalUrl) {

    /** An article whose input declared no canonical URL. */
    public Article(String id, String source, String url, String title, String text, String outlet,
                   String author, String published, String language, Set<String> inferred) {
        this(id, source, url, title, text, outlet, author, published, language, inferred, null);
    }

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("article text must not be blank: id=" + id);
        }
        language = language == null ? "und" : language;
        inferred = inferred == null ? Set.of() : Set.copyOf(inferred);
    }

    /** Returns a copy with the given language, marked as inferred when {@code isInferred}. */
    public Article withLanguage(String newLanguage, boolean isInferred) {
        return new Article(id, source, url, title, text, outlet, author, published, newLanguage,
                isInferred ? plus(inferred, "language") : inferred, canonicalUrl);
    }

    /**
     * Returns a copy with the given publication date, marked as inferred when {@code isInferred} (a date read from the
     * story rather than the input, see {@code PublicationDates} in synoptic-digest).
     */
    public Article withPublished(String newPublished, boolean isInferred) {
        return new Article(id, source, url, title, text, outlet, author, newPublished, language,
                isInferred ? plus(inferred, "published") : inferred, canonicalUrl);
    }

    /** Returns a copy with the given id; used to keep ids unique within a batch. */
    public Article withId(String newId) {
        return new Article(newId, source, url, title, text, outlet, author, published, language, inferred, canonicalUrl);
    }

    /**
     * The publication time in epoch milliseconds (UTC where {@code published} has no zone; a month or date counts
     * from its first instant), or empty when {@code published} is absent or not ISO-8601.
     */
    public java.util.OptionalLong publishedEpochMillis() {
        return epochMillisOf(published);
    }

    /** {@link #publishedEpochMillis()} of a {@code published} value given alone; {@code null} gives empty. */
    public static java.util.OptionalLong epochMillisOf(String published) {
        if (published == null || published.isBlank()) {
            return java.util.OptionalLong.empty();
        }
        String p = published.strip();
        try {
            if (p.length() == 7) {
                return java.util.OptionalLong.of(java.time.YearMonth.parse(p).atDay(1).atStartOfDay()
                        .toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
            }
            if (p.length() == 10) {
                return java.util.OptionalLong.of(java.time.LocalDate.parse(p).atStartOfDay()
                        .toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
            }
            if (p.endsWith("Z") && p.length() > 17) {
                // with seconds; Instant.parse refuses a whole minute ("2024-03-04T06:00Z", as feeds write it), which
                // OffsetDateTime below reads
                return java.util.OptionalLong.of(java.time.Instant.parse(p).toEpochMilli());
            }
            try {
                return java.util.OptionalLong.of(java.time.OffsetDateTime.parse(p).toInstant().toEpochMilli());
            } catch (java.time.format.DateTimeParseException e) {
                return java.util.OptionalLong.of(java.time.LocalDateTime.parse(p).toInstant(java.time.ZoneOffset.UTC).toEpochMilli());
            }
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.OptionalLong.empty();
        }
    }

    private static Set<String> plus(Set<String> set, String value) {
        var copy = new java.util.TreeSet<>(set);
        copy.add(value);
        return copy;
    }
}
