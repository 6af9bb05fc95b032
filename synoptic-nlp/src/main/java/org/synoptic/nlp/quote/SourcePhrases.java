package org.synoptic.nlp.quote;

import static org.synoptic.nlp.quote.QuoteWords.*;
import static org.synoptic.nlp.quote.ClauseShapes.*;
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
 * Report nouns as sources ("Angaben der Polizei", "Polizeiangaben", "nach ersten Angaben"): the head noun of a
 * phrase, whether it is a source noun, the source a compound names, the nominative of an anonymous source, a
 * possessive's owner. Pure functions.
 */
final class SourcePhrases {

    private SourcePhrases() {
    }

    /**
     * The noun phrase right before a postposition at {@code t[i]} ("zufolge"), wherever it stands in the sentence:
     * "starben behördlichen Angaben zufolge", "hätte den Beobachtern zufolge", "Dem Sender al-Dschasira zufolge". A
     * found name or up to three capitalised words, adjectives before them (by their endings: "offiziellen",
     * "ersten", "chinesischen") and a determiner. {@code null} when no capitalised word stands before {@code i}.
     */
    static SpeakerPhrases.Phrase phraseBefore(List<Token> t, int i, List<EntityMention> entities) {
        int h = i;
        while (h > 0 && i - h < 4) {
            Token x = t.get(h - 1);
            EntityMention e = entityEndingAt(entities, x.end());
            if (e != null) {
                while (h > 0 && t.get(h - 1).end() > e.start()) {
                    h--;
                }
                continue;
            }
            if (!x.isWord() || !x.isCapitalised() && !x.text().matches("\\p{Ll}{1,3}-\\p{Lu}.*")) {
                break; // "al-Dschasira" is a name
            }
            h--;
        }
        if (h == i) {
            return null;
        }
        int modifiers = 0;
        while (h > 0 && modifiers < 2 && t.get(h - 1).isLowerCase()
                && (t.get(h - 1).text().matches(".*(isch|lich|ig|ell|al|iv|är|st|ten|en|er)(e|en|em|er|es)")
                || h > 1 && SpeakerPhrases.isDeterminer(t.get(h - 2).text()) && t.get(h - 1).text().endsWith("en")
                && !SpeakerPhrases.isDeterminer(t.get(h - 1).text()))) {
            h--; // "offiziellen Angaben", "einen hohen Beamten"
            modifiers++;
        }
        if (h > 0 && SpeakerPhrases.isDeterminer(t.get(h - 1).text())) {
            h--;
        }
        return new SpeakerPhrases.Phrase(h, i, i);
    }

    /** Whether a noun after "nach" makes a source cue: "Angaben", "Ermittlungen", "UNHCR-Angaben", "Polizeiberichten". */
    static boolean isSourceNoun(String head) {
        if (SOURCE_NOUNS.contains(head)) {
            return true;
        }
        String lower = head.toLowerCase(Locale.ROOT);
        return Character.isUpperCase(head.isEmpty() ? 'a' : head.charAt(0)) && SOURCE_COMPOUND_ENDINGS.stream()
                .anyMatch(lower::endsWith);
    }

    /**
     * The relative clause set off by commas around {@code t[k]} (", der … k … ,") as token indices {@code [from, to)}
     * from the relative pronoun to before the closing comma, or {@code null} when {@code t[k]} stands in none.
     */
    static int[] relativeClause(List<Token> t, int k) {
        int open = -1;
        for (int j = k - 1; j >= 0; j--) {
            if (t.get(j).text().equals(",")) {
                open = j;
                break;
            }
        }
        if (open < 0 || open + 1 >= k || !RELATIVE_PRONOUNS.contains(t.get(open + 1).text())) {
            return null;
        }
        for (int j = k + 1; j < t.size(); j++) {
            if (t.get(j).text().equals(",")) {
                return new int[] {open + 1, j};
            }
        }
        return null;
    }

    /**
     * The head noun of the phrase at {@code tokens[k]} after any determiner and modifiers; after a genitive name
     * ("Grupps Meinung") the noun that follows it.
     */
    static String headNoun(List<Token> tokens, int k) {
        while (k < tokens.size() - 1 && SpeakerPhrases.isDeterminer(tokens.get(k).text())) {
            k++; // "Seiner Ansicht": a capitalised determiner opening the sentence is no noun
        }
        for (int j = k; j < Math.min(tokens.size(), k + 4); j++) {
            if (tokens.get(j).isCapitalised()) {
                String w = tokens.get(j).text();
                if (j == k && w.endsWith("s") && j + 1 < tokens.size() && tokens.get(j + 1).isCapitalised()
                        && SOURCE_NOUNS.contains(tokens.get(j + 1).text())) {
                    return tokens.get(j + 1).text();
                }
                return w;
            }
        }
        return "";
    }

