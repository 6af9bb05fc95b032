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
 * The speaker-resolution sieves, run in text order over all candidates, in the configured order
 * ({@link SieveOrder}, {@code speaker-sieves.tsv}): by default {@code stance-subject}, {@code previous-speaker},
 * {@code unresolvable}, {@code pronoun}, {@code outlet-noun}, {@code role-noun}, then for quotes still without
 * speaker {@code split-quote}, {@code enclosing-statement}, {@code reported-around} (a quote inside the next
 * subjunctive sentence) and {@code opening-subject}. Each quote records the sieve
 * that decided it. Stateless.
 */
final class SpeakerResolver {

    /** How many sentences before a pronoun's own {@link #subjectBefore} reads. */
    private static final int SUBJECT_REACH = 3;

    private final Lexicon lexicon;
    private final SpeakerPhrases phrases;
    private final SpeakerGrammar grammar;
    /**
     * The sieves that read what the finder left, in order; the first that applies is the only one (see
     * {@link SpeakerSieve}).
     */
    private final List<SpeakerSieve> referenceSieves;
    /** The sieves that fill in a quote still without a speaker, each in turn. */
    private final List<SpeakerSieve> fillSieves;

    /** A resolver running the sieves in {@code order} (the configuration, {@link SieveOrder#standard()} by default). */
    SpeakerResolver(SpeakerGrammar grammar, SieveOrder order) {
        this.lexicon = grammar.lexicon;
        this.phrases = grammar.phrases;
        this.grammar = grammar;
        this.referenceSieves = order.reference().stream().map(this::sieve).toList();
        this.fillSieves = order.fill().stream().map(this::sieve).toList();
    }

    /** The sieve an id of {@link SieveOrder#IDS} names. */
    private SpeakerSieve sieve(String id) {
        return switch (id) {
            case "stance-subject" -> new SpeakerSieves.StanceSubject();
            case "previous-speaker" -> new SpeakerSieves.PreviousSpeaker();
            case "unresolvable" -> new SpeakerSieves.Unresolvable();
            case "pronoun" -> new SpeakerSieves.Pronoun(this);
            case "outlet-noun" -> new SpeakerSieves.OutletNoun(grammar);
            case "role-noun" -> new SpeakerSieves.RoleNoun(grammar);
            case "split-quote" -> new SpeakerSieves.SplitQuote();
            case "enclosing-statement" -> new SpeakerSieves.EnclosingStatement();
            case "reported-around" -> new SpeakerSieves.ReportedAround(this);
            case "opening-subject" -> new SpeakerSieves.OpeningSubject(this);
            case "pronoun-subject" -> new SpeakerSieves.PronounSubject(this);
            default -> throw new IllegalArgumentException("no speaker sieve is called '" + id + "'");
        };
    }

    /**
     * Gives pronouns, role nouns, "demnach" and continued quotes their speaker's name, in text order: a pronoun takes
     * the previous quote's speaker when that speaker is near and of fitting gender, else the nearest preceding person
     * of fitting gender who is neither named inside a quotation nor in the quote itself nor after a preposition (an
     * object: "traf sich mit Präsident X"); a role noun ("der Minister") takes the nearest preceding person introduced
     * with that role; a continued quote takes the previous quote's speaker and mention. What cannot be resolved keeps
     * no speaker.
     */
    List<Quote> resolved(ArticleContext article, List<Quote> quotes, Map<Integer, EntityMention> stances,
                         List<EntityMention> subjects, DeferredSpeakers deferred) {
        String text = article.text();
        List<Quote> out = new ArrayList<>(quotes.size());
        Quote previous = null;
        for (Quote q : quotes) {
            boolean near = previous != null && q.start() - previous.end() <= CONTINUATION_REACH
                    && !text.substring(Math.min(previous.end(), q.start()), q.start()).contains("\n\n");
            SpeakerSieve.Round round = new SpeakerSieve.Round(article, stances, subjects, q,
                    deferred.of(q), previous, near, out);
            Quote r = q;
            String sieve = null;
            for (SpeakerSieve s : referenceSieves) {
                SpeakerSieve.Decision d = s.decide(round, q);
                if (d != null) {
                    r = d.quote();
                    sieve = d.sieve();
                    break;
                }
            }
            for (SpeakerSieve s : fillSieves) {
                SpeakerSieve.Decision d = s.decide(round, r);
                if (d != null) {
                    r = d.quote();
                    sieve = d.sieve();
                }
            }
            r = r.withProvenance(q.provenance()).decidedBy(sieve != null ? sieve
                    : q.provenance() == null || q.provenance().sieve() == null ? "clause" : q.provenance().sieve());
            if (r.speaker() != null) {
                previous = r;
            }
            out.add(r);
        }
        return out;
    }

