package org.synoptic.digest.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of the renderers and the web UI in one language: section names, plurals ("1 Bericht", "2 Berichte"),
 * stance and source-kind labels, language names, and dates in a local time zone.
 *
 * <p>One resource per language, {@code labels_LANG.properties} beside this class (UTF-8); every key is in every
 * language ({@code LabelsTest}). A story in English gets English labels, every other story German ones, as the
 * product is German-first. Dates are shown in {@link #DEFAULT_ZONE} unless the system property
 * {@code synoptic.timezone} or the environment variable {@code SYNOPTIC_TIMEZONE} names another zone.
 *
 * <p>Immutable and thread-safe.
 */
public final class Labels {

    /** The languages that have a label resource. */
    public static final List<String> LANGUAGES = List.of("de", "en");

    /** The zone dates are shown in when none is set. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Berlin");

    private static final Map<String, Properties> RESOURCES = new ConcurrentHashMap<>();

    private final String language;
    private final Properties words;
    private final ZoneId zone;
    private final Locale locale;

    private Labels(String language, ZoneId zone) {
        this.language = language;
        this.words = RESOURCES.computeIfAbsent(language, Labels::load);
        this.zone = zone;
        this.locale = Locale.forLanguageTag(language);
    }

    /** The labels for a story's language: English for {@code en}, German for any other; dates in the set zone. */
    public static Labels of(String storyLanguage) {
        return new Labels("en".equals(storyLanguage) ? "en" : "de", configuredZone());
    }

    /** The same labels with dates shown in {@code newZone}. */
    public Labels withZone(ZoneId newZone) {
        return new Labels(language, java.util.Objects.requireNonNull(newZone, "zone"));
    }

    /** The zone named by {@code synoptic.timezone} or {@code SYNOPTIC_TIMEZONE}, else {@link #DEFAULT_ZONE}. */
    public static ZoneId configuredZone() {
        String name = System.getProperty("synoptic.timezone", System.getenv("SYNOPTIC_TIMEZONE"));
        if (name == null || name.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(name.strip());
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone in synoptic.timezone: " + name, e);
        }
    }

    /** The language of these labels ({@code de} or {@code en}). */
    public String language() {
        return language;
    }

    /** The zone dates are shown in. */
    public ZoneId zone() {
        return zone;
    }

    /** The label for {@code key}; fails with the key when a resource lacks it. */
    public String text(String key) {
        String value = words.getProperty(key);
        if (value == null) {
            throw new IllegalArgumentException("no label '" + key + "' for language " + language);
        }
        return value;
    }

    /** A counted phrase: {@code count("reports", 1)} is "1 Bericht", {@code count("reports", 2)} "2 Berichte". */
    public String count(String key, long n) {
        return MessageFormat.format(text(key + (n == 1 ? ".one" : ".other")).replace("'", "''"), String.valueOf(n));
    }

    /** A label for a value of a closed set ({@code note}, {@code kind}, {@code type}, {@code lang}), else the value. */
    public String valueOf(String set, String value) {
        if (value == null) {
            return "";
        }
        String label = words.getProperty(set + "." + value);
        return label == null ? value : label;
    }

    /** The name of a language by ISO 639-1 code ("Deutsch" for {@code de} in German), else the code. */
    public String languageName(String code) {
        return valueOf("lang", code);
    }

    /**
     * The names of a story's languages, its majority language first and then those of its other reports ("Deutsch,
     * Englisch" for a German story with an English report), with their label ("Sprache" or "Sprachen").
     */
    public String languagesOf(org.synoptic.digest.StoryDigest d) {
        List<String> codes = languageCodes(d);
        return text(codes.size() > 1 ? "languages" : "language") + ": " + languageNames(d);
    }

    /** The names of a story's languages, its majority language first: "Deutsch, Englisch". */
    public String languageNames(org.synoptic.digest.StoryDigest d) {
        return String.join(", ", languageCodes(d).stream().map(this::languageName).toList());
    }

    private static List<String> languageCodes(org.synoptic.digest.StoryDigest d) {
        java.util.LinkedHashSet<String> codes = new java.util.LinkedHashSet<>();
        codes.add(d.language());
        d.articles().forEach(a -> {
            if (a.language() != null && !a.language().isBlank() && !"und".equals(a.language())) {
                codes.add(a.language());
            }
        });
        return List.copyOf(codes);
    }

    /**
     * An ISO date as a reader writes it, at the precision given: a date-time in the set zone ("3. März 2025, 14:20
     * Uhr"), a date ("3. März 2025"), a month ("März 2025"), a year; anything else as given.
     */
    public String date(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        String p = iso.strip();
        try {
            if (p.length() == 4 && p.chars().allMatch(Character::isDigit)) {
                return p;
            }
            if (p.length() == 7) {
                return YearMonth.parse(p).format(formatter("month.pattern"));
            }
            if (p.length() == 10) {
                return LocalDate.parse(p).format(formatter("date.pattern"));
            }
            return instant(p).atZone(zone).format(formatter("datetime.pattern"));
        } catch (DateTimeParseException e) {
            return p;
        }
    }

    /** Every key of a language's resource, sorted. */
    public static Set<String> keys(String language) {
        return new TreeSet<>(RESOURCES.computeIfAbsent(language, Labels::load).stringPropertyNames());
    }

    private DateTimeFormatter formatter(String key) {
        return DateTimeFormatter.ofPattern(text(key), locale);
    }

    private static java.time.Instant instant(String p) {
        if (p.endsWith("Z")) {
            return java.time.Instant.parse(p.length() == 17 ? p.substring(0, 16) + ":00Z" : p);
        }
        try {
            return OffsetDateTime.parse(p).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(p).toInstant(ZoneOffset.UTC);
        }
    }

    private static Properties load(String language) {
        String name = "labels_" + language + ".properties";
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no label resource for language " + language + ": " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
