package org.synoptic.nlp.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;

/**
 * Weekday names and the tense of the clause they stand in: what {@link RuleTimeTagger} resolves a bare weekday with,
 * and what the story-level inference of publication dates ({@code PublicationDates} in synoptic-digest) reads from
 * reports that have no date to resolve against. Stateless; all methods are thread-safe.
 */
public final class Weekdays {

    /** Weekday names, German and English, lower case: the one table of them in the time package. */
    static final Map<String, DayOfWeek> NAMES = Map.ofEntries(
            Map.entry("montag", DayOfWeek.MONDAY), Map.entry("dienstag", DayOfWeek.TUESDAY),
            Map.entry("mittwoch", DayOfWeek.WEDNESDAY), Map.entry("donnerstag", DayOfWeek.THURSDAY),
            Map.entry("freitag", DayOfWeek.FRIDAY), Map.entry("samstag", DayOfWeek.SATURDAY),
            Map.entry("sonnabend", DayOfWeek.SATURDAY), Map.entry("sonntag", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));
    static final String WEEKDAY = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern NAMED = Pattern.compile("^(?:\\p{L}+\\s+)?" + WEEKDAY);
    /**
     * Words that make a clause speak of what comes: the future and plans ("wird", "soll", "plant"), the future in the
     * past of reported speech ("said the council would open a fund on Monday"), and the starting
     * points and limits said of days to come ("ab Dienstag fahren die Züge", "dürfen frühestens am Mittwoch zurück").
     */
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(wird|werde|werden|würde|würden|would|soll|sollen|will|wollen|plant|planen|next|nächste[nm]?|kommende[nm]?"
                    + "|[Aa]b|[Ff]rühestens|[Ss]pätestens)\\b");
    /** Only a preposition or nothing before the weekday in its clause. */
    private static final Pattern FRONTED = Pattern.compile("[\\s,]*(?:[Aa]m|[Oo]n)?\\s*");
    /** The word right after a fronted weekday. */
    private static final Pattern FINITE = Pattern.compile("\\s+(\\p{L}+)");
    /**
     * A weekday said without its date and without a direction word: "am Montag", "am späten Sonntag",
     * "Montagabend", "on Tuesday". Group 1 is the weekday.
     */
    private static final Pattern BARE = Pattern.compile("(?<![\\p{L}\\d])(?:(?:[Aa]m|[Oo]n)\\s+(?:(?:späten|frühen)\\s+)?)?"
            + WEEKDAY + "(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?(?![\\p{L}])");
    /** What makes a weekday not bare: its date after it, an event it is counted from, a direction word before it. */
    private static final Pattern DATED_AFTER = Pattern.compile("^(?:\\s*\\(|,\\s+(?:de[nm]\\s+)?\\d|\\s+(?:nach|vor|after|before)\\s)");
    private static final Pattern DIRECTED_BEFORE = Pattern.compile(
            "(?:[Ll]ast|[Nn]ext|[Vv]ergangenen|[Ll]etzten|[Nn]ächsten|[Kk]ommenden|[Ff]olgenden|darauffolgenden|[Jj]eden|"
                    + "[Dd]iesen|[Tt]his)\\s+(?:(?:späten|frühen)\\s+)?$");

    /** A weekday said without its date. */
    public record Mention(DayOfWeek day, boolean future, int start, int end) {
    }

    /**
     * A weekday the text says is today or a day or two ago ("heute, am Dienstag", "gestern Abend, am Montag", "am
     * heutigen Mittwoch"): the report was written {@code daysBefore} days after that weekday.
     */
    public record Pinned(DayOfWeek day, int daysBefore, int start, int end) {
    }

