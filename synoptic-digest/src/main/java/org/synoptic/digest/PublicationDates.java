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
 *   <li>"Gestern" and "vorgestern" anchored in the story: a sentence of the report that tells with "gestern" what
 *       another report's sentence tells with its day, two content words in common ({@link #fromYesterday}).</li>
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
    private record Evidence(Map<DayOfWeek, Map<LocalDate, Integer>> weekdays, Map<LocalDate, Integer> dates,
                            List<DatedSentence> sentences) {
    }

    /** A sentence of one report that dates what it tells to a day, with its content words. */
    private record DatedSentence(String article, LocalDate date, java.util.Set<String> words) {
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
        List<Article> out = new ArrayList<>(members);
        for (int i = 0; i < out.size(); i++) {
            Article a = out.get(i);
            if (!dayPrecise(a)) {
                LocalDate d = fromYesterday(a, sentences.get(a.id()), evidence);
                if (d == null) {
                    d = fromWeekdays(a, sentences.get(a.id()), evidence);
                }
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
