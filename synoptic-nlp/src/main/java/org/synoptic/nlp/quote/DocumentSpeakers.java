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
 * Sieve {@code document}, run before the continuation finder: "In der Erklärung des WWF heißt es, …" gives a quote
 * without speaker the document or publisher named next to "heißt es". Stateless.
 */
final class DocumentSpeakers {

    private final SpeakerPhrases phrases;

    DocumentSpeakers(SpeakerGrammar grammar) {
        this.phrases = grammar.phrases;
    }

    /**
     * "In der Erklärung des WWF heißt es, …", "…, hieß es bei der Agentur RIA": a quote with no speaker whose sentence
     * says "heißt es" with a document or publisher in a prepositional phrase right before or after takes that phrase
     * as its speaker (the organisation named in it, else the phrase without its article). Places ("In Berlin hieß es")
     * and spoken occasions ("in der Rede") name no one.
     */
    void documentSpeakers(ArticleContext article, List<Quote> out, DeferredSpeakers deferred) {
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        List<EntityMention> entities = article.entities();
        for (int i = 0; i < out.size(); i++) {
            Quote q = out.get(i);
            if (q.speaker() != null || deferred.has(q)) {
                continue;
            }
            Sentence s = sentenceAt(sentences, q.start());
            if (s == null) {
                continue;
            }
            List<Token> t = article.tokens(s.start(), Math.max(s.end(), Math.min(text.length(), q.end())));
            EntityMention document = null;
            for (int h = 0; h + 1 < t.size() && document == null; h++) {
                String w = t.get(h).text();
                if (!(w.equals("heißt") || w.equals("hieß")) || !t.get(h + 1).text().equals("es")
                        || t.get(h).start() >= q.start() && t.get(h).end() <= q.end()) {
                    continue;
                }
                int k = h + 2;
                while (k < t.size() && AFTER_HEISST_ES.contains(t.get(k).text())) {
                    k++;
                }
                if (k + 1 < t.size() && DOCUMENT_PREPOSITIONS.contains(t.get(k).text())) {
                    document = documentPhrase(text, t, k + 1, entities);
                }
                if (document == null && h > 1) {
                    int j = h - 1;
                    while (j > 0 && !Set.of(",", "„", "“", "\"", ":").contains(t.get(j - 1).text())) {
                        j--;
                    }
                    if (DOCUMENT_PREPOSITIONS.contains(t.get(j).text().toLowerCase(Locale.ROOT))) {
                        document = documentPhrase(text, t, j + 1, entities);
                    }
                }
            }
            boolean cited = t.stream().anyMatch(x -> x.text().equalsIgnoreCase("laut") || x.text().equals("zufolge"));
            if (document != null && cited && !document.name().contains(" ")) {
                document = null; // "Laut NYT würde …, heißt es in dem Bericht": the report is the NYT's
            }
            if (document != null && (document.end() <= q.start() || document.start() >= q.end())) {
                out.set(i, new Quote(q.text(), q.start(), q.end(), document.name(), document.start(), document.end(),
                        null, q.via(), q.direct(), q.kind()).withProvenance(q.provenance()).decidedBy("document"));
            }
        }
    }

    EntityMention documentPhrase(String text, List<Token> t, int k, List<EntityMention> entities) {
        SpeakerPhrases.Phrase p = phrases.at(t, k, entities);
        if (p == null) {
            return null;
        }
        for (int j = p.first(); j < p.headEnd(); j++) {
            if (SPOKEN_OCCASIONS.contains(t.get(j).text())) {
                return null;
            }
        }
        EntityMention m = phrases.mention(text, t, p, entities);
        return m.type() == EntityType.LOCATION ? null : m;
    }

}
