package org.synoptic.nlp.quote;

import java.util.List;
import org.synoptic.model.CitedSource;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;

/**
 * {@code cited-source}: a quote without a speaker takes the cited source of the sentence that holds the quote's
 * start (for a direct quote also the sentence of its end, where "…“, sagte X" puts the speaker) that lies outside
 * the quoted words and is relayed by no other source, the nearest to the quote first: "Nach Angaben der Polizei
 * kamen sie …" is said by the police. A source inside the quoted words speaks only when the {@code source-cue} finder
 * took the sentence whole because its cue stands inside it. Stateless.
 */
final class CitedSourceSieve implements SourceSieve {

    @Override
    public Quote decide(Quote q, List<Sentence> sentences, List<CitedSource> speaking) {
        if (q.speaker() != null) {
            return null;
        }
        CitedSource source = sourceFor(q, sentences, speaking);
        return source == null ? null
                : new Quote(q.text(), q.start(), q.end(), source.name(), source.start(), source.end(), null,
                q.via(), q.direct(), q.kind()).withProvenance(q.provenance()).decidedBy("cited-source");
    }

    private static CitedSource sourceFor(Quote q, List<Sentence> sentences, List<CitedSource> cited) {
        int first = sentenceOf(sentences, q.start());
        int last = q.direct() ? sentenceOf(sentences, Math.max(q.start(), q.end() - 1)) : first;
        CitedSource best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CitedSource c : cited) {
            if (c.citedBy() != null || c.sentence() < first || c.sentence() > last) {
                continue;
            }
            if (c.start() < q.end() && q.start() < c.end() && !statesItsCue(q)) {
                continue; // a source named inside the quoted words is not who says them
            }
            int distance = c.end() <= q.start() ? q.start() - c.end() : c.start() - q.end();
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Whether a quote's span holds its own source cue: a sentence the {@code source-cue} finder took whole because the
     * cue stands inside it ("Bei dem Gefecht wurde nach Angaben libanesischer Sicherheitskreise ein Soldat getötet"),
     * where the source named inside is who says it.
     */
    private static boolean statesItsCue(Quote q) {
        return !q.direct() && q.provenance() != null && "source-cue".equals(q.provenance().finder());
    }

    private static int sentenceOf(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.contains(offset)) {
                return s.index();
            }
        }
        return -1;
    }
}
