package org.synoptic.digest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.synoptic.digest.StoryDigest.Disagreement;
import org.synoptic.digest.StoryDigest.Evidence;
import org.synoptic.digest.StoryDigest.Fact;

/**
 * Compares a story's current digest with an earlier one of the same story (matched by the stable story id).
 *
 * <p>A fact is the same fact when it shares an evidence sentence (article and offset) with an earlier fact, so a fact
 * whose wording changed because a clearer sentence arrived is not reported as new. A disagreement is the same when
 * its {@code about} is. Stateless and thread-safe.
 */
public final class ChangeDetector {

    /** The changes of every current story against the earlier digests; stories without changes are left out. */
    public List<StoryChanges> compare(List<StoryDigest> earlier, List<StoryDigest> current) {
        Map<String, StoryDigest> before = earlier.stream()
                .collect(Collectors.toMap(StoryDigest::id, Function.identity(), (a, b) -> a));
        List<StoryChanges> changes = new ArrayList<>();
        for (StoryDigest now : current) {
            StoryChanges c = compare(before.get(now.id()), now);
            if (!c.isEmpty()) {
                changes.add(c);
            }
        }
        return changes;
    }

    /** The changes of one story; {@code earlier} is {@code null} for a story that is new. */
    public StoryChanges compare(StoryDigest earlier, StoryDigest now) {
        if (earlier == null) {
            return new StoryChanges(now.id(), true, now.articles().stream().map(StoryDigest.ArticleRef::id).toList(),
                    now.facts().stream().map(Fact::text).toList(), List.of(),
                    now.disagreements().stream().map(Disagreement::about).toList(), List.of());
        }
        Set<String> oldArticles = earlier.articles().stream().map(StoryDigest.ArticleRef::id).collect(Collectors.toSet());
        List<String> newArticles = now.articles().stream().map(StoryDigest.ArticleRef::id)
                .filter(id -> !oldArticles.contains(id)).toList();
        List<String> newFacts = new ArrayList<>();
        List<StoryChanges.SupportChange> support = new ArrayList<>();
        for (Fact fact : now.facts()) {
            Fact old = earlier.facts().stream().filter(f -> sharesEvidence(f, fact)).findFirst().orElse(null);
            if (old == null) {
                newFacts.add(fact.text());
            } else if (old.independentSources() != fact.independentSources()) {
                support.add(new StoryChanges.SupportChange(fact.text(), old.independentSources(), fact.independentSources()));
            }
        }
        Set<String> oldAbout = earlier.disagreements().stream().map(Disagreement::about).collect(Collectors.toSet());
        Set<String> nowAbout = now.disagreements().stream().map(Disagreement::about).collect(Collectors.toSet());
        // a quote is the same quote when its words are: a later report relaying it adds a citation, not a quote
        Set<String> oldQuotes = earlier.quotes().stream().map(StoryDigest.QuoteEntry::text).collect(Collectors.toSet());
        return new StoryChanges(now.id(), false, newArticles, newFacts, support,
                now.disagreements().stream().map(Disagreement::about).filter(a -> !oldAbout.contains(a)).toList(),
                earlier.disagreements().stream().map(Disagreement::about).filter(a -> !nowAbout.contains(a)).toList(),
                now.quotes().stream().filter(q -> !oldQuotes.contains(q.text())).map(ChangeDetector::quoteLine).toList());
    }

    private static String quoteLine(StoryDigest.QuoteEntry q) {
        return (q.speaker() == null ? "?" : q.speaker()) + ": " + q.text();
    }

    private static boolean sharesEvidence(Fact a, Fact b) {
        Set<String> keys = new HashSet<>();
        for (Evidence e : a.evidence()) {
            keys.add(e.article() + "@" + e.start());
        }
        for (Evidence e : b.evidence()) {
            if (keys.contains(e.article() + "@" + e.start())) {
                return true;
            }
        }
        return a.text().equals(b.text());
    }
}
