package org.synoptic.nlp.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;
import org.synoptic.nlp.TimeTagger;

/**
 * The product time tagger: our rules, and HeidelTime for what they miss.
 *
 * <p>Where a rule expression and a HeidelTime expression overlap, the rule's wins, extent and value, unless
 * HeidelTime's is longer and covers it ("the day after tomorrow" over "tomorrow"); a HeidelTime expression that
 * overlaps no rule expression is added, unless it is a lone month or weekday name or a lone number
 * (HeidelTime takes "Mai Logistik", "Linie 2019" and "1500 Menschen" for times), or a stretch of unnamed length ("in
 * den kommenden Tagen" is no date, HeidelTime makes it the day after the anchor). Design decision, by measurement
 * ({@code TimeTaggerEval}, on our own gold and held-out sets): without a part-of-speech tagger HeidelTime cannot read
 * tense, so its weekdays and yearless dates in past-tense German news often land a week or a year off, and it keeps
 * only the start of a range; the rules are right more often where both fire. HeidelTime first with rules filling
 * gaps scored lower on both sets.
 *
 * <p>Thread-safe when both taggers are.
 */
public final class CombinedTimeTagger implements TimeTagger {

    private static final Pattern LONE_NAME = Pattern.compile("(?iu)\\p{L}+|\\d{1,4}");
    /** A stretch of unnamed length ("in den kommenden Tagen", "in recent weeks"): no date, though HeidelTime gives one. */
    private static final Pattern VAGUE_STRETCH = Pattern.compile("(?iu)(?:(?:in|während|within|over|in the)\\s+)?"
            + "(?:den|the)?\\s*(?:kommenden|nächsten|letzten|vergangenen|folgenden|coming|next|last|past|recent|following)"
            + "\\s+(?:Tagen|Wochen|Monaten|Jahren|days|weeks|months|years)");

    private final TimeTagger rules;
    private final TimeTagger heidelTime;

    /**
     * @param rules      the rule tagger, trusted where it fires
     * @param heidelTime HeidelTime (or another tagger) for what the rules miss
     */
    public CombinedTimeTagger(TimeTagger rules, TimeTagger heidelTime) {
        this.rules = Objects.requireNonNull(rules);
        this.heidelTime = Objects.requireNonNull(heidelTime);
    }

    @Override
    public List<TimeExpression> tag(Article article, List<Sentence> sentences, String anchor) {
        List<TimeExpression> ruled = rules.tag(article, sentences, anchor);
        List<TimeExpression> out = new ArrayList<>(ruled);
        List<Sentence> unexplained = new ArrayList<>();
        for (Sentence s : sentences) {
            if (HeidelTimeTagger.mayHoldTime(withoutRuled(s, ruled))) {
                unexplained.add(s);
            }
        }
        if (unexplained.isEmpty()) {
            return ruled;
        }
        for (TimeExpression h : heidelTime.tag(article, unexplained, anchor)) {
            List<TimeExpression> overlapping = ruled.stream().filter(r -> overlaps(r, h)).toList();
            if (overlapping.isEmpty() && !LONE_NAME.matcher(h.text()).matches()
                    && !VAGUE_STRETCH.matcher(h.text()).matches()) {
                out.add(h);
            } else if (!overlapping.isEmpty() && overlapping.stream().allMatch(r -> covers(h, r))) {
                // "the day after tomorrow" over the rules' "tomorrow": the longer reading wins.
                out.removeAll(overlapping);
                out.add(h);
            }
        }
        out.sort(Comparator.comparingInt(TimeExpression::start));
        return List.copyOf(out);
    }

    /**
     * The sentence with the rules' expressions blanked: HeidelTime only runs on sentences where a time word or a
     * date-shaped number is left over, since what it finds elsewhere is either covered by the rules or a lone
     * count, which is dropped anyway. This saves most of HeidelTime's cost (about a second per 1,000 words).
     */
    private static String withoutRuled(Sentence s, List<TimeExpression> ruled) {
        char[] chars = s.text().toCharArray();
        for (TimeExpression r : ruled) {
            for (int i = Math.max(r.start(), s.start()); i < Math.min(r.end(), s.end()); i++) {
                chars[i - s.start()] = ' ';
            }
        }
        return new String(chars);
    }

    private static boolean overlaps(TimeExpression a, TimeExpression b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    /** Whether {@code outer} spans {@code inner} and more. */
    private static boolean covers(TimeExpression outer, TimeExpression inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end()
                && outer.end() - outer.start() > inner.end() - inner.start();
    }
}
