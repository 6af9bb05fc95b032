package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.Attribution.found;

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
 * Rule-based quotation extraction and speaker attribution for German and English news.
 *
 * <p>Direct quotes are the words between quotation marks (see {@link QuotationMarks}), also across sentences and
 * when a reporting clause splits them. Quoted names and titles („Chosun Ilbo“, „NYT“) are not quotes; a quote of one
 * to three words (a scare quote such as „heimlich“) counts only when its sentence has a reporting verb ("würden
 * „aktiv vorangetrieben“, sagte Kirby"). Indirect quotes are reported clauses: "X sagte, dass …", "X sagte, Moskau sei
 * …" (a Konjunktiv verb or "dass" is required after the comma), "…, berichtete X", "…, so X", "X said (that) …";
 * and statements attributed by "laut X", "X zufolge", "nach Angaben X", "according to X", "wie X mitteilte" (the
 * sentence without the attribution phrase when it opens or closes the sentence; X is the speaker, a compound report
 * noun names its first part: "Polizeiangaben" gives "Polizei"; "nach eigenen Angaben" the sentence's subject). A
 * Konjunktiv sentence after a quote continues it ({@link Quote.Kind#FREE_INDIRECT}), as does hearsay ("soll …
 * gestorben sein") right after a quoted sentence. A sentence that tells a speech act without its words ("Die
 * Gewerkschaft wertet die Einigung als Erfolg") is a {@link Quote.Kind#REPORTED} statement of its subject. Quoted
 * titles and slogans after a noun for a work ("das Lied „…“") are no quotes.
 *
 * <p>The speaker is the subject of the reporting verb next to the quote: "sagte X", "X sagte", "so X",
 * "zitierte AGENCY den ROLE PERSON" (speaker PERSON, {@code via} AGENCY), "AGENCY zitierte PERSON". Pronouns and
 * role nouns ("er", "sie", "der Minister") take the nearest preceding person mention. A quote after a colon takes
 * the clause's subject or speaker label ("Ein Beamter der Polizei: „…“"); a fragment inside a reported statement
 * speaks with that statement. The speaker's name is the mention's canonical name; the role is a title or role word
 * right before the speaker ("Verteidigungsminister").
 * Design decision: precision over recall, so a quote whose subject is not a found entity keeps a {@code null}
 * speaker. Stateless and thread-safe.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {

    private final SpeakerGrammar grammar;
    private final DirectQuoteFinder directFinder;
    private final ReportedClauseFinder clauseFinder;
    private final SourceCueFinder cueFinder;
    private final SpeechActFinder actFinder;
    private final ConfirmedStatementFinder confirmedFinder;
    private final DocumentSpeakers documents;
    private final ContinuationFinder continuationFinder;
    private final SpeakerResolver resolver;
    private final SieveOrder sieves;

    /** The order of the speaker sieves this extractor runs (its source sieves run in {@link SourcedQuoteExtractor}). */
    SieveOrder sieveOrder() {
        return sieves;
    }

    /** An extractor using the given name lists, with the speaker sieves in their standard order. */
    public RuleQuoteExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this(gazetteer, lexicon, SieveOrder.standard());
    }

    /** An extractor using the given name lists, with the speaker sieves in {@code sieves}' order. */
    public RuleQuoteExtractor(Gazetteer gazetteer, Lexicon lexicon, SieveOrder sieves) {
        this.grammar = new SpeakerGrammar(gazetteer, lexicon);
        SubjectFinder subjectFinder = new SubjectFinder(grammar);
        this.directFinder = new DirectQuoteFinder(grammar, subjectFinder);
        this.clauseFinder = new ReportedClauseFinder(grammar, subjectFinder,
                sieves.clause().stream().map(id -> ClauseSieves.of(id, subjectFinder)).toList());
        this.cueFinder = new SourceCueFinder(grammar);
        this.actFinder = new SpeechActFinder(grammar);
        this.confirmedFinder = new ConfirmedStatementFinder(grammar);
        this.documents = new DocumentSpeakers(grammar);
        this.continuationFinder = new ContinuationFinder(grammar);
        this.resolver = new SpeakerResolver(grammar, sieves);
        this.sieves = sieves;
    }

    @Override
    public List<Quote> extract(Article article, List<Sentence> sentences, List<EntityMention> entities) {
        return extract(ArticleContext.of(article.text(), sentences, entities));
    }

    /** The quotes of an article whose context is built: the finders in order, then the speaker sieves. */
    public List<Quote> extract(ArticleContext article) {
        List<Quote> out = new ArrayList<>();
        DeferredSpeakers deferred = new DeferredSpeakers();
        for (QuoteSpan span : article.quoteSpans()) {
            directFinder.direct(article, span, out, deferred);
        }
        found(out, 0, "direct", deferred);
        for (Sentence s : article.sentences()) {
            indirect(article, s, out, deferred);
        }
        int before = out.size();
        confirmedFinder.confirmedBefore(article, out);
        found(out, before, "confirmed-before", deferred);
        documents.documentSpeakers(article, out, deferred);
        before = out.size();
        Map<Integer, EntityMention> stances = continuationFinder.continuations(article, out, deferred);
        found(out, before, "continuation", deferred);
        before = out.size();
        continuationFinder.backReferences(article, out, stances, deferred);
        found(out, before, "back-reference", deferred);
        out.sort(Comparator.comparingInt(Quote::start));
        List<EntityMention> subjects = resolver.roleSubjects(article);
        return List.copyOf(resolver.resolved(article, out, stances, subjects, deferred));
    }

    private void indirect(ArticleContext article, Sentence s, List<Quote> out, DeferredSpeakers deferred) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        List<Token> t = article.tokens(s);
        int before = out.size();
        clauseFinder.reportedClause(article, s, t, out);
        found(out, before, "reported-clause", deferred);
        if (out.size() == before) {
            cueFinder.attributedStatement(article, s, t, out, deferred);
            found(out, before, "source-cue", deferred);
        }
        if (out.size() == before) {
            actFinder.reportedAct(text, s, t, entities, out);
            found(out, before, "speech-act", deferred);
        }
    }

    /** Whether a lower-case word is the Konjunktiv I of a full verb ({@link SpeakerGrammar#isKonjunktivI(String)}). */
    boolean isKonjunktivI(String w) {
        return grammar.isKonjunktivI(w);
    }

    /** Whether a token is a role noun ({@link ClauseShapes#isRoleNoun}). */
    static boolean isRoleNoun(Token t) {
        return ClauseShapes.isRoleNoun(t);
    }

    /** The source a compound report noun names ({@link SourcePhrases#compoundSource}). */
    static String compoundSource(String head) {
        return SourcePhrases.compoundSource(head);
    }
}
