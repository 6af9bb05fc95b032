package org.synoptic.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.synoptic.model.CitedSource;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.model.SourceKind;

/**
 * The attribution frame of a sentence that reports what a medium or an unnamed source said: the words outside its
 * reported clauses ("Es gebe Anzeichen, dass Kim mit einem Spezialzug abgereist sei, <em>berichtete die
 * Nachrichtenagentur Yonhap unter Berufung auf Regierungsbeamte in Seoul</em>"). Who reported it is told by the
 * sources and speakers; in the sentence's vector ({@link SentenceVectors}) the frame's words weigh {@link #WEIGHT} of
 * the reported words, so that two reports of one statement meet by what they state. Stateless.
 */
final class AttributionFrames {

    /**
     * The weight of a word of a sentence's attribution frame ("…, berichtete die Nachrichtenagentur Yonhap unter
     * Berufung auf Regierungsbeamte in Seoul") relative to a word of what it reports: who said it and how is told by
     * the speakers and sources, not by what the sentence states.
     */
    static final double WEIGHT = 0.3;
    /**
     * A reported clause that ends in a zu-infinitive ("kündigte an, Rechtsmittel einzulegen") has no subject of its
     * own: its speaker is who acts, so the sentence stays whole.
     */
    private static final Pattern ZU_INFINITIVE = Pattern.compile(
            "(?:\\bzu\\s+\\p{L}+|\\p{Ll}+zu\\p{Ll}+en)\\W*$");
    /** The kinds of source whose naming is attribution only: media and unnamed sources. */
    private static final Set<SourceKind> MEDIA = java.util.EnumSet.of(SourceKind.OUTLET, SourceKind.AGENCY,
            SourceKind.ANONYMOUS);
    /** The least share of a sentence's letters that its reported clauses cover for the rest to be taken as frame. */
    private static final double REPORTED_SHARE = 0.4;

    /**
     * The spans, clipped to the sentence, of what the sentence reports: its reported clauses (indirect quotes) and
     * its direct quotes of half the sentence or more, when the rest names a medium or an unnamed source it rests on
     * ("…, berichtete Yonhap unter Berufung auf Regierungsbeamte"); empty when the reported spans cover less than
     * {@link #REPORTED_SHARE} of it (a quoted word inside a narrative sentence leaves the sentence whole) or when the
     * rest names no such source.
     */
    static List<int[]> reportedSpans(Sentence sentence, List<Quote> quotes, List<CitedSource> sources) {
        int length = sentence.end() - sentence.start();
        List<int[]> spans = new ArrayList<>();
        if (quotes.isEmpty() || sentence.text().length() != length) {
            return spans; // offsets into a text that is not the sentence's own cannot be cut
        }
        for (Quote q : quotes) {
            int start = Math.max(q.start(), sentence.start());
            int end = Math.min(q.end(), sentence.end());
            if (end > start && (!q.direct() || end - start >= length / 2) && !ZU_INFINITIVE.matcher(q.text()).find()) {
                spans.add(new int[] {start, end});
            }
        }
        if (spans.isEmpty()) {
            return spans;
        }
        spans.sort(java.util.Comparator.comparingInt((int[] s) -> s[0]));
        List<int[]> merged = new ArrayList<>();
        int covered = 0;
        for (int[] s : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                covered += Math.max(0, s[1] - last[1]);
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(s.clone());
                covered += s[1] - s[0];
            }
        }
        if (covered < REPORTED_SHARE * length || covered >= length) {
            return List.of();
        }
        for (CitedSource source : sources) {
            if (MEDIA.contains(source.kind()) && source.start() >= sentence.start() && source.end() <= sentence.end()
                    && !within(source.start(), source.end(), merged)) {
                return merged;
            }
        }
        return List.of(); // a speaker who acts in the story ("Insurers said they …") is part of what is stated
    }

    /** The sentence's text outside the reported spans, the pieces joined by a sentence break. */
    static String frameText(Sentence sentence, List<int[]> reported) {
        StringBuilder out = new StringBuilder();
        int at = sentence.start();
        for (int[] span : reported) {
            out.append(sentence.text(), at - sentence.start(), span[0] - sentence.start()).append(" . ");
            at = span[1];
        }
        out.append(sentence.text(), at - sentence.start(), sentence.end() - sentence.start());
        return out.toString();
    }

    /** Whether the span [start, end) lies inside one of {@code spans}. */
    static boolean within(int start, int end, List<int[]> spans) {
        for (int[] s : spans) {
            if (start >= s[0] && end <= s[1]) {
                return true;
            }
        }
        return false;
    }

    private AttributionFrames() {
    }
}
