package org.synoptic.nlp.time;

import java.util.ArrayList;
import java.util.List;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Sentence;
import org.synoptic.model.TimeExpression;

/**
 * The story pass of the time tagging: an expression that counts from a named event ("am Montag nach der Wahl", "am
 * Tag nach dem Brand") that its own report leaves undated takes the event's date from the story's other reports ("Bei
 * der Stichwahl am 16. März"; the date the most reports give the event's noun, none on a tie). A report's own date for
 * the event comes first ({@link RuleTimeTagger}); the story's date comes before the report's lead event, which
 * {@link RuleTimeTagger} reads for a noun it cannot date (a guess: the lead may be another event).
 * Called once per story after each report is read, by the digest's {@code StoryDigester}. Stateless and thread-safe.
 */
public final class StoryEventTimes {

    private StoryEventTimes() {
    }

    /**
     * The story's analyses, in the same order, with the event-relative expressions the other reports date added to
     * (or, read from the lead event, redated in) their {@code times}; an analysis with nothing changed is returned as
     * it is.
     *
     * @param analyses the analyses of one story's reports
     */
    public static List<ArticleAnalysis> complete(List<ArticleAnalysis> analyses) {
        List<List<Sentence>> sentences = analyses.stream().map(ArticleAnalysis::sentences).toList();
        List<List<TimeExpression>> times = analyses.stream().map(ArticleAnalysis::times).toList();
        List<List<TimeExpression>> completed = EventTimeResolver.acrossReports(sentences, times);
        List<ArticleAnalysis> out = new ArrayList<>(analyses.size());
        for (int i = 0; i < analyses.size(); i++) {
            ArticleAnalysis a = analyses.get(i);
            out.add(completed.get(i).equals(a.times()) ? a : new ArticleAnalysis(a.article(), a.sentences(),
                    a.entities(), a.quotes(), a.citedSources(), completed.get(i)));
        }
        return List.copyOf(out);
    }
}
