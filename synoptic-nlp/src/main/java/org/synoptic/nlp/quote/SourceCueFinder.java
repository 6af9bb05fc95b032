package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.QuoteWords.*;
import static org.synoptic.nlp.quote.ClauseShapes.*;
import static org.synoptic.nlp.quote.SourcePhrases.*;
import static org.synoptic.nlp.quote.Attribution.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.synoptic.model.Article;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.model.Quote;
import org.synoptic.model.Sentence;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.QuoteExtractor;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.entity.GazetteerEntry;
import org.synoptic.nlp.entity.Lexicon;
import org.synoptic.nlp.text.Token;
import org.synoptic.nlp.text.WordTokenizer;

/**
 * Finder {@code source-cue}: statements attributed by "laut X", "X zufolge", "nach Angaben X", "according to X",
 * "wie X mitteilte", "Seiner Ansicht nach" and "Demnach"; X, resolved through report nouns
 * ({@link SourcePhrases}), is the speaker. Stateless.
 */
final class SourceCueFinder {

    private final SpeakerPhrases phrases;
    private final SpeakerGrammar grammar;

    SourceCueFinder(SpeakerGrammar grammar) {
        this.phrases = grammar.phrases;
        this.grammar = grammar;
    }

    /**
     * "Laut X …", "Nach Angaben des X …", "X zufolge …", "Wie X mitteilte, …", "According to X, …", "Demnach …": the
     * sentence is a statement attributed to X. The quote is the sentence without the attribution phrase when that
     * phrase opens it, or closes it after a comma ("S, according to X."), else the whole sentence; a dateline opening
     * the sentence ("GENOA, Italy (Agency) - S") is never part of it. The speaker mention is the phrase after the cue ("Angaben der
     * Polizei"), its name the source it names ("Polizei"); "demnach" and "danach" stand for the previous quote's
     * speaker, resolved later.
     */
    void attributedStatement(ArticleContext article, Sentence s, List<Token> t, List<Quote> out,
                             DeferredSpeakers deferred) {
        List<EntityMention> entities = article.entities();
        int n = t.size();
        for (int i = 0; i < n; i++) {
            String w = t.get(i).text().toLowerCase(Locale.ROOT);
            int phraseFrom;
            int phraseTo;
            SpeakerPhrases.Phrase p = null;
            EntityMention speaker = null;
            SpeakerReference left = null; // a speaker left to the sieves
            if ((w.equals("demnach") || w.equals("danach")) && i == 0) {
                phraseFrom = 0;
                phraseTo = 1;
                Token d = t.get(0);
                left = new SpeakerReference.PreviousSpeaker(d.start(), d.end());
            } else if (w.equals("wie") && (i == 0 || i == 1 && OPENING_CONJUNCTIONS.contains(t.get(0).text())
                    || i > 3 && t.get(i - 1).text().equals(","))) {
                Cue cue = wieCue(article, s, t, i, out);
                if (cue == STOP) {
                    return;
                }
                if (cue == null) {
                    continue;
                }
                p = cue.phrase();
                phraseFrom = cue.from();
                phraseTo = cue.to();
            } else if (AttributionCues.sourceCueAt(t, i) != null) {
                Cue cue = sourceCue(t, AttributionCues.sourceCueAt(t, i), entities);
                if (cue == null) {
                    continue;
                }
                p = cue.phrase();
                phraseFrom = cue.from();
                phraseTo = cue.to();
            } else {
                continue;
            }
            addStatement(article, s, t, out, deferred, new Cue(p, phraseFrom, phraseTo, speaker, left));
            return;
        }
    }

    /**
     * The phrase a source cue of the shared grammar ({@link AttributionCues#sourceCueAt}) names, and the tokens of
     * the cue phrase; {@code null} for "seiner Ansicht nach" with no phrase before "nach".
     */
    private Cue sourceCue(List<Token> t, AttributionCues.SourceCue cue, List<EntityMention> entities) {
        int i = cue.from();
        int n = t.size();
        SpeakerPhrases.Phrase p;
        switch (cue.kind()) {
            case PREPOSITION -> { // "laut X", "according to X"
                p = phrases.at(t, cue.to(), entities);
                return new Cue(p, i, p == null ? Math.min(n, cue.to() + 4) : p.last(), null, null);
            }
            case REPORT_NOUN -> { // "Nach Angaben des X …"
                p = phrases.at(t, i + 1, entities);
                return new Cue(p, i, p == null ? Math.min(n, i + 6) : p.last(), null, null);
            }
            case POSTPOSED_NACH -> { // "Seiner Ansicht nach …": "nach" after its noun
                p = phraseBefore(t, i, entities);
                return p == null ? null : new Cue(p, p.first(), i + 1, null, null);
            }
            default -> { // "X zufolge"
                p = phrases.endingAt(t, i, entities);
                if (p == null) {
                    p = phraseBefore(t, i, entities);
                }
                return new Cue(p, p == null ? Math.max(0, i - 4) : p.first(), i + 1, null, null);
            }
        }
    }

