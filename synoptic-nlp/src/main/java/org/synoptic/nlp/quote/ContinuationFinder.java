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
 * Finders {@code continuation} and {@code back-reference}: Konjunktiv, hearsay and conditional sentences that go on
 * reporting the quote before them, and statements opened by "demnach"/"danach" that rest on what the sentence before
 * names. Their speakers are left to {@link SpeakerResolver}; this class records stance subjects and back-referenced
 * sources by quote start. Stateless.
 */
final class ContinuationFinder {

    private final SpeakerPhrases phrases;
    private final SpeakerGrammar grammar;

    ContinuationFinder(SpeakerGrammar grammar) {
        this.phrases = grammar.phrases;
        this.grammar = grammar;
    }

    /**
     * "Die Wahlkommission gab ein Ergebnis bekannt. Demnach hat …": a statement opened by "demnach"/"danach" whose
     * sentence before holds no quote rests on what that sentence names first: an organisation or person, else its
     * subject when that is a role or a named body. Recorded by quote start for {@link SpeakerResolver#resolved}.
     */
    void backReferences(ArticleContext article, List<Quote> out, Map<Integer, EntityMention> refs,
                        DeferredSpeakers deferred) {
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        List<EntityMention> entities = article.entities();
        for (Iterator<Quote> it = out.iterator(); it.hasNext(); ) {
            Quote q = it.next();
            if (!(deferred.of(q) instanceof SpeakerReference.PreviousSpeaker back) || back.start() >= back.end()) {
                continue;
            }
            Sentence s = sentenceAt(sentences, back.start());
            Sentence before = s == null || s.index() == 0 ? null : sentences.get(s.index() - 1);
            boolean danach = text.substring(back.start(), back.end()).equalsIgnoreCase("danach");
            boolean subjunctive = article.tokens(q.start(), q.end()).stream()
                    .anyMatch(x -> KONJUNKTIV.contains(x.text()));
            if (danach && !subjunctive && (before == null || !PUBLICATION.matcher(before.text()).find())) {
                it.remove(); // "Danach wurde er Minister": afterwards, not according to anything
                continue;
            }
            if (before == null || out.stream().anyMatch(o -> o != q && o.start() < before.end()
                    && before.start() < o.end())) {
                continue;
            }
            List<QuoteSpan> marks = QuotationMarks.find(text.substring(before.start(), before.end()));
            List<Token> bt = article.tokens(before);
            SpeakerPhrases.Phrase subject = phrases.at(bt, 0, entities);
            EntityMention source = subject == null || subject.last() >= bt.size() || !bt.get(subject.last()).isLowerCase()
                    ? null : phrases.mention(text, bt, subject, entities);
            if (source != null && !grammar.isSpeakerLike(bt, subject, entities) && !isDocument(bt, subject)
                    && !isSourceNoun(bt.get(subject.headEnd() - 1).text())) {
                source = null;
            }
            if (source == null && subject == null) {
                source = grammar.stanceSubject(article, before); // "Am Nachmittag hat die FIFA … bekannt gegeben."
            }
            for (EntityMention e : entities) {
                if (source != null) {
                    break;
                }
                boolean insideMarks = marks.stream().anyMatch(m -> m.open() + before.start() < e.start()
                        && e.end() <= m.close() + before.start());
                if (e.start() >= before.start() && e.end() <= before.end() && e.type() != EntityType.LOCATION
                        && !insideMarks) {
                    source = e;
                    break;
                }
            }
            if (source != null) {
                refs.put(q.start(), new EntityMention(text.substring(back.start(), back.end()), source.name(),
                        source.type(), back.start(), back.end()));
            }
        }
    }

    /** English modals of reported speech, backshifted: "It would cost millions", "the bridge could collapse". */
    private static final Set<String> BACKSHIFTED = Set.of("would", "could", "might", "should");

