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
 * Finder {@code direct}: the words between quotation marks, with their attribution from the reporting clause
 * around them ({@link #attribute}). Names and titles in quotation marks and scare quotes are no quotes; a quote that
 * is a sentence of its own with no clause is left to the previous speaker ({@link SpeakerResolver}). Stateless.
 */
final class DirectQuoteFinder {

    private final Gazetteer gazetteer;
    private final Lexicon lexicon;
    private final SpeakerPhrases phrases;
    private final SpeakerGrammar grammar;
    private final SubjectFinder subjectFinder;

    DirectQuoteFinder(SpeakerGrammar grammar, SubjectFinder subjectFinder) {
        this.gazetteer = grammar.gazetteer;
        this.lexicon = grammar.lexicon;
        this.phrases = grammar.phrases;
        this.grammar = grammar;
        this.subjectFinder = subjectFinder;
    }

    void direct(ArticleContext article, QuoteSpan span, List<Quote> out, DeferredSpeakers deferred) {
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        List<EntityMention> entities = article.entities();
        int start = span.open() + 1;
        int end = span.close();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= start) {
            return;
        }
        String words = text.substring(start, end);
        List<Token> inner = article.tokens(start, end);
        long wordCount = inner.stream().filter(Token::isWord).count();
        if (isName(text, inner, words) || wordCount == 0 || isTitle(article, span.open())) {
            return;
        }
        int regionStart = span.open();
        int regionEnd = span.close() + 1;
        for (Sentence s : sentences) {
            if (s.contains(span.open())) {
                regionStart = s.start();
            }
            if (s.contains(span.close())) {
                regionEnd = s.end();
            }
        }
        int colon = span.open() - 1;
        while (colon >= 0 && Character.isWhitespace(text.charAt(colon))) {
            colon--;
        }
        if (regionStart == span.open() && colon >= 0 && text.charAt(colon) == ':') {
            // a quote the sentence splitter set apart after "X erklärte:": the introducing sentence is the region
            for (Sentence s : sentences) {
                if (s.contains(colon)) {
                    regionStart = s.start();
                }
            }
        }
        Attribution a = attribute(article, regionStart, regionEnd, span.open(), span.close() + 1);
        if (wordCount <= 3 && !a.hasVerb()
                || wordCount == 1 && !a.adjacent() && a.speaker() == null
                || wordCount == 1 && a.speaker() == null && isCommonNoun(words)) {
            return; // a scare quote: „verbündete“, „heimlich“ (one word counts when someone says it: „Zeitungsente“)
        }
        if (a.speaker() == null && isShortName(inner, words)) {
            return; // „Der Fänger im Roggen“, „Reporter ohne Grenzen“, „tagesschau.de“ that no one says
        }
        if (a.speaker() == null && !a.hasVerb() && regionStart == span.open() && wordCount > 3) {
            // a quote that is a sentence of its own continues the previous quote's speaker (see resolved)
            out.add(deferred.defer(new Quote(words, start, end, null, -1, -1, null, null, true),
                    new SpeakerReference.PreviousSpeaker(start, start)));
            return;
        }
        out.add(quote(words, start, end, a, true));
    }

    /**
     * Whether the quotation marks at {@code open} enclose a title or slogan rather than speech: the word before them
     * is a noun for a work, a name or a written line ("das Lied „…“", "unter der Überschrift „…“", "die Parole „…“").
     */
    boolean isTitle(ArticleContext article, int open) {
        List<Token> before = article.tokens(Math.max(0, open - 40), open);
        if (before.isEmpty()) {
            return false;
        }
        String w = before.get(before.size() - 1).text();
        String lower = w.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(w.charAt(0)) && (TITLE_NOUNS.contains(w) || lower.endsWith("titel")
                || lower.endsWith("motto") || lower.endsWith("slogan") || lower.endsWith("aufschrift"));
    }

    boolean isName(String text, List<Token> inner, String words) {
        if (gazetteer.lookup(words) != null) {
            return true;
        }
        if (inner.size() > 4) {
            return isLongName(inner);
        }
        for (Token t : inner) {
            if (!t.isWord() || !t.isCapitalised()) {
                return false;
            }
        }
        if (inner.size() == 1 && isCommonNoun(words)) {
            return false; // „Vertrauensbruch“, „Unverschämtheit“, „Lohnverzichtstheorien“: a German noun, not a name
        }
        // „Chosun Ilbo“, „Morning Star“: capitalised words only, and not a German sentence like „Warum nicht“
        return inner.stream().noneMatch(t -> lexicon.isStopWord(t.text()));
    }

    /** Lower-case words that link the capitalised words of a long name: "Gesetz zur Änderung des Passgesetzes". */
    private static final Set<String> NAME_LINKS = Set.of("der", "die", "das", "des", "dem", "den", "und", "für", "zur",
            "zum", "von", "vom", "im", "in", "am", "an", "auf", "ein", "eine", "einer", "eines", "de", "la", "le", "les",
            "du", "et", "y", "del", "della", "dello", "di", "da", "do", "dos", "pour", "of", "the", "and", "for");

    /** Words that may link the capitalised words of a short name besides {@link #NAME_LINKS}: "Reporter ohne Grenzen". */
    private static final Set<String> SHORT_NAME_LINKS = Set.of("ohne", "gegen", "mit", "bei", "über", "unter", "nach",
            "aus", "zu");

    /**
     * Whether two to four quoted words that no reporting clause gives a speaker are a name: capitalised words or
     * numbers linked only by articles and prepositions, without a question or exclamation mark („Der Fänger im
     * Roggen“, „Man of the Match“, „Reporter ohne Grenzen“, „175 Jahre Dampflokomotive Saxonia“), or a web address
     * („tagesschau.de“). Found on the training split: such quotes without a speaker matched no gold quote in about
     * four cases of five (names of bodies, books, events and sites); quoted speech that short has a lower-case word
     * („Thaksin raus!“, „begründete Zweifel“).
     */
    private boolean isShortName(List<Token> inner, String words) {
        if (words.matches("[\\p{L}\\d-]+\\.(de|com|org|net|at|ch|eu|info)")) {
            return true;
        }
        int capitalised = 0;
        int count = 0;
        for (Token t : inner) {
            String w = t.text();
            if (!t.isWord()) {
                if (w.equals("!") || w.equals("?") || w.equals(":")) {
                    return false;
                }
                continue;
            }
            count++;
            if ((t.isCapitalised() || Character.isDigit(w.charAt(0))) && !lexicon.isStopWord(w)) {
                capitalised++;
            } else if (!NAME_LINKS.contains(w.toLowerCase(Locale.ROOT)) && !SHORT_NAME_LINKS.contains(w)) {
                return false;
            }
        }
        return count >= 2 && count <= 4 && capitalised >= 2 && !inner.isEmpty()
                && (inner.get(0).isCapitalised() || Character.isDigit(inner.get(0).text().charAt(0)));
    }

    /**
     * Whether five to twelve quoted words are a name: capitalised words linked only by articles, prepositions and
     * "und" (and commas), at least four of them capitalised, none a function word such as "Wir":
     * „Fédération Internationale de Football Association“, „Öffentliche Dienste, Transport und Verkehr“. Found on the
     * training split, where such names of bodies, events and books were direct quotes that matched no gold quote;
     * with three capitalised words the rule also took German noun phrases that are quoted speech („Gefahr für Leib
     * und Leben“).
     */
    private boolean isLongName(List<Token> inner) {
        if (inner.size() > 12 || !inner.get(0).isCapitalised()) {
            return false;
        }
        int capitalised = 0;
        for (Token t : inner) {
            if (t.isWord() && t.isCapitalised() && !lexicon.isStopWord(t.text())) {
                capitalised++;
            } else if (!NAME_LINKS.contains(t.text()) && !t.text().equals(",") && !t.text().equals("–")) {
                return false;
            }
        }
        return capitalised >= 4;
    }

    /**
     * Whether a capitalised word is a German common noun: in the word list, ending like a noun ("-heit", "-ung"), or a
     * compound whose last part is in the word list ("Lohnverzichtstheorien").
     */
    boolean isCommonNoun(String word) {
        if (word.length() < 3 || !Character.isUpperCase(word.charAt(0)) || gazetteer.lookup(word) != null) {
            return false;
        }
        if (lexicon.isKnownWord(word) || word.matches(".*(heit|keit|ung|ungen|ismus|schaft|tion|tionen|tät|nis)")) {
            return true;
        }
        if (word.contains("-")) {
            return false; // „EVAC-Ambulanz“, „Omni-Sport“: a product's name
        }
        for (int i = 4; i + 5 <= word.length(); i++) {
            String head = word.substring(0, i);
            String tail = Character.toUpperCase(word.charAt(i)) + word.substring(i + 1);
            boolean headKnown = lexicon.isKnownWord(head)
                    || head.endsWith("s") && lexicon.isKnownWord(head.substring(0, head.length() - 1));
            if (headKnown && lexicon.isKnownWord(tail)) {
                return true; // both parts German words: „Lohnverzichtstheorien“
            }
        }
        return false;
    }

    /** Finds the reporting verb and its subject for words at [qStart, qEnd) inside region [from, to). */
    Attribution attribute(ArticleContext article, int from, int to, int qStart, int qEnd) {
        String text = article.text();
        List<EntityMention> entities = article.entities();
        List<Token> post = article.tokens(qEnd, to);
        List<Token> pre = article.tokens(from, qStart);
        String via = grammar.via(entities, from, to, -1);
        int k = 0;
        while (k < post.size() && !post.get(k).isWord()) {
            k++;
        }
        Around around = new Around(text, entities, pre, post, from, to, qStart, via, k);
        Attribution a = rightAfter(around);
        a = a != null ? a : englishOrderAfter(around);
        a = a != null ? a : citingRelativeClause(around);
        a = a != null ? a : clauseBefore(around);
        a = a != null ? a : clauseFollowing(around);
        a = a != null ? a : sourceCueBefore(around);
        a = a != null ? a : subjectOpeningClause(around);
        a = a != null ? a : afterColon(around);
        a = a != null ? a : verbLater(around);
        return a != null ? a : new Attribution(null, null, null, false);
    }

    /**
     * A quote's surroundings in its region: the tokens before and after it, the region [from, to), the quote's start,
     * the relaying outlet named in the region, and {@code k}, the first word after the quote.
     */
    private record Around(String text, List<EntityMention> entities, List<Token> pre, List<Token> post, int from,
                          int to, int qStart, String via, int k) {
    }

    /**
     * "…", sagte X / zitierte AGENCY den ROLE PERSON / so X / wird X zitiert: the reporting verb right after the
     * quote. {@code null} when it does not apply.
     */
    private Attribution rightAfter(Around around) {
        String text = around.text();
        List<EntityMention> entities = around.entities();
        List<Token> post = around.post();
        int qStart = around.qStart();
        String via = around.via();
        int k = around.k();
        Attribution en = k <= 2 ? subjectFinder.englishAfter(text, entities, post, k, via) : null;
        if (en != null) {
            return en;
        }
        if (k < post.size() && k <= 2 && grammar.isReportingVerb(post.get(k).text())) {
            Attribution a = subjectFinder.afterVerb(text, entities, post, k, qStart);
            if (a != null) {
                return (a.via() == null ? a.withVia(via) : a).asAdjacent();
            }
            return new Attribution(null, null, via, true, true);
        }
        // After the quote, a passive citation: „…“, wird Panetta zitiert / wurde der Minister mit den Worten zitiert
        if (k < post.size() && k <= 2 && PASSIVE.contains(post.get(k).text())) {
            EntityMention cited = subjectFinder.citedInPassive(text, entities, post, k);
            if (cited != null) {
                return new Attribution(cited, grammar.roleBefore(text, cited), via, true, true);
            }
        }
        return null;
    }

    /** "…," Shoigu said. / "…," he said.: English order after the quote. {@code null} when it does not apply. */
    private Attribution englishOrderAfter(Around around) {
        String text = around.text();
        List<EntityMention> entities = around.entities();
        List<Token> post = around.post();
        String via = around.via();
        int k = around.k();
        // After the quote, English order: "…," Shoigu said. / "…," he said.
        if (k + 1 < post.size() && k <= 2) {
            Token first = post.get(k);
            EntityMention e = entityAt(entities, first.start());
            int afterName = k + 1;
            if (e != null) {
                while (afterName < post.size() && post.get(afterName).start() < e.end()) {
                    afterName++;
                }
            }
            if (afterName < post.size() && grammar.isReportingVerb(post.get(afterName).text())
                    && !post.get(afterName).text().equals("so")) {
                if (e != null && e.type() != EntityType.LOCATION) {
                    return new Attribution(e, grammar.roleBefore(text, e), via, true, true);
                }
                if (PRONOUNS.contains(first.text())) {
                    EntityMention p = standIn(precedingPerson(entities, first.start()), first);
                    return new Attribution(p, p == null ? null : grammar.roleBefore(text, p), via, true, true);
                }
            }
        }
        return null;
    }

    /**
     * A relative clause that cites, before the quote: the cited one speaks, through the outlet. {@code null} when it
     * does not apply.
     */
    private Attribution citingRelativeClause(Around around) {
        String text = around.text();
        List<EntityMention> entities = around.entities();
        List<Token> pre = around.pre();
        int from = around.from();
        int to = around.to();
        // A relative clause that cites: "ein Bericht des Senders YTN, der einen hohen Beamten mit den Worten zitierte,
        // Kim bewege sich „…“": the cited one speaks, through the outlet
        for (int c = 3; c + 1 < pre.size(); c++) {
            if (CITE_VERBS.contains(pre.get(c + 1).text()) && pre.get(c).text().equals("Worten")
                    && pre.get(c - 1).text().equals("den") && pre.get(c - 2).text().equals("mit")) {
                SpeakerPhrases.Phrase cited = phraseBefore(pre, c - 2, entities);
                if (cited != null && hasPersonNoun(pre, cited) || cited != null && grammar.isSpeakerLike(pre, cited, entities)) {
                    EntityMention m = phrases.mention(text, pre, cited, entities);
                    String head = pre.get(cited.last() - 1).text();
                    if (m.type() != EntityType.PERSON && head.matches(".*(beamten|angestellten)")) {
                        // "einen hohen Regierungsbeamten" names "Regierungsbeamter"
                        m = new EntityMention(m.text(), head.substring(0, head.length() - 2) + "er",
                                EntityType.PERSON, m.start(), m.end());
                    }
                    return new Attribution(m, null, grammar.via(entities, from, to, m.start()), true);
                }
            }
        }
        return null;
    }

    /**
     * X sagte: „…“ / sagte X, „…“ / X zitierte PERSON mit den Worten „…“: the reporting verb before the quote. {@code null} when it does not apply.
     */
    private Attribution clauseBefore(Around around) {
        String text = around.text();
        List<EntityMention> entities = around.entities();
        List<Token> pre = around.pre();
        List<Token> post = around.post();
        int from = around.from();
        int to = around.to();
        int qStart = around.qStart();
        String via = around.via();
        // Before the quote: X sagte: „…“ / sagte X, „…“ / X zitierte PERSON mit den Worten „…“
        for (int v = pre.size() - 1; v >= 0; v--) {
            if (!grammar.isReportingVerb(pre.get(v).text()) || pre.get(v).text().equals("so")) {
                continue;
            }
            ReportingVerbs.Form f = ReportingVerbs.form(pre.get(v).text());
            if (f != null && !f.particle().isEmpty() && !particleFollows(f, pre, v, post) && existential(pre, v)) {
                continue; // "in dem es nur 26 Fouls gab": "es gab" without "bekannt" or "an" reports nothing
            }
            Attribution cited = CITE_VERBS.contains(pre.get(v).text())
                    ? citedWithTheWords(text, entities, pre, v, from, to) : null;
            if (cited != null) {
                return cited;
            }
            if (EnglishSpeakers.isVerb(pre.get(v).text())) {
                EnglishSpeakers.Speaker sp = subjectFinder.englishSubject(text, entities, pre, 0, v);
                if (sp != null) {
                    return new Attribution(sp.mention(), sp.role(), via, true);
                }
            }
            EntityMention subject = subjectFinder.beforeVerb(text, entities, pre, v);
            if (subject != null) {
                return new Attribution(subject, grammar.roleBefore(text, subject), grammar.via(entities, from, to, subject.start()), true);
            }
            Attribution a = subjectFinder.afterVerb(text, entities, pre, v, qStart);
            if (a != null && a.speaker() != null) {
                return a.via() == null ? new Attribution(a.speaker(), a.role(), via, true) : a;
            }
            EntityMention named = subjectFinder.appositionSubject(entities, pre, v);
            if (named == null) {
                named = subjectFinder.subjectBeforeInsertion(text, entities, pre, v);
            }
            if (named == null) {
                named = subjectFinder.openingSubject(text, entities, pre, v);
            }
            if (named == null) {
                named = subjectFinder.subjectAfterAuxiliary(text, entities, pre, v);
            }
            if (named != null) {
                return new Attribution(named, grammar.roleBefore(text, named), grammar.via(entities, from, to, named.start()), true);
            }
            return new Attribution(null, null, via, true);
        }
        return null;
    }

    /**
     * "X zitierte Y mit den Worten, … „…“": Y speaks, through X (the subject before the verb, else a medium named in
     * the sentence). Y is the phrase right after the verb and before "mit den Worten", when it names people or sources
     * ("ihre Informanten", and the unnamed sources of {@code SourceLexicon}: "einen hohen Beamten", "ihre Quellen");
     * {@code null} otherwise.
     */
    private Attribution citedWithTheWords(String text, List<EntityMention> entities, List<Token> pre, int v, int from,
                                          int to) {
        int words = -1;
        for (int k = v + 1; k + 2 < pre.size() && k <= v + 8 && !pre.get(k).text().equals(","); k++) {
            if (pre.get(k).text().equals("mit") && pre.get(k + 1).text().equals("den")
                    && pre.get(k + 2).text().equals("Worten")) {
                words = k;
                break;
            }
        }
        if (words < 0) {
            return null;
        }
        SpeakerPhrases.Phrase cited = phraseBefore(pre, words, entities);
        org.synoptic.nlp.source.SourceLexicon.GenericSource unnamed = cited == null ? null
                : org.synoptic.nlp.source.SourceLexicon.standard().lookup(pre.get(cited.headEnd() - 1).text());
        if (cited == null || cited.first() <= v
                || !(unnamed != null || hasPersonNoun(pre, cited) || grammar.isSpeakerLike(pre, cited, entities))) {
            return null;
        }
        EntityMention speaker = phrases.mention(text, pre, cited, entities);
        if (unnamed != null) {
            // "einen hohen Beamten" is "Beamte", as the cited-source list names it
            speaker = new EntityMention(speaker.text(), unnamed.name(), speaker.type(), speaker.start(), speaker.end());
        }
        EntityMention citing = subjectFinder.beforeVerb(text, entities, pre, v);
        String via = citing != null ? citing.name() : grammar.via(entities, from, to, speaker.start());
        return new Attribution(speaker, null, via, true);
    }

    /**
     * „…“ inside reported speech whose reporting clause follows ("…, so Rice"). {@code null} when it does not apply.
     */
    private Attribution clauseFollowing(Around around) {
        String text = around.text();
        List<EntityMention> entities = around.entities();
        List<Token> post = around.post();
        int qStart = around.qStart();
        String via = around.via();
        // „…“ inside reported speech whose reporting clause follows ("X werde „…“ reisen, schrieb die Zeitung"),
        // or after a source cue ("der laut dem Kreml „…“ stattfinden soll"): the reporter speaks, not the clause's
        // subject; the cited source fills in later where no reporter is named (SourcedQuoteExtractor).
        for (int v = 0; v < post.size(); v++) {
            if (post.get(v).text().equals(".") || post.get(v).text().equals(";")) {
                break;
            }
            if (v > 0 && post.get(v - 1).text().equals(",") && grammar.isReportingVerb(post.get(v).text())) {
                // "Der Iran müsse „…“ beenden, so Rice": the reporting clause names the speaker
                Attribution a = subjectFinder.afterVerb(text, entities, post, v, qStart);
                return a != null && a.speaker() != null ? (a.via() == null ? a.withVia(via) : a)
                        : new Attribution(null, null, via, true);
            }
        }
        return null;
    }

    /**
     * "laut", "zufolge", "according to", "nach Auffassung" before the quote names the speaker. {@code null} when it
     * does not apply.
     */
    private Attribution sourceCueBefore(Around around) {
        String text = around.text();
        List<EntityMention> entities = around.entities();
        List<Token> pre = around.pre();
        int from = around.from();
        int to = around.to();
        String via = around.via();
        for (int c = Math.max(0, pre.size() - 12); c < pre.size(); c++) {
            String w = pre.get(c).text().toLowerCase(Locale.ROOT);
            boolean nach = w.equals("nach") && c + 1 < pre.size() && isSourceNoun(headNoun(pre, c + 1));
            if (w.equals("laut") || w.equals("zufolge") || w.equals("according") || nach) {
                // "Nach Auffassung des Fraktionschefs X sei es „…“": the source cue names the speaker
                SpeakerPhrases.Phrase p = w.equals("zufolge") ? phraseBefore(pre, c, entities)
                        : w.equals("according") ? null : phrases.at(pre, c + 1, entities);
                SpeakerReference reference = p == null ? null : grammar.sourceOf(text, pre, p,
                        phrases.mention(text, pre, p, entities), entities);
                EntityMention source = reference instanceof SpeakerReference.Named named ? named.mention() : null;
                if (source != null && source.type() != EntityType.LOCATION
                        && (w.equals("zufolge") || p.last() > c + 1)) {
                    return new Attribution(source, null, grammar.via(entities, from, to, source.start()), true);
                }
                return new Attribution(null, null, via, true);
            }
        }
        return null;
    }

    /** "X nannte die Zahlen „…“": the subject opening the clause speaks; {@code null} when it does not apply. */
    private Attribution subjectOpeningClause(Around around) {
        String text = around.text();
        List<EntityMention> entities = around.entities();
        List<Token> pre = around.pre();
        List<Token> post = around.post();
        int from = around.from();
        int to = around.to();
        // "X nannte die Zahlen „aus der Luft gegriffen“", "X kritisierte scharf: „…“": the clause's subject speaks
        SpeakerPhrases.Phrase subjectPhrase = pre.size() > 1 ? phrases.at(pre, 0, entities) : null;
        boolean passive = pre.stream().anyMatch(x -> PASSIVE.contains(x.text()))
                || post.stream().anyMatch(x -> PASSIVE.contains(x.text()));
        if (subjectPhrase != null && subjectPhrase.last() < pre.size() && pre.get(subjectPhrase.last()).isLowerCase()
                && !PREPOSITIONS.contains(pre.get(subjectPhrase.last()).text())
                && !"„“”\"»«".contains(pre.get(0).text()) && !passive
                && (grammar.isSpeakerLike(pre, subjectPhrase, entities) || hasPersonNoun(pre, subjectPhrase)
                || subjectPhrase.last() - subjectPhrase.first() == 1)) {
            // "Seine Werke werden als „…“ bezeichnet", "Der größte Vorwurf ist „…“": no one speaks
            EntityMention m = phrases.mention(text, pre, subjectPhrase, entities);
            // a verb of a speech act ("nannte den Bericht eine „Zeitungsente“", "sprach von einem „Volkskrieg“")
            // makes even a short quote the subject's words; without one a short quote is still a scare quote
            boolean act = pre.stream().anyMatch(x -> isSpeechActVerb(x.text()))
                    || post.stream().takeWhile(x -> !x.text().equals(".")).anyMatch(x -> isSpeechActVerb(x.text()));
            return new Attribution(m, grammar.roleOf(text, pre, subjectPhrase, m), grammar.via(entities, from, to, m.start()), act);
        }
        return null;
    }

    /**
     * "Ein Beamter der Polizei: „…“": the clause subject or speaker label before a colon. {@code null} when it does not
     * apply.
     */
    private Attribution afterColon(Around around) {
        String text = around.text();
        List<EntityMention> entities = around.entities();
        List<Token> pre = around.pre();
        int from = around.from();
        int to = around.to();
        if (!pre.isEmpty() && pre.get(pre.size() - 1).text().equals(":")) {
            EntityMention subject = subjectFinder.clauseSubject(entities, pre);
            if (subject != null) {
                return new Attribution(subject, grammar.roleBefore(text, subject), grammar.via(entities, from, to, subject.start()), true);
            }
            EntityMention introduced = subjectFinder.colonSpeaker(text, entities, pre);
            if (introduced != null) {
                return new Attribution(introduced, null, grammar.via(entities, from, to, introduced.start()), true);
            }
        }
        return null;
    }

    /** A reporting verb later in the sentence: attributed, speaker unknown. {@code null} when it does not apply. */
    private Attribution verbLater(Around around) {
        List<Token> post = around.post();
        String via = around.via();
        // A verb later in the sentence: „…“ auslösen könnten (gewarnt, …): attributed, speaker unknown
        for (Token t : post) {
            if (grammar.isReportingVerb(t.text()) && !t.text().equals("so")) {
                return new Attribution(null, null, via, true);
            }
        }
        return null;
    }

}
