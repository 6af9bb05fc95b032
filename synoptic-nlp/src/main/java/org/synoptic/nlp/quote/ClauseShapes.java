package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.QuoteWords.*;
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
 * Stateless tests and look-ups on a tokenised clause and the entity list: where a phrase ends, whether a verb is
 * passive or existential, the entity at an offset, the sentence around an offset, English clause shapes. Every
 * method is a pure function of its arguments.
 */
final class ClauseShapes {

    private ClauseShapes() {
    }

    /**
     * A pronoun or role noun ("er", "der Minister") standing for a person named earlier: the speaker mention is the
     * word next to the quote, its name the person's.
     */
    static EntityMention standIn(EntityMention person, Token word) {
        if (SpeakerPhrases.isPronoun(word.text())) {
            return new EntityMention(word.text(), word.text(), EntityType.PERSON, word.start(), word.end());
        }
        return person == null ? null
                : new EntityMention(word.text(), person.name(), person.type(), word.start(), word.end());
    }

    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.start() <= offset && offset < s.end()) {
                return s;
            }
        }
        return null;
    }

    /** The end of a sentence's words in [from, end): closing punctuation and line breaks cut off. */
    static int endOfWords(String text, int from, int end) {
        while (end > from && ".!?:;… \n".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /**
     * Whether a Konjunktiv II form is the finite verb of the main clause and no "dass" follows: "Ein Streik hätte
     * Folgen", not "RIA relativierte, dass es … kommen könnte".
     */
    static boolean mainClauseConditional(List<Token> t) {
        return t.stream().noneMatch(x -> x.text().equals("dass") || x.text().equals("ob"))
                && mainClauseVerb(t, KONJUNKTIV_II);
    }

    /** Whether "soll"/"sollen" is the finite verb of the main clause. */
    static boolean mainClauseHearsay(List<Token> t) {
        return mainClauseVerb(t, HEARSAY);
    }

    /** Whether one of {@code verbs} stands among the first eight words of a sentence, before any comma. */
    static boolean mainClauseVerb(List<Token> t, Set<String> verbs) {
        for (int k = 0; k < Math.min(t.size(), 8); k++) {
            if (t.get(k).text().equals(",")) {
                return false;
            }
            if (verbs.contains(t.get(k).text())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word after {@code offset} is a finite verb in the plural ("sie bezeichneten", "sie fordern"). */
    static boolean pluralVerbAfter(String text, int offset) {
        java.util.regex.Matcher m = NEXT_WORD.matcher(text);
        if (!m.find(offset) || m.start() != offset) {
            return false;
        }
        String w = m.group(1);
        return w.length() > 4 && (w.endsWith("ten") || w.endsWith("ieben") || w.endsWith("ern") || w.endsWith("en")
                && !w.endsWith("chen")) && ReportingVerbs.form(w) != null;
    }

    static boolean isPersonName(String name, List<EntityMention> entities) {
        return entities.stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals(name));
    }

    /** Whether phrase {@code p} is followed by a lower-case word that can be its verb: no preposition or article. */
    static boolean followedByVerb(List<Token> t, SpeakerPhrases.Phrase p) {
        if (p.last() >= t.size()) {
            return false;
        }
        Token next = t.get(p.last());
        return next.isLowerCase() && !PREPOSITIONS.contains(next.text()) && !DETERMINERS.contains(next.text());
    }

    /** Whether {@code tokens[j]} ends an English clause: a sentence end (not a title's dot), a quotation mark. */
    static boolean isClauseBoundary(List<Token> tokens, int j) {
        String w = tokens.get(j).text();
        if (w.equals(".")) {
            return j == 0 || !Set.of("Dr", "Mr", "Mrs", "Ms", "Prof", "St").contains(tokens.get(j - 1).text());
        }
        return Set.of(";", ":", "!", "?", "“", "”", "\"", "„", "«", "»", "(", ")").contains(w);
    }

    static int indexOf(List<Token> tokens, String word, int from, int to) {
        for (int j = from; j < Math.min(tokens.size(), to); j++) {
            if (tokens.get(j).text().equals(word)) {
                return j;
            }
        }
        return -1;
    }

    /** Whether a word reads as a role by its ending: "Geschäftsführerin", "Laborleiter", "Direktor", "Agrarexperte". */
    static boolean isRoleNoun(Token t) {
        return t.isCapitalised() && t.text().length() > 4 && !THING_NOUNS.contains(t.text())
                && t.text().matches(".*(er|erin|ent|entin|eur|eurin|tor|torin|chef|chefin|ende|ender|ist|istin|at|atin"
                + "|experte|expertin)");
    }

    /**
     * Whether the head of phrase {@code p} is a noun for people by its ending: agent nouns ("Bewohner", "Wahlsieger",
     * "Anhänger", "Studenten", "Demonstranten", "Aktivistin").
     */
    static boolean hasPersonNoun(List<Token> t, SpeakerPhrases.Phrase p) {
        for (int k = p.first(); k < p.headEnd(); k++) {
            String w = t.get(k).text();
            if (t.get(k).isCapitalised() && w.length() > 4 && !THING_NOUNS.contains(w)
                    && w.matches(".*(er|erin|erinnen|enten|anten|isten|istin|istinnen|eure|eurin|beamte|beamten"
                    + "|beamtin|angestellte|angestellten)")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the head of phrase {@code p} is a document that reports ("Der Untersuchungsbericht", "Die Studie"). */
    static boolean isDocument(List<Token> t, SpeakerPhrases.Phrase p) {
        String head = t.get(p.headEnd() - 1).text().toLowerCase(Locale.ROOT);
        return DOCUMENT_HEADS.stream().anyMatch(head::endsWith);
    }

    /**
     * For a stance noun at {@code t[v]} closing its clause ("ist der Ansicht,", "kamen zu dem Ergebnis,", "kommt zum
     * Schluss,"), the index of the finite verb before it; else -1.
     */
    static int stanceVerb(List<Token> t, int v) {
        if (!STANCE_NOUNS.contains(t.get(v).text()) || v + 1 >= t.size() || !t.get(v + 1).text().equals(",") || v < 2) {
            return -1;
        }
        String before = t.get(v - 1).text();
        int f = -1;
        if (before.equals("der") && v >= 2) {
            f = v - 2; // "ist der Ansicht"
        } else if (before.equals("zum") || before.equals("dem") && v >= 3 && t.get(v - 2).text().equals("zu")) {
            f = before.equals("zum") ? v - 2 : v - 3; // "kam zum Schluss", "kamen zu dem Ergebnis"
        }
        while (f > 0 && ADVERBS.contains(t.get(f).text())) {
            f--; // "ist weiterhin der Ansicht"
        }
        return f > 0 && t.get(f).isLowerCase() && t.get(f).text().matches("ist|sind|war|waren|bin|kam|kamen|kommt|kommen"
                + "|gelangte|gelangten|gelangt|bleibt|blieb|blieben") ? f : -1;
    }

    /**
     * The relative pronoun opening the clause of the verb at {@code t[v]} ("…, die den Mut Alis hervorhob"), or
     * {@code null} when the verb's clause is no relative clause. An article before a noun ("…, die Regierung …") is
     * no relative pronoun.
     */
    static Token relativePronoun(List<Token> t, int v) {
        for (int k = v - 1; k > 0 && v - k <= 15; k--) {
            String w = t.get(k).text();
            if (w.equals(",")) {
                if (k + 1 >= v || !Set.of("der", "die", "das", "welche", "welcher", "welches").contains(t.get(k + 1).text())) {
                    return null;
                }
                return k + 2 == v || !t.get(k + 2).isCapitalised() ? t.get(k + 1) : null;
            }
            if (".:;„“\"»«".contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** Whether a capitalised noun names an institution by its ending: "Bischofskonferenz", "Landesregierung". */
    static boolean isInstitution(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.isCapitalised() && INSTITUTION_HEADS.stream().anyMatch(w::endsWith);
    }

    static EntityMention precedingPerson(List<EntityMention> entities, int offset) {
        EntityMention best = null;
        for (EntityMention e : entities) {
            if (e.type() == EntityType.PERSON && e.end() <= offset) {
                best = e;
            }
        }
        return best;
    }

    /** The first mention (in list order) starting at {@code start}, or {@code null}; indexed for a {@link MentionIndex}. */
    static EntityMention entityAt(List<EntityMention> entities, int start) {
        if (entities instanceof MentionIndex index) {
            return index.startingAt(start);
        }
        for (EntityMention e : entities) {
            if (e.start() == start) {
                return e;
            }
        }
        return null;
    }

    /** The first mention (in list order) ending at {@code end}, or {@code null}; indexed for a {@link MentionIndex}. */
    static EntityMention entityEndingAt(List<EntityMention> entities, int end) {
        if (entities instanceof MentionIndex index) {
            return index.endingAt(end);
        }
        for (EntityMention e : entities) {
            if (e.end() == end) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether the name at {@code t[first]} stands in a phrase after "gegenüber" ("Gegenüber der Nachrichtenagentur
     * „Associated Press“ sagte …"): an addressee, not the speaker.
     */
    static boolean governedByPreposition(List<Token> t, int first) {
        for (int j = first - 1; j >= 0 && j >= first - 4; j--) {
            String w = t.get(j).text();
            if (w.equalsIgnoreCase("gegenüber")) {
                return true;
            }
            if (!("„\"»".contains(w) || t.get(j).isCapitalised() || SpeakerPhrases.isDeterminer(w))) {
                return false;
            }
        }
        return false;
    }

    /** Whether a word looks like the participle of a passive report: "vorgeworfen", "aufgefordert". */
    static boolean isParticiple(String word) {
        return PARTICIPLE.matcher(word).matches();
    }

    /** Whether the participle at {@code t[v]} forms a passive with an auxiliary before it ("wird … vorgeworfen"). */
    static boolean isPassive(List<Token> t, int v) {
        if (!isParticiple(t.get(v).text())) {
            return false;
        }
        for (int k = v - 1; k >= Math.max(0, v - 8); k--) {
            if (PASSIVE.contains(t.get(k).text())) {
                return true;
            }
            if (t.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the clause of the verb at {@code t[v]} has "es" as its subject: "in dem es nur 26 Fouls gab". */
    static boolean existential(List<Token> t, int v) {
        for (int k = v - 1; k >= 0 && k >= v - 8; k--) {
            if (t.get(k).text().equals("es")) {
                return true;
            }
            if (t.get(k).text().equals(",")) {
                return false;
            }
        }
        return v + 1 < t.size() && t.get(v + 1).text().equals("es");
    }

    /** Whether a particle of form {@code f} follows its verb at {@code pre[v]} in the same clause, before or after the quote. */
    static boolean particleFollows(ReportingVerbs.Form f, List<Token> pre, int v, List<Token> post) {
        for (int k = v + 1; k < pre.size(); k++) {
            if (f.isParticle(pre.get(k).text())) {
                return true;
            }
            if (pre.get(k).text().equals(",") || pre.get(k).text().equals(".")) {
                return false;
            }
        }
        for (Token t : post) {
            if (f.isParticle(t.text())) {
                return true;
            }
            if (t.text().equals(",") || t.text().equals(".")) {
                return false;
            }
        }
        return false;
    }

    /** Whether the verb at {@code t[v]} closes a clause opening the sentence with "wie" ("Denn wie X mitteilte"). */
    static boolean openingWieClause(List<Token> t, int v) {
        int w = !t.isEmpty() && t.get(0).text().equals("Wie") ? 0
                : t.size() > 1 && OPENING_CONJUNCTIONS.contains(t.get(0).text()) && t.get(1).text().equals("wie") ? 1 : -1;
        if (w < 0 || v <= w) {
            return false;
        }
        for (int k = w + 1; k < v; k++) {
            if (t.get(k).text().equals(",")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word is a finite verb of a speech act that may carry a short quote as its object. */
    static boolean isSpeechActVerb(String w) {
        return SPEAKING_OF.contains(w) || ACT_VERBS.contains(w) && !w.startsWith("erwart") && !w.startsWith("erhoff")
                || ACT_PARTICLES.containsKey(w) && !w.startsWith("gab") && !w.startsWith("gib");
    }

    /** Whether {@code t[v]} is a finite verb reporting a speech act, with its particle where it has one. */
    static boolean isActVerb(List<Token> t, int v, int last) {
        String w = t.get(v).text();
        if (!t.get(v).isLowerCase()) {
            return false;
        }
        int clauseEnd = last;
        for (int k = v + 1; k < last; k++) {
            if (t.get(k).text().equals(",")) {
                clauseEnd = k; // "Die USA lehnten den Satz ab, während …": the particle closes the clause
                break;
            }
        }
        if (SPEAKING_OF.contains(w) && !w.startsWith("n") && !w.startsWith("kritis")) {
            for (int k = v + 1; k < Math.min(clauseEnd, v + 7); k++) {
                if (Set.of("von", "vom", "vor").contains(t.get(k).text())) {
                    return true; // "sprach (trotz der Kritik) von einer freien Wahl", "warnte vor den Folgen"
                }
            }
        }
        String particle = ACT_PARTICLES.get(w);
        if (particle != null) {
            return clauseEnd > v + 1 && t.get(clauseEnd - 1).text().equals(particle);
        }
        ReportingVerbs.Form f = ReportingVerbs.form(w);
        AttributionLexicon.Verb entry = AttributionLexicon.standard().verb(w);
        if (f == null && !ACT_VERBS.contains(w) || EnglishSpeakers.isVerb(w)
                || entry != null && entry.language().equals("en")) { // English acts: SpeechActFinder.englishAct
            return false;
        }
        return f == null || f.particle().isEmpty() || last > v + 1 && f.isParticle(t.get(last - 1).text());
    }

    /** An English verb that closes a fronted reported clause: "S, officials said", "S, the Times reported". */
    static boolean isEnglishClauseFirst(String verb) {
        AttributionLexicon.Verb v = AttributionLexicon.standard().verb(verb);
        return v != null && v.language().equals("en") && v.has(AttributionLexicon.Frame.CLAUSE_FIRST);
    }

    /**
     * "LONDON (Agency) — S", "GENOA, Italy (Agency) - S", "Frankfurt am Main (dpa) – S": where S starts after a
     * dateline among the first words (a dash right after a closing parenthesis, every word before it capitalised but
     * for a place name's joining words), else {@code start}. "The tanker (built in 1998) - S" has no dateline.
     */
    static int afterDateline(List<Token> t, int start, int limit) {
        for (int k = 1; k + 1 < Math.min(limit, 12); k++) {
            if (Set.of("—", "–", "--", "-").contains(t.get(k).text()) && t.get(k - 1).text().equals(")")) {
                for (int j = 0; j < k; j++) {
                    if (t.get(j).isWord() && !t.get(j).isCapitalised() && !PLACE_JOINERS.contains(t.get(j).text())) {
                        return start;
                    }
                }
                return t.get(k + 1).start();
            }
        }
        return start;
    }

    /** Lower-case words inside a place name or agency of a dateline: "Frankfurt am Main", "Halle (Saale)". */
    private static final Set<String> PLACE_JOINERS = Set.of("am", "an", "der", "im", "ob", "bei", "upon", "on", "de",
            "del", "la", "le", "sur", "dpa", "afp", "ap", "epd", "kna", "apa", "sda", "rtr");

    /** After "told": the one told ("reporters", "Reuters", "the Gazette"); the index after it, or -1. */
    static int skipAddressee(List<EntityMention> entities, List<Token> t, int k) {
        if (k >= t.size()) {
            return -1;
        }
        EntityMention e = entityAt(entities, t.get(k).start());
        if (e != null) {
            int j = k;
            while (j < t.size() && t.get(j).start() < e.end()) {
                j++;
            }
            return j;
        }
        if (Set.of("reporters", "journalists", "lawmakers", "parliament", "investors", "analysts", "residents",
                "staff", "employees", "listeners", "viewers", "him", "her", "them", "us", "me").contains(t.get(k).text())) {
            return k + 1;
        }
        if (t.get(k).text().equals("the") && k + 1 < t.size() && t.get(k + 1).isCapitalised()) {
            int j = k + 1;
            while (j < t.size() && t.get(j).isCapitalised()) {
                j++;
            }
            return j;
        }
        return -1;
    }

    /** Skips "on Tuesday", "yesterday", "in a statement", "late on Friday" after an English verb. */
    static int skipTimeAdverbial(List<Token> t, int k) {
        int n = t.size();
        for (int steps = 0; steps < 3 && k < n; steps++) {
            String w = t.get(k).text();
            if (Set.of("yesterday", "today", "tonight", "earlier", "later", "also", "again", "previously", "recently",
                    "late").contains(w)) {
                k++;
            } else if (w.equals("on") && k + 1 < n && t.get(k + 1).isCapitalised()) {
                k += 2;
            } else if (w.equals("last") && k + 1 < n && t.get(k + 1).isLowerCase()) {
                k += 2;
            } else if (w.equals("in") && k + 2 < n && Set.of("a", "an").contains(t.get(k + 1).text())
                    && t.get(k + 2).isLowerCase()) {
                k += 3;
            } else {
                break;
            }
        }
        return k;
    }

    /** Whether an English clause starts at {@code t[k]}: an opening word and a finite verb within a few words. */
    static boolean isEnglishClause(List<Token> t, int k) {
        if (k >= t.size() || !t.get(k).isWord()) {
            return false;
        }
        String w = t.get(k).text();
        boolean opening = t.get(k).isCapitalised() || Set.of("the", "a", "an", "he", "she", "it", "they", "there",
                "this", "these", "those", "his", "her", "their", "its", "we", "i", "some", "many", "most", "no",
                "all", "more", "fewer", "about", "up", "only", "nobody", "none").contains(w);
        if (!opening) {
            return false;
        }
        for (int j = k + 1; j < Math.min(t.size(), k + 9); j++) {
            String x = t.get(j).text();
            if (ENGLISH_FINITE.contains(x)) {
                return true;
            }
            if (x.equals(",") || x.equals(".")) {
                return false;
            }
        }
        return false;
    }

    static EntityMention entityAfterAus(List<EntityMention> entities, List<Token> t, int v) {
        for (int k = Math.max(0, v - 4); k < v; k++) {
            if (t.get(k).text().equalsIgnoreCase("aus")) {
                for (int j = k + 1; j < v; j++) {
                    EntityMention e = entityAt(entities, t.get(j).start());
                    if (e != null && e.type() != EntityType.PERSON) {
                        return e;
                    }
                }
            }
        }
        return null;
    }

    static boolean namedWithin(List<EntityMention> entities, String name, int start, int end) {
        for (EntityMention e : entities) {
            if (e.start() >= start && e.end() <= end && e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    static boolean isEnglishClauseStart(List<Token> t, int k) {
        return k < t.size() && Set.of("the", "a", "he", "she", "it", "they", "there", "this", "his", "her", "their",
                "its", "we", "i").contains(t.get(k).text().toLowerCase(Locale.ROOT)) && k > 0
                && Set.of("said", "says", "told").contains(t.get(k - 1).text());
    }

    static boolean insideDirectQuote(List<Quote> quotes, Token word) {
        for (Quote q : quotes) {
            if (q.direct() && q.start() <= word.start() && word.end() <= q.end()) {
                return true;
            }
        }
        return false;
    }

    static boolean inDirectQuote(List<Quote> quotes, int start, int end) {
        for (Quote q : quotes) {
            int overlap = Math.min(end, q.end()) - Math.max(start, q.start());
            if (q.direct() && overlap > (end - start) / 2) {
                return true;
            }
        }
        return false;
    }

}