    /**
     * The subject opening the sentence of a quote that found no speaker, when it comes before the quote, is followed by
     * its finite verb and names a person or organisation or holds a role noun ("Die Experten kamen zu dem Ergebnis,
     * dass …"). {@code null} for passive sentences and anything else.
     */
    EntityMention openingSpeaker(ArticleContext article, Quote q) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        Sentence s = sentenceAt(article.sentences(), q.start());
        if (s == null || q.start() <= s.start()) {
            return null;
        }
        List<Token> t = article.tokens(s.start(), q.start());
        if (t.size() < 3 || t.stream().anyMatch(x -> PASSIVE.contains(x.text()))) {
            return null;
        }
        int k = FOCUS_WORDS.contains(t.get(0).text()) ? 1 : 0;
        SpeakerPhrases.Phrase p = phrases.at(t, k, entities);
        if (p == null || !followedByVerb(t, p)) {
            return null;
        }
        if (SpeakerPhrases.isPronoun(t.get(p.first()).text()) && p.last() - p.first() == 1) {
            Token w = t.get(p.first());
            return new EntityMention(w.text(), w.text(), EntityType.PERSON, w.start(), w.end()); // resolved by the caller
        }
        return grammar.isSpeakerLike(t, p, entities) || hasPersonNoun(t, p) ? phrases.mention(text, t, p, entities) : null;
    }

    /**
     * The speaking subject that opens the sentence of a pronoun at {@code pronoun} before it, or one of the
     * {@value #SUBJECT_REACH} sentences before, in its paragraph: the first such sentence whose opening phrase has its finite verb after it
     * decides. A sentence opened by a pronoun of fitting gender speaks of the same one and is passed over ("Er war
     * gerade … Er sagte aus"); a sentence opening with an adverbial is passed over. The subject must name someone who
     * can speak (an entity other than a place, a role or person noun, or two or more capitalised words of a name the
     * entity rules missed: "Saddam Hussein") and its determiner must fit the pronoun's gender; else {@code null}.
     */
    EntityMention subjectBefore(ArticleContext article, int pronoun, Gender wanted) {
        List<Sentence> sentences = article.sentences();
        Sentence own = sentenceAt(sentences, pronoun);
        int i = own == null ? -1 : sentences.indexOf(own);
        for (int j = i; j >= Math.max(0, i - SUBJECT_REACH); j--) {
            Sentence s = sentences.get(j);
            if (j < i && article.text().substring(s.end(), pronoun).contains("\n\n")) {
                return null;
            }
            // its own sentence up to the pronoun: "Die Vorsitzenden haben protestiert, da sie befürchten, …"
            List<Token> t = j == i ? article.tokens(s.start(), pronoun) : article.tokens(s);
            int k = !t.isEmpty() && FOCUS_WORDS.contains(t.get(0).text()) ? 1 : 0;
            if (t.size() <= k + 2) {
                continue;
            }
            if (SpeakerPhrases.isPronoun(t.get(k).text())) {
                if (Gender.ofPronoun(t.get(k).text()).fits(wanted)) {
                    continue;
                }
                return null;
            }
            SpeakerPhrases.Phrase p = phrases.at(t, k, article.entities());
            p = p == null ? null : nameRun(t, p);
            if (p == null || !followedByVerb(t, p)) {
                continue;
            }
            return speakingSubject(article, t, p, wanted);
        }
        return null;
    }

    /**
     * Phrase {@code p} stretched over the capitalised words after it when it is one capitalised word the entity rules
     * cut off from the rest of a name ("Elizabeth" of "Elizabeth Byrs forderte"); else {@code p}.
     */
    private static SpeakerPhrases.Phrase nameRun(List<Token> t, SpeakerPhrases.Phrase p) {
        int end = p.last();
        Token first = t.get(p.first());
        if (end - p.first() != 1 || !first.isCapitalised() || SpeakerPhrases.isDeterminer(first.text())) {
            return p;
        }
        while (end < t.size() && end - p.first() < 4 && t.get(end).isCapitalised()) {
            end++;
        }
        return new SpeakerPhrases.Phrase(p.first(), end, end);
    }

    /** The mention of subject phrase {@code p} when it can speak and fits {@code wanted} ({@link #subjectBefore}). */
    private EntityMention speakingSubject(ArticleContext article, List<Token> t, SpeakerPhrases.Phrase p,
                                          Gender wanted) {
        String first = t.get(p.first()).text();
        Gender g = SpeakerPhrases.isDeterminer(first) ? Gender.ofDeterminer(first) : Gender.UNKNOWN;
        if (!g.fits(wanted)) {
            return null;
        }
        boolean name = p.headEnd() - p.first() >= 2;
        for (int k = p.first(); k < p.headEnd() && name; k++) {
            name = t.get(k).isCapitalised() && !SpeakerPhrases.isDeterminer(t.get(k).text());
        }
        List<EntityMention> entities = article.entities();
        return grammar.isSpeakerLike(t, p, entities) || hasPersonNoun(t, p) || name
                ? phrases.mention(article.text(), t, p, entities) : null;
    }

    /**
     * Whether the sentence around quote {@code q} speaks in Konjunktiv I outside the quotation marks, names no
     * reporting verb of its own, and follows (or is) the sentence of the {@code previous} attributed quote.
     */
    boolean reportedAround(ArticleContext article, Quote q, Quote previous) {
        List<Sentence> sentences = article.sentences();
        Sentence s = sentenceAt(sentences, q.start());
        if (s == null || previous.end() > q.start()) {
            return false;
        }
        Sentence before = sentenceAt(sentences, Math.max(0, previous.end() - 1));
        int i = sentences.indexOf(s);
        if (before == null || before != s && (i == 0 || sentences.get(i - 1) != before)) {
            return false;
        }
        List<Token> t = article.tokens(s);
        boolean konjunktiv = false;
        for (int k = 0; k < t.size(); k++) {
            Token w = t.get(k);
            boolean inside = w.start() >= q.start() - 1 && w.end() <= q.end() + 1;
            if (inside) {
                continue;
            }
            if (grammar.isReportingVerb(w.text()) || "„\"»“".contains(w.text()) && w.start() < q.start() - 1) {
                return false; // its own report, or an earlier quote in the sentence: attributed on its own
            }
            konjunktiv |= KONJUNKTIV_I.contains(w.text()) || grammar.isKonjunktivI(t, k);
        }
        return konjunktiv;
    }

    String pronounReferent(String text, Quote q, Quote previous, List<EntityMention> entities,
                                   List<QuoteSpan> spans, List<EntityMention> subjects) {
        String pronoun = q.speaker();
        Gender wanted = Gender.ofPronoun(pronoun);
        if (pronoun.equalsIgnoreCase("sie") && pluralVerbAfter(text, q.speakerEnd())) {
            // "Sie bezeichneten die Übereinkunft als …": a group or organisation named shortly before
            for (int i = entities.size() - 1; i >= 0; i--) {
                EntityMention e = entities.get(i);
                if (e.end() > q.speakerStart()) {
                    continue;
                }
                if (q.speakerStart() - e.end() > 400 || text.substring(e.end(), q.speakerStart()).contains("\n\n")) {
                    break;
                }
                if (e.type() == EntityType.ORGANIZATION && !grammar.afterPreposition(text, e)
                        && spans.stream().noneMatch(sp -> sp.open() < e.start() && e.end() <= sp.close())) {
                    return e.name();
                }
            }
        }
        if (previous != null && previous.speaker() != null && !namedWithin(entities, previous.speaker(), q.start(), q.end())) {
            Gender g = speakerGender(text, previous, entities);
            if (g != Gender.UNKNOWN && g.fits(wanted) || g == Gender.UNKNOWN && isPersonName(previous.speaker(), entities)) {
                return previous.speaker();
            }
        }
        for (int i = entities.size() - 1; i >= 0; i--) {
            EntityMention e = entities.get(i);
            if (e.type() != EntityType.PERSON || e.end() > q.speakerStart() || q.speakerStart() - e.end() > 2000) {
                continue;
            }
            boolean insideQuotation = spans.stream().anyMatch(sp -> sp.open() < e.start() && e.end() <= sp.close());
            if (insideQuotation || namedWithin(entities, e.name(), q.start(), q.end()) || grammar.afterPreposition(text, e)) {
                continue;
            }
            if (grammar.personGender(text, e).fits(wanted)) {
                EntityMention nearer = roleSubjectBetween(text, subjects, e.end(), q.speakerStart(), wanted);
                return nearer != null ? nearer.name() : e.name();
            }
        }
        EntityMention subject = roleSubjectBetween(text, subjects, Math.max(0, q.speakerStart() - 600),
                q.speakerStart(), wanted);
        return subject == null ? null : subject.name();
    }

    /**
     * The last role subject ({@link #roleSubjects}) in [from, to) in the same paragraph as {@code to} whose
     * determiner fits the pronoun's gender ("Der Mann …. Er sagte": the man; "Ein Sprecher der Armee …. Er").
     */
    static EntityMention roleSubjectBetween(String text, List<EntityMention> subjects, int from, int to,
                                                    Gender wanted) {
        for (int i = subjects.size() - 1; i >= 0; i--) {
            EntityMention m = subjects.get(i);
            if (m.start() < from || m.end() > to || text.substring(m.end(), to).contains("\n\n")) {
                continue;
            }
            String first = m.text().split("\\s+")[0];
            Gender g = SpeakerPhrases.isDeterminer(first) ? Gender.ofDeterminer(first) : Gender.UNKNOWN;
            if (g != Gender.UNKNOWN && g.fits(wanted)) {
                return m;
            }
        }
        return null;
    }

    /**
     * The subjects opening sentences that name no one but hold a role or people noun with a determiner ("Der Mann
     * verschanzte sich …", "Ein Sprecher der US-Armee wollte …"): candidates for a later pronoun, as mentions whose
     * name is the phrase. Phrases with a named person are left to the entities; phrases inside quotation marks are
     * skipped.
     */
    List<EntityMention> roleSubjects(ArticleContext article) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        List<QuoteSpan> spans = article.quoteSpans();
        List<EntityMention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            List<Token> t = article.tokens(s.start(), Math.min(s.end(), s.start() + 300));
            int k = !t.isEmpty() && FOCUS_WORDS.contains(t.get(0).text()) ? 1 : 0;
            SpeakerPhrases.Phrase p = t.size() > k + 2 ? phrases.at(t, k, entities) : null;
            if (p == null || !followedByVerb(t, p) || !SpeakerPhrases.isDeterminer(t.get(p.first()).text())
                    || !(hasPersonNoun(t, p) || lexicon.isPersonCue(t.get(p.headEnd() - 1).text()))) {
                continue;
            }
            int start = t.get(p.first()).start();
            int end = t.get(p.last() - 1).end();
            boolean named = entities.stream().anyMatch(e -> e.start() >= start && e.end() <= end
                    && e.type() == EntityType.PERSON);
            boolean quoted = spans.stream().anyMatch(sp -> sp.open() < start && end <= sp.close());
            if (!named && !quoted) {
                out.add(phrases.mention(text, t, p, entities));
            }
        }
        return out;
    }

    Gender speakerGender(String text, Quote q, List<EntityMention> entities) {
        String mention = text.substring(q.speakerStart(), q.speakerEnd());
        if (SpeakerPhrases.isPronoun(mention)) {
            return Gender.ofPronoun(mention);
        }
        for (EntityMention e : entities) {
            if (e.type() == EntityType.PERSON && e.name().equals(q.speaker()) && e.start() >= q.speakerStart()
                    && e.end() <= q.speakerEnd()) {
                Gender byRole = Gender.ofRole(q.speakerRole());
                return byRole != Gender.UNKNOWN ? byRole : grammar.personGender(text, e);
            }
        }
        String first = mention.split("\\s+")[0];
        return SpeakerPhrases.isDeterminer(first) ? Gender.ofDeterminer(first) : Gender.UNKNOWN;
    }

}
