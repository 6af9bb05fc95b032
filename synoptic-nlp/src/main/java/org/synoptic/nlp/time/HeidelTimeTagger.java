package org.synoptic.nlp.time;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.heideltime.standalone.exceptions.DocumentCreationTimeMissingException;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;
import de.unihd.dbs.uima.types.heideltime.Timex3;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.TimeTagger;

/**
 * HeidelTime (GPL-3.0) behind our {@link TimeTagger}: German and English news, without a part-of-speech tagger.
 *
 * <p>Runs HeidelTime's NEWS rules with the anchor as document creation time and keeps its DATE and TIME expressions
 * whose values we can read ({@link TimeExpression.Precision} other than OTHER): durations, sets, seasons and
 * PRESENT_REF are dropped. HeidelTime returns no ranges here, so {@code endValue} is always {@code null}. Articles in
 * other languages give an empty list.
 *
 * <p>The anchor's precision is kept: with a month or year anchor the text is tagged twice, with the first and the
 * last day of that period, and only the values both runs agree on are kept ("letztes Jahr" is kept, "am Montag"
 * is not). Without an anchor, two far-apart dates are used and values that differ only in their year get
 * {@code XXXX}. Sentences without a digit or a time word are blanked before tagging (offsets stay those of the
 * article): HeidelTime applies all its patterns to every sentence and costs about a second per 1,000 words.
 *
 * <p>Thread-safety and cost: HeidelTime's engine keeps state per document, so there is one engine per language per
 * process, loaded on first use (a few seconds, some tens of MB of heap) and shared; calls on the same language are
 * serialised on that engine. HeidelTime's own INFO logging (java.util.logging) is silenced. Its configuration file
 * is written to a temporary directory once.
 */
public final class HeidelTimeTagger implements TimeTagger {

    /** Words that can start or carry a time expression; a sentence without any of them and without a digit is skipped. */
    private static final Pattern CANDIDATE = Pattern.compile("\\d|(?iu)\\b(?:jan|feb|mär|maerz|apr|mai|may|jun|jul"
            + "|aug|sep|okt|oct|nov|dez|dec|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
            + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday|heute|gestern|morgen|übermorgen|vorgestern"
            + "|today|yesterday|tomorrow|tonight|woche|week|monat|month|jahr|year|quartal|quarter|uhr|abend|nacht"
            + "|mittag|vormittag|nachmittag|morning|afternoon|evening|night|noon|wochenende|weekend|frühjahr|frühling"
            + "|sommer|herbst|winter|spring|summer|autumn|fall|ostern|pfingsten|weihnacht|silvester|neujahr|easter"
            + "|christmas|jahrzehnt|jahrhundert|decade|century|tag|day)");
    /**
     * A time word, a word that widens a time expression ("Earlier this month", "Ende Juli"), or digits in the shape of
     * a date, a clock time or a year; plain counts ("46 people") are not.
     */
    private static final Pattern CUE_WITHOUT_COUNTS = Pattern.compile(CANDIDATE.pattern().replace("\\d|", "")
            + "|\\b(?:earlier|later|early|late|mid|anfang|ende|mitte|beginning|end)\\b"
            + "|\\d{1,2}\\.\\d{1,2}\\.|\\d{1,2}[:.]\\d{2}\\s*(?:uhr|h\\b|am\\b|pm\\b)|\\b(?:1[89]|20)\\d{2}\\b");
    private static final LocalDate FAR_PAST = LocalDate.of(1990, 6, 15);
    private static final LocalDate FAR_FUTURE = LocalDate.of(2031, 2, 11);
    /** Kept strongly: java.util.logging forgets a logger's level when nothing references it. */
    private static final List<Logger> HEIDELTIME_LOGS =
            List.of(Logger.getLogger("HeidelTimeStandalone"), Logger.getLogger("de.unihd.dbs"));

    private static final class Engines {
        static final Path CONFIG = writeConfig();
        static final Map<String, Engine> BY_LANGUAGE = Map.of(
                "de", new Engine(Language.GERMAN), "en", new Engine(Language.ENGLISH));
    }

    /** One HeidelTime instance, created on first use; all calls synchronise on it. */
    private static final class Engine {
        private final Language language;
        private HeidelTimeStandalone heidelTime;

        Engine(Language language) {
            this.language = language;
        }

        synchronized List<Timex> tag(String text, LocalDate dct) {
            if (heidelTime == null) {
                heidelTime = new HeidelTimeStandalone(language, DocumentType.NEWS, OutputType.TIMEML,
                        Engines.CONFIG.toString(), POSTagger.NO);
            }
            List<Timex> found = new ArrayList<>();
            try {
                heidelTime.process(text, Date.from(dct.atStartOfDay(ZoneId.systemDefault()).toInstant()), jcas -> {
                    for (var annotation : jcas.getAnnotationIndex(Timex3.type)) {
                        Timex3 t = (Timex3) annotation;
                        found.add(new Timex(t.getBegin(), t.getEnd(), t.getTimexType(), t.getTimexValue()));
                    }
                    return "";
                });
            } catch (DocumentCreationTimeMissingException e) {
                throw new IllegalStateException("NEWS documents are always given a creation time", e);
            }
            return found;
        }
    }

