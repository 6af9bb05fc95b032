package org.synoptic.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.TimeTagger;

/**
 * Regular-expression time tagger for German and English news.
 *
 * <p>Finds dates ("10. September", "4. September 2023", "September 10", "2023-09-04", "4.9.2023"), day ranges
 * ("vom 10. bis zum 13. September": value {@code 2023-09-10}, end {@code 2023-09-13}), months ("im Juli", "Ende
 * August", "April 2019", "late November"), quarters, years ("2019", "Anfang 2024", "1950-1953"; a span "zwischen 2017 und 2022" keeps its end), weeks ("vergangene
 * Woche", "in zwei Wochen", "next week"), weekdays ("am Montag", "späten Sonntag", "Montagabend (4. September)", "on
 * Tuesday"), clock times ("um 14 Uhr", "2 p.m.") and day words ("heute", "gestern Abend", "yesterday", "letztes
 * Jahr", "last month").
 *
 * <p>The anchor ({@link TimeTagger}) fills a missing year, or {@code XXXX} without one. A weekday resolves to the
 * latest such day on or before a day-precise anchor, or on or after it when its clause speaks of the future before it
 * ("wird", "soll", "will", ...); "nächsten"/"next" means after the anchor, "vergangenen"/"last" before it. A weekday
 * with its date ("Montagabend (4. September)", "Dienstag, dem 10. Juni") takes that date. Without a day-precise anchor, weekdays, day words, weeks and clock times
 * are left out. A leading preposition ("am", "im", "vom", "on") is not part of the span. Where expressions overlap,
 * the one starting first and then the longest wins. A second pass ({@link EventTimeResolver}) dates what counts from an
 * event the text names ("am Montag nach der Wahl", "am selben Abend") and bare weekdays the report dates elsewhere.
 * Stateless and thread-safe.
 */
