package org.synoptic.digest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.digest.SentenceVectors.Vector;
import org.synoptic.digest.StoryDigest.TimelineEntry;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;

/**
 * Builds the dated timeline of the event from the articles' time expressions.
 *
 * <p>Only events are dated: sentences that are not the report's content ({@link Sentence#isContent()}: captions,
 * credits, teasers) are left out, and so are expressions that date a state rather than an event ("Er regiert die
 * Stadt seit 2009", "seit gestern"): such a sentence enters the timeline only with a date of its own. A date that
 * only names a noun's ("die Stichwahl vom 16. März") gives way to the sentence's own ("am kommenden Samstag"). A state from a
 * written day ("seit dem 3. März 2025 gesperrt") dates the event that began it and stays.
 *
 * <p>Values with an unknown year ({@code XXXX-09-10}) take the story's reference year: the most common year among
 * the publication dates, else among the fully dated expressions. A range is dated by its start and keeps its end;
 * weeks and quarters are not dates and are left out. Entries of the
 * same date whose sentences are similar (cosine at least {@value #SAME_EVENT}, or two shared entities that are not
 * named in most of the story's dated sentences) are merged, unless they rest on different cited sources,
 * citing every article; a sentence contributes one entry, at its most precise date. Sorted by date; at most
 * {@value #MAX_ENTRIES}, the most widely reported kept, the finer dates first among equally reported ones. Stateless and thread-safe.
 */
final class TimelineBuilder {

    private static final int MAX_ENTRIES = 15;
    private static final double SAME_EVENT = 0.3;
    private static final Pattern ISO = Pattern.compile("^(\\d{4}|XXXX)(-\\d{2})?(-\\d{2})?");
    private static final int MAX_TEXT = 240;
    /** Words that make the time after them the start or span of a state: "seit 2009", "since 2019", "ever since". */
    private static final Pattern STATE_BEFORE = Pattern.compile("(?iu)(?<!\\p{L})(?:seit|since|erst seit|schon seit)\\s+"
            + "(?:(?:dem|der|den|Anfang|Mitte|Ende|dem Jahr|early|late|mid)\\s+)?$");

    private record Item(String date, String endDate, String text, Set<String> articles, Map<String, Double> weights,
                        Set<String> sources) {
    }

    /** A sentence's date and, for a range, its end; {@code attribute} when it only names a noun's date. */
    private record Dated(String date, String endDate, boolean attribute) {

        /** The date that dates the sentence's event: one not a noun's attribute, then the finer. */
        static Dated better(Dated a, Dated b) {
            if (a.attribute() != b.attribute()) {
                return a.attribute() ? b : a;
            }
            return b.date().length() > a.date().length() ? b : a;
        }
    }

    /** A noun right before "vom": the time after it is that noun's date ("die Stichwahl vom 16. März"). */
    private static final Pattern ATTRIBUTE_BEFORE = Pattern.compile("(?u)\\p{Lu}[\\p{L}-]+\\s+vom\\s+$");

    /** A dated content sentence of one article, before same-event sentences are merged. */
    private record Candidate(String article, Sentence sentence, Dated dated, Map<String, Double> weights,
                             Set<String> sources) {
    }

    /**
     * Whether two sentences rest on different sources: "wie der Kreml am Montag mitteilte" and "berichtete die NYT am
     * Montag" tell two statements of one day, however alike their words.
     */
    private static boolean otherSources(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && a.stream().noneMatch(b::contains);
    }

