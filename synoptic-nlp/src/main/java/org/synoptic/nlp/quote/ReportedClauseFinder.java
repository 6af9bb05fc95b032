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
 * Finder {@code reported-clause}: "X sagte, dass …", "X sagte, Moskau sei …", the fronted clause "…, mahnte X",
 * "…, so X", and English "X said (that) …" / "…, X said". Stateless.
 */
final class ReportedClauseFinder {

    private final SpeakerPhrases phrases;
    private final EnglishSpeakers english;
    private final SpeakerGrammar grammar;
    private final SubjectFinder subjectFinder;
    /** The clause sieves, in the configured order, that decide the speaker from the subject read in a clause. */
    private final List<ClauseSieve> clauseSieves;

    /** A finder handing the subject it reads in a German reported clause to {@code clauseSieves}, in that order. */
    ReportedClauseFinder(SpeakerGrammar grammar, SubjectFinder subjectFinder, List<ClauseSieve> clauseSieves) {
        this.phrases = grammar.phrases;
        this.english = grammar.english;
        this.grammar = grammar;
        this.subjectFinder = subjectFinder;
        this.clauseSieves = List.copyOf(clauseSieves);
    }

    void reportedClause(ArticleContext article, Sentence s, List<Token> t, List<Quote> out) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        int n = t.size();
        for (int v = 0; v < n; v++) {
            String verb = t.get(v).text();
            boolean fronted = v > 0 && t.get(v - 1).text().equals(",");
            if (insideDirectQuote(out, t.get(v))) {
                continue; // a verb among the quoted words reports nothing
            }
            if (EnglishSpeakers.isVerb(verb) && v > 0 && englishReport(text, s, t, v, entities, out)) {
                return;
            }
            if (!fronted && isEnglishClauseFirst(verb) && englishClauseFirst(article, s, t, v, out)) {
                return;
            }
            SpeakerPhrases.Phrase opening = fronted ? phrases.at(t, 0, entities) : null;
            if (opening != null && !verb.equals("so")
                    && (opening.last() >= v - 1 || t.get(opening.last()).text().equals(","))) {
                // "Ein Sprecher der Polizei, Lars Brenner, sagte …", "X, der Justizminister, sagte …", "Die
                // Organisation, die … ausübt, erklärte …": the subject with its apposition, not a statement
                fronted = false;
            }
            if (fronted && v >= 2 && ClauseShapes.openingWieClause(t, v - 1)
                    && (ReportingVerbs.form(t.get(v - 2).text()) != null || INDIRECT_VERBS.contains(t.get(v - 2).text()))) {
                // "Wie das Kreisblatt berichtet, fordert eine Initiative …": the wie-clause is the source cue of the
                // main clause (read by the source-cue finder), not what "fordert" reports
                continue;
            }
            if (fronted && (INDIRECT_VERBS.contains(verb) || verb.equals("so")) && v >= 4) {
                // "S, berichtete X." / "S, so die Beamten.": the reported clause comes first.
                int end = t.get(v - 1).start();
                int start = s.start();
                if (grammar.coveredByDirectQuote(article, out, start, end)) {
                    continue;
                }

                Attribution a = ClauseSieve.decideAll(clauseSieves, new ClauseSieve.Reading(text, t, v, entities,
                        subjectFinder.afterVerb(text, entities, t, v, start)));
                String via = grammar.via(entities, t.get(v).start(), s.end(), -1);
                a = a == null ? new Attribution(null, null, via, true) : a;
                addIndirect(text, start, end, a, out);
                return;
            }
            if (EnglishSpeakers.isVerb(verb)) {
                continue; // English reports are read by englishReport and the clause-first rules above
            }
            if (verbFirst(article, s, t, v, out)) {
                return;
            }
        }
    }

    /**
     * German verb-first reports at {@code t[v]}: "X sagte, Moskau sei …", "X sagte, dass …", a stance noun ("X ist
     * der Ansicht, dass …"), "In der Erklärung heißt es, …". Returns whether a quote was added.
     */
    private boolean verbFirst(ArticleContext article, Sentence s, List<Token> t, int v, List<Quote> out) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        String verb = t.get(v).text();
        ReportingVerbs.Form form = ReportingVerbs.form(verb);
        int sv = v; // the verb whose subject speaks
        if (form == null && stanceVerb(t, v) >= 0) {
            sv = stanceVerb(t, v); // "Die Experten kamen zu dem Ergebnis, dass …", "X ist der Ansicht, dass …"
            form = STANCE;
        }
        boolean heisst = verb.equals("hieß") || verb.equals("heißt");
        if (form == null && !heisst || v == 0 && !heisst || CITE_VERBS.contains(verb)) {
            return false;
        }
        if (openingWieClause(t, v)) {
            return false; // "Wie die Behörde mitteilte, ist es …": a source cue, read by attributedStatement
        }
        if (Set.of("bat", "baten", "gebeten").contains(verb) && indexOf(t, "um", Math.max(0, v - 10), v) >= 0) {
            return false; // "Kim habe Schoigu um einen Besuch gebeten, dieser habe …": the request is told whole
        }
        int[] span = reportedSpan(article, t, v, verb, form, out);
        if (span == null) {
            return false;
        }
        Attribution a = clauseSpeaker(text, s, t, entities, v, sv, form, heisst, span[0]);
        addIndirect(text, span[0], span[1], a, out);
        return true;
    }

    /**
     * English clause-first reports: "S, the New York Times reported", "S, officials said", the statement before the
     * comma up to six words before the verb at {@code t[v]}, not a direct quote already taken. Returns whether a
     * quote was added.
     */
    private boolean englishClauseFirst(ArticleContext article, Sentence s, List<Token> t, int v, List<Quote> out) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        for (int k = v - 1; k >= Math.max(4, v - 6); k--) {
            if (t.get(k).text().equals(",")) {
                if (inDirectQuote(out, s.start(), t.get(k).start())
                        || QuotationMarks.find(text.substring(s.start(), t.get(k).end())).size() > 0
                        || "\"“”„".indexOf(text.charAt(t.get(k).end() < text.length() ? t.get(k).end() : 0)) >= 0) {
                    break; // a direct quote, already taken
                }
                EntityMention subject = subjectFinder.beforeVerb(text, entities, t, v);
                addIndirect(text, afterDateline(t, s.start(), k), t.get(k).start(),
                        new Attribution(subject, subject == null ? null : grammar.roleBefore(text, subject),
                                grammar.via(entities, t.get(k).start(), s.end(), subject == null ? -1 : subject.start()),
                                true), out);
                return true;
            }
        }
        return false;
    }

    /**
     * The reported clause after the reporting verb at {@code t[v]}: past the verb's particle and the comma (or "dass",
     * "that"), a clause in Konjunktiv, a "dass" clause, an English clause or a zu-infinitive after a verb that is not
     * of belief; {@code {start, end}} offsets, or {@code null} when the verb reports no clause here or a direct quote
     * already covers it.
     */
    private int[] reportedSpan(ArticleContext article, List<Token> t, int v, String verb, ReportingVerbs.Form form,
                               List<Quote> out) {
        int n = t.size();
        int comma = clauseBoundary(t, v, form);
        if (comma < 0) {
            return null;
        }
        int c = comma + 1;
        if (c >= n) {
            return null;
        }
        boolean dass = Set.of("dass", "that", "wonach", "ob").contains(t.get(c).text());
        int contentFrom = dass ? c + 1 : c;
        if (contentFrom >= n || comma == v + 1 && ReportingVerbs.form(t.get(contentFrom).text()) != null) {
            return null; // "Marrek, die den Landrat kritisierte, sagte, …": the comma closes a relative clause
        }
        if (!reportsClause(t, contentFrom, dass, verb, form)) {
            return null;
        }
        int contentEnd = n;
        while (contentEnd > contentFrom && !t.get(contentEnd - 1).isWord()
                && "“\"”«".indexOf(t.get(contentEnd - 1).text().charAt(0)) < 0) {
            contentEnd--;
        }
        if (contentEnd <= contentFrom) {
            return null;
        }
        int start = t.get(contentFrom).start();
        int end = t.get(contentEnd - 1).end();
        if (grammar.coveredByDirectQuote(article, out, start, end)) {
            return null;
        }
        return new int[] {start, end};
    }

    /**
     * The token that opens the reported clause after the verb at {@code t[v]}: the comma or colon after the verb and
     * its particle (past an apposition), the token before "dass"/"that", or the verb itself before an English clause;
     * -1 when there is none or the verb's particle is missing ("gab … bekannt").
     */
    private int clauseBoundary(List<Token> t, int v, ReportingVerbs.Form form) {
        int n = t.size();
        boolean particleSeen = form == null || form.particle().isEmpty();
        int comma = -1;
        for (int k = v + 1; k < Math.min(n, v + 14); k++) {
            String w = t.get(k).text();
            if (w.equals(",") || w.equals(":")) {
                comma = k;
                break;
            }
            if (w.equals(".") || w.equals("„") || w.equals("\"") || w.equals("“")) {
                break;
            }
            if (form != null && form.isParticle(w)) {
                particleSeen = true;
            }
            if ((w.equals("that") || w.equals("dass")) && (k == v + 1 || particleSeen && k > v + 1
                    && form != null && form.isParticle(t.get(k - 1).text()))) {
                comma = k - 1;
                break;
            }
        }
        if (!particleSeen) {
            return -1;
        }
        if (comma > 0 && t.get(comma).text().equals(",")) {
            comma = grammar.pastApposition(t, comma);
        }
        if (comma < 0) {
            if (isEnglishClauseStart(t, v + 1)) {
                comma = v;
            } else {
                return -1;
            }
        }
        return comma;
    }

    /**
     * Whether the words from {@code t[contentFrom]} are reported speech: a "dass" clause, a clause with a Konjunktiv
     * verb, an English clause after a past reporting verb, or a zu-infinitive after a verb that is not of belief.
     */
    private boolean reportsClause(List<Token> t, int contentFrom, boolean dass, String verb, ReportingVerbs.Form form) {
        int n = t.size();
        boolean konjunktiv = false;
        for (int k = contentFrom; k < n; k++) {
            if (KONJUNKTIV.contains(t.get(k).text())
                    || grammar.isKonjunktivI(t, k)) {
                konjunktiv = true;
            }
        }
        boolean english = verb.matches("[a-z]+ed|said|says|told|wrote") && !t.get(contentFrom).text().endsWith("ing");
        boolean infinitive = false;
        for (int k = contentFrom; k + 1 < n && !dass && !english; k++) {
            infinitive |= t.get(k).text().equals("zu") && t.get(k + 1).isLowerCase()
                    && t.get(k + 1).text().matches("\\p{L}{2,}(en|eln|ern)")
                    && (k + 2 >= n || !t.get(k + 2).isWord())
                    || grammar.isZuInfinitive(t.get(k).text()) && !t.get(k + 1).isWord();
        }
        return dass || konjunktiv || english || infinitive && form != null && !form.belief();
    }

    /**
     * Who speaks the reported clause at {@code [start, …)} of the verb at {@code t[v]} ({@code t[sv]} the verb whose
     * subject speaks, {@code sv != v} for a stance: "kamen zu dem Ergebnis"): the subject before or after the verb,
     * "aus dem Kreml" for "hieß es", no one for a passive or a speaker inside the clause; then the clause sieves
     * ({@link ClauseSieve}: the relay of "unter Berufung auf", the antecedent of a relative pronoun) decide.
     */
    /**
     * Whether a personal pronoun right after the finite verb at {@code t[v]} is its subject, so that the prefield
     * holds none: "Der Politik schlug er vor, …" ("er" is always nominative), "An die Regierung Myanmars appellierte
     * sie, …" ("sie" only after a fronted prepositional phrase: "Der Minister warnte sie, …" has "sie" as object).
     * Found on the training split, where the name inside the fronted object was taken as the speaker.
     */
    private static boolean invertedPronoun(List<Token> t, int v) {
        if (v < 1 || v + 1 >= t.size() || t.get(v - 1).text().equals(",")) {
            return false;
        }
        String next = t.get(v + 1).text();
        return next.equals("er") || next.equals("sie") && PREPOSITIONS.contains(t.get(0).text().toLowerCase(Locale.ROOT));
    }

    private Attribution clauseSpeaker(String text, Sentence s, List<Token> t, List<EntityMention> entities, int v,
                                      int sv, ReportingVerbs.Form form, boolean heisst, int start) {
        String via = grammar.via(entities, s.start(), s.end(), -1);
        EntityMention prefield = heisst || invertedPronoun(t, sv) ? null
                : subjectFinder.beforeVerb(text, entities, t, sv);
        Attribution a = prefield != null ? new Attribution(prefield, grammar.roleBefore(text, prefield), via, true)
                : subjectFinder.afterVerb(text, entities, t, sv, start);
        if ((a == null || a.speaker() == null) && heisst) {
            EntityMention from = entityAfterAus(entities, t, v);
            if (from != null) {
                a = new Attribution(from, null, via, true); // "Aus dem Kreml hieß es, …"
            }
        }
        if (a == null && heisst) {
            a = new Attribution(null, null, via, true);
        } else if (isPassive(t, sv) && prefield == null && (a == null || a.speaker() == null
                || a.speaker().start() > t.get(sv).start())) {
            // "Kony wird vorgeworfen, …": the one named is charged, not speaking; the agent was sought above
            a = new Attribution(null, null, a == null ? via : a.via(), true);
        } else if (a == null || a.speaker() == null && !heisst) {
            EntityMention subject = subjectFinder.beforeVerb(text, entities, t, sv);
            if (subject == null) {
                subject = subjectFinder.appositionSubject(entities, t, sv);
            }
            if (subject == null) {
                subject = subjectFinder.subjectBeforeInsertion(text, entities, t, sv);
            }
            if (subject == null) {
                subject = subjectFinder.subjectAfterAuxiliary(text, entities, t, sv);
            }
            a = subject == null ? new Attribution(null, null, a == null ? via : a.via(), true)
                    : new Attribution(subject, grammar.roleBefore(text, subject), grammar.via(entities, s.start(), s.end(), subject.start()), true);
        } else if (a.via() == null) {
            a = new Attribution(a.speaker(), a.role(), via, true);
        }
        if (a.speaker() != null && (a.speaker().start() >= start
                || form == STANCE && a.speaker().end() > t.get(sv).end())) {
            // the "speaker" is inside the reported clause, or is the stance noun itself ("ist der Ansicht")
            a = new Attribution(null, null, a.via(), true);
        }
        // "unter Berufung auf", "X, die … hervorhob, …": decided by the clause sieves (relay, relative-pronoun)
        return ClauseSieve.decideAll(clauseSieves, new ClauseSieve.Reading(text, t, sv, entities, a));
    }

    /**
     * English reported speech after the verb at {@code t[v]}: "X said (on Tuesday) (that) S", "X told reporters
     * (that) S", "AGENCY cited X as saying (that) S", with "…, AGENCY reported" closing the sentence as the channel.
     * Without "that" the clause must open like a clause and hold a finite verb ("would", "had"), so that "said X, 67,
     * who …" and "said on Tuesday, April 8" are no reports. Returns whether a quote was added.
     */
    boolean englishReport(String text, Sentence s, List<Token> t, int v, List<EntityMention> entities,
                                  List<Quote> out) {
        EnglishOpening opening = englishOpening(text, t, v, entities);
        if (opening == null) {
            return false;
        }
        int c = opening.clause();
        EnglishChannel channel = closingChannel(text, t, c, entities);
        int contentEnd = channel.contentEnd();
        while (contentEnd > c && !t.get(contentEnd - 1).isWord()) {
            contentEnd--;
        }
        if (contentEnd <= c) {
            return false;
        }
        for (int k = c; k < contentEnd; k++) {
            if ("“”\"„«»".contains(t.get(k).text())) {
                return false; // a direct quote follows: taken by the direct rules
            }
        }
        int start = t.get(c).start();
        int end = t.get(contentEnd - 1).end();
        if (inDirectQuote(out, start, end)) {
            return false;
        }
        String via = opening.via() == null ? channel.via() : opening.via();
        Attribution a = englishSpeaker(text, s, t, v, entities, opening, via);
        if (a == null) {
            return false;
        }
        addIndirect(text, start, end, a, out);
        return true;
    }

    /**
     * Where the reported clause after an English reporting verb starts, and what the verb itself names: the relayed
     * speaker ("cited X as saying") and the channel ("AGENCY cited …", "told REPORTERS"). {@code null} when no
     * reported clause follows.
     *
     * @param clause the token opening the reported clause (after "that")
     * @param via    the channel named by the verb, or {@code null}
     * @param relayed the speaker of "cited X as saying", or {@code null}; {@code relay} says whether the verb relays
     */
    private record EnglishOpening(int clause, String via, EnglishSpeakers.Speaker relayed, boolean relay) {
    }

    private EnglishOpening englishOpening(String text, List<Token> t, int v, List<EntityMention> entities) {
        int n = t.size();
        String verb = t.get(v).text();
        int c = v + 1;
        String via = null;
        EnglishSpeakers.Speaker sp = null;
        boolean relay = EnglishSpeakers.RELAY_VERBS.contains(verb);
        if (relay) {
            int as = indexOf(t, "as", v + 1, v + 10);
            if (as < 0 || as + 1 >= n || !t.get(as + 1).text().equals("saying") || v == 0) {
                return null;
            }
            sp = english.phrase(text, t, v + 1, as, entities, null);
            EnglishSpeakers.Speaker relayer = subjectFinder.englishSubject(text, entities, t, 0, v);
            via = relayer == null ? subjectFinder.sourceName(text, entities, t, 0, v) : relayer.mention().name();
            c = as + 2;
        } else {
            if (verb.equals("told") || verb.equals("tells")) {
                via = subjectFinder.addressee(text, entities, t, c);
                c = skipAddressee(entities, t, c);
                if (c < 0) {
                    return null;
                }
            }
            c = skipTimeAdverbial(t, c);
        }
        if (c < n && t.get(c).text().equals("that")) {
            c++;
        } else if (!isEnglishClause(t, c)) {
            return null;
        }
        return new EnglishOpening(c, via, sp, relay);
    }

    /** Where the reported content ends, and the channel a closing "…, AGENCY reported." names (else {@code null}). */
    private record EnglishChannel(int contentEnd, String via) {
    }

    private EnglishChannel closingChannel(String text, List<Token> t, int c, List<EntityMention> entities) {
        int n = t.size();
        int last = n;
        while (last > c && !t.get(last - 1).isWord()) {
            last--;
        }
        if (last - 1 > c && Set.of("reported", "said", "reports", "says").contains(t.get(last - 1).text())) {
            for (int k = last - 2; k > Math.max(c, last - 7); k--) {
                if (t.get(k).text().equals(",")) {
                    String channel = subjectFinder.sourceName(text, entities, t, k + 1, last - 1);
                    return channel == null ? new EnglishChannel(n, null) : new EnglishChannel(k, channel);
                }
            }
        }
        return new EnglishChannel(n, null);
    }

    /**
     * The speaker of an English reported clause: the relayed one, else the subject before the verb (a phrase, else
     * the mention before it with its role); {@code null} for "S, he said", which the clause-first rules read.
     */
    private Attribution englishSpeaker(String text, Sentence s, List<Token> t, int v, List<EntityMention> entities,
                                       EnglishOpening opening, String via) {
        EnglishSpeakers.Speaker sp = opening.relayed();
        EntityMention subject = null;
        String role = null;
        if (!opening.relay()) {
            sp = subjectFinder.englishSubject(text, entities, t, 0, v);
            if (sp == null && t.get(v - 1).text().equals(",")) {
                return null;
            }
            if (sp == null) {
                subject = subjectFinder.beforeVerb(text, entities, t, v);
                role = subject == null ? null : grammar.roleBefore(text, subject);
            }
        }
        if (sp != null) {
            subject = sp.mention();
            role = sp.role();
        }
        if (via == null) {
            via = grammar.via(entities, s.start(), s.end(), subject == null ? -1 : subject.start());
        }
        return new Attribution(subject, role, via, true);
    }

}
