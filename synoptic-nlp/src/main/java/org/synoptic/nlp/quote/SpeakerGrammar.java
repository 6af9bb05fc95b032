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
 * The shared, lexicon-backed reading of a speaker phrase: Konjunktiv I, whether a phrase can speak, the role
 * before a name, the relaying outlet ({@code via}), role nouns and outlet nouns standing for a named speaker, the
 * source a report noun names, the subject of a stance sentence. Holds the name lists and the phrase readers that all
 * finders and sieves share; stateless and thread-safe.
 */
final class SpeakerGrammar {

    final Gazetteer gazetteer;
    final Lexicon lexicon;
    final WordTokenizer tokenizer;
    final SpeakerPhrases phrases;
    final EnglishSpeakers english;

    SpeakerGrammar(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.lexicon = lexicon;
        this.tokenizer = WordTokenizer.instance();
        this.phrases = new SpeakerPhrases(lexicon);
        this.english = new EnglishSpeakers(lexicon);
    }

    /**
     * Whether a lower-case word is the Konjunktiv I of a full verb, third person singular ("erwäge", "werfe",
     * "komme"): it ends in "e", and the word list has the verb's present form in "-t" or "-et" ("erwägt"; for "werfe"
     * "werft"). Forms in "-te" are taken for the simple past ("sagte", "hatte"), stop words ("eine", "meine") and
     * adjectives without a verb form ("neue", "große") are no verbs. An adjective that has one ("die lange Reise")
     * is told apart by the word before it ({@link #isKonjunktivI(List, int)}).
     */
    boolean isKonjunktivI(String w) {
        if (w.length() < 4 || !w.endsWith("e") || !Character.isLowerCase(w.charAt(0)) || lexicon.isStopWord(w)) {
            return false;
        }
        if (w.endsWith("te") || w.equals("wurde") || NOT_SUBJUNCTIVE.contains(w) || SpeakerPhrases.isDeterminer(w)
                || DETERMINERS.contains(w)) {
            return false; // "sagte", "berichtete", "hatte": simple past (and "arbeite" is lost with them)
        }
        String stem = w.substring(0, w.length() - 1);
        return lexicon.isKnownWord(stem + "t") || lexicon.isKnownWord(stem + "et");
    }

    /**
     * Whether {@code t[k]} is a Konjunktiv I verb in its clause: {@link #isKonjunktivI(String)}, and not after an
     * article, a preposition or "ich" (where the word is an adjective or the first person).
     */
    boolean isKonjunktivI(List<Token> t, int k) {
        if (!isKonjunktivI(t.get(k).text())) {
            return false;
        }
        String before = k == 0 ? "" : t.get(k - 1).text().toLowerCase(Locale.ROOT);
        String after = k + 1 < t.size() ? t.get(k + 1).text() : "";
        if (after.equals("ich") || after.equals("wir")) {
            return false; // "fühle ich mich": the first person
        }
        return !DETERMINERS.contains(before) && !SpeakerPhrases.isDeterminer(before) && !PREPOSITIONS.contains(before)
                && !before.equals("ich") && !before.equals("zu") && !before.matches("(ein|kein|mein|dein|unser)e[rmns]?");
    }