public final class RuleTimeTagger implements TimeTagger {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("januar", 1), Map.entry("jänner", 1), Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("februar", 2), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("märz", 3), Map.entry("maerz", 3), Map.entry("march", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("mai", 5), Map.entry("may", 5),
            Map.entry("juni", 6), Map.entry("june", 6), Map.entry("juli", 7), Map.entry("july", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9), Map.entry("sept", 9),
            Map.entry("sep", 9), Map.entry("oktober", 10), Map.entry("october", 10), Map.entry("okt", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("dezember", 12),
            Map.entry("december", 12), Map.entry("dez", 12), Map.entry("dec", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Weekdays.NAMES;
    private static final Map<String, String> DAY_PARTS = TimeWords.DAY_PARTS;
    private static final Map<String, Integer> NUMBERS = TimeWords.COUNTS;

    private static final String MONTH = "(Januar|Jänner|January|Jan\\.|Februar|February|Feb\\.|März|Maerz|March"
            + "|April|Apr\\.|Mai|May|Juni|June|Juli|July|August|Aug\\.|September|Sept\\.|Sep\\.|Oktober|October"
            + "|Okt\\.|Oct\\.|November|Nov\\.|Dezember|December|Dez\\.|Dec\\.)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String WEEKDAY = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String PART_DE = "(morgen|vormittag|mittag|nachmittag|abend|nacht)";
    private static final String PART_EN = "(morning|afternoon|evening|night)";
    private static final String COUNT = "(\\d|eine[rn]?|zwei|drei|vier|fünf|sechs|a|one|two|three|four|five|six)";

    private record Rule(Pattern pattern, Function<Context, String> value) {
    }

    /** One regex hit with the anchor and the sentence it is in. */
    private record Context(Matcher m, Anchor ref, String sentence) {
        String g(int i) {
            return m.group(i);
        }

        Integer year() {
            return ref == null ? null : ref.year();
        }

        Integer month() {
            return ref == null ? null : ref.month();
        }

        LocalDate day() {
            return ref == null ? null : ref.day();
        }
    }

    private final List<Rule> rules = List.of(
            // ranges: "10. bis zum 13. September", "zwischen dem 27. und 30. Dezember", "September 10 to 13"
            new Rule(p("(\\d{1,2})\\.\\s*(?:bis(?:\\s+zum)?|-|–|(?<=(?:[Zz]wischen dem|[Vv]om)\\s\\d{1,2}\\.\\s)und)\\s*"
                    + "(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+" + YEAR + ")?"), c -> range(c, 1, 2, 3, 4)),
            new Rule(p(MONTH + "\\s+(\\d{1,2})\\s*(?:-|–|to|through|until|(?<=(?:[Bb]etween|[Ff]rom)\\s\\S{3,9}\\s\\d{1,2}\\s)and)"
                    + "\\s*(\\d{1,2})(?:,?\\s+" + YEAR + ")?"), c -> range(c, 2, 3, 1, 4)),
            // a weekday with its date: "Montagabend (4. September)", "Dienstag, dem 10. Juni", "Monday (September 4)"
            new Rule(p(WEEKDAY + PART_DE + "?(?:\\s*\\(|,\\s+(?:de[nm]\\s+)?)(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+" + YEAR
                    + ")?\\)?"),
                    c -> withPart(date(year(c, 5), month(c.g(4)), num(c.g(3))), c.g(2))),
            new Rule(p(WEEKDAY + "(?:\\s+" + PART_EN + ")?(?:\\s*\\(|,\\s+)" + MONTH + "\\s+(\\d{1,2})(?:,?\\s+" + YEAR
                    + ")?\\)?"),
                    c -> withPart(date(year(c, 5), month(c.g(3)), num(c.g(4))), c.g(2))),
            new Rule(p("(\\d{4})-(\\d{2})-(\\d{2})"), c -> date(c.g(1), num(c.g(2)), num(c.g(3)))),
            new Rule(p("(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)"), c -> date(c.g(3), num(c.g(2)), num(c.g(1)))),
            new Rule(p("(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+" + YEAR + ")?"),
                    c -> date(year(c, 3), month(c.g(2)), num(c.g(1)))),
            new Rule(p("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?"),
                    c -> date(year(c, 3), month(c.g(2)), num(c.g(1)))),
            new Rule(p(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+" + YEAR + ")?"),
                    c -> date(year(c, 3), month(c.g(1)), num(c.g(2)))),
            // months
            new Rule(p("(?:(?:Anfang|Mitte|Ende|[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|(?:[Tt]he\\s+)?(?:end|beginning|start|middle)"
                    + "\\s+of\\s+)?" + MONTH + "\\s+" + YEAR), c -> c.g(2) + "-" + two(month(c.g(1)))),
            new Rule(p("(?:(?:Anfang|Mitte|Ende)\\s+|(?:[Ee]arly|[Mm]id|[Ll]ate)[\\s-]+|(?:[Tt]he\\s+)?(?:end|beginning|start"
                    + "|middle)\\s+of\\s+|(?<=\\b(?:im|in|seit|bis|Im|In|Seit|Since|since|until)\\s))" + MONTH),
                    c -> year(c, -1) + "-" + two(month(c.g(1)))),
            new Rule(p("(?:(?:Anfang|Mitte|Ende)\\s+)?(?:[Dd]iese[nms]|[Ii]n diesem|[Tt]his)\\s+(?:Monat|Monats|month)"),
                    c -> c.month() == null ? null : c.year() + "-" + two(c.month())),
            new Rule(p("(?:[Ll]etzte[nms]?|[Vv]ergangene[nms]?|[Ll]ast)\\s+(?:Monat|Monats|month)"),
                    c -> shiftMonth(c, -1)),
            new Rule(p("(?:[Nn]ächste[nms]?|[Kk]ommende[nms]?|[Nn]ext)\\s+(?:Monat|Monats|month)"),
                    c -> shiftMonth(c, 1)),
            // quarters
            new Rule(p("(ersten|zweiten|dritten|vierten|letzten)\\s+Quartal(?:\\s+" + YEAR + ")?"),
                    c -> year(c, 2) + "-Q" + NUMBERS.get(c.g(1))),
            new Rule(p("(?:[Tt]he\\s+)?(first|second|third|fourth|last)\\s+quarter(?:\\s+of\\s+" + YEAR + ")?"),
                    c -> year(c, 2) + "-Q" + NUMBERS.get(c.g(1))),
            // years
            new Rule(p("(?:[Vv]orletzte[nms]?\\s+(?:Jahr|Jahres)|(?:[Tt]he\\s+)?year before last)"), c -> shiftYear(c, -2)),
            new Rule(p("(?:[Ll]etzte[nms]?|[Vv]ergangene[nms]?|[Vv]orige[nms]?|[Ll]ast)\\s+(?:Jahr|Jahres|year)"),
                    c -> shiftYear(c, -1)),
            new Rule(p("(?:[Dd]iese[nms]?|[Ii]n diesem|[Tt]his)\\s+(?:Jahr|Jahres|year)"), c -> shiftYear(c, 0)),
            new Rule(p("(?:[Nn]ächste[nms]?|[Kk]ommende[nms]?|[Nn]ext)\\s+(?:Jahr|Jahres|year)"), c -> shiftYear(c, 1)),
            new Rule(p("(?:Anfang|Mitte|Ende|[Ee]arly|[Mm]id|[Ll]ate|Jahr|Jahres|[Yy]ear)[\\s-]+" + YEAR), c -> c.g(1)),
            // weeks
            new Rule(p("(?:[Vv]ergangene|[Ll]etzte|[Vv]orige|[Ll]ast)\\s+(?:Woche|week)"), c -> week(c, -1)),
            new Rule(p("(?:[Dd]iese|[Tt]his)\\s+(?:Woche|week)"), c -> week(c, 0)),
            new Rule(p("(?:[Nn]ächste|[Kk]ommende|[Nn]ext)\\s+(?:Woche|week)"), c -> week(c, 1)),
            new Rule(p("[Ii]n\\s+" + COUNT + "\\s+(?:Wochen|weeks|Woche|week)"), c -> week(c, count(c.g(1)))),
            new Rule(p("(?:[Vv]or\\s+" + COUNT + "\\s+(?:Wochen|Woche)|" + COUNT + "\\s+(?:weeks|week)\\s+ago)"),
                    c -> week(c, -count(c.g(1) != null ? c.g(1) : c.g(2)))),
            // weekdays, with a part of the day or a clock time
            new Rule(p("(?:(?:[Ll]ast|[Nn]ext|[Vv]ergangenen|[Ll]etzten|[Nn]ächsten|[Kk]ommenden|späten|frühen|[Ll]ate on"
                    + "|[Ee]arly on|[Ll]ate|[Ee]arly)\\s+)?" + WEEKDAY + PART_DE + "?(?:\\s+" + PART_EN + ")?"
                    + "(?:\\s+um\\s+(\\d{1,2})(?:[.:](\\d{2}))?\\s+Uhr)?"), RuleTimeTagger::weekday),
            // day words
            new Rule(p("([Hh]eute|[Gg]estern|(?<!(?:[Aa]m|[Jj]eden|[Dd]en|[Gg]uten|[Ee]inen|[Dd]iesen|[Hh]eute|[Gg]estern|[Vv]om) )morgen|^Morgen)\\s+(früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag"
                    + "|[Nn]achmittag|[Aa]bend|[Nn]acht)"), c -> withPart(day(c, dayOffset(c.g(1))), c.g(2))),
            new Rule(p("([Tt]his|[Yy]esterday|[Tt]omorrow)\\s+" + PART_EN), c -> withPart(day(c, dayOffset(c.g(1))), c.g(2))),
            new Rule(p("[Tt]onight"), c -> withPart(day(c, 0), "night")),
            new Rule(p("[Hh]eute|[Tt]oday"), c -> day(c, 0)),
            new Rule(p("[Gg]estern|[Yy]esterday"), c -> day(c, -1)),
            new Rule(p("(?<!(?:[Aa]m|[Jj]eden|[Dd]en|[Gg]uten|[Ee]inen|[Dd]iesen|[Hh]eute|[Gg]estern|[Vv]om) )morgen(?!\\s+(?:früh|[Mm]orgen|[Vv]ormittag|[Mm]ittag|[Nn]achmittag|[Aa]bend|[Nn]acht))|^Morgen|[Tt]omorrow"), c -> day(c, 1)),
            // clock times
            new Rule(p("(\\d{1,2})(?:[.:](\\d{2}))?\\s+Uhr"), c -> clock(c, num(c.g(1)), c.g(2), false)),
            new Rule(p("(\\d{1,2})(?::(\\d{2}))?(\\s*[ap]\\.m\\.|[ap]m)"),
                    c -> clock(c, num(c.g(1)), c.g(2), c.g(3).strip().startsWith("p"))),
            new Rule(p(YEAR + "\\s*[-–/]\\s*" + YEAR), c -> c.g(1) + "/" + c.g(2)),
            // a span of years keeps its end: "zwischen 2017 und 2022", "von 2017 bis 2022", "between 2017 and 2022"
            new Rule(p("(?<=(?:[Zz]wischen|[Bb]etween)\\s)" + YEAR + "\\s+(?:und|and)\\s+" + YEAR
                    + "|" + YEAR + "\\s+(?:bis|to|until|through)\\s+" + YEAR), RuleTimeTagger::yearRange),
            new Rule(p("(?<![.\\d])(?<!(?:Linie|Nr\\.|Nummer|[Rr]oute|No\\.|[Ll]ine) )" + YEAR + "(?!\\d|[-–]\\d)"),
                    c -> c.g(1)));

    /** A leading preposition that only places the time: left out of the span. */
    private static final Pattern LEAD = Pattern.compile("^(?:[Aa]m|[Ii]m|[Vv]om|[Ss]eit|[Oo]n|[Aa]t)\\s+");

    private static Pattern p(String regex) {
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}])");
    }

