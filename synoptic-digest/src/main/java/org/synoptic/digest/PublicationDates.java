package org.synoptic.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.time.Anchor;
import org.synoptic.nlp.time.RuleTimeTagger;
import org.synoptic.nlp.time.Weekdays;
import org.synoptic.text.SentenceSplitter;

/**
 * Infers the publication date of a story's reports that have none, or only a month, from what the story's reports
 * say; the date then anchors the report's relative expressions ("am Montag", "gestern").
 *
 * <p>For a report whose {@code published} is absent or coarser than a day, its clues ({@link Clues}) first:
 * <ol>
 *   <li>Pins, days the report says it was written on: "gestern" and "vorgestern" anchored in the story (a sentence
 *       that tells with "gestern" what another report's sentence tells with its day, two content words in common,
 *       {@link #fromYesterday}), and a weekday said with "heute", "gestern" or "vorgestern" ("Heute, am Dienstag",
 *       "Gestern Abend, am Montag", {@link Weekdays#pinned}).</li>
 *   <li>Bounds: a weekday told in the past without its date ("wie der Kreml am Montag mitteilte") puts the report on
 *       or after that day and within the week after it. A coming weekday bounds nothing: "es hieß, es werde am
 *       Mittwoch stattfinden" speaks of a Wednesday to come when it was said.</li>
 * </ol>
 * A weekday's date: the date some report of the story gives that weekday ("Montagabend (4. September)", "Mittwoch,
 * dem 19. März 2025"; the one nearest the story's given publication dates, then the most often given, and only where
 * the date falls on that weekday); else that weekday nearest the story's publication dates ({@link #weekdayDate}). Then, in this order:
 * <ol>
 *   <li>One pin within the bounds is the date.</li>
 *   <li>Pins that disagree, a pin outside the bounds, or bounds that exclude each other (two weekdays told in the past
 *       more than a week apart) are conflicting evidence: the report stays undated rather than guessed.</li>
 *   <li>Otherwise the story's publication dates within the bounds: the most common day among the reports' given (and
 *       pinned) dates, the earliest on a tie. "am Mittwoch" in a report of a story published on Thursday is the day
 *       before, not the report's day.</li>
 *   <li>Otherwise the latest weekday the report tells in the past, the earliest day it can have been written.</li>
 *   <li>Otherwise the story's explicit dates: the most common full date written in its reports ("am 4. September"),
 *       the earliest on a tie.</li>
 * </ol>
 * A report with a month ({@code 2023-09}) only takes a day of that month. An inferred date is an ISO date marked
 * {@code inferred} ({@link Article#withPublished}); a report with a day-precise date, or for which nothing is found or
 * the evidence conflicts, is returned as it is.
 *
 * <p>Design decision: the weekday evidence trusts that the reports of one story tell of the same week. When two
 * reports of a story were written a week apart, each saying "am Montag" of its own Monday, both get the one Monday the
 * story dates; the digest marks such dates as inferred. Stateless and thread-safe.
 */
public final class PublicationDates {

    private static final RuleTimeTagger TAGGER = new RuleTimeTagger();
    private static final SentenceSplitter SPLITTER = SentenceSplitter.ruleBased();

    private PublicationDates() {
    }

    /** What a report says that dates the story: its dated weekdays and its explicit full dates. */
    private record Evidence(Map<DayOfWeek, Map<LocalDate, Integer>> weekdays, Map<LocalDate, Integer> dates,
                            List<DatedSentence> sentences) {
    }

    /** A sentence of one report that dates what it tells to a day, with its content words. */
    private record DatedSentence(String article, LocalDate date, java.util.Set<String> words) {
    }

    /**
     * What one report without a day says of its own day: the days it pins ("heute, am Dienstag", "gestern Abend, am
     * Montag", "gestern" matched to another report's dated sentence), and the days its weekdays told in the past bound
     * it to (not before that day, within the week after it). Pins that disagree, a pin outside the bounds, or bounds
     * that exclude each other are a conflict.
     */
    private record Clues(LocalDate pin, LocalDate notBefore, LocalDate notAfter, boolean conflict) {

        boolean admits(LocalDate d) {
            return !conflict && (notBefore == null || !d.isBefore(notBefore)) && (notAfter == null || !d.isAfter(notAfter));
        }
    }

    /** The first and last day-precise publication date the story's reports give. */
    private record Span(LocalDate first, LocalDate last) {

        long distance(LocalDate d) {
            return d.isBefore(first) ? ChronoUnit.DAYS.between(d, first)
                    : d.isAfter(last) ? ChronoUnit.DAYS.between(last, d) : 0;
        }
    }

