package org.synoptic.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
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
 * ("vom 10. bis zum 13. September" -> {@code 2023-09-10/2023-09-13}), months ("im Juli", "Ende August", "April
 * 2019"), years ("2019", "1950-1953"), weekdays ("am Montag", "Dienstag", "on Tuesday"), and relative expressions
 * ("heute", "today", "gestern", "letzten Monat", "last month", "letztes Jahr", "diesen Monat").
 *
 * <p>The reference date is {@link Article#published()}. A missing year takes the reference's year, or {@code XXXX}
 * without a reference. A weekday resolves to the nearest such day on or before the reference, or on or after it when
 * its clause speaks of the future before it ("wird", "werde", "soll", "will", "next"); without a day-precise reference a
 * weekday or day-relative word is left out. Where expressions overlap, the one starting first and then the longest
 * wins. Stateless and thread-safe.
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
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("montag", DayOfWeek.MONDAY), Map.entry("dienstag", DayOfWeek.TUESDAY),
            Map.entry("mittwoch", DayOfWeek.WEDNESDAY), Map.entry("donnerstag", DayOfWeek.THURSDAY),
            Map.entry("freitag", DayOfWeek.FRIDAY), Map.entry("samstag", DayOfWeek.SATURDAY),
            Map.entry("sonnabend", DayOfWeek.SATURDAY), Map.entry("sonntag", DayOfWeek.SUNDAY),
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY));

    private static final String MONTH = "(Januar|Jänner|January|Jan\\.|Februar|February|Feb\\.|März|Maerz|March"
            + "|April|Apr\\.|Mai|May|Juni|June|Juli|July|August|Aug\\.|September|Sept\\.|Sep\\.|Oktober|October"
            + "|Okt\\.|Oct\\.|November|Nov\\.|Dezember|December|Dez\\.|Dec\\.)";
    private static final String YEAR = "((?:19|20)\\d\\d)";
    private static final String WEEKDAY = "(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag"
            + "|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final Pattern FUTURE = Pattern.compile(
            "\\b(wird|werde|werden|soll|sollen|will|wollen|plant|planen|next|nächste[nm]?|kommende[nm]?)\\b");

    private record Rule(Pattern pattern, Function<Context, String> value) {
    }

    /** One regex hit with the reference date and the sentence it is in. */
    private record Context(Matcher m, Reference ref, String sentence) {
        String g(int i) {
            return m.group(i);
        }
    }

    /** The article's publication date at the precision it gives (year, month or day), or nothing. */
    private record Reference(Integer year, Integer month, LocalDate day) {
        static Reference of(String published) {
            if (published == null || published.length() < 4) {
                return new Reference(null, null, null);
            }
            try {
                if (published.length() >= 10) {
                    LocalDate d = LocalDate.parse(published.substring(0, 10));
                    return new Reference(d.getYear(), d.getMonthValue(), d);
                }
                if (published.length() >= 7) {
                    YearMonth ym = YearMonth.parse(published.substring(0, 7));
                    return new Reference(ym.getYear(), ym.getMonthValue(), null);
                }
                return new Reference(Integer.parseInt(published.substring(0, 4)), null, null);
            } catch (DateTimeParseException | NumberFormatException e) {
                return new Reference(null, null, null); // an unreadable date is no reference
            }
        }
    }

    private final List<Rule> rules = List.of(
            new Rule(p("(?:vom\\s+)?(\\d{1,2})\\.\\s*(?:bis(?:\\s+zum)?|-|–)\\s*(\\d{1,2})\\.\\s*" + MONTH
                    + "(?:\\s+" + YEAR + ")?"), c -> range(c, 1, 2, 3, 4)),
            new Rule(p(MONTH + "\\s+(\\d{1,2})\\s*(?:-|–|to|through)\\s*(\\d{1,2})(?:,?\\s+" + YEAR + ")?"),
                    c -> range(c, 2, 3, 1, 4)),
            new Rule(p("(\\d{4})-(\\d{2})-(\\d{2})"), c -> date(c.g(1), num(c.g(2)), num(c.g(3)))),
            new Rule(p("(\\d{1,2})\\.(\\d{1,2})\\.((?:19|20)\\d\\d)"), c -> date(c.g(3), num(c.g(2)), num(c.g(1)))),
            new Rule(p("(\\d{1,2})\\.\\s*" + MONTH + "(?:\\s+" + YEAR + ")?"),
                    c -> date(year(c, 3), month(c.g(2)), num(c.g(1)))),
            new Rule(p("(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + "(?:,?\\s+" + YEAR + ")?"),
                    c -> date(year(c, 3), month(c.g(2)), num(c.g(1)))),
            new Rule(p(MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+" + YEAR + ")?"),
                    c -> date(year(c, 3), month(c.g(1)), num(c.g(2)))),
            new Rule(p("(?:(?:Anfang|Mitte|Ende|early|mid|late)[\\s-]+)?" + MONTH + "\\s+" + YEAR),
                    c -> c.g(2) + "-" + two(month(c.g(1)))),
            new Rule(p("(?:(?:Anfang|Mitte|Ende)\\s+|(?<=\\b(?:im|in|seit|bis|Im|In|Seit)\\s))" + MONTH),
                    c -> year(c, -1) + "-" + two(month(c.g(1)))),
            new Rule(p("(?:(?:Anfang|Mitte|Ende)\\s+)?(?:[Dd]iese[nms]|[Ii]n diesem|[Tt]his)\\s+(?:Monat|Monats|month)"),
                    c -> c.ref().month() == null ? null : c.ref().year() + "-" + two(c.ref().month())),
            new Rule(p("(?:[Ll]etzte[nms]?|[Vv]ergangene[nms]?|[Ll]ast)\\s+(?:Monat|Monats|month)"),
                    c -> shiftMonth(c.ref(), -1)),
            new Rule(p("(?:[Nn]ächste[nms]?|[Kk]ommende[nms]?|[Nn]ext)\\s+(?:Monat|Monats|month)"),
                    c -> shiftMonth(c.ref(), 1)),
            new Rule(p("(?:[Ll]etzte[nms]?|[Vv]ergangene[nms]?|[Ll]ast)\\s+(?:Jahr|Jahres|year)"),
                    c -> c.ref().year() == null ? null : String.valueOf(c.ref().year() - 1)),
            new Rule(p("(?:[Dd]iese[nms]?|[Ii]n diesem|[Tt]his)\\s+(?:Jahr|Jahres|year)"),
                    c -> c.ref().year() == null ? null : String.valueOf(c.ref().year())),
            new Rule(p("(?:[Nn]ächste[nms]?|[Kk]ommende[nms]?|[Nn]ext)\\s+(?:Jahr|Jahres|year)"),
                    c -> c.ref().year() == null ? null : String.valueOf(c.ref().year() + 1)),
            new Rule(p("(?:(?:[Aa]m|[Oo]n|[Ll]ast|[Nn]ext|[Vv]ergangenen|[Ll]etzten|[Nn]ächsten|[Kk]ommenden)\\s+)?" + WEEKDAY
                    + "(?:abend|morgen|nachmittag|vormittag|mittag)?"), RuleTimeTagger::weekday),
            new Rule(p("[Hh]eute|[Tt]oday"), c -> day(c.ref(), 0)),
            new Rule(p("[Gg]estern|[Yy]esterday"), c -> day(c.ref(), -1)),
            new Rule(p("(?<![A-ZÄÖÜa-zäöüß] )morgen(?! früh)|[Tt]omorrow"), c -> day(c.ref(), 1)),
            new Rule(p(YEAR + "\\s*[-–/]\\s*" + YEAR), c -> c.g(1) + "/" + c.g(2)),
            new Rule(p("(?<![.\\d])" + YEAR + "(?!\\d|[-–]\\d)"), c -> c.g(1)));

    private static Pattern p(String regex) {
        return Pattern.compile("(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}])");
    }

    @Override
    public List<TimeExpression> tag(Article article, List<Sentence> sentences) {
        Reference ref = Reference.of(article.published());
        List<TimeExpression> found = new ArrayList<>();
        for (Sentence s : sentences) {
            for (Rule rule : rules) {
                Matcher m = rule.pattern().matcher(s.text());
                while (m.find()) {
                    String value = rule.value().apply(new Context(m, ref, s.text()));
                    if (value != null) {
                        found.add(new TimeExpression(m.group(), value, s.start() + m.start(), s.start() + m.end()));
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
        return List.copyOf(out);
    }

    private static String range(Context c, int fromDay, int toDay, int monthGroup, int yearGroup) {
        String y = year(c, yearGroup);
        int month = month(c.g(monthGroup));
        String from = date(y, month, num(c.g(fromDay)));
        String to = date(y, month, num(c.g(toDay)));
        return from == null || to == null ? null : from + "/" + to;
    }

    private static String weekday(Context c) {
        LocalDate ref = c.ref().day();
        if (ref == null) {
            return null;
        }
        DayOfWeek day = WEEKDAYS.get(c.g(1).toLowerCase(Locale.ROOT));
        String lead = c.m().group().toLowerCase(Locale.ROOT);
        // Tense from the words before the weekday in its clause: "werde sich am Dienstag …" looks ahead,
        // "hatte am Mittwoch …", "berichtete am Montag" look back.
        int clauseStart = Math.max(c.sentence().lastIndexOf(',', c.m().start()), 0);
        String before = c.sentence().substring(clauseStart, c.m().start());
        boolean future = lead.startsWith("next") || lead.startsWith("nächsten") || lead.startsWith("kommenden")
                || !lead.startsWith("last") && !lead.startsWith("vergangenen") && !lead.startsWith("letzten")
                && FUTURE.matcher(before).find();
        LocalDate d = future ? ref.with(TemporalAdjusters.nextOrSame(day)) : ref.with(TemporalAdjusters.previousOrSame(day));
        return d.toString();
    }

    private static String day(Reference ref, int offset) {
        return ref.day() == null ? null : ref.day().plusDays(offset).toString();
    }

    private static String shiftMonth(Reference ref, int offset) {
        if (ref.month() == null) {
            return null;
        }
        YearMonth ym = YearMonth.of(ref.year(), ref.month()).plusMonths(offset);
        return ym.getYear() + "-" + two(ym.getMonthValue());
    }

    private static String year(Context c, int group) {
        if (group > 0 && c.g(group) != null) {
            return c.g(group);
        }
        return c.ref().year() == null ? "XXXX" : String.valueOf(c.ref().year());
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