    private static final String PART = "(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?";
    /** "heute, am Dienstag", "gestern Abend (Montag)", "today, Tuesday": the day word, then its weekday. */
    private static final Pattern DAY_WORD_THEN_WEEKDAY = Pattern.compile("(?iu)(?<![\\p{L}])(heute|gestern|vorgestern"
            + "|today|yesterday)(?:\\s+(?:früh|morgen|vormittag|mittag|nachmittag|abend|nacht|morning|afternoon|evening"
            + "|night))?\\s*[,(]\\s*(?:am\\s+|on\\s+)?" + WEEKDAY + PART + "(?![\\p{L}])");
    /** "am heutigen Dienstag", "am gestrigen Montag". */
    private static final Pattern DAY_ADJECTIVE_WEEKDAY = Pattern.compile("(?iu)(?<![\\p{L}])(heutigen|gestrigen"
            + "|vorgestrigen)\\s+" + WEEKDAY + PART + "(?![\\p{L}])");

    private Weekdays() {
    }

    /** The weekday a name ("Montag", "Montagabend", "Sunday") starts with, if any. */
    public static Optional<DayOfWeek> of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (var e : NAMES.entrySet()) {
            if (n.startsWith(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The weekday an expression names when it names one with its date ("Montagabend (4. September)", "Dienstag, dem
     * 10. Juni"): such an expression dates that weekday for the whole story. Empty for a bare weekday or anything else.
     */
    public static Optional<DayOfWeek> dated(TimeExpression t) {
        Matcher m = NAMED.matcher(t.text());
        if (!m.find() || !t.text().matches(".*\\d.*") || TimeExpression.precisionOf(t.value()) != TimeExpression.Precision.DAY
                && TimeExpression.precisionOf(t.value()) != TimeExpression.Precision.TIME) {
            return Optional.empty();
        }
        return of(m.group(1));
    }

    /**
     * The weekdays a sentence pins to its publication day: "heute, am Dienstag" (0 days before), "gestern Abend, am
     * Montag" (1), "am vorgestrigen Sonntag" (2), with offsets into the article. The day word and the weekday must
     * stand together, only a comma or a parenthesis between them: "heute und am Montag" pins nothing.
     */
    public static List<Pinned> pinned(Sentence sentence) {
        List<Pinned> out = new ArrayList<>();
        for (Pattern pattern : List.of(DAY_WORD_THEN_WEEKDAY, DAY_ADJECTIVE_WEEKDAY)) {
            Matcher m = pattern.matcher(sentence.text());
            while (m.find()) {
                String word = m.group(1).toLowerCase(Locale.ROOT);
                int daysBefore = word.startsWith("vor") ? 2 : word.startsWith("gest") || word.startsWith("yest") ? 1 : 0;
                out.add(new Pinned(NAMES.get(m.group(2).toLowerCase(Locale.ROOT)), daysBefore,
                        sentence.start() + m.start(), sentence.start() + m.end()));
            }
        }
        return out;
    }

    /** The bare weekdays of a sentence, with offsets into the article and the tense of their clause. */
    public static List<Mention> bare(Sentence sentence) {
        List<Mention> out = new ArrayList<>();
        String text = sentence.text();
        Matcher m = BARE.matcher(text);
        while (m.find()) {
            if (DATED_AFTER.matcher(text.substring(m.end())).find()
                    || DIRECTED_BEFORE.matcher(text.substring(0, m.start())).find()) {
                continue;
            }
            int name = m.start(1);
            out.add(new Mention(NAMES.get(m.group(1).toLowerCase(Locale.ROOT)), future(text, name, m.end()),
                    sentence.start() + m.start(), sentence.start() + m.end()));
        }
        return out;
    }

    /**
     * Whether the clause of the words at {@code start..end} of a sentence speaks of the future: a future word before
     * them in their clause ("werde sich am Dienstag …"), or, when they open the clause ("Am Freitag soll …"), the
     * finite verb right after them. "hatte am Mittwoch …" and "berichtete am Montag" look back.
     */
    static boolean future(String sentence, int start, int end) {
        int clauseStart = Math.max(sentence.lastIndexOf(',', start), 0);
        String before = sentence.substring(clauseStart, start);
        if (FUTURE.matcher(before).find()) {
            return true;
        }
        if (FRONTED.matcher(before).matches()) {
            Matcher verb = FINITE.matcher(sentence).region(end, sentence.length());
            return verb.lookingAt() && FUTURE.matcher(verb.group(1)).matches();
        }
        return false;
    }
}