    /**
     * The story's reports, in the same order, with publication dates inferred where they had none or only a month.
     *
     * @param members the reports of one story
     */
    public static List<Article> infer(List<Article> members) {
        if (members.stream().allMatch(PublicationDates::dayPrecise)) {
            return List.copyOf(members);
        }
        String reference = yearOrMonth(StoryPipeline.storyDate(members));
        Evidence evidence = new Evidence(new EnumMap<>(DayOfWeek.class), new TreeMap<>(), new ArrayList<>());
        Map<String, List<Sentence>> sentences = new HashMap<>();
        for (Article a : members) {
            List<Sentence> split = SPLITTER.split(a.text());
            sentences.put(a.id(), split);
            List<TimeExpression> times = TAGGER.tag(a, split, dayPrecise(a) ? a.published() : own(a, reference));
            collect(times, evidence);
            collectSentences(a, split, times, evidence);
        }
        Span span = span(members);
        Map<String, Clues> clues = new HashMap<>();
        List<Article> out = new ArrayList<>(members);
        for (int i = 0; i < out.size(); i++) {
            Article a = out.get(i);
            if (!dayPrecise(a)) {
                Clues c = clues(a, sentences.get(a.id()), evidence, span);
                clues.put(a.id(), c);
                if (c.pin() != null) {
                    out.set(i, a.withPublished(c.pin().toString(), true));
                }
            }
        }
        Map<LocalDate, Integer> published = new TreeMap<>();
        for (Article a : out) {
            if (dayPrecise(a)) {
                published.merge(LocalDate.parse(a.published().strip().substring(0, 10)), 1, Integer::sum);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            Article a = out.get(i);
            Clues c = clues.get(a.id());
            if (!dayPrecise(a) && !c.conflict()) {
                Predicate<LocalDate> fits = within(a).and(c::admits);
                LocalDate d = mostCommon(published, fits);
                if (d == null && c.notBefore() != null && fits.test(c.notBefore())) {
                    d = c.notBefore(); // the latest weekday it tells: the earliest day it can have been written
                }
                if (d == null) {
                    d = mostCommon(evidence.dates(), fits);
                }
                if (d != null) {
                    out.set(i, a.withPublished(d.toString(), true));
                }
            }
        }
        return List.copyOf(out);
    }

    /** What the report says of its own day; see {@link Clues}. */
    private static Clues clues(Article a, List<Sentence> sentences, Evidence evidence, Span span) {
        Predicate<LocalDate> fits = within(a);
        java.util.Set<LocalDate> pins = new java.util.TreeSet<>();
        LocalDate yesterday = fromYesterday(a, sentences, evidence);
        if (yesterday != null) {
            pins.add(yesterday);
        }
        LocalDate notBefore = null;
        LocalDate notAfter = null;
        for (Sentence s : sentences) {
            for (Weekdays.Pinned p : Weekdays.pinned(s)) {
                LocalDate day = weekdayDate(p.day(), evidence, span, fits, p.daysBefore());
                if (day != null) {
                    pins.add(day.plusDays(p.daysBefore()));
                }
            }
            // A coming weekday bounds nothing: "es hieß, es werde am Mittwoch stattfinden" tells of a Wednesday to
            // come when it was said, and the story's dated Wednesday may be another week's (the seeds' 30 August).
            for (Weekdays.Mention m : Weekdays.bare(s)) {
                LocalDate day = m.future() ? null : weekdayDate(m.day(), evidence, span, fits, PAST);
                if (day != null) {
                    notBefore = notBefore == null || day.isAfter(notBefore) ? day : notBefore;
                    LocalDate weekLater = day.plusDays(6);
                    notAfter = notAfter == null || weekLater.isBefore(notAfter) ? weekLater : notAfter;
                }
            }
        }
        boolean conflict = pins.size() > 1 || notBefore != null && notAfter != null && notBefore.isAfter(notAfter);
        LocalDate pin = pins.size() == 1 ? pins.iterator().next() : null;
        Clues bounds = new Clues(null, notBefore, notAfter, conflict);
        if (pin != null && !bounds.admits(pin)) {
            conflict = true;
        }
        return new Clues(conflict ? null : pin, notBefore, notAfter, conflict);
    }

    /**
     * The date of a weekday the report names without its date. First the dates the story gives that weekday
     * ("Montagabend (4. September)"), those nearest to the story's publication dates, then the most often given;
     * else, when the story has publication dates, that weekday near them: within a week of them,
     * nearest to them, a weekday told in the past ({@code daysBefore} {@value #PAST}) not after the last of them, a
     * pinned one ("gestern, am Montag": {@code daysBefore} 1) by the day the report was written. Null when nothing
     * dates it, or when two dates are equally near and equally often given: conflicting evidence dates nothing.
     */
    private static LocalDate weekdayDate(DayOfWeek day, Evidence evidence, Span span, Predicate<LocalDate> fits,
                                         int daysBefore) {
        Map<LocalDate, Integer> dated = new TreeMap<>();
        evidence.weekdays().getOrDefault(day, Map.of()).forEach((d, n) -> {
            if (fits.test(d)) {
                dated.put(d, n);
            }
        });
        if (!dated.isEmpty()) {
            long nearest = span == null ? 0 : dated.keySet().stream().mapToLong(span::distance).min().orElseThrow();
            Map<LocalDate, Integer> near = new TreeMap<>();
            dated.forEach((d, n) -> {
                if (span == null || span.distance(d) == nearest) {
                    near.put(d, n);
                }
            });
            int most = near.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
            List<LocalDate> best = near.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                    .toList();
            return best.size() == 1 ? best.get(0) : null;
        }
        if (span == null) {
            return null;
        }
        List<LocalDate> candidates = new ArrayList<>();
        for (LocalDate d = span.first().minusDays(6); !d.isAfter(span.last().plusDays(6)); d = d.plusDays(1)) {
            boolean told = daysBefore < 0 ? !d.isAfter(span.last()) : !d.plusDays(daysBefore).isAfter(span.last().plusDays(6));
            if (d.getDayOfWeek() == day && fits.test(d) && told) {
                candidates.add(d);
            }
        }
        int after = Math.max(0, daysBefore);
        long nearest = candidates.stream().mapToLong(d -> span.distance(d.plusDays(after))).min().orElse(-1);
        List<LocalDate> best = candidates.stream().filter(d -> span.distance(d.plusDays(after)) == nearest).toList();
        return best.size() == 1 ? best.get(0) : null;
    }

    /** {@code daysBefore} of a weekday told in the past: some days before the report, how many unknown. */
    private static final int PAST = -1;

    /** The span of the story's given day-precise publication dates; null when no report gives one. */
    private static Span span(List<Article> members) {
        LocalDate first = null;
        LocalDate last = null;
        for (Article a : members) {
            if (dayPrecise(a)) {
                LocalDate d = LocalDate.parse(a.published().strip().substring(0, 10));
                first = first == null || d.isBefore(first) ? d : first;
                last = last == null || d.isAfter(last) ? d : last;
            }
        }
        return first == null ? null : new Span(first, last);
    }

    private static void collect(List<TimeExpression> times, Evidence evidence) {
        for (TimeExpression t : times) {
            LocalDate d = date(t.value());
            if (d == null) {
                continue;
            }
            var weekday = Weekdays.dated(t);
            if (weekday.isPresent() && weekday.get() == d.getDayOfWeek()) {
                evidence.weekdays().computeIfAbsent(weekday.get(), w -> new TreeMap<>()).merge(d, 1, Integer::sum);
            }
            if (t.text().matches(".*\\d.*")) {
                evidence.dates().merge(d, 1, Integer::sum); // written out; a weekday that does not fit it is a slip
            }
        }
    }

    /**
     * "gestern" and "vorgestern" ("yesterday"): a sentence of the report that says so, and a sentence of another report
     * that tells the same thing with its day ("Gestern Abend hatte der Fluss … seinen höchsten Stand erreicht" and
     * "Die Werra hat am Montagabend (13. Oktober) … einen Pegelstand von 2,9 Metern erreicht"), date the report one
     * or two days after that day. The same thing: {@value #SHARED_WORDS} content words in common, compound heads
     * counted ("Pegelstand" gives "stand"), names, numbers and calendar words not. The most often found day wins,
     * the latest on a tie; null when none.
     */
    private static LocalDate fromYesterday(Article a, List<Sentence> sentences, Evidence evidence) {
        Predicate<LocalDate> fits = within(a);
        Map<LocalDate, Integer> found = new TreeMap<>();
        for (Sentence s : sentences) {
            java.util.regex.Matcher m = YESTERDAY.matcher(s.text());
            if (!m.find()) {
                continue;
            }
            int days = m.group().toLowerCase(java.util.Locale.ROOT).startsWith("vor") ? 2 : 1;
            java.util.Set<String> words = contentWords(s.text(), a.language());
            for (DatedSentence dated : evidence.sentences()) {
                if (dated.article().equals(a.id())) {
                    continue;
                }
                long shared = words.stream().filter(dated.words()::contains).count();
                LocalDate d = dated.date().plusDays(days);
                if (shared >= SHARED_WORDS && fits.test(d)) {
                    found.merge(d, 1, Integer::sum);
                }
            }
        }
        LocalDate best = null;
        int bestCount = 0;
        for (var e : found.entrySet()) { // by date: the latest wins a tie
            if (e.getValue() >= bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Content words a "gestern" sentence must share with a dated sentence of another report. */
    static final int SHARED_WORDS = 2;

    private static final java.util.regex.Pattern YESTERDAY = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:vorgestern|gestern|yesterday)\\b");

    /** The sentences that date what they tell to a day: by a written date or weekday, or in a dated report. */
    private static void collectSentences(Article a, List<Sentence> sentences, List<TimeExpression> times,
                                         Evidence evidence) {
        for (TimeExpression t : times) {
            LocalDate d = date(t.value());
            boolean told = t.text().matches(".*\\d.*") || Weekdays.dated(t).isPresent() || dayPrecise(a);
            if (d == null || !told || YESTERDAY.matcher(t.text()).find()) {
                continue;
            }
            for (Sentence s : sentences) {
                if (t.start() >= s.start() && t.end() <= s.end()) {
                    evidence.sentences().add(new DatedSentence(a.id(), d, contentWords(s.text(), a.language())));
                    break;
                }
            }
        }
    }

    /** Stems of a sentence's content words and of its compounds' heads; no numbers, names or calendar words. */
    private static java.util.Set<String> contentWords(String text, String language) {
        String lang = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "de";
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("\\p{L}[\\p{L}-]*").matcher(text);
        while (w.find()) {
            String word = w.group();
            if (Character.isUpperCase(word.charAt(0)) && w.start() > 0 && !"de".equals(lang)) {
                continue; // an English capitalised word inside the sentence is mostly a name
            }
            if (CALENDAR.matcher(word).find()) {
                continue;
            }
            List<String> stems = new ArrayList<>(SentenceVectors.stems(word, lang));
            if ("de".equals(lang) && word.length() >= 8 && Character.isUpperCase(word.charAt(0))) {
                List<String> parts = TermExpander.parts(word);
                if (parts.size() >= 2) {
                    stems.addAll(SentenceVectors.stems(parts.get(parts.size() - 1), lang));
                }
            }
            for (String stem : stems) {
                if (SentenceVectors.isContentTerm(stem) && !Character.isDigit(stem.charAt(0)) && stem.length() > 2) {
                    out.add(stem);
                }
            }
        }
        return out;
    }

    /** Words of the calendar, which date a statement rather than tell it. */
    private static final java.util.regex.Pattern CALENDAR = java.util.regex.Pattern.compile(
            "(?iu)^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag|monday|tuesday|wednesday|"
                    + "thursday|friday|saturday|sunday|januar|jänner|februar|märz|april|mai|juni|juli|august|september|"
                    + "oktober|november|dezember|january|february|march|june|july|october|december|heute|gestern|"
                    + "vorgestern|morgen|abend|abends|früh|today|yesterday|tomorrow|evening|morning)");

    private static LocalDate mostCommon(Map<LocalDate, Integer> counts, Predicate<LocalDate> fits) {
        LocalDate best = null;
        int bestCount = 0;
        for (var e : counts.entrySet()) { // sorted by date: the earliest wins a tie
            if (fits.test(e.getKey()) && e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Days a report may be dated: any, or those of the month (or year) it gives. */
    private static Predicate<LocalDate> within(Article a) {
        Anchor given = a.published() == null ? null : Anchor.parse(a.published());
        if (given == null) {
            return d -> true;
        }
        return d -> !d.isBefore(given.firstDay()) && !d.isAfter(given.lastDay());
    }

    private static boolean dayPrecise(Article a) {
        Anchor anchor = a.published() == null ? null : Anchor.parse(a.published());
        return anchor != null && anchor.dayPrecise();
    }

    /** The report's own month or year if it gives one, else the story's: the year for dates written without one. */
    private static String own(Article a, String reference) {
        return a.published() != null && Anchor.parse(a.published()) != null ? a.published() : reference;
    }

    private static String yearOrMonth(String date) {
        return date == null ? null : date.length() > 7 ? date.substring(0, 7) : date;
    }

    private static LocalDate date(String value) {
        if (value.length() < 10 || value.startsWith("XXXX")) {
            return null;
        }
        try {
            return LocalDate.parse(value.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null; // a week, a quarter or a month: no day
        }
    }
}
