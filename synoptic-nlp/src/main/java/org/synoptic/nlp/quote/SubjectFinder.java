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
 * The subject of a reporting verb: before the verb ("X sagte"), after it ("sagte X"), in apposition, before an
 * insertion, after an auxiliary, in a passive ("von X"), after a colon, and the English orders ("X said", "said
 * X"). Used by the direct-quote and reported-clause finders; stateless.
 */
final class SubjectFinder {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final SpeakerPhrases phrases;
    private final EnglishSpeakers english;
    private final SpeakerGrammar grammar;

    SubjectFinder(SpeakerGrammar grammar) {
        this.gazetteer = grammar.gazetteer;
        this.lexicon = grammar.lexicon;
        this.phrases = grammar.phrases;
        this.english = grammar.english;
        this.grammar = grammar;
    }

    /**
     * The subject opening a main clause whose reporting verb stands far behind it ("Stoiber hatte besonders die Rolle
     * der Vorsitzenden betont: „…“"): the phrase at the sentence start, followed by a lower-case finite verb, that
     * names a person or organisation, holds a role noun or is one bare capitalised word (a surname, a plural), or a
     * pronoun (standing in for the person named before). {@code null} when the sentence opens otherwise or a comma,
     * colon or quotation mark comes between subject and verb.
     */
    EntityMention openingSubject(String text, List<EntityMention> entities, List<Token> pre, int v) {
        SpeakerPhrases.Phrase p = pre.size() > 2 ? phrases.at(pre, 0, entities) : null;
        if (p == null || p.last() >= v || !followedByVerb(pre, p)) {
            return null;
        }
        for (int k = p.last(); k < v; k++) {
            if (Set.of(",", ":", ";", "„", "“", "\"").contains(pre.get(k).text())) {
                return null;
            }
        }
        Token first = pre.get(p.first());
        if (p.last() - p.first() == 1 && PRONOUNS.contains(first.text())) {
            return standIn(precedingPerson(entities, first.start()), first);
        }
        boolean bare = p.last() - p.first() == 1 && first.isCapitalised();
        return bare || grammar.isSpeakerLike(pre, p, entities) ? phrases.mention(text, pre, p, entities) : null;
    }

    /**
     * "…“, wird Panetta zitiert", "…“, wurde der Minister in der Zeitung zitiert": the phrase after the passive
     * auxiliary at {@code t[k]} when "zitiert" closes the clause; {@code null} otherwise.
     */
    EntityMention citedInPassive(String text, List<EntityMention> entities, List<Token> t, int k) {
        int end = k + 1;
        while (end < t.size() && end < k + 16 && !Set.of(".", ";", "„", "“", "\"").contains(t.get(end).text())) {
            end++;
        }
        if (end - 1 <= k + 1 || !t.get(end - 1).text().equals("zitiert")) {
            return null;
        }
        SpeakerPhrases.Phrase p = phrases.at(t, k + 1, entities);
        if (p == null || p.last() >= end) {
            return null;
        }
        Token first = t.get(p.first());
        if (p.last() - p.first() == 1 && PRONOUNS.contains(first.text())) {
            return standIn(precedingPerson(entities, first.start()), first);
        }
        return phrases.mention(text, t, p, entities);
    }

    /**
     * The English clause after a quote: "…," said ROLE X / "…," ROLE X said / "…," X told AGENCY / "…," AGENCY
     * quoted ROLE X as saying / "…," X was quoted by AGENCY as saying. {@code null} when the clause is none of these,
     * for the German rules to try.
     */
    Attribution englishAfter(String text, List<EntityMention> entities, List<Token> post, int k, String via) {
        int v = -1;
        for (int j = k; j < Math.min(post.size(), k + 12); j++) {
            String w = post.get(j).text();
            if (EnglishSpeakers.isVerb(w)) {
                v = j;
                break;
            }
            if (isClauseBoundary(post, j)) {
                return null;
            }
        }
        if (v < 0) {
            return null;
        }
        String verb = post.get(v).text();
        boolean relay = EnglishSpeakers.RELAY_VERBS.contains(verb);
        EnglishSpeakers.Speaker sp;
        String relayVia = null;
        if (v == k) {
            if (relay) {
                return null;
            }
            int end = v + 1;
            while (end < post.size() && !isClauseBoundary(post, end) && !post.get(end).text().equals(",")) {
                end++;
            }
            int at = post.get(v).start();
            sp = english.phrase(text, post, v + 1, end, entities, noun -> grammar.roleReferent(text, noun, at, entities));
        } else if (relay && Set.of("was", "were").contains(post.get(v - 1).text())) {
            // "…," X was quoted by AGENCY as saying
            int as = indexOf(post, "as", v + 1, v + 10);
            sp = english.phrase(text, post, k, v - 1, entities, null);
            relayVia = v + 2 < post.size() && post.get(v + 1).text().equals("by")
                    ? sourceName(text, entities, post, v + 2, as < 0 ? Math.min(post.size(), v + 6) : as) : null;
        } else if (relay) {
            // "…," AGENCY quoted ROLE X as saying
            int as = indexOf(post, "as", v + 1, v + 10);
            if (as < 0) {
                return null;
            }
            sp = english.phrase(text, post, v + 1, as, entities, null);
            relayVia = sourceName(text, entities, post, k, v);
        } else {
            sp = englishSubject(text, entities, post, k, v);
            if (verb.equals("told") && v + 1 < post.size()) {
                relayVia = addressee(text, entities, post, v + 1);
            }
        }
        if (sp == null) {
            return relay ? new Attribution(null, null, relayVia == null ? via : relayVia, true, true) : null;
        }
        return new Attribution(sp.mention(), sp.role(), relayVia == null ? via : relayVia, true, true);
    }

    /** The name of the source in tokens {@code [from, to)}: a found entity's name, or capitalised words. */
    String sourceName(String text, List<EntityMention> entities, List<Token> t, int from, int to) {
        if (from < to && SpeakerPhrases.isDeterminer(t.get(from).text())) {
            from++;
        }
        if (from >= to) {
            return null;
        }
        EntityMention e = entityAt(entities, t.get(from).start());
        if (e != null && e.type() != EntityType.PERSON && e.end() == t.get(to - 1).end()) {
            GazetteerEntry g = gazetteer.lookup(e.text());
            return g == null ? e.name() : g.canonical();
        }
        for (int j = from; j < to; j++) {
            if (!t.get(j).isCapitalised()) {
                return null;
            }
        }
        return text.substring(t.get(from).start(), t.get(to - 1).end());
    }

    /** "told Reuters": the outlet or organisation told, as the channel of the quote; {@code null} for "told reporters". */
    String addressee(String text, List<EntityMention> entities, List<Token> t, int k) {
        int j = k < t.size() && t.get(k).text().equalsIgnoreCase("the") ? k + 1 : k;
        EntityMention e = j < t.size() ? entityAt(entities, t.get(j).start()) : null;
        int end = j;
        while (end < t.size() && end - j < 4 && t.get(end).isCapitalised()) {
            end++;
        }
        if (end == j || e != null && e.type() == EntityType.PERSON && e.end() == t.get(end - 1).end()) {
            return null; // "told reporters", "told Jane Roe": a person told is no channel
        }
        if (e != null && e.end() == t.get(end - 1).end()) {
            GazetteerEntry g = gazetteer.lookup(e.text());
            return g == null ? e.name() : g.canonical();
        }
        boolean sentenceEnd = end >= t.size() || Set.of(".", ",", ";").contains(t.get(end).text());
        return end > j && sentenceEnd ? text.substring(t.get(j).start(), t.get(end - 1).end()) : null;
    }

    /**
     * The English subject before the verb at {@code tokens[v]}, from {@code lo} on: "ROLE X said", "X, an analyst at
     * Y, said" (role from the apposition), "X has said", "a spokesman for Y said", "the minister said".
     */
    EnglishSpeakers.Speaker englishSubject(String text, List<EntityMention> entities, List<Token> t, int lo,
                                                   int v) {
        int end = v;
        while (end > lo && Set.of("has", "had", "have", "also", "later", "then", "again", "earlier", "was", "were")
                .contains(t.get(end - 1).text())) {
            end--;
        }
        if (end > lo && t.get(end - 1).text().equals(",")) {
            int comma = -1;
            for (int j = end - 2; j > Math.max(lo, end - 14); j--) {
                if (t.get(j).text().equals(",")) {
                    comma = j;
                    break;
                }
                if (isClauseBoundary(t, j)) {
                    return null;
                }
            }
            if (comma < 0 || !Set.of("a", "an", "the").contains(t.get(comma + 1).text())) {
                return null;
            }
            end = comma; // "X, an economist at Y, said": the apposition describes X
        }
        int start = end;
        while (start > lo && !isClauseBoundary(t, start - 1) && !Set.of(",", "—", "–").contains(t.get(start - 1).text())) {
            start--;
        }
        if (start >= end) {
            return null;
        }
        int at = t.get(start).start();
        return english.phrase(text, t, start, end, entities, noun -> grammar.roleReferent(text, noun, at, entities));
    }

    /** The speaker after the verb at {@code tokens[v]}: "sagte X", "zitierte AGENCY den ROLE PERSON". */
    Attribution afterVerb(String text, List<EntityMention> entities, List<Token> tokens, int v, int quoteStart) {
        boolean cite = CITE_VERBS.contains(tokens.get(v).text());
        if (v > 0 && Set.of("und", "and", "oder", "or", "sowie").contains(tokens.get(v - 1).text())) {
            return null; // "… und warnten Pjöngjang": what follows a coordinated verb is its object
        }
        if (!cite) {
            int k = grammar.skipAdverbials(tokens, v + 1, entities);
            SpeakerPhrases.Phrase p = k < tokens.size() ? phrases.at(tokens, k, entities) : null;
            if (p == null || OBJECT_ARTICLES.contains(tokens.get(p.first()).text())) {
                return null; // "nannte seinen Platzverweis „überzogen“": an object, not the subject
            }
            EntityMention m = phrases.mention(text, tokens, p, entities);
            return new Attribution(m, grammar.roleOf(text, tokens, p, m), null, true);
        }
        String via = null;
        for (int k = v + 1; k < Math.min(tokens.size(), v + 9); k++) {
            Token t = tokens.get(k);
            if (t.text().equals(",") || t.text().equals(".") || t.text().equals(":") || t.text().equals("dass")) {
                break;
            }
            if (PRONOUNS.contains(t.text()) && k == v + 1) {
                EntityMention p = precedingPerson(entities, t.start());
                return p == null ? null : new Attribution(standIn(p, t), grammar.roleBefore(text, p), null, true);
            }
            EntityMention e = entityAt(entities, t.start());
            if (e == null) {
                EntityMention r = grammar.roleNoun(text, entities, tokens, k);
                if (r != null) {
                    return new Attribution(standIn(r, t), t.text(), via, true);
                }
                EntityMention outlet = grammar.outletNoun(entities, tokens, k);
                if (outlet != null) {
                    return new Attribution(outlet, null, via, true);
                }
                boolean capitalisedNoun = t.isCapitalised() && !lexicon.isPersonCue(t.text())
                        && !DETERMINERS.contains(t.text()) && !PRONOUNS.contains(t.text())
                        && !OUTLET_NOUNS.contains(t.text());
                if (capitalisedNoun && !cite || PREPOSITIONS.contains(t.text()) && !t.text().equals("am")) {
                    break; // "sagte der Sprecher der Stadt Bonn": the speaker is not a name we have
                }
                continue;
            }
            GazetteerEntry g = gazetteer.lookup(e.text());
            boolean agency = g != null && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET);
            if (cite && agency && via == null) {
                via = e.name(); // zitierte Interfax den … Schoigu: Interfax relays, the person speaks
                continue;
            }
            if (cite && e.type() != EntityType.PERSON) {
                continue;
            }
            return new Attribution(e, grammar.roleBefore(text, e), via, true);
        }
        return via == null ? null : new Attribution(null, null, via, true);
    }

    /**
     * A person opening the sentence and followed by an apposition up to the verb at {@code pre[v]}: "Erik Schweickert,
     * der verbraucherschutzpolitische Sprecher der FDP-Bundestagsfraktion, äußerte …". The apposition is set off by
     * commas, starts with an article and holds only articles, modifiers and nouns; {@code null} otherwise.
     */
    EntityMention appositionSubject(List<EntityMention> entities, List<Token> pre, int v) {
        if (pre.isEmpty()) {
            return null;
        }
        EntityMention e = entityAt(entities, pre.get(0).start());
        if (e == null || e.type() != EntityType.PERSON) {
            return null;
        }
        int k = 0;
        while (k < v && pre.get(k).start() < e.end()) {
            k++;
        }
        if (k + 1 >= v || !pre.get(k).text().equals(",") || !pre.get(v - 1).text().equals(",")
                || !DETERMINERS.contains(pre.get(k + 1).text()) && !lexicon.isPersonCue(pre.get(k + 1).text())
                && !isRoleNoun(pre.get(k + 1))) {
            return null; // "X, der Sprecher der Partei, …" or "X, Laborleiter der Firma, …"
        }
        for (int j = k + 2; j < v - 1; j++) {
            Token t = pre.get(j);
            boolean fits = t.isCapitalised() || DETERMINERS.contains(t.text()) || t.text().equals("-")
                    || t.isLowerCase() && t.text().matches(".*(e|en|er|es|em)") && ReportingVerbs.form(t.text()) == null
                    && !Set.of("sie", "die", "der", "wie", "aber", "oder").contains(t.text())
                    || Set.of("(", ")", "von", "für").contains(t.text());
            if (!fits) {
                return null;
            }
        }
        return e;
    }

    /**
     * The speaker of a clause that introduces a quote with a colon, when no reporting verb names one: a speaker label
     * ("Ein Beamter der Nationalpolizei: „…“", "Zitat von Schröder: „…“") or the subject after a fronted
     * constituent ("In einer Nachricht würdigte er …: „…“", "… lobte er mit den Worten: „…“"). The subject must
     * name a person or organisation, hold a role noun, or be a pronoun (resolved later); {@code null} otherwise.
     */
    EntityMention colonSpeaker(String text, List<EntityMention> entities, List<Token> pre) {
        int colon = pre.size() - 1;
        int k = pre.get(0).text().equals("Zitat") && pre.size() > 2 && pre.get(1).text().equals("von") ? 2 : 0;
        SpeakerPhrases.Phrase label = phrases.at(pre, k, entities);
        if (label != null && label.last() == colon && grammar.isSpeakerLike(pre, label, entities)) {
            return phrases.mention(text, pre, label, entities);
        }
        // V2: one fronted constituent, the finite verb, then the subject
        for (int f = 1; f < Math.min(colon, 10); f++) {
            Token verb = pre.get(f);
            if (!verb.isLowerCase() || !verb.isWord() || DETERMINERS.contains(verb.text())
                    || PREPOSITIONS.contains(verb.text()) || verb.text().matches(".*(e|en|er|es|em)")
                    && !verb.text().matches(".*te") && ReportingVerbs.form(verb.text()) == null) {
                continue;
            }
            int j = grammar.skipAdverbials(pre, f + 1, entities);
            if (j < colon && PRONOUNS.contains(pre.get(j).text())) {
                Token p = pre.get(j);
                return new EntityMention(p.text(), p.text(), EntityType.PERSON, p.start(), p.end());
            }
            SpeakerPhrases.Phrase subject = j < colon ? phrases.at(pre, j, entities) : null;
            if (subject != null && grammar.isSpeakerLike(pre, subject, entities)
                    && !OBJECT_DETERMINERS.contains(pre.get(j).text())) {
                return phrases.mention(text, pre, subject, entities);
            }
            return null;
        }
        return null;
    }

    /**
     * The phrase relied on in the clause of the verb at {@code t[v]} ("unter Berufung auf Beamte", in any of the word
     * orders of {@link AttributionCues}), when it names a speaker; else null.
     */
    EntityMention reliedOn(String text, List<Token> t, int v, List<EntityMention> entities) {
        int k = AttributionCues.relianceOfVerb(t, v);
        if (k < 0) {
            return null;
        }
        SpeakerPhrases.Phrase p = phrases.at(t, k, entities);
        boolean anonymous = p != null && t.get(p.headEnd() - 1).text().toLowerCase(Locale.ROOT)
                .matches(".*(beamte|beamten|kreise|kreisen|quellen|insider|diplomaten|experten)");
        return p != null && (grammar.isSpeakerLike(t, p, entities) || hasPersonNoun(t, p) || anonymous)
                ? phrases.mention(text, t, p, entities) : null;
    }

    /**
     * The subject opening the sentence when a relative clause or apposition set off by commas stands between it and
     * the verb at {@code t[v]}: "Die Organisation, die im Gazastreifen regiert, erklärte, …", "Leung, der am Montag
     * in Guandong war, sagte …". The subject must name a person or organisation or hold a role noun; {@code null}
     * otherwise.
     */
    EntityMention subjectBeforeInsertion(String text, List<EntityMention> entities, List<Token> t, int v) {
        SpeakerPhrases.Phrase p = phrases.at(t, 0, entities);
        if (p == null || p.last() + 1 >= v || !t.get(p.last()).text().equals(",") || !t.get(v - 1).text().equals(",")
                || !grammar.isSpeakerLike(t, p, entities)) {
            return null;
        }
        String opener = t.get(p.last() + 1).text();
        if (!Set.of("der", "die", "das", "dessen", "deren", "welcher", "welche", "welches", "who", "which")
                .contains(opener)) {
            return null;
        }
        for (int k = p.last() + 1; k < v - 1; k++) {
            if (t.get(k).text().equals(",") || "„“”\"".contains(t.get(k).text())) {
                return null; // more than one insertion, or a quote inside: too far to tell
            }
        }
        return phrases.mention(text, t, p, entities);
    }

    /** The entity opening the clause ("Der Vorsitzende des Verbands, Michael Weber, …"), or a pronoun's person. */
    EntityMention clauseSubject(List<EntityMention> entities, List<Token> pre) {
        for (int k = 0; k < Math.min(pre.size(), 8); k++) {
            Token t = pre.get(k);
            if (PRONOUNS.contains(t.text()) && k == 0) {
                return standIn(precedingPerson(entities, t.start()), t);
            }
            EntityMention e = entityAt(entities, t.start());
            if (e != null) {
                boolean afterPreposition = k > 0 && PREPOSITIONS.contains(pre.get(k - 1).text().toLowerCase(Locale.ROOT))
                        || k > 1 && DETERMINERS.contains(pre.get(k - 1).text())
                        && PREPOSITIONS.contains(pre.get(k - 2).text().toLowerCase(Locale.ROOT));
                return afterPreposition || e.type() != EntityType.PERSON ? null : e;
            }
            if (t.isWord() && t.isLowerCase() && !DETERMINERS.contains(t.text()) && !t.text().matches(".*(e|en|er|es|em)")) {
                return null; // a verb before any name: the subject is not a name
            }
        }
        return null;
    }

    /**
     * The subject right before the verb at {@code tokens[v]}: "X sagte", "Er sagte", "Der Minister sagte", "X hatte
     * zuvor gesagt". Only auxiliaries and adverbs may stand between; a name after a preposition is no subject.
     */
    EntityMention beforeVerb(String text, List<EntityMention> entities, List<Token> tokens, int v) {
        int passive = passiveAuxiliary(tokens, v);
        if (passive >= 0) {
            // "Kony wird vorgeworfen, …", "war befürchtet worden": passive, no speaking subject but its agent
            return passive < v ? passiveAgent(text, entities, tokens, passive, v) : null;
        }
        SpeakerPhrases.Phrase p = phrases.endingAt(tokens, finiteBefore(tokens, v), entities);
        if (p != null) {
            EntityMention m = phrases.mention(text, tokens, p, entities);
            return relaysOnly(m.name(), tokens, v) ? null : m;
        }
        return mentionBefore(text, entities, tokens, v);
    }

    /** The passive auxiliary near a participle at {@code tokens[v]}, or -1: "wird vorgeworfen", "war befürchtet worden". */
    private static int passiveAuxiliary(List<Token> tokens, int v) {
        for (int k = Math.max(0, v - 8); k < Math.min(tokens.size(), v + 3); k++) {
            if (PASSIVE.contains(tokens.get(k).text()) && k != v && isParticiple(tokens.get(v).text())) {
                return k;
            }
        }
        return -1;
    }

    /** The finite verb of the verb at {@code tokens[v]}: its auxiliary before it ("hatte zuvor gesagt"), else itself. */
    private static int finiteBefore(List<Token> tokens, int v) {
        boolean clauseFinal = v + 1 < tokens.size() && ",".equals(tokens.get(v + 1).text());
        for (int k = v - 1; k >= Math.max(0, v - (clauseFinal ? 20 : 8)); k--) {
            String w = tokens.get(k).text();
            if (AUXILIARIES.contains(w)) {
                return k;
            }
            // a participle that closes its clause ("hat die Bürger, 3,6 Millionen, aufgefordert,") may stand far from
            // its auxiliary, past commas; other verbs stop at the first mark
            if (!tokens.get(k).isWord() && !(clauseFinal && w.equals(","))) {
                break;
            }
        }
        return v;
    }

    /** Whether the subject named {@code name} is an outlet citing: "Die NYT zitierte ihre Quellen" relays, not speaks. */
    private boolean relaysOnly(String name, List<Token> tokens, int v) {
        GazetteerEntry g = gazetteer.lookup(name);
        return g != null && (g.sourceKind() == SourceKind.AGENCY || g.sourceKind() == SourceKind.OUTLET)
                && CITE_VERBS.contains(tokens.get(v).text());
    }

    /**
     * The subject mention, pronoun or role noun in the five tokens before the verb at {@code tokens[v]}, with only
     * adverbs between; {@code null} when another word or a name after a preposition stands there.
     */
    private EntityMention mentionBefore(String text, List<EntityMention> entities, List<Token> tokens, int v) {
        for (int k = v - 1; k >= Math.max(0, v - 5); k--) {
            Token t = tokens.get(k);
            if (t.text().equals(",") && k < v - 1 || t.text().equals(".")) {
                break;
            }
            EntityMention e = entityEndingAt(entities, t.end());
            if (e != null) {
                int first = k;
                while (first > 0 && tokens.get(first).start() > e.start()) {
                    first--;
                }
                if (first > 1 && OBJECT_DETERMINERS.contains(tokens.get(first - 1).text())) {
                    k = first - 1; // "während Nordkorea den USA vorwarf": the dative is an object; look further back
                    continue;
                }
                if (governedName(tokens, first)) {
                    return null; // "nach Berlin", "der Justizminister des Landes": not the subject
                }
                return relaysOnly(e.text(), tokens, v) ? null : e;
            }
            if (PRONOUNS.contains(t.text())) {
                return standIn(precedingPerson(entities, t.start()), t);
            }
            EntityMention r = grammar.roleNoun(text, entities, tokens, k);
            if (r != null) {
                return standIn(r, t);
            }
            if (!BETWEEN_SUBJECT_AND_VERB.contains(t.text()) && !(t.text().equals(",") && k == v - 1)) {
                return null;
            }
        }
        return null;
    }

    /** Whether a name opening at {@code tokens[first]} hangs on a preposition or a genitive: "nach Berlin", "des Landes". */
    private boolean governedName(List<Token> tokens, int first) {
        return governedByPreposition(tokens, first)
                || first > 0 && PREPOSITIONS.contains(tokens.get(first - 1).text().toLowerCase(Locale.ROOT))
                || first > 1 && DETERMINERS.contains(tokens.get(first - 1).text())
                && PREPOSITIONS.contains(tokens.get(first - 2).text().toLowerCase(Locale.ROOT))
                || first > 1 && Set.of("des", "der", "eines", "einer").contains(tokens.get(first - 1).text())
                && tokens.get(first - 2).isWord() && tokens.get(first - 2).isCapitalised();
    }

    /**
     * The agent of a passive report between its auxiliary at {@code t[aux]} and its participle at {@code t[v]}: "wurde
     * die Bundesregierung vom Verband aufgefordert", "wurde von der Regierung beschuldigt". {@code null} when none is
     * named or it is no speaker.
     */
    EntityMention passiveAgent(String text, List<EntityMention> entities, List<Token> t, int aux, int v) {
        for (int k = aux + 1; k + 1 < v; k++) {
            String w = t.get(k).text();
            if (w.equals("von") || w.equals("vom") || w.equals("seitens")) {
                int from = k + 1;
                if (w.equals("von") && from < v && Set.of("der", "dem", "den").contains(t.get(from).text())) {
                    from++; // "von der Regierung": the article is a dative, not a determiner of a phrase we read
                }
                SpeakerPhrases.Phrase p = phrases.at(t, from, entities);
                if (p != null && p.last() <= v && grammar.isSpeakerLike(t, p, entities)) {
                    return phrases.mention(text, t, p, entities);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The subject of a main clause whose participle stands far behind its auxiliary: the phrase before the auxiliary
     * ("Nordkorea hat Russland … unterstützt und betont, dass …") or, after an adverbial, the phrase right after it
     * ("Gleichzeitig hat Nordkorea … gewarnt, dass …"), when it names a person, organisation or country or holds a
     * role noun. {@code null} otherwise.
     */
    EntityMention subjectAfterAuxiliary(String text, List<EntityMention> entities, List<Token> t, int v) {
        for (int a = 1; a < Math.min(v, 8); a++) {
            if (t.get(a).text().equals(",")) {
                return null;
            }
            if (!AUXILIARIES.contains(t.get(a).text())) {
                continue;
            }
            SpeakerPhrases.Phrase front = phrases.at(t, 0, entities);
            if (front != null && front.last() == a) {
                // "Nordkorea hat Russland … unterstützt und betont, dass …": the phrase before the auxiliary is the
                // subject, the one after it an object
                EntityMention m = phrases.mention(text, t, front, entities);
                return m.type() == EntityType.LOCATION || grammar.isSpeakerLike(t, front, entities) ? m : null;
            }
            SpeakerPhrases.Phrase p = phrases.at(t, a + 1, entities);
            if (p == null || p.last() > v || SpeakerPhrases.isPronoun(t.get(p.first()).text())) {
                return null;
            }
            EntityMention m = phrases.mention(text, t, p, entities);
            boolean country = m.type() == EntityType.LOCATION;
            // "Im Juni hatte die Bischofskonferenz beschlossen, …": a nominative article after the fronted adverbial
            boolean nominative = Set.of("der", "die", "das", "ein", "eine").contains(t.get(p.first()).text())
                    && ReportingVerbs.form(t.get(v).text()) != null && p.last() < v
                    && (hasPersonNoun(t, p) || isRoleNoun(t.get(p.headEnd() - 1)) || isInstitution(t.get(p.headEnd() - 1)));
            return country || nominative || grammar.isSpeakerLike(t, p, entities) ? m : null;
        }
        return null;
    }

}
