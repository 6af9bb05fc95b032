package org.synoptic.nlp.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;

/**
 * The second pass of {@link RuleTimeTagger}: expressions that count from an event the text names rather than from
 * the publication date, and bare weekdays that the report dates elsewhere.
 *
 * <ul>
 *   <li>Around a named event (German): "am Montag nach der Wahl", "am Tag vor der Abstimmung", "zwei Tage nach dem
 *       Anschlag" take the date of that event in the same report: the day-precise expression
 *       nearest to a word ending in the event's noun ("Bei der Stichwahl am 16. März" for "nach der Wahl"). A noun the
 *       report never dates ("Am Tag nach dem Unglück") refers back to the report's lead event, its first day-precise
 *       expression ("Gestern Abend, am Montag"), where the counted day is told in the past: on or before the day
 *       anchor, with the lead event, and not in a future clause. Otherwise the expression is left out: the
 *       publication date would date it wrongly.</li>
 *   <li>From the event just told: "am selben Abend", "am folgenden Tag", "am Tag danach", "tags zuvor", "zwei Tage
 *       später", "am darauffolgenden Montag", "the next day" count from the last day-precise expression before them
 *       in their sentence or the {@value #LOOK_BACK} sentences before; none there, none resolved.</li>
 *   <li>A bare weekday ("am Samstag") that the report dates elsewhere ("Samstag, den 29. März", "am kommenden
 *       Samstag") takes that date, over the tense guess, when it lies within two weeks of the anchor (a bare
 *       weekday is not said of a day further off) or when there is no day anchor.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class EventTimeResolver {

    /** How many sentences before an expression its event may be told in. */
    static final int LOOK_BACK = 2;

    private enum Kind { AROUND_EVENT, SAME, LATER, EARLIER, FOLLOWING_WEEKDAY }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private static final String COUNT = "(?<n>(?iu:\\d|einen|eine|zwei|drei|vier|fünf|sechs|a|one|two|three|four|five|six))";
    private static final String PART = "(?<part>Tag|Morgen|Vormittag|Mittag|Nachmittag|Abend|Nacht|day|morning|afternoon"
            + "|evening|night)";
    private static final Map<String, String> PARTS = TimeWords.DAY_PARTS;
    private static final Map<String, Integer> NUMBERS = TimeWords.COUNTS;

    private static final Pattern PART_AT_END = Pattern.compile("(?i)(morgen|vormittag|nachmittag|mittag|abend|nacht)$");

    private static final List<Rule> RULES = List.of(
            // German only: the noun after the article is the event ("nach der Wahl"); in English it may be a
            // modifier ("two days after the River Severn burst its banks")
            new Rule(Kind.AROUND_EVENT, p("(?<span>(?:" + COUNT + "\\s+)?(?<day>Tage?|" + Weekdays.WEEKDAY + ")"
                    + "(?<part>abend|morgen|nachmittag|vormittag|nacht)?\\s+(?<dir>nach|vor)\\s+"
                    + "(?:der|dem|den)\\s+(?<event>\\p{Lu}[\\p{L}-]{2,}))")),
            new Rule(Kind.SAME, p("(?:(?:[Nn]och|[Ss]päter)\\s+)?(?:[Aa]m|[Oo]n)?\\s*(?<span>(?:(?:selben|gleichen|demselben"
                    + "|selbigen)\\s+|(?<=[Oo]n |^|\\s)the same\\s+)" + PART + ")")),
            new Rule(Kind.LATER, p("(?:[Aa]m\\s+)?(?<span>(?:folgenden|nächsten|darauffolgenden|darauf folgenden)\\s+"
                    + PART + "|Tag (?:danach|darauf)|[Tt]ags darauf|Folgetag|(?<=[Aa]m )Abend danach"
                    + "|" + COUNT + "\\s+(?:Tage?|days?)\\s+(?:später|danach|darauf|later)"
                    + "|the (?:next|following) day)")),
            new Rule(Kind.EARLIER, p("(?:[Aa]m\\s+)?(?<span>(?<part>Vortag|Vorabend)|Tag (?:zuvor|davor)|[Tt]ags zuvor"
                    + "|" + COUNT + "\\s+(?:Tage?|days?)\\s+(?:zuvor|vorher|davor|earlier|before)"
                    + "|the (?:previous day|day before)(?!\\s+(?:the|der|dem)\\s))")),
            new Rule(Kind.FOLLOWING_WEEKDAY, p("(?:[Aa]m\\s+)?(?<span>(?:folgenden|darauffolgenden|darauf folgenden)\\s+"
                    + "(?<day>" + Weekdays.WEEKDAY.substring(1) + ")")));

    private static Pattern p(String regex) {
        return Pattern.compile("(?<![\\p{L}\\d])" + regex + "(?![\\p{L}])");
    }

    private EventTimeResolver() {
    }

    /** A match of one rule, to be resolved in text order. */
    private record Hit(Kind kind, Matcher m, int sentenceIndex, int spanStart, int matchStart, int matchEnd) {
    }

    /**
     * Resolves the event-relative expressions of an article and the bare weekdays it dates elsewhere.
     *
     * @param sentences the article's sentences
     * @param found     the first pass's expressions, sorted by start, not overlapping
     * @param anchor    the anchor the first pass used, or {@code null}
     * @return the expressions, sorted by start, not overlapping
     */
    static List<TimeExpression> resolve(List<Sentence> sentences, List<TimeExpression> found, Anchor anchor) {
        List<Hit> hits = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(s.text());
                while (m.find()) {
                    Matcher own = rule.pattern().matcher(s.text());
                    own.find(m.start());
                    hits.add(new Hit(rule.kind(), own, i, s.start() + m.start("span"), s.start() + m.start(),
                            s.start() + m.end()));
                }
            }
        }
        hits.sort(Comparator.comparingInt(Hit::spanStart));
        List<TimeExpression> out = new ArrayList<>(found);
        int lastEnd = -1;
        for (Hit hit : hits) {
            if (hit.spanStart() < lastEnd) {
                continue; // an overlapping hit of another rule
            }
            lastEnd = hit.matchEnd();
            Sentence s = sentences.get(hit.sentenceIndex());
            out.removeIf(t -> t.start() < hit.matchEnd() && hit.spanStart() < t.end());
            String value = value(hit, sentences, out, anchor);
            if (value != null) {
                int end = hit.matchEnd();
                int start = hit.spanStart();
                out.add(new TimeExpression(s.text().substring(start - s.start(), end - s.start()), value, start, end));
                out.sort(Comparator.comparingInt(TimeExpression::start));
            }
        }
        return List.copyOf(datedWeekdays(sentences, out, anchor));
    }

    private static String value(Hit hit, List<Sentence> sentences, List<TimeExpression> known, Anchor anchor) {
        Matcher m = hit.m();
        String part = group(m, "part");
        String suffix = part == null ? "" : PARTS.getOrDefault(part.toLowerCase(Locale.ROOT), "");
        if (hit.kind() == Kind.AROUND_EVENT) {
            LocalDate event = eventDate(m.group("event"), sentences, known, hit);
            boolean told = event == null;
            if (told) {
                event = leadEvent(known, hit);
            }
            if (event == null) {
                return null;
            }
            LocalDate d = counted(m, event);
            if (told && !toldInThePast(hit, sentences, event, d, anchor)) {
                return null;
            }
            return d + suffix;
        }
        TimeExpression before = lastDayBefore(hit, sentences, known);
        if (before == null) {
            return null;
        }
        String base = before.value().substring(0, 10);
        if (hit.kind() == Kind.SAME) {
            return base + suffix;
        }
        LocalDate d = date(base);
        if (d == null) {
            return null; // a date without its year cannot be counted from
        }
        return switch (hit.kind()) {
            case LATER -> d.plusDays(count(group(m, "n"))) + suffix;
            case EARLIER -> d.minusDays(count(group(m, "n"))) + suffix;
            case FOLLOWING_WEEKDAY -> d.with(TemporalAdjusters.next(Weekdays.of(m.group("day")).orElseThrow())).toString();
            default -> throw new IllegalStateException("unhandled kind " + hit.kind());
        };
    }

    /** The day an "around the event" expression names, counted from the event's date. */
    private static LocalDate counted(Matcher m, LocalDate event) {
        boolean after = m.group("dir").equals("nach");
        Optional<DayOfWeek> weekday = Weekdays.of(m.group("day"));
        if (weekday.isPresent()) {
            return event.with(after ? TemporalAdjusters.next(weekday.get()) : TemporalAdjusters.previous(weekday.get()));
        }
        int n = count(group(m, "n"));
        return event.plusDays(after ? n : -n);
    }

    /**
     * The report's lead event: its first day-precise expression in text order, other than the hit itself. A definite
     * event noun the report never dates ("Am Tag nach dem Unglück", "Am Tag nach dem Höchststand") refers back to
     * what the report is about, and a news report tells that first ("Gestern Abend, am Montag, …").
     */
    private static LocalDate leadEvent(List<TimeExpression> known, Hit hit) {
        for (TimeExpression t : known) {
            if (dayPrecise(t) && !(t.start() < hit.matchEnd() && hit.spanStart() < t.end())) {
                return date(t.value().substring(0, 10));
            }
        }
        return null;
    }

    /**
     * Whether a day counted from the lead event is told as past: a day anchor, the lead event and the day on or before
     * it, and the clause not in the future. A coming event ("am Tag nach der Wahl soll …") is another event than the
     * lead, so it is left out as before.
     */
    private static boolean toldInThePast(Hit hit, List<Sentence> sentences, LocalDate event, LocalDate day,
                                         Anchor anchor) {
        if (anchor == null || !anchor.dayPrecise() || event.isAfter(anchor.day()) || day.isAfter(anchor.day())) {
            return false;
        }
        Sentence s = sentences.get(hit.sentenceIndex());
        return !Weekdays.future(s.text(), hit.matchStart() - s.start(), hit.matchEnd() - s.start());
    }

    /**
     * The story pass: each report's "around the event" expressions its own text left undated ("am Tag nach der Wahl"
     * in a report that never dates the election), dated by the event's noun in the other reports: the date the most
     * of them give it, none on a tie.
     *
     * @param sentences the sentences of each report of one story
     * @param times     each report's expressions, sorted by start, not overlapping
     * @return each report's expressions with those added, sorted by start
     */
    static List<List<TimeExpression>> acrossReports(List<List<Sentence>> sentences, List<List<TimeExpression>> times) {
        Pattern around = RULES.get(0).pattern();
        List<List<TimeExpression>> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<TimeExpression> own = new ArrayList<>(times.get(i));
            for (Sentence s : sentences.get(i)) {
                Matcher m = around.matcher(s.text());
                while (m.find()) {
                    int start = s.start() + m.start("span");
                    int end = s.start() + m.end();
                    TimeExpression there = own.stream().filter(t -> t.start() < end && start < t.end()).findFirst()
                            .orElse(null);
                    Hit hit = new Hit(Kind.AROUND_EVENT, m, -1, start, s.start() + m.start(), end);
                    if (there != null && (there.start() != start || there.end() != end
                            || eventDate(m.group("event"), sentences.get(i), times.get(i), hit) != null)) {
                        continue; // dated by the report's own date for the event, or overlapping another expression
                    }
                    java.util.Map<LocalDate, Integer> given = new java.util.TreeMap<>();
                    for (int j = 0; j < sentences.size(); j++) {
                        LocalDate d = j == i ? null : eventDate(m.group("event"), sentences.get(j), times.get(j), null);
                        if (d != null) {
                            given.merge(d, 1, Integer::sum);
                        }
                    }
                    int most = given.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                    List<LocalDate> best = given.entrySet().stream().filter(e -> e.getValue() == most)
                            .map(java.util.Map.Entry::getKey).toList();
                    if (best.size() != 1) {
                        continue;
                    }
                    String part = group(m, "part");
                    String suffix = part == null ? "" : PARTS.getOrDefault(part.toLowerCase(Locale.ROOT), "");
                    own.remove(there); // the lead event's guess gives way to the story's date for the named event
                    own.add(new TimeExpression(s.text().substring(m.start("span"), m.end()),
                            counted(m, best.get(0)) + suffix, start, end));
                }
            }
            own.sort(Comparator.comparingInt(TimeExpression::start));
            out.add(List.copyOf(own));
        }
        return out;
    }

    /** The date of the event a noun names: the day-precise expression nearest to a word ending in that noun. */
    private static LocalDate eventDate(String noun, List<Sentence> sentences, List<TimeExpression> known, Hit hit) {
        String stem = noun.toLowerCase(Locale.ROOT).replaceAll("(?:en|n|s|es)$", "");
        if (stem.length() < 3) {
            return null;
        }
        Pattern word = Pattern.compile("(?iu)[\\p{L}-]*" + Pattern.quote(stem) + "\\p{L}{0,2}(?![\\p{L}])");
        LocalDate best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeExpression t : known) {
            LocalDate d = dayPrecise(t) ? date(t.value().substring(0, 10)) : null;
            Sentence s = sentenceAt(sentences, t.start());
            if (d == null || s == null || hit != null && t.start() < hit.matchEnd() && hit.spanStart() < t.end()) {
                continue;
            }
            Matcher w = word.matcher(s.text());
            while (w.find()) {
                int at = s.start() + w.start();
                if (hit != null && at >= hit.spanStart() && at < hit.matchEnd() || at >= t.start() && at < t.end()) {
                    continue; // the noun of the expression itself, or of one counted from it
                }
                int distance = Math.abs(at - t.start());
                if (distance < bestDistance) {
                    best = d;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    private static TimeExpression lastDayBefore(Hit hit, List<Sentence> sentences, List<TimeExpression> known) {
        int from = sentences.get(Math.max(0, hit.sentenceIndex() - LOOK_BACK)).start();
        TimeExpression last = null;
        for (TimeExpression t : known) {
            if (t.start() >= from && t.end() <= hit.spanStart() && dayPrecise(t)) {
                last = t;
            }
        }
        return last;
    }

    /**
     * Bare weekdays take the date the report gives the same weekday elsewhere: a weekday with its date first, else an
     * earlier one with a direction word ("am kommenden Samstag"), if within a week of their own reading.
     */
    private static List<TimeExpression> datedWeekdays(List<Sentence> sentences, List<TimeExpression> times, Anchor anchor) {
        List<TimeExpression> out = new ArrayList<>(times);
        for (Sentence s : sentences) {
            for (Weekdays.Mention mention : Weekdays.bare(s)) {
                TimeExpression own = out.stream().filter(t -> t.start() < mention.end() && mention.start() < t.end())
                        .findFirst().orElse(null);
                TimeExpression given = sameWeekday(mention, out);
                if (given == null || own != null && !dayPrecise(own)) {
                    continue;
                }
                String date = given.value().substring(0, 10);
                if (own != null) {
                    LocalDate givenDate = date(date);
                    if (givenDate == null || anchor == null || !anchor.dayPrecise()
                            || Math.abs(ChronoUnit.DAYS.between(anchor.day(), givenDate)) > 14) {
                        continue;
                    }
                    out.set(out.indexOf(own), new TimeExpression(own.text(), date + own.value().substring(10),
                            own.endValue(), own.start(), own.end()));
                } else if (anchor == null || !anchor.dayPrecise()) {
                    // no anchor to read the weekday from: the report's own dated mention is all there is
                    String text = s.text().substring(mention.start() - s.start(), mention.end() - s.start());
                    int lead = text.matches("(?s)(?:[Aa]m|[Oo]n)\\s.*") ? text.indexOf(' ') + 1 : 0;
                    Matcher part = PART_AT_END.matcher(text);
                    String suffix = part.find() ? PARTS.get(part.group(1).toLowerCase(Locale.ROOT)) : "";
                    out.add(new TimeExpression(text.substring(lead), date + suffix, mention.start() + lead, mention.end()));
                    out.sort(Comparator.comparingInt(TimeExpression::start));
                }
            }
        }
        return out;
    }

    private static TimeExpression sameWeekday(Weekdays.Mention mention, List<TimeExpression> times) {
        TimeExpression directed = null;
        for (TimeExpression t : times) {
            if (t.start() < mention.end() && mention.start() < t.end() || !dayPrecise(t)) {
                continue;
            }
            if (Weekdays.dated(t).filter(mention.day()::equals).isPresent()) {
                return t;
            }
            if (t.end() <= mention.start() && t.text().matches("(?i)(?:nächsten|kommenden|vergangenen|letzten|next|last)\\s+\\p{L}+")
                    && Weekdays.of(t.text().substring(t.text().indexOf(' ') + 1)).filter(mention.day()::equals).isPresent()) {
                directed = t;
            }
        }
        return directed;
    }

    private static boolean dayPrecise(TimeExpression t) {
        TimeExpression.Precision p = t.precision();
        return p == TimeExpression.Precision.DAY || p == TimeExpression.Precision.TIME;
    }

    private static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null; // XXXX-09-10: no year to count from
        }
    }

    private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s;
            }
        }
        return null;
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null; // the rule has no such group
        }
    }

    private static int count(String word) {
        if (word == null) {
            return 1;
        }
        Integer n = NUMBERS.get(word.toLowerCase(Locale.ROOT));
        return n != null ? n : Integer.parseInt(word);
    }
}