    /** Whether a sentence holds an English reporting verb ("said", "told"; {@link EnglishSpeakers#isVerb}). */
    private static boolean englishReport(List<Token> t) {
        return t.stream().anyMatch(x -> EnglishSpeakers.isVerb(x.text()));
    }

    /**
     * Whether an English sentence continues reported speech: a backshifted modal ("would", "could", "might",
     * "should") in it and no reporting verb of its own, not a question: "Smith said the bridge was unsafe. It would
     * have to be closed for a year."
     */
    private static boolean englishBackshift(List<Token> t) {
        return t.stream().anyMatch(x -> BACKSHIFTED.contains(x.text())) && !englishReport(t)
                && t.stream().noneMatch(x -> x.text().equals("?"));
    }

    /**
     * Sentences in Konjunktiv I with no quote of their own that follow a quote in the same paragraph continue it, and
     * so do sentences of hearsay ("soll … gestorben sein") or in Konjunktiv II ("Ein Streik hätte Folgen") right
     * after a sentence with a quote:
     * "Er sagte, die Brücke sei marode. Sie müsse gesperrt werden." Their speaker is the previous quote's, filled in
     * by {@link SpeakerResolver#resolved}; or, when the sentence before holds no quote but a stated position ("Das Institut sieht
     * keine Gefahr. Nur Züchter seien …"), that sentence's subject. Returns those subjects by quote start.
     */
    Map<Integer, EntityMention> continuations(ArticleContext article, List<Quote> out, DeferredSpeakers deferred) {
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        List<EntityMention> entities = article.entities();
        List<Quote> found = new ArrayList<>(out);
        Map<Integer, EntityMention> stances = new HashMap<>();
        Sentence before = null;
        for (Sentence s : sentences) {
            Sentence previous = before;
            before = s;
            boolean quoted = found.stream().anyMatch(q -> q.start() < s.end() && s.start() < q.end());
            if (quoted) {
                continue;
            }
            List<Token> t = article.tokens(s);
            boolean konjunktiv = t.stream().anyMatch(x -> KONJUNKTIV_I.contains(x.text()));
            boolean marks = t.stream().anyMatch(x -> "„“”\"»«".contains(x.text()));
            boolean sameParagraph = previous != null && !text.substring(previous.end(), s.start()).contains("\n\n");
            // hearsay "soll … sein" continues a sourced sentence right before: "Es soll zu Einsätzen gekommen sein."
            boolean previousQuoted = sameParagraph
                    && found.stream().anyMatch(q -> q.start() < previous.end() && previous.start() < q.end());
            boolean hearsay = !konjunktiv && previousQuoted && mainClauseHearsay(t);
            // Konjunktiv II ("Ein Streik hätte Folgen") continues only a sentence that is itself a quote
            boolean conditional = !konjunktiv && previousQuoted && mainClauseConditional(t);
            // English has no Konjunktiv: a backshifted modal right after an English report continues it
            boolean backshift = !konjunktiv && previousQuoted && englishReport(article.tokens(previous))
                    && englishBackshift(t);
            if (!konjunktiv && !hearsay && !conditional && !backshift || marks || t.size() < 4) {
                continue;
            }
            int end = endOfWords(text, s.start(), s.end());
            int start = s.start();
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (end - start < 15) {
                continue;
            }
            EntityMention stance = previous == null || text.substring(previous.end(), s.start()).contains("\n\n")
                    || found.stream().anyMatch(q -> q.start() < previous.end() && previous.start() < q.end())
                    || grammar.isSubjunctive(article, previous) ? null : grammar.stanceSubject(article, previous);
            if (stance != null) {
                stances.put(start, stance);
            }
            out.add(deferred.defer(new Quote(text.substring(start, end), start, end, null, -1, -1, null, null, false,
                    Quote.Kind.FREE_INDIRECT), new SpeakerReference.PreviousSpeaker(start, start)));
        }
        return stances;
    }

}
