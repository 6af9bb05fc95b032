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
 * Finder {@code speech-act}: a sentence that tells a speech act without its words ("Die Gewerkschaft wertet die
 * Einigung als Erfolg") is a {@link org.synoptic.model.Quote.Kind#REPORTED} statement of its subject. Stateless.
 */
final class SpeechActFinder {

    private final SpeakerPhrases phrases;
    private final SpeakerGrammar grammar;

    SpeechActFinder(SpeakerGrammar grammar) {
        this.phrases = grammar.phrases;
        this.grammar = grammar;
    }

    /**
     * A sentence that reports a speech act without its words: "Die Gewerkschaft wertet die Einigung als Erfolg.",
     * "Auch das Außenministerium kritisierte den Anschlag.", "So riet die Politikerin dem Minister zu mehr
     * Zurückhaltung." The whole sentence is the reported statement and the verb's subject its speaker. The subject
     * must open the sentence (after at most a focus word such as "Auch") or follow the verb in second place, and
     * must name a person or organisation, hold a role noun, or be a personal pronoun; a separable verb needs its
     * particle at the end ("kündigte … an"). Sentences holding a quote are left alone.
     */
    void reportedAct(String text, Sentence s, List<Token> t, List<EntityMention> entities, List<Quote> out) {
        int n = t.size();
        if (n < 5 || out.stream().anyMatch(q -> q.start() < s.end() && s.start() < q.end())
                || t.stream().anyMatch(x -> "„“”\"»«?".contains(x.text()))) {
            return;
        }
        int last = n;
        while (last > 0 && !t.get(last - 1).isWord()) {
            last--;
        }
        if (englishAct(text, s, t, entities, last, out)) {
            return;
        }
        int k = FOCUS_WORDS.contains(t.get(0).text()) ? 1 : 0;
        SpeakerPhrases.Phrase subject = null;
        int verb = -1;
        SpeakerPhrases.Phrase opening = phrases.at(t, k, entities);
        if (opening != null && opening.last() < n) {
            int v = opening.last();
            if (v < n && t.get(v).text().equals(",") && v > opening.headEnd()) {
                v++; // "Der CSU-Vorsitzende, Edmund Stoiber, warf …"
            }
            while (v < n && SpeakerPhrases.isClauseAdverb(t.get(v).text())) {
                v++;
            }
            if (v < n && isActVerb(t, v, last)) {
                subject = opening;
                verb = v;
            }
        }
        if (subject == null && !Set.of("Dies", "Das", "Dieses", "Diese", "Dem", "Den", "Es").contains(t.get(0).text())) {
            // V2: "So riet die Politikerin …", "Dabei erhoffen sich die Initiatoren …"; not "Dies bestätigte X"
            verb = verbSecond(t, entities, last);
            subject = verb < 0 ? null : phrases.at(t, grammar.skipAdverbials(t, verb + 1, entities), entities);
        }
        if (subject == null || t.get(verb).text().startsWith("äußer") || t.stream().filter(Token::isWord).count() < 6) {
            return; // "Ebenso äußerte sich X": a speech act with nothing reported
        }
        boolean pronoun = subject.last() - subject.first() == 1 && SpeakerPhrases.isPronoun(t.get(subject.first()).text());
        if (!pronoun && !grammar.isSpeakerLike(t, subject, entities)) {
            return;
        }
        EntityMention m = phrases.mention(text, t, subject, entities);
        int start = t.get(0).start();
        int end = t.get(last - 1).end();
        add(text, start, end, new Attribution(m, pronoun ? null : grammar.roleOf(text, t, subject, m),
                grammar.via(entities, s.start(), s.end(), m.start()), true), Quote.Kind.REPORTED, out);
    }

    /**
     * The speech-act verb in second place whose subject follows it ("So riet die Politikerin …"), or -1: the first
     * act verb within five words (twelve after an opening preposition), before any comma, with a subject phrase after
     * it that is no object ("den", "ihm").
     */
    private int verbSecond(List<Token> t, List<EntityMention> entities, int last) {
        int n = t.size();
        int reach = PREPOSITIONS.contains(t.get(0).text().toLowerCase(Locale.ROOT)) ? 12 : 5;
        for (int v = 1; v <= Math.min(reach, n - 2); v++) {
            if (t.get(v).text().equals(",")) {
                break;
            }
            if (!isActVerb(t, v, last) || t.get(v - 1).text().equals(",")) {
                continue;
            }
            int j = grammar.skipAdverbials(t, v + 1, entities);
            SpeakerPhrases.Phrase p = j < n ? phrases.at(t, j, entities) : null;
            boolean object = j < n && Set.of("den", "dem", "einen", "einem", "ihn", "ihm", "ihr", "ihnen")
                    .contains(t.get(j).text());
            return p != null && !object ? v : -1;
        }
        return -1;
    }

    /**
     * English: "The union welcomed the agreement.", "Senator Jane Roe criticized the plan on Monday." The words before
     * an English act verb ({@code act} frame, language {@code en}, within the first eight words) must be a speaker
     * phrase ({@link EnglishSpeakers#phrase}); at least two words must follow the verb, and a "that" clause after it
     * is left to the reported-clause rules. Returns whether a {@link Quote.Kind#REPORTED} quote was added.
     */
    private boolean englishAct(String text, Sentence s, List<Token> t, List<EntityMention> entities, int last,
                               List<Quote> out) {
        for (int v = 1; v < Math.min(last - 2, 9); v++) {
            if (!isEnglishAct(t.get(v).text())) {
                continue;
            }
            if (t.get(v + 1).text().equals("that") || t.subList(0, v).stream().anyMatch(x -> !x.isWord())) {
                return false;
            }
            EnglishSpeakers.Speaker sp = grammar.english.phrase(text, t, 0, v, entities, null);
            if (sp == null) {
                return false;
            }
            EntityMention m = sp.mention();
            int end = t.get(last - 1).end();
            add(text, t.get(0).start(), end, new Attribution(m, sp.role(),
                    grammar.via(entities, s.start(), s.end(), m.start()), true), Quote.Kind.REPORTED, out);
            return true;
        }
        return false;
    }

    private static boolean isEnglishAct(String word) {
        AttributionLexicon.Verb v = AttributionLexicon.standard().verb(word);
        return v != null && v.language().equals("en") && v.has(AttributionLexicon.Frame.ACT);
    }

}
