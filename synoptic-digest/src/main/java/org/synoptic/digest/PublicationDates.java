package org.synoptic.digest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 * <p>In this order, for a report whose {@code published} is absent or coarser than a day:
 * <ol>
 *   <li>Weekdays dated in the story: a weekday the report tells in the past without its date ("wie der Kreml am
 *       Montag mitteilte") takes the date some report of the story gives that weekday ("Montagabend (4. September)",
 *       "Mittwoch, dem 19. März 2025"; the most often given, the earliest on a tie, and only where the date falls on
 *       that weekday). Several such weekdays: the latest of their dates, since the report was written after all of
 *       them.</li>
 *   <li>Otherwise the story's publication dates: the most common day among the reports' given (and step 1's) dates,
 *       the earliest on a tie.</li>
 *   <li>Otherwise the story's explicit dates: the most common full date written in its reports ("am 4. September"),
 *       the earliest on a tie.</li>
 * </ol>
 * A report with a month ({@code 2023-09}) only takes a day of that month. An inferred date is an ISO date marked
 * {@code inferred} ({@link Article#withPublished}); a report with a day-precise date, or for which nothing is found, is
 * returned as it is.
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
    private record Evidence(Map<DayOfWeek, Map<LocalDate, Integer>> weekdays, Map<LocalDate, Integer> dates) {
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
        Evidence evidence = new Evidence(new EnumMap<>(DayOfWeek.class), new TreeMap<>());
        Map<String, List<Sentence>> sentences = new HashMap<>();
        for (Article a : members) {
            List<Sentence> split = SPLITTER.split(a.text());
            sentences.put(a.id(), split);
            collect(TAGGER.tag(a, split, dayPrecise(a) ? a.published() : own(a, reference)), evidence);
        }
        List<Article> out = new ArrayList<>(members);
        for (int i = 0; i < out.size(); i++) {
            Article a = out.get(i);
            if (!dayPrecise(a)) {
                LocalDate d = fromWeekdays(a, sentences.get(a.id()), evidence);
                if (d != null) {
                    out.set(i, a.withPublished(d.toString(), true));
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
            if (!dayPrecise(a)) {
                Predicate<LocalDate> fits = within(a);
                LocalDate d = mostCommon(published, fits);
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

    /** The latest of the story's dates for the weekdays the report tells in the past; null if it tells none. */
    private static LocalDate fromWeekdays(Article a, List<Sentence> sentences, Evidence evidence) {
        Predicate<LocalDate> fits = within(a);
        LocalDate latest = null;
        for (Sentence s : sentences) {
            for (Weekdays.Mention m : Weekdays.bare(s)) {
                LocalDate d = m.future() ? null : mostCommon(evidence.weekdays().getOrDefault(m.day(), Map.of()), fits);
                if (d != null && (latest == null || d.isAfter(latest))) {
                    latest = d;
                }
            }
        }
        return latest;
    }

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
