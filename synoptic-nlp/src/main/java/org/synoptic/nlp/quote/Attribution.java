package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.QuoteWords.*;
import static org.synoptic.nlp.quote.ClauseShapes.*;
import static org.synoptic.nlp.quote.SourcePhrases.*;

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

/** The attribution found for a quote: all fields may be {@code null}. */
record Attribution(EntityMention speaker, String role, String via, boolean hasVerb, boolean adjacent,
                           String sieve) {

    Attribution(EntityMention speaker, String role, String via, boolean hasVerb, boolean adjacent) {
        this(speaker, role, via, hasVerb, adjacent, null);
    }

    Attribution(EntityMention speaker, String role, String via, boolean hasVerb) {
        this(speaker, role, via, hasVerb, false);
    }

    Attribution withVia(String newVia) {
        return new Attribution(speaker, role, newVia, hasVerb, adjacent, sieve);
    }

    Attribution asAdjacent() {
        return new Attribution(speaker, role, via, hasVerb, true, sieve);
    }

    /** This attribution with its speaker decided by the named sieve. */
    Attribution decidedBy(String newSieve) {
        return new Attribution(speaker, role, via, hasVerb, adjacent, newSieve);
    }

    /**
     * Tags the quotes from {@code from} on with the finder that added them; a speaker named by the finder's own
     * reporting clause or cue is decided by the sieve {@code "clause"}.
     */
    static void found(List<Quote> out, int from, String finder, DeferredSpeakers deferred) {
        for (int i = from; i < out.size(); i++) {
            Quote q = out.get(i);
            if (q.provenance() == null || q.provenance().finder().equals(PENDING)) {
                String sieve = q.provenance() != null ? q.provenance().sieve()
                        : q.speaker() == null && !deferred.has(q) ? null : "clause";
                out.set(i, deferred.replaced(q, q.withProvenance(new Quote.Provenance(finder, sieve))));
            }
        }
    }

    static Quote unattributed(Quote q) {
        return new Quote(q.text(), q.start(), q.end(), null, -1, -1, null, q.via(), q.direct(), q.kind());
    }

    static Quote quote(String words, int start, int end, Attribution a, boolean direct) {
        return quote(words, start, end, a, direct ? Quote.Kind.DIRECT : Quote.Kind.INDIRECT);
    }

    static Quote quote(String words, int start, int end, Attribution a, Quote.Kind kind) {
        EntityMention sp = a.speaker();
        return new Quote(words, start, end, sp == null ? null : sp.name(), sp == null ? -1 : sp.start(),
                sp == null ? -1 : sp.end(), sp == null ? null : a.role(), a.via(), kind == Quote.Kind.DIRECT, kind,
                a.sieve() == null ? null : new Quote.Provenance(PENDING, a.sieve()));
    }

    static void addIndirect(String text, int start, int end, Attribution a, List<Quote> out) {
        add(text, start, end, a, Quote.Kind.INDIRECT, out);
    }

    static void add(String text, int start, int end, Attribution a, Quote.Kind kind, List<Quote> out) {
        if (end - start < 10) {
            return;
        }
        out.add(quote(text.substring(start, end), start, end, a, kind));
    }

}