    private record Timex(int start, int end, String type, String value) {
    }

    static {
        HEIDELTIME_LOGS.forEach(log -> log.setLevel(Level.WARNING));
    }

    /** Loads nothing yet: the engine of a language loads on its first article. */
    public HeidelTimeTagger() {
    }

    /** Loads the German and English engines now (a few seconds), e.g. before timing calls. */
    public static void preload() {
        for (Engine engine : Engines.BY_LANGUAGE.values()) {
            engine.tag("heute", LocalDate.of(2000, 1, 1));
        }
    }

    @Override
    public List<TimeExpression> tag(Article article, List<Sentence> sentences, String anchor) {
        Engine engine = Engines.BY_LANGUAGE.get(article.language());
        if (engine == null) {
            return List.of();
        }
        String text = candidates(article.text(), sentences);
        if (text.isBlank()) {
            return List.of();
        }
        Anchor ref = Anchor.parse(anchor);
        if (ref != null && ref.dayPrecise()) {
            return expressions(article.text(), engine.tag(text, ref.day()), null, ref);
        }
        LocalDate first = ref == null ? FAR_PAST : ref.firstDay();
        LocalDate last = ref == null ? FAR_FUTURE : ref.lastDay();
        return expressions(article.text(), engine.tag(text, first), engine.tag(text, last), ref);
    }

    /**
     * Whether a text may hold a time expression that is more than a lone count: a time word, or digits shaped like a
     * date, a clock time or a year. {@link CombinedTimeTagger} asks this of the parts of a sentence its rules did not
     * explain.
     */
    static boolean mayHoldTime(CharSequence text) {
        return CUE_WITHOUT_COUNTS.matcher(text).find();
    }

    /** The article text with every sentence that cannot hold a time expression blanked, offsets unchanged. */
    private static String candidates(String text, List<Sentence> sentences) {
        char[] out = new char[text.length()];
        java.util.Arrays.fill(out, ' ');
        for (Sentence s : sentences) {
            if (CANDIDATE.matcher(s.text()).find()) {
                text.getChars(s.start(), s.end(), out, s.start());
            }
        }
        return new String(out);
    }

    /** Our records for HeidelTime's dates and times; with a second run, only the values both runs agree on. */
    private static List<TimeExpression> expressions(String text, List<Timex> run, List<Timex> second, Anchor ref) {
        List<TimeExpression> out = new ArrayList<>();
        for (Timex t : run) {
            if (!t.type().equals("DATE") && !t.type().equals("TIME")) {
                continue;
            }
            String value = t.value();
            if (second != null) {
                Timex other = second.stream().filter(o -> o.start() == t.start() && o.end() == t.end()).findFirst()
                        .orElse(null);
                value = other == null ? null : agreed(value, other.value(), ref == null);
            }
            if (value != null && TimeExpression.precisionOf(value) != TimeExpression.Precision.OTHER) {
                out.add(new TimeExpression(text.substring(t.start(), t.end()), value, t.start(), t.end()));
            }
        }
        return List.copyOf(out);
    }

    /** The value two runs with different anchors agree on; with no anchor at all, an unknown year becomes XXXX. */
    static String agreed(String a, String b, boolean yearUnknown) {
        if (Objects.equals(a, b)) {
            return a;
        }
        if (yearUnknown && a.length() == b.length() && a.length() > 4 && a.substring(4).equals(b.substring(4))
                && !a.contains("W") && !a.contains("Q")) {
            return "XXXX" + a.substring(4);
        }
        return null;
    }

    private static Path writeConfig() {
        // The keys HeidelTime's standalone Config reads; no TreeTagger is used (POSTagger.NO).
        String props = String.join("\n",
                "considerDate = true", "considerDuration = true", "considerSet = true", "considerTime = true",
                "treeTaggerHome = none", "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
                "uimaVarDate = Date", "uimaVarDuration = Duration", "uimaVarLanguage = Language",
                "uimaVarSet = Set", "uimaVarTime = Time", "uimaVarTypeToProcess = Type", "ConvertDurations = true", "");
        try {
            Path dir = Files.createTempDirectory("synoptic-heideltime");
            Path file = dir.resolve("config.props");
            Files.writeString(file, props, StandardCharsets.UTF_8);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write HeidelTime's config.props to the temp directory", e);
        }
    }
}