    /**
     * A report noun that names no one ("nach ersten Angaben", "offiziellen Angaben zufolge", "laut einer Umfrage") is
     * an anonymous source: the phrase itself, without its determiner, is its name, so that a reader sees what the
     * statement rests on. A bare report noun ("den Angaben zufolge") refers back to a source named before and stays
     * unresolved.
     */
    static SpeakerReference anonymousSource(List<Token> t, SpeakerPhrases.Phrase p, EntityMention cue) {
        Token first = t.get(p.first());
        String owner = possessiveOwner(first.text());
        if (owner != null) {
            // "Seiner Ansicht nach": the owner is the source, a pronoun resolved like "er"
            return new SpeakerReference.Named(new EntityMention(first.text(), owner, EntityType.PERSON, first.start(),
                    first.end()));
        }
        int k = p.first();
        while (k < p.last() && SpeakerPhrases.isDeterminer(t.get(k).text())) {
            k++;
        }
        if (k >= p.last()) {
            return new SpeakerReference.Unknown(cue);
        }
        Token last = t.get(p.last() - 1);
        if (p.last() - k >= 2 && isSourceNoun(t.get(p.last() - 2).text()) && last.text().length() > 3
                && last.text().endsWith("s") && !last.text().endsWith("ss")) {
            // "Nach Angaben Ibrahims": a genitive name after the report noun
            String name = last.text().substring(0, last.text().length() - 1);
            return new SpeakerReference.Named(new EntityMention(cue.text(), name, EntityType.PERSON, cue.start(),
                    cue.end()));
        }
        return new SpeakerReference.Named(new EntityMention(cue.text(), nominative(cue, t, k, p.last()),
                EntityType.OTHER, cue.start(), cue.end()));
    }

    /**
     * A source phrase as a reader names it, in the nominative: "nach ersten Schätzungen" gives "Erste Schätzungen",
     * "offiziellen Angaben zufolge" "Offizielle Angaben", "Berichten zufolge" "Berichte". Only the plural of report
     * nouns is rewritten (dative "-en" of modifiers and of "Berichten", "Kreisen"); other phrases keep their words,
     * capitalised.
     */
    static String nominative(EntityMention cue, List<Token> t, int from, int to) {
        StringBuilder out = new StringBuilder();
        String head = t.get(to - 1).text();
        boolean plural = head.endsWith("en") || head.endsWith("ern");
        int at = t.get(from).start();
        for (int k = from; k < to; k++) {
            Token x = t.get(k);
            out.append(cue.text(), at - cue.start(), x.start() - cue.start());
            String w = x.text();
            if (plural && k < to - 1 && x.isLowerCase() && w.endsWith("en")) {
                w = w.substring(0, w.length() - 1); // "ersten" → "erste"
            }
            if (k == to - 1 && (w.endsWith("berichten") || w.endsWith("Berichten") || w.endsWith("kreisen")
                    || w.endsWith("Kreisen"))) {
                w = w.substring(0, w.length() - 1); // "Medienberichten" → "Medienberichte"
            }
            out.append(w);
            at = x.end();
        }
        String name = out.toString().replace('\n', ' ');
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The personal pronoun a possessive stands for ("seiner" gives "er", "ihrer" "sie"), or {@code null}. */
    static String possessiveOwner(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.matches("sein(e|er|em|en|es)?")) {
            return "er";
        }
        return lower.matches("ihr(e|er|em|en|es)?") ? "sie" : null;
    }

    /**
     * The source a compound report noun names in its first part: "Polizeiangaben" gives "Polizei", "UNO-Angaben"
     * "UNO", "Regierungsangaben" "Regierung", "Medienberichten" "Medien"; {@code null} for a plain report noun.
     */
    static String compoundSource(String head) {
        for (String report : List.of("angaben", "berichten", "informationen", "kreisen")) {
            String lower = head.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(report) || head.length() - report.length() < 3) {
                continue;
            }
            String first = head.substring(0, head.length() - report.length());
            if (first.endsWith("-")) {
                first = first.substring(0, first.length() - 1);
            } else if (first.endsWith("s") && first.matches(".*(ung|ion|tät|heit|keit|schaft)s")) {
                first = first.substring(0, first.length() - 1); // the linking s: "Regierungsangaben"
            }
            return first.length() >= 3 && Character.isUpperCase(first.charAt(0)) ? first : null;
        }
        return null;
    }

}
