package org.synoptic.digest;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.synoptic.crosslingual.LinkingLexicon;
import org.synoptic.model.ArticleAnalysis;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Lets the sentences of a story told in German and in English meet: each sentence of such a story gets, besides its
 * own language's terms, English word stems marked "⇄" (an English sentence its own words', a German sentence its
 * words' translations from {@link LinkingLexicon}, the Ding list). Names meet through the entity merger's canonical
 * names and numbers through {@link SentenceVectors#numbersNormalised} ("1,200" and "1.200" alike), so "Ilka
 * Brandstätter arrived by special train from Mainz" meets "Brandstätter kam mit dem Zug aus Mainz" through
 * "§Ilka Brandstätter", "§Mainz" and "⇄train".
 *
 * <p>A bridged term weighs {@value #WEIGHT} of a written word; a German word gives its first
 * {@value #MAX_TRANSLATIONS} translations. Stop
 * words and words of attribution ("sagte", "said") give none. Only stories with reports in both languages are
 * bridged, so a German story's digest is what it was. Stateless and thread-safe.
 */
final class LanguageBridge {

    /** The weight of a bridged term relative to a word as written. */
    static final double WEIGHT = 0.5;
    /** Translations of a German word kept, in the dictionary's order (its first are its common senses). */
    static final int MAX_TRANSLATIONS = 3;
    /** The prefix of a bridged term. */
    static final String MARK = "⇄";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");
    /** Endings tried off a German word that the lexicon does not hold as written ("Fahrgästen" → "fahrgäste"). */
    private static final List<String> ENDINGS = List.of("n", "en", "e", "es", "s", "er", "em", "ern");
    private static final CharArraySet GERMAN_STOP = GermanAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    /** English words too common to link two statements. */
    private static final Set<String> ENGLISH_COMMON = Set.of("be", "have", "do", "will", "would", "can", "could",
            "may", "might", "must", "shall", "should", "it", "he", "she", "they", "we", "you", "i", "his", "her", "its",
            "their", "our", "from", "by", "up", "out", "about", "after", "before", "over", "more", "most", "also", "than",
            "who", "which", "what", "when", "where", "has", "had", "been", "were", "was", "is", "are", "one", "all");

    /** English calendar words, capitalised but no names. */
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    private LanguageBridge() {
    }

    /** The two languages bridged. */
    static boolean bilingual(List<ArticleAnalysis> analyses) {
        boolean german = false;
        boolean english = false;
        for (ArticleAnalysis a : analyses) {
            String l = languageOf(a);
            german |= l.equals("de");
            english |= l.equals("en");
        }
        return german && english;
    }

    /** An analysis's language as the digest reads it: "en" or "de" (anything else is read as German). */
    static String languageOf(ArticleAnalysis a) {
        String l = a.article().language() == null ? "" : a.article().language().toLowerCase(Locale.ROOT);
        return l.startsWith("en") ? "en" : "de";
    }

    /** Adds the bridged terms of a sentence in {@code language} to {@code tf}. */
    static void addTerms(String sentence, String language, Map<String, Double> tf) {
        for (String frequency : Frequencies.of(sentence)) {
            tf.merge(MARK + frequency, WEIGHT, Double::sum); // "stündlich" and "every hour" alike
        }
        Matcher m = WORD.matcher(sentence);
        EnglishStemmer stemmer = "en".equals(language) ? new EnglishStemmer() : null;
        LinkingLexicon lexicon = stemmer == null ? LinkingLexicon.standard() : null;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (stemmer != null) {
                if (ENGLISH_STOP.contains(word) || ENGLISH_COMMON.contains(word) || isAttribution(word, "en")
                        || m.start() > 0 && Character.isUpperCase(m.group().charAt(0)) && !CALENDAR.contains(word)) {
                    continue; // a capitalised word inside the sentence is mostly a name: names meet as names
                }
                stemmer.setCurrent(word);
                stemmer.stem();
                tf.merge(MARK + stemmer.getCurrent(), WEIGHT, Double::sum);
            } else {
                String lower = m.group().toLowerCase(Locale.GERMAN);
                if (GERMAN_STOP.contains(lower) || isAttribution(lower, "de")) {
                    continue;
                }
                String[] english = translations(lexicon, lower, m.group());
                if (english == null) {
                    continue;
                }
                int added = 0;
                for (String e : english) {
                    if (added < MAX_TRANSLATIONS && !ENGLISH_STOP.contains(e) && !ENGLISH_COMMON.contains(e)) {
                        tf.merge(MARK + e, WEIGHT, Double::sum);
                        added++;
                    }
                }
            }
        }
    }

    /** A German word's English stems: as written, without a common ending, or its compound's head; else null. */
    private static String[] translations(LinkingLexicon lexicon, String lower, String asWritten) {
        String[] english = lexicon.english(lower);
        for (int i = 0; english == null && i < ENDINGS.size(); i++) {
            String ending = ENDINGS.get(i);
            if (lower.length() > ending.length() + 3 && lower.endsWith(ending)) {
                english = lexicon.english(lower.substring(0, lower.length() - ending.length()));
            }
        }
        if (english == null && asWritten.length() >= 8 && Character.isUpperCase(asWritten.charAt(0))) {
            List<String> parts = TermExpander.parts(asWritten);
            if (parts.size() >= 2) {
                String head = parts.get(parts.size() - 1).toLowerCase(Locale.GERMAN);
                english = lexicon.english(head);
                for (int i = 0; english == null && i < ENDINGS.size(); i++) {
                    String ending = ENDINGS.get(i);
                    if (head.length() > ending.length() + 2 && head.endsWith(ending)) {
                        english = lexicon.english(head.substring(0, head.length() - ending.length()));
                    }
                }
            }
        }
        return english;
    }

    private static boolean isAttribution(String word, String language) {
        return SentenceVectors.stems(word, language).stream().anyMatch(t -> !SentenceVectors.isContentTerm(t));
    }
}