    /** Whether nothing but closing punctuation follows token {@code k} of the sentence. */
    private static boolean closes(List<Token> t, int k) {
        for (int j = k; j < t.size(); j++) {
            if (t.get(j).isWord()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A source cue read in a sentence: the phrase it names ({@code null} for "demnach"), the tokens [from, to) of the
     * cue phrase, and the speaker it names or the reference it leaves to the sieves (both {@code null} when it names
     * no one).
     */
    private record Cue(SpeakerPhrases.Phrase phrase, int from, int to, EntityMention speaker, SpeakerReference left) {
    }

    /** What {@link #wieCue} answers when the sentence holds no statement to add: stop reading it. */
    private static final Cue STOP = new Cue(null, -1, -1, null, null);

    /**
     * The cue "wie X mitteilte" at {@code t[i]}: opening ("Wie die Polizei mitteilte, S", "Denn wie X berichtete, S")
     * it gives the cue of the statement after it; trailing ("S, wie X berichtete.") it adds the statement before it
     * itself and answers {@link #STOP}, as it does when the sentence has no reporting verb for it. {@code null}: not
     * such a cue here, read on.
     */
    private Cue wieCue(ArticleContext article, Sentence s, List<Token> t, int i, List<Quote> out) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        int n = t.size();
        SpeakerPhrases.Phrase p;
        // "Wie die Polizei mitteilte, S" / "Denn wie X berichtete, S" / "S, wie X berichtete."
        boolean trailing = i > 1;
        int comma = -1;
        for (int k = i + 1; k < Math.min(n, i + 16); k++) {
            if (t.get(k).text().equals(",")) {
                comma = k;
                break;
            }
        }
        if (trailing) {
            if (comma >= 0) {
                return null;
            }
            comma = n;
            while (comma > i + 1 && !t.get(comma - 1).isWord()) {
                comma--;
            }
        }
        ReportingVerbs.Form f = comma > i + 1 ? ReportingVerbs.form(t.get(comma - 1).text()) : null;
        if (f == null || f.belief() || !f.particle().isEmpty() && !f.isParticle(t.get(comma - 2).text())) {
            if (trailing) {
                return null;
            }
            return STOP;
        }
        int verb = f.particle().isEmpty() ? comma - 1 : comma - 2;
        p = phrases.endingAt(t, verb, entities);
        if (p == null || p.first() <= i) {
            SpeakerPhrases.Phrase q = phrases.at(t, grammar.skipAdverbials(t, i + 1, entities), entities);
            p = q != null && q.last() <= verb ? q : null;
        }
        if (p == null) {
            if (trailing) {
                return null;
            }
            return STOP;
        }
        if (trailing) {
            SpeakerReference source = grammar.sourceOf(text, t, p, phrases.mention(text, t, p, entities),
                    entities);
            int start = ClauseShapes.afterDateline(t, s.start(), i - 1); // "Triest (Hafenfunk) - S, wie X mitteilte"
            int end = t.get(i - 1).start();
            if (source instanceof SpeakerReference.Named named && named.mention().type() != EntityType.LOCATION
                    && !grammar.coveredByDirectQuote(article, out, start, end)) {
                EntityMention m = named.mention();
                addIndirect(text, start, end, new Attribution(m, grammar.roleOf(text, t, p, m),
                        grammar.via(entities, s.start(), s.end(), m.start()), true), out);
            }
            return STOP;
        }
        return new Cue(p, 0, comma + 1, null, null);
    }

    /**
     * Adds the statement that {@code cue} attributes: the sentence without the cue phrase when that opens it, only
     * the relative clause when the cue stands in one, nothing when it is too short or inside a direct quote. The
     * speaker is the source the cue's phrase names (through report nouns, "eigene Angaben", anonymous sources).
     */
    private void addStatement(ArticleContext article, Sentence s, List<Token> t, List<Quote> out,
                              DeferredSpeakers deferred, Cue cue) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        int n = t.size();
        SpeakerPhrases.Phrase p = cue.phrase();
        int phraseFrom = cue.from();
        int phraseTo = cue.to();
        EntityMention speaker = cue.speaker();
        SpeakerReference left = cue.left();
        if (p != null) {
            SpeakerReference source = grammar.sourceOf(text, t, p, phrases.mention(text, t, p, entities), entities);
            if (source instanceof SpeakerReference.Unknown unknown && t.get(p.first()).text().startsWith("eigen")) {
                source = grammar.ownSource(text, t, phraseFrom, phraseTo, unknown.cue(), entities);
            } else if (source instanceof SpeakerReference.Unknown unknown) {
                source = anonymousSource(t, p, unknown.cue());
            }
            if (source instanceof SpeakerReference.Named named) {
                speaker = named.mention();
            } else {
                left = source;
            }
        }
        if (speaker != null && speaker.type() == EntityType.LOCATION) {
            speaker = null;
        }
        if (phraseTo > n) {
            return;
        }
        int start = s.start();
        int end = s.end();
        if (phraseFrom <= 1 && phraseTo < n) {
            start = t.get(phraseTo).start(); // "Laut NYT würde …": the statement follows the source
        } else if (phraseFrom > 1) {
            start = ClauseShapes.afterDateline(t, start, phraseFrom); // "GENOA (Agency) - S, according to X"
            if (t.get(phraseFrom - 1).text().equals(",") && closes(t, phraseTo)) {
                end = t.get(phraseFrom - 1).start(); // "S, according to the coast guard.": the statement is S
            }
        }
        int[] clause = phraseFrom > 1 ? relativeClause(t, phraseFrom) : null;
        if (clause != null) {
            // "Der Besuch, der laut dem Kreml bald stattfinden soll, folgte auf …": only the clause is the Kremlin's
            start = t.get(clause[0]).start();
            end = t.get(clause[1] - 1).end();
        }
        while (end > start && ".!?:;… ".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == ',')) {
            start++;
        }
        final int from = start;
        final int to = end;
        long words = t.stream().filter(x -> x.isWord() && x.start() >= from && x.end() <= to).count();
        if (end - start < 15 || words < 4 || grammar.coveredByDirectQuote(article, out, start, end)) {
            return;
        }
        Attribution a = new Attribution(speaker, null,
                speaker == null && left == null ? grammar.via(entities, s.start(), s.end(), -1) : null, true);
        int before = out.size();
        addIndirect(text, start, end, a, out);
        if (left != null && out.size() > before) {
            deferred.defer(out.get(before), left);
        }
    }

}
