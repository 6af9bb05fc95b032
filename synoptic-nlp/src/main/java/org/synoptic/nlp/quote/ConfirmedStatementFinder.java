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

/**
 * Finder {@code confirmed-before}: "S. Das teilte der Senat mit." / "S, das bestätigte die Polizei.": the statement
 * before a pointing pronoun and a reporting verb is the subject's. Stateless.
 */
final class ConfirmedStatementFinder {

    private final SpeakerPhrases phrases;
    private final SpeakerGrammar grammar;

    ConfirmedStatementFinder(SpeakerGrammar grammar) {
        this.phrases = grammar.phrases;
        this.grammar = grammar;
    }

    /**
     * "S. Das teilte der Senat mit." / "S, das bestätigte die Polizei.": a pronoun that points back at a statement
     * and a reporting verb make that statement the subject's. The statement is the sentence before (in the same
     * paragraph and holding no quote) or the clause before the comma.
     */
    void confirmedBefore(ArticleContext article, List<Quote> out) {
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        List<EntityMention> entities = article.entities();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            List<Token> t = article.tokens(s);
            int last = t.size();
            while (last > 0 && !t.get(last - 1).isWord()) {
                last--;
            }
            int pointer = -1;
            for (int k = 0; k + 2 < last; k++) {
                boolean opens = k == 0 || t.get(k - 1).text().equals(",");
                if (opens && Set.of("Das", "Dies", "das", "dies", "Dieses").contains(t.get(k).text())) {
                    pointer = k;
                }
            }
            if (pointer < 0 || last - pointer > 14) {
                continue;
            }
            int v = pointer + 1;
            if (v < last && AUXILIARIES.contains(t.get(v).text())) {
                v++; // "Das hat die Polizei mitgeteilt"
            }
            ReportingVerbs.Form f = ReportingVerbs.form(t.get(v).text());
            boolean participleLast = v > pointer + 1 && ReportingVerbs.form(t.get(last - 1).text()) != null;
            if (f == null && !participleLast || f != null && (f.belief() || EnglishSpeakers.isVerb(t.get(v).text())
                    || !f.particle().isEmpty() && !f.isParticle(t.get(last - 1).text()))) {
                continue;
            }
            int j = grammar.skipAdverbials(t, v + 1, entities);
            SpeakerPhrases.Phrase p = j < last ? phrases.at(t, j, entities) : null;
            if (p == null || !grammar.isSpeakerLike(t, p, entities) && !SpeakerPhrases.isPronoun(t.get(j).text())) {
                continue;
            }
            EntityMention m = phrases.mention(text, t, p, entities);
            int start;
            int end;
            if (pointer > 0) {
                start = s.start();
                end = t.get(pointer - 1).start();
            } else {
                if (i == 0 || text.substring(sentences.get(i - 1).end(), s.start()).contains("\n\n")) {
                    continue;
                }
                Sentence before = sentences.get(i - 1);
                List<Token> b = article.tokens(before);
                start = afterDateline(b, before.start(), b.size()); // "Hamburg (Nordpress) – S. Das teilte …"
                end = endOfWords(text, start, before.end());
            }
            final int from = start;
            final int to = end;
            if (out.stream().anyMatch(q -> q.start() < to && from < q.end())) {
                continue;
            }
            addIndirect(text, start, end, new Attribution(m, grammar.roleOf(text, t, p, m),
                    grammar.via(entities, s.start(), s.end(), m.start()), true), out);
        }
    }

}