    List<TimelineEntry> build(List<ArticleAnalysis> analyses, SentenceVectors vectors) {
        Integer year = referenceYear(analyses);
        Map<String, Vector> bySentence = new HashMap<>();
        for (Vector v : vectors.all()) {
            bySentence.put(v.article() + "#" + v.sentence().start(), v);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ArticleAnalysis analysis : analyses) {
            String id = analysis.article().id();
            Map<Integer, Dated> datePerSentence = new TreeMap<>();
            for (TimeExpression time : analysis.times()) {
                String date = resolve(time.value(), year);
                String endDate = time.endValue() == null ? null : resolve(time.endValue(), year);
                Sentence sentence = analysis.sentenceAt(time.start());
                if (date != null && sentence != null && sentence.isContent() && !state(sentence, time)) {
                    // One entry per sentence: its most precise date ("am 4. September" over "im September"), and
                    // the event's over a noun's ("wird die Stichwahl vom 16. März am kommenden Samstag neu
                    // ausgezählt" is Saturday's)
                    String before = sentence.text().substring(0, Math.max(0, time.start() - sentence.start()));
                    datePerSentence.merge(sentence.index(),
                            new Dated(date, endDate, ATTRIBUTE_BEFORE.matcher(before).find()), Dated::better);
                }
            }
            for (var dated : datePerSentence.entrySet()) {
                Sentence sentence = analysis.sentences().get(dated.getKey());
                Vector v = bySentence.get(id + "#" + sentence.start());
                Set<String> sources = new java.util.HashSet<>();
                for (CitedSource source : analysis.citedSources()) {
                    if (source.sentence() == sentence.index()) {
                        sources.add(source.name().toLowerCase(java.util.Locale.ROOT));
                    }
                }
                candidates.add(new Candidate(id, sentence, dated.getValue(), v == null ? Map.of() : v.weights(),
                        Set.copyOf(sources)));
            }
        }
        Set<String> common = storyWideEntities(candidates);
        List<Item> items = new ArrayList<>();
        for (Candidate c : candidates) {
            String date = c.dated().date();
            Item merged = null;
            for (Item item : items) {
                if (item.date().equals(date) && !otherSources(item.sources(), c.sources())
                        && (item.articles().contains(c.article())
                        && item.text().equals(trim(c.sentence().text()))
                        || SentenceVectors.cosine(item.weights(), c.weights()) >= SAME_EVENT
                        || sharedEntities(item.weights(), c.weights(), common) >= 2)) {
                    merged = item;
                    break;
                }
            }
            if (merged != null) {
                merged.articles().add(c.article());
            } else {
                Set<String> articles = new LinkedHashSet<>();
                articles.add(c.article());
                items.add(new Item(date, c.dated().endDate(), trim(c.sentence().text()), articles, c.weights(),
                        c.sources()));
            }
        }
        List<Item> kept = items.stream()
                // the most widely reported first, and of those the finer dates: a day is the event, a year background
                .sorted(Comparator.comparingInt((Item i) -> -i.articles().size())
                        .thenComparingInt(i -> -i.date().length()))
                .limit(MAX_ENTRIES)
                .sorted(Comparator.comparing(Item::date))
                .toList();
        return kept.stream().map(i -> new TimelineEntry(i.date(), i.endDate(), i.text(),
                List.copyOf(i.articles()))).toList();
    }

    /** The ISO date of a time value at its precision, with the reference year filled in; null if not datable. */
    static String resolve(String value, Integer referenceYear) {
        String start = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
        Matcher m = ISO.matcher(start);
        if (!m.find() || start.startsWith("-W", m.end()) || start.startsWith("-Q", m.end())) {
            return null; // a week or quarter is no date
        }
        String y = m.group(1);
        if (y.equals("XXXX")) {
            if (referenceYear == null || m.group(2) == null) {
                return null;
            }
            y = String.valueOf(referenceYear);
        }
        return y + (m.group(2) == null ? "" : m.group(2)) + (m.group(3) == null ? "" : m.group(3));
    }

    private static Integer referenceYear(List<ArticleAnalysis> analyses) {
        Map<Integer, Integer> published = new TreeMap<>();
        Map<Integer, Integer> mentioned = new TreeMap<>();
        for (ArticleAnalysis a : analyses) {
            String p = a.article().published();
            if (p != null && p.matches("\\d{4}.*")) {
                published.merge(Integer.parseInt(p.substring(0, 4)), 1, Integer::sum);
            }
            for (TimeExpression t : a.times()) {
                if (t.value().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                    mentioned.merge(Integer.parseInt(t.value().substring(0, 4)), 1, Integer::sum);
                }
            }
        }
        Map<Integer, Integer> counts = published.isEmpty() ? mentioned : published;
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Whether the expression dates a state rather than an event: "seit 2009", "since March", "seit gestern". The
     * state holds on; its start is background, not something that happened on that date. A state from a written day
     * ("ist seit dem 3. März 2025 gesperrt") dates the event that began it and stays.
     */
    static boolean state(Sentence sentence, TimeExpression time) {
        String before = sentence.text().substring(0, Math.max(0, time.start() - sentence.start()));
        boolean writtenDay = time.precision().compareTo(TimeExpression.Precision.DAY) >= 0
                && time.precision() != TimeExpression.Precision.OTHER && time.text().matches("(?s).*\\d.*");
        return !writtenDay && STATE_BEFORE.matcher(before).find();
    }

    /**
     * Entities named in more than half of the dated sentences (and at least three): in a story about Kim and Putin
     * every sentence names both, so sharing them says nothing about two sentences telling the same event.
     */
    private static Set<String> storyWideEntities(List<Candidate> candidates) {
        Map<String, Integer> counts = new HashMap<>();
        for (Candidate c : candidates) {
            for (String term : c.weights().keySet()) {
                if (term.startsWith("§")) {
                    counts.merge(term, 1, Integer::sum);
                }
            }
        }
        Set<String> common = new java.util.HashSet<>();
        counts.forEach((term, n) -> {
            if (n >= 3 && n * 2 > candidates.size()) {
                common.add(term);
            }
        });
        return common;
    }

    private static int sharedEntities(Map<String, Double> a, Map<String, Double> b, Set<String> common) {
        int shared = 0;
        for (String term : a.keySet()) {
            if (term.startsWith("§") && b.containsKey(term) && !common.contains(term)) {
                shared++;
            }
        }
        return shared;
    }

    private static String trim(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, text.lastIndexOf(' ', MAX_TEXT)) + " …";
    }
}