    @Override
    public List<TimeExpression> tag(Article article, List<Sentence> sentences, String anchor) {
        Anchor ref = Anchor.parse(anchor);
        List<TimeExpression> found = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(s.text());
                while (m.find()) {
                    String value = rule.value().apply(new Context(m, ref, s.text()));
                    if (value != null) {
                        found.add(expression(m.group(), value, s.start() + m.start()));
                    }
                }
            }
        }
        found.sort(Comparator.comparingInt(TimeExpression::start).thenComparingInt(t -> -(t.end() - t.start())));
        List<TimeExpression> out = new ArrayList<>();
        int lastEnd = -1;
        for (TimeExpression t : found) {
            if (t.start() >= lastEnd) {
                out.add(t);
                lastEnd = t.end();
            }
        }
        return EventTimeResolver.resolve(sentences, out, ref);
    }

    private static TimeExpression expression(String text, String value, int start) {
        Matcher lead = LEAD.matcher(text);
        int skip = lead.find() ? lead.end() : 0;
        int slash = value.indexOf('/');
        String from = slash < 0 ? value : value.substring(0, slash);
        String to = slash < 0 ? null : value.substring(slash + 1);
        return new TimeExpression(text.substring(skip), from, to, start + skip, start + text.length());
    }

    /** A span of years, "2017/2022"; null when the second year is not the later one. */
    private static String yearRange(Context c) {
        String from = c.g(1) != null ? c.g(1) : c.g(3);
        String to = c.g(1) != null ? c.g(2) : c.g(4);
        return Integer.parseInt(to) > Integer.parseInt(from) ? from + "/" + to : null;
    }

    private static String range(Context c, int fromDay, int toDay, int monthGroup, int yearGroup) {
        String y = year(c, yearGroup);
        int month = month(c.g(monthGroup));
        String from = date(y, month, num(c.g(fromDay)));
        String to = date(y, month, num(c.g(toDay)));
        return from == null || to == null || num(c.g(toDay)) <= num(c.g(fromDay)) ? null : from + "/" + to;
    }

    private static String weekday(Context c) {
        LocalDate ref = c.day();
        if (ref == null) {
            return null;
        }
        DayOfWeek day = WEEKDAYS.get(c.g(1).toLowerCase(Locale.ROOT));
        String lead = c.m().group().toLowerCase(Locale.ROOT);
        LocalDate d;
        if (lead.startsWith("next") || lead.startsWith("nächsten") || lead.startsWith("kommenden")) {
            d = ref.with(TemporalAdjusters.next(day));
        } else if (lead.startsWith("last") || lead.startsWith("vergangenen") || lead.startsWith("letzten")) {
            d = ref.with(TemporalAdjusters.previous(day));
        } else {
            boolean future = Weekdays.future(c.sentence(), c.m().start(), c.m().end());
            d = ref.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day));
        }
        if (c.g(4) != null) {
            return d + "T" + two(num(c.g(4))) + ":" + (c.g(5) == null ? "00" : c.g(5));
        }
        return withPart(d.toString(), c.g(2) != null ? c.g(2) : c.g(3));
    }

    private static String withPart(String date, String part) {
        if (date == null || part == null) {
            return date;
        }
        return date + DAY_PARTS.get(part.toLowerCase(Locale.ROOT));
    }

    private static int dayOffset(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("gestern") || w.equals("yesterday") ? -1 : w.equals("morgen") || w.equals("tomorrow") ? 1 : 0;
    }

    private static String clock(Context c, int hour, String minutes, boolean pm) {
        int h = pm && hour < 12 ? hour + 12 : hour;
        if (c.day() == null || h > 23 || minutes != null && num(minutes) > 59) {
            return null;
        }
        return c.day() + "T" + two(h) + ":" + (minutes == null ? "00" : minutes);
    }

    private static String day(Context c, int offset) {
        return c.day() == null ? null : c.day().plusDays(offset).toString();
    }

    private static String week(Context c, int offset) {
        if (c.day() == null) {
            return null;
        }
        LocalDate d = c.day().plusWeeks(offset);
        return d.get(IsoFields.WEEK_BASED_YEAR) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private static int count(String word) {
        Integer n = NUMBERS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : num(word);
    }

    private static String shiftMonth(Context c, int offset) {
        if (c.month() == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(c.year(), c.month()).plusMonths(offset);
        return ym.getYear() + "-" + two(ym.getMonthValue());
    }

    private static String shiftYear(Context c, int offset) {
        return c.year() == null ? null : String.valueOf(c.year() + offset);
    }

    private static String year(Context c, int group) {
        if (group > 0 && c.g(group) != null) {
            return c.g(group);
        }
        return c.year() == null ? "XXXX" : String.valueOf(c.year());
    }

    private static String date(String year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        return year + "-" + two(month) + "-" + two(day);
    }

    private static int month(String name) {
        Integer m = MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
        if (m == null) {
            throw new IllegalStateException("month pattern and table disagree: " + name);
        }
        return m;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
