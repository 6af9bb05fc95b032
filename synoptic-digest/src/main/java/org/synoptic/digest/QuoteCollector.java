package org.synoptic.digest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synoptic.digest.StoryDigest.QuoteEntry;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;

/**
 * Collects the story's quotes, deduplicated across reports: two quotes are one when their words overlap by at least
 * {@value #SAME_QUOTE} (Jaccard) or one contains the other, and their speakers agree (or one has none). The first report's offsets are kept; every carrying
 * article is listed. Indirect quotes without a resolved speaker are left out, and so are quotes that start in a
 * sentence that is not content (a caption, credit, teaser or boilerplate) and relative clauses that a source cue
 * inside them attributes ("…, der laut dem Kreml bald stattfinden soll, …"). Direct quotes with a speaker come
 * first, then direct quotes without one, then reported speech. Stateless and thread-safe.
 */
final class QuoteCollector {

    private static final double SAME_QUOTE = 0.6;

    private static final class Group {
        Quote first;
        String article;
        String speaker;
        String via;
        final Set<String> words;
        final String normal;
        final Set<String> articles = new LinkedHashSet<>();

        Group(Quote quote, String article) {
            this.first = quote;
            this.article = article;
            this.speaker = speakerName(quote.speaker());
            this.via = quote.via();
            this.normal = normal(quote.text());
            this.words = new HashSet<>(Arrays.asList(normal.split(" ")));
            articles.add(article);
        }
    }

    /**
     * A speaker as the list names it: an unnamed source's noun in an inflected form as written ("so die Beamten") by
     * the name the cited sources give it ("Beamte"), so one source is not listed twice; any other speaker as resolved.
     */
    static String speakerName(String speaker) {
        if (speaker == null || speaker.indexOf(' ') >= 0) {
            return speaker;
        }
        org.synoptic.nlp.source.SourceLexicon.GenericSource unnamed =
                org.synoptic.nlp.source.SourceLexicon.standard().lookup(speaker);
        // only a plural's dative ending is dropped ("Beamten" -> "Beamte"); a singular stays one ("Behörde" is no
        // "Behörden", "ein Regierungsbeamter" no "Regierungsbeamte")
        return unnamed != null && (speaker.equals(unnamed.name() + "n") || speaker.equals(unnamed.name() + "en"))
                ? unnamed.name() : speaker;
    }

    List<QuoteEntry> collect(List<ArticleAnalysis> analyses) {
        List<Group> groups = new ArrayList<>();
        for (ArticleAnalysis analysis : analyses) {
            for (Quote quote : analysis.quotes()) {
                Sentence sentence = analysis.sentenceAt(quote.start());
                if (sentence != null && !sentence.isContent()) {
                    continue; // a caption's "Einem Bericht zufolge …" is no one's words
                }
                String normal = normal(quote.text());
                // Reported speech is only worth showing with the one who said it; a speech act told without its
                // words ("X wertet die Einigung als Erfolg") is no quote; a span that starts inside a word or on a
                // closing mark ("“-Bericht …") is a misread; one quoted word („verbündete“) says too little to
                // stand alone in a list of quotes.
                if (normal.isBlank() || !quote.direct() && quote.speaker() == null
                        || quote.kind() == Quote.Kind.REPORTED || !startsCleanly(quote.text())
                        || quote.direct() && !normal.contains(" ")
                        || relativeClause(analysis.article().text(), quote)) {
                    continue;
                }
                Set<String> words = new HashSet<>(Arrays.asList(normal.split(" ")));
                Group match = null;
                for (Group g : groups) {
                    if ((g.normal.contains(normal) || normal.contains(g.normal) || jaccard(g.words, words) >= SAME_QUOTE)
                            && sameSpeaker(g.speaker, speakerName(quote.speaker()))) {
                        match = g;
                        break;
                    }
                }
                if (match == null) {
                    Group group = new Group(quote, analysis.article().id());
                    if (group.via != null && group.via.equals(group.speaker)) {
                        group.via = null; // "NYT via NYT" says nothing more than "NYT"
                    }
                    groups.add(group);
                } else {
                    match.articles.add(analysis.article().id());
                    if (match.speaker == null && quote.speaker() != null) {
                        match.speaker = speakerName(quote.speaker());
                        match.via = null; // a relay belongs to the speaker it relays
                    }
                    if (match.via == null && quote.via() != null && !quote.via().equals(match.speaker)
                            && sameSpeaker(match.speaker, speakerName(quote.speaker())) && quote.speaker() != null) {
                        match.via = quote.via();
                    }
                }
            }
        }
        return groups.stream()
                .sorted((a, b) -> Integer.compare(rank(a), rank(b)))
                .map(g -> new QuoteEntry(g.speaker, g.first.text(), g.first.direct(), g.via, g.article,
                        g.first.start(), g.first.end(), List.copyOf(g.articles)))
                .toList();
    }

    /**
     * Whether two quotes of the same words can be one entry: the same speaker, or one of them without a speaker. The
     * same words said by two speakers ("in den kommenden Tagen", from the Kremlin and from an agency's source) are
     * two quotes, and neither lends the other its relay.
     */
    private static boolean sameSpeaker(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }

    /** Relative pronouns, alone or after a preposition, that open a relative clause ("der", "in dem", "which"). */
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dem", "den", "denen", "dessen",
            "deren", "welcher", "welche", "welches", "welchem", "welchen", "which", "who", "whom", "whose");
    private static final Set<String> PREPOSITIONS = Set.of("an", "auf", "aus", "bei", "durch", "für", "gegen", "in",
            "mit", "nach", "über", "um", "unter", "von", "vor", "zu", "zwischen");

    /**
     * Whether a quote is the relative clause that a source cue inside it attributes ("Die Ankündigung des Besuchs, der
     * laut dem Kreml „in den kommenden Tagen“ stattfinden soll, folgte …"): the analysis keeps it, so that only the
     * clause is the source's, but without its antecedent it states nothing a reader can take as anyone's words.
     * Only the {@code source-cue} finder's quotes after a comma: a reported clause ("X sagte, die Gespräche …") also
     * opens with "die" and is a statement.
     */
    private static boolean relativeClause(String text, Quote quote) {
        if (quote.direct() || quote.provenance() == null || !"source-cue".equals(quote.provenance().finder())) {
            return false;
        }
        String before = text.substring(0, quote.start()).stripTrailing();
        if (!before.endsWith(",")) {
            return false;
        }
        String[] words = quote.text().split("\\s+", 3);
        return RELATIVE_PRONOUNS.contains(words[0]) || words.length > 1 && PREPOSITIONS.contains(words[0])
                && RELATIVE_PRONOUNS.contains(words[1]);
    }

    private static boolean startsCleanly(String text) {
        int c = text.codePointAt(0);
        return Character.isLetterOrDigit(c) || c == '„' || c == '»' || c == '‚' || c == '(';
    }

    private static int rank(Group g) {
        return (g.first.direct() ? 0 : 2) + (g.speaker != null ? 0 : 1);
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int inter = 0;
        for (String w : a) {
            if (b.contains(w)) {
                inter++;
            }
        }
        int union = a.size() + b.size() - inter;
        return union == 0 ? 0 : (double) inter / union;
    }
}