    /**
     * Whether a sentence speaks in the subjunctive ("Die Betreiber hätten ein Interesse"): then it is itself reported
     * and its subject is what is reported on, not who reports.
     */
    boolean isSubjunctive(ArticleContext article, Sentence s) {
        List<Token> t = article.tokens(s);
        for (int k = 0; k < t.size(); k++) {
            if (KONJUNKTIV.contains(t.get(k).text()) || isKonjunktivI(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of the sentence before a Konjunktiv continuation: a phrase opening it, followed by its finite verb,
     * that names a person or organisation or holds a role noun ("Das Institut sieht keine Gefahr.", "Der Bürgermeister
     * bedauerte die Entscheidung."). The Konjunktiv after it is what makes the subject a speaker: measured on the
     * training split, requiring a verb of saying or of holding a view here lost more right speakers than it saved.
     * {@code null} for a pronoun, a fronted object or a thing.
     */
    EntityMention stanceSubject(ArticleContext article, Sentence s) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        List<Token> t = article.tokens(s);
        if (t.size() < 3) {
            return null;
        }
        SpeakerPhrases.Phrase p = phrases.at(t, 0, entities);
        if (p == null && t.get(0).isCapitalised() && t.get(1).isLowerCase() && !PREPOSITIONS.contains(t.get(1).text())) {
            // "Langfristig strebt das neue Unternehmen … an": an adverb first, the subject after the verb
            SpeakerPhrases.Phrase after = phrases.at(t, 2, entities);
            EntityMention m = after == null || SpeakerPhrases.isPronoun(t.get(2).text())
                    || !(isSpeakerLike(t, after, entities) || isDocument(t, after))
                    ? null : phrases.mention(text, t, after, entities);
            if (m != null || !PREPOSITIONS.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        if (p == null && PREPOSITIONS.contains(t.get(0).text().toLowerCase(Locale.ROOT))) {
            // "Trotz gesunkener Zahlen gibt ROG keine Entwarnung": a fronted phrase, the finite verb, the subject
            for (int k = 2; k + 1 < Math.min(t.size(), 14); k++) {
                Token w = t.get(k);
                if (w.text().equals(",")) {
                    return null;
                }
                boolean verbLike = AUXILIARIES.contains(w.text()) || PASSIVE.contains(w.text())
                        || w.isLowerCase() && !PREPOSITIONS.contains(w.text()) && !DETERMINERS.contains(w.text())
                        && !SpeakerPhrases.isDeterminer(w.text()) && !w.text().matches("\\p{L}+(e|en|er|es|em)")
                        && !lexicon.isStopWord(w.text());
                if (verbLike && t.get(k - 1).isCapitalised()) {
                    int j = skipAdverbials(t, k + 1, entities);
                    SpeakerPhrases.Phrase after = j < t.size() ? phrases.at(t, j, entities) : null;
                    return after == null || SpeakerPhrases.isPronoun(t.get(j).text())
                            || !(isSpeakerLike(t, after, entities) || isDocument(t, after))
                            ? null : phrases.mention(text, t, after, entities);
                }
            }
            return null;
        }
        if (p == null || p.last() >= t.size() || SpeakerPhrases.isPronoun(t.get(p.first()).text())
                || Set.of("den", "dem", "einen", "einem", "ihren", "seinen", "ihrem", "seinem")
                .contains(t.get(p.first()).text().toLowerCase(Locale.ROOT))) {
            return null; // a pronoun, or an object fronted ("Ihren Widersacher fragte sie …")
        }
        if (!isSpeakerLike(t, p, entities) && !isDocument(t, p)) {
            return null; // "Die Entscheidung wurde kritisiert": a thing holds no view
        }
        int verb = p.last();
        while (verb < t.size() && SpeakerPhrases.isClauseAdverb(t.get(verb).text())) {
            verb++;
        }
        if (verb >= t.size() || !t.get(verb).isLowerCase() || PREPOSITIONS.contains(t.get(verb).text())
                || DETERMINERS.contains(t.get(verb).text())) {
            return null;
        }
        return phrases.mention(text, t, p, entities);
    }

    EntityMention roleReferent(String text, String role, int offset, List<EntityMention> entities) {
        String wanted = role.toLowerCase(Locale.ROOT);
        for (int i = entities.size() - 1; i >= 0; i--) {
            EntityMention e = entities.get(i);
            if (e.type() != EntityType.PERSON || e.end() > offset) {
                continue;
            }
            String r = roleBefore(text, e);
            if (r != null && r.toLowerCase(Locale.ROOT).endsWith(wanted)) {
                return e;
            }
        }
        return null;
    }

    Gender personGender(String text, EntityMention e) {
        Gender byRole = Gender.ofRole(roleBefore(text, e));
        return byRole != Gender.UNKNOWN ? byRole : Gender.ofName(e.name());
    }

    /** Whether a preposition other than "von" stands before the mention, over at most three role words or modifiers. */
    boolean afterPreposition(String text, EntityMention e) {
        List<Token> before = tokenizer.tokenize(text, Math.max(0, e.start() - 60), e.start());
        for (int k = before.size() - 1; k >= Math.max(0, before.size() - 4); k--) {
            String w = before.get(k).text();
            if ((PREPOSITIONS.contains(w.toLowerCase(Locale.ROOT)) || w.equals("gegenüber"))
                    && !w.equals("von")) { // "von X geleitet", "die Kritik von X": an agent or owner may speak later
                return true;
            }
            if (!before.get(k).isWord() || !(lexicon.isPersonCue(w) || DETERMINERS.contains(w) || before.get(k).isLowerCase())) {
                return false;
            }
        }
        return false;
    }

    boolean isReportingVerb(String word) {
        ReportingVerbs.Form f = ReportingVerbs.form(word);
        return REPORTING_VERBS.contains(word) || f != null && !f.belief();
    }

    /**
     * "sagte der Koordinator, Deftalgne Tessema, gegenüber der BBC, dass …": when the comma at {@code t[comma]} opens
     * an apposition or an adverbial and a "dass" clause follows, the comma before "dass"; else {@code comma}. The
     * stretch between must hold no verb in Konjunktiv and no auxiliary.
     */
    int pastApposition(List<Token> t, int comma) {
        int n = t.size();
        if (comma + 1 >= n || !(t.get(comma + 1).isCapitalised() || t.get(comma + 1).text().equals("gegenüber"))) {
            return comma;
        }
        for (int j = comma + 1; j + 1 < n && j < comma + 20; j++) {
            String w = t.get(j).text();
            if (KONJUNKTIV.contains(w) || AUXILIARIES.contains(w) || isKonjunktivI(t, j) || ".:;„“\"".contains(w)) {
                return comma;
            }
            if (w.equals(",") && Set.of("dass", "ob", "wonach").contains(t.get(j + 1).text())) {
                return j;
            }
        }
        return comma;
    }

    boolean isSpeakerLike(List<Token> t, SpeakerPhrases.Phrase p, List<EntityMention> entities) {
        int headStart = t.get(p.first()).start();
        int headEnd = t.get(p.headEnd() - 1).end();
        if (entities.stream().anyMatch(e -> e.start() >= headStart && e.end() <= headEnd
                && e.type() != EntityType.LOCATION)) {
            return true;
        }
        for (int k = p.first(); k < p.headEnd(); k++) {
            String w = t.get(k).text();
            if (t.get(k).isCapitalised() && (lexicon.isPersonCue(w) || INSTITUTION_HEADS.stream().anyMatch(w.toLowerCase(Locale.ROOT)::endsWith))) {
                return true;
            }
        }
        return false;
    }

    /** The last entity before {@code offset} that the gazetteer knows as an agency or outlet, or {@code null}. */
    EntityMention lastOutletBefore(List<EntityMention> entities, int offset) {
        EntityMention best = null;
        for (EntityMention e : entities) {
            GazetteerEntry g = gazetteer.lookup(e.text());
            if (e.end() <= offset && g != null
                    && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET)) {
                best = e;
            }
        }
        return best;
    }

    /** "die Zeitung", "der Sender": the last agency or outlet named before. */
    EntityMention outletNoun(List<EntityMention> entities, List<Token> tokens, int k) {
        if (k == 0 || !DETERMINERS.contains(tokens.get(k - 1).text())
                || !OUTLET_NOUNS.contains(tokens.get(k).text()) && !Set.of("newspaper", "agency").contains(tokens.get(k).text())) {
            return null;
        }
        if (k + 1 < tokens.size() && entityAt(entities, tokens.get(k + 1).start()) != null) {
            return null; // "die Zeitung „Chosun Ilbo“": the name follows
        }
        return lastOutletBefore(entities, tokens.get(k).start());
    }

    /** Skips adverbs and prepositional phrases after a verb: "sagte am Montag in Berlin der Minister". */
    int skipAdverbials(List<Token> tokens, int k, List<EntityMention> entities) {
        int n = tokens.size();
        for (int steps = 0; k < n && steps < 4; steps++) {
            String w = tokens.get(k).text();
            if (ADVERBS.contains(w) || w.equals("sich") || ReportingVerbs.PARTICLES.contains(w) && !w.equals("an")) {
                k++;
                continue;
            }
            if ((PREPOSITIONS.contains(w) || w.equals("gegenüber")) && !w.equals("von") && k + 1 < n) {
                SpeakerPhrases.Phrase p = phrases.at(tokens, k + 1, entities);
                if (p == null) {
                    return k;
                }
                k = p.headEnd();
                continue;
            }
            break;
        }
        return k;
    }

    /** The role word of a speaker phrase ("Verteidigungsminister"), or {@code null}. */
    String roleOf(String text, List<Token> tokens, SpeakerPhrases.Phrase p, EntityMention m) {
        for (int k = p.first(); k < p.headEnd(); k++) {
            Token t = tokens.get(k);
            if (t.isCapitalised() && lexicon.isPersonCue(t.text()) && !lexicon.isFirstName(t.text())) {
                return t.text();
            }
        }
        return SpeakerPhrases.isPronoun(m.text()) ? null : roleBefore(text, m);
    }

    /** "der Minister", "die Sprecherin": a role noun after an article resolves to the preceding person. */
    EntityMention roleNoun(String text, List<EntityMention> entities, List<Token> tokens, int k) {
        Token t = tokens.get(k);
        if (k > 0 && DETERMINERS.contains(tokens.get(k - 1).text()) && lexicon.isPersonCue(t.text())
                && Character.isUpperCase(t.text().charAt(0)) && !lexicon.isFirstName(t.text())) {
            boolean nameFollows = k + 1 < tokens.size() && entityAt(entities, tokens.get(k + 1).start()) != null;
            if (!nameFollows) {
                return precedingPerson(entities, t.start());
            }
        }
        return null;
    }

    String roleBefore(String text, EntityMention e) {
        if (lexicon.isPersonCue(e.text()) && Character.isUpperCase(e.text().charAt(0))) {
            return e.text(); // the stand-in is the role itself: "der Minister"
        }
        int p = e.start();
        while (p > 0 && Character.isWhitespace(text.charAt(p - 1))) {
            p--;
        }
        int q = p;
        while (q > 0 && !Character.isWhitespace(text.charAt(q - 1))) {
            q--;
        }
        String word = text.substring(q, p);
        if (!word.isEmpty() && lexicon.isPersonCue(word) && Character.isUpperCase(word.charAt(0))) {
            return word;
        }
        if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
            // English: "county council leader Jane Roe"
            String role = english.roleBefore(tokenizer.tokenize(text, Math.max(0, e.start() - 80), e.start()));
            if (role != null) {
                return role;
            }
        }
        // "Adrienne Watson, Sprecherin des …"
        int r = e.end();
        if (r + 2 < text.length() && text.charAt(r) == ',') {
            List<Token> after = tokenizer.tokenize(text, r + 1, Math.min(text.length(), r + 40));
            if (!after.isEmpty() && lexicon.isPersonCue(after.get(0).text()) && after.get(0).isCapitalised()) {
                return after.get(0).text();
            }
        }
        return null;
    }

    /** A news agency or outlet named in [from, to), other than at {@code except}: the channel of the quote. */
    String via(List<EntityMention> entities, int from, int to, int except) {
        for (EntityMention e : entities) {
            if (e.start() >= from && e.end() <= to && e.start() != except) {
                GazetteerEntry g = gazetteer.lookup(e.text());
                if (g != null && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET)) {
                    return g.canonical();
                }
            }
        }
        return null;
    }

    /**
     * Whether a word is the infinitive with "zu" of a separable verb, written as one word ("zurückzutreten",
     * "anzubieten"): the word list has it without the "zu" ("zurücktreten").
     */
    boolean isZuInfinitive(String w) {
        int zu = w.indexOf("zu", 2);
        return zu > 0 && (w.endsWith("en") || w.endsWith("eln") || w.endsWith("ern")) && Character.isLowerCase(w.charAt(0))
                && w.length() > zu + 4
                && lexicon.isKnownWord(w.substring(0, zu) + w.substring(zu + 2));
    }

    /**
     * "Angaben der Polizei", "einem Bericht der NYT": the source is the attachment, not the report. A report noun
     * without an attachment ("eigenen Angaben") names no one: its mention stays, its name is left unknown.
     */
    SpeakerReference sourceOf(String text, List<Token> t, SpeakerPhrases.Phrase p, EntityMention m,
                                   List<EntityMention> entities) {
        String head = headNoun(t, p.first());
        if (!isSourceNoun(head)) {
            return new SpeakerReference.Named(m);
        }
        if (p.headEnd() >= p.last()) {
            String source = compoundSource(head);
            return source == null ? new SpeakerReference.Unknown(m)
                    : new SpeakerReference.Named(new EntityMention(m.text(), source, EntityType.ORGANIZATION, m.start(),
                    m.end()));
        }
        int k = p.headEnd();
        if (SpeakerPhrases.isDeterminer(t.get(k).text()) || t.get(k).text().equals("von")) {
            k++;
        }
        if (k < p.last() && SpeakerPhrases.isDeterminer(t.get(k).text())) {
            k++;
        }
        int from = t.get(Math.min(k, p.last() - 1)).start();
        for (EntityMention e : entities) {
            if (e.start() >= from && e.end() <= m.end() && e.type() != EntityType.LOCATION) {
                return new SpeakerReference.Named(new EntityMention(m.text(), e.name(), e.type(), m.start(), m.end()));
            }
        }
        return new SpeakerReference.Named(new EntityMention(m.text(), text.substring(from, m.end()),
                EntityType.ORGANIZATION, m.start(), m.end()));
    }

    /**
     * "Nach eigenen Angaben hat das Unternehmen …", "Tesla will nach eigenen Angaben …": the sentence's subject is
     * the source. Its name goes with the mention "eigenen Angaben"; the mention stays unresolved when the subject is
     * a pronoun or no phrase.
     */
    SpeakerReference ownSource(String text, List<Token> t, int cueFrom, int cueTo, EntityMention cue,
                                    List<EntityMention> entities) {
        SpeakerPhrases.Phrase subject;
        if (cueFrom == 0) {
            subject = cueTo + 1 < t.size() ? phrases.at(t, skipAdverbials(t, cueTo + 1, entities), entities) : null;
        } else {
            subject = phrases.at(t, 0, entities);
            if (subject != null && subject.last() >= cueFrom) {
                subject = null;
            }
        }
        if (subject == null || subject.last() - subject.first() == 1
                && SpeakerPhrases.isPronoun(t.get(subject.first()).text())) {
            return new SpeakerReference.OwnSubject(cue);
        }
        EntityMention m = phrases.mention(text, t, subject, entities);
        return new SpeakerReference.Named(new EntityMention(cue.text(), m.name(), m.type(), cue.start(), cue.end()));
    }

    /**
     * Whether a direct quote takes all the words of [start, end): "Laut X: „…“" is only the quote. A statement with
     * even one word of its own around the quote ("Hartmann erklärte, ihr lägen „…“") is reported speech of its own,
     * as the annotated news data treats it (measured on its training split); the digest merges the two.
     */
    boolean coveredByDirectQuote(ArticleContext article, List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            if (q.direct() && q.start() < end && start < q.end()) {
                long outside = article.tokens(start, end).stream()
                        .filter(t -> t.isWord() && (t.end() <= q.start() || t.start() >= q.end())).count();
                if (outside == 0) {
                    return true;
                }
            }
        }
        return false;
    }

}
