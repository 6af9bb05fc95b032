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
import org.synoptic.nlp.quote.AttributionLexicon;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Lets the sentences of a story told in German and in English meet: each sentence of such a story gets, besides its
 * own language's terms, English word stems marked "⇄" (an English sentence its own words', a German sentence its
 * words' translations from {@link LinkingLexicon}, the Ding list). Names meet through the entity merger's canonical
 * names and numbers through {@link SentenceVectors#numbersNormalised} ("1,200" and "1.200" alike), so "Ilka
 * Brandstätter arrived by special train from Mainz" meets "Brandstätter kam mit dem Zug aus Mainz" through
 * "§Ilka Brandstätter", "§Mainz" and "⇄train". Days of a month and times of day meet as one term in both languages
 * ("9. Oktober" and "October 9" as "⇄d10-09", "6 Uhr" and "6 a.m." as "⇄t06:00"), and an English title before a
 * name is read as a word ("Captain" meets "Kapitän").
 *
 * <p>Where the words do not pair one to one: an English phrasal verb is read as the one word it means ("called off"
 * as "cancel", {@link PhraseClasses#PHRASAL_VERBS}); a German word the lexicon does not hold is read as the English
 * word it is written as, when it is one ("Tickets"); and the finite form of a separable verb of speech whose particle
 * closes its clause ("kündigte … an") gives none, as a word of attribution.
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
    /** Translations kept of a compound's modifier ("Rauch" of "Rauchvergiftungen"). */
    static final int MODIFIER_TRANSLATIONS = 2;
    /** The fewest letters of a loanword's English stem ({@link #loanword}): a short one meets English by chance. */
    static final int LOANWORD_MIN = 4;
    /** The prefix of a bridged term. */
    static final String MARK = "⇄";
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}-]*");
    /** The rest of a clause after a word: up to its next comma, colon, semicolon or full stop. */
    private static final Pattern CLAUSE_REST = Pattern.compile("[^,;:.!?–„“\"]*");
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

    /**
     * English titles that stand capitalised before a name ("Captain Jonas Vaitkevicius", "Mayor Teresa Valadares"):
     * words, not names, so they meet their German translation ("Kapitän").
     */
    private static final Set<String> TITLES = Set.of("captain", "president", "mayor", "minister", "chancellor",
            "governor", "judge", "general", "colonel", "commander", "chief", "inspector", "professor", "doctor",
            "director", "prosecutor", "senator", "king", "queen", "prince", "pope", "bishop", "sergeant", "officer");

    /**
     * English stems of the roles a German compound can name a speaker by ("Regionalpräsidentin",
     * "Reederei-Sprecherin", "Verkehrsministerin"): such a compound gives its head's translations only, since the
     * modifier describes the speaker, not what is stated.
     */
    private static final Set<String> ROLES = Set.of("presid", "minist", "spokesman", "spokeswoman", "spokesperson",
            "mayor", "chancellor", "governor", "director", "chief", "captain", "secretari", "chairman", "chairwoman",
            "leader", "head", "offic", "manag", "judg", "prosecutor", "speaker", "commission", "boss", "chair");

    private static final String GERMAN_MONTHS = "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|"
            + "Oktober|November|Dezember";
    private static final String ENGLISH_MONTHS = "January|February|March|April|May|June|July|August|September|"
            + "October|November|December";
    /** "9. Oktober", "9 October", "October 9", "Oct. 9th": a day of a month, in either language. */
    private static final Pattern DAY_MONTH = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s+(?:of\\s+)?("
            + GERMAN_MONTHS + "|" + ENGLISH_MONTHS + ")\\b");
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(" + ENGLISH_MONTHS + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d.,:]\\d)");
    /** "6 Uhr", "18.30 Uhr", "6 Uhr morgens", "6 a.m.", "6:30 p.m.", "6 o'clock": a time of day. */
    private static final Pattern GERMAN_TIME = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})(?:[.:](\\d{2}))?\\s*Uhr(?:\\s+(abends|nachmittags|nachts))?");
    private static final Pattern ENGLISH_TIME = Pattern.compile(
            "(?<![\\d.,])(\\d{1,2})(?:[.:](\\d{2}))?\\s*(?:(a\\.m\\.?|am\\b|p\\.m\\.?|pm\\b)|o'clock)");

    private LanguageBridge() {
    }

    /**
     * Adds the days of a month and the times of day a sentence names as bridged terms, the same in both languages
     * ("9. Oktober" and "October 9" give "⇄d10-09"; "6 Uhr morgens" and "6 a.m." give "⇄t06:00"): a small number
     * that is no distinctive number alone, but with its unit states when.
     */
    private static void addWhen(String sentence, String language, Map<String, Double> tf) {
        Matcher d = DAY_MONTH.matcher(sentence);
        while (d.find()) {
            addDay(Integer.parseInt(d.group(1)), d.group(2), tf);
        }
        if ("en".equals(language)) {
            Matcher md = MONTH_DAY.matcher(sentence);
            while (md.find()) {
                addDay(Integer.parseInt(md.group(2)), md.group(1), tf);
            }
        }
        Matcher t = ("en".equals(language) ? ENGLISH_TIME : GERMAN_TIME).matcher(sentence);
        while (t.find()) {
            int hour = Integer.parseInt(t.group(1));
            int minute = t.group(2) == null ? 0 : Integer.parseInt(t.group(2));
            boolean afternoon = "en".equals(language) ? t.group(3) != null && t.group(3).startsWith("p")
                    : t.group(3) != null;
            if (afternoon && hour < 12) {
                hour += 12;
            } else if ("en".equals(language) && t.group(3) != null && t.group(3).startsWith("a") && hour == 12) {
                hour = 0;
            }
            if (hour < 24 && minute < 60) {
                tf.merge(String.format(Locale.ROOT, "%st%02d:%02d", MARK, hour, minute), WEIGHT, Double::sum);
            }
        }
    }

    private static void addDay(int day, String monthName, Map<String, Double> tf) {
        int month = monthOf(monthName);
        if (day >= 1 && day <= 31 && month > 0) {
            tf.merge(String.format(Locale.ROOT, "%sd%02d-%02d", MARK, month, day), WEIGHT, Double::sum);
        }
    }

    private static int monthOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        List<String> german = List.of(GERMAN_MONTHS.toLowerCase(Locale.ROOT).replace("jänner|", "").split("\\|"));
        List<String> english = List.of(ENGLISH_MONTHS.toLowerCase(Locale.ROOT).split("\\|"));
        int i = n.equals("jänner") ? 0 : german.indexOf(n);
        return i >= 0 ? i + 1 : english.indexOf(n) + 1;
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
        for (String frequency : PhraseClasses.FREQUENCIES.of(sentence)) {
            tf.merge(MARK + frequency, WEIGHT, Double::sum); // "stündlich" and "every hour" alike
        }
        addWhen(sentence, language, tf);
        if ("en".equals(language)) {
            for (String verb : PhraseClasses.PHRASAL_VERBS.of(sentence)) {
                tf.merge(MARK + verb, WEIGHT, Double::sum); // "called off" meets "abgesagt" as "cancel"
            }
        }
        Matcher m = WORD.matcher(sentence);
        EnglishStemmer stemmer = "en".equals(language) ? new EnglishStemmer() : null;
        LinkingLexicon lexicon = stemmer == null ? LinkingLexicon.standard() : null;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (stemmer != null) {
                if (ENGLISH_STOP.contains(word) || ENGLISH_COMMON.contains(word) || isAttribution(word, "en")
                        || word.length() < 2 || m.start() > 0 && Character.isUpperCase(m.group().charAt(0))
                        && !CALENDAR.contains(word) && !TITLES.contains(word)) {
                    continue; // a capitalised word inside the sentence is mostly a name: names meet as names
                }
                stemmer.setCurrent(word);
                stemmer.stem();
                tf.merge(MARK + stemmer.getCurrent(), WEIGHT, Double::sum);
            } else {
                String lower = m.group().toLowerCase(Locale.GERMAN);
                if (GERMAN_STOP.contains(lower) || isAttribution(lower, "de")
                        || separatedReportingVerb(lower, sentence.substring(m.end()))) {
                    continue;
                }
                String[] english = withoutEnding(lexicon, lower, 3);
                int most = MAX_TRANSLATIONS;
                if (english == null) {
                    english = compoundTranslations(lexicon, m.group());
                    most = english == null ? 0 : english.length; // each part's already chosen
                }
                if (english == null) {
                    english = loanword(lexicon, lower);
                    most = english == null ? 0 : 1;
                }
                if (english == null) {
                    continue;
                }
                int added = 0;
                for (String e : english) {
                    if (added < most && !ENGLISH_STOP.contains(e) && !ENGLISH_COMMON.contains(e)) {
                        tf.merge(MARK + e, WEIGHT, Double::sum);
                        added++;
                    }
                }
            }
        }
    }

    /**
     * The English stems of a German compound the lexicon does not hold: each part's, the head's first
     * ("Rauchvergiftungen" → poison, envenom, intoxicate, fume, smoke), since an English report writes the parts as
     * words ("smoke inhalation"); else
     * null. A modifier gives its first {@value #MODIFIER_TRANSLATIONS} translations, the head
     * {@value #MAX_TRANSLATIONS}; a compound that names a role ({@link #ROLES}) gives its head's only.
     */
    private static String[] compoundTranslations(LinkingLexicon lexicon, String asWritten) {
        String[] english = null;
        if (asWritten.length() >= 8 && Character.isUpperCase(asWritten.charAt(0))) {
            List<String> parts = TermExpander.parts(asWritten);
            if (parts.size() >= 2) {
                List<String> all = new java.util.ArrayList<>();
                for (int i = parts.size() - 1; i >= 0; i--) {
                    String part = parts.get(i).toLowerCase(Locale.GERMAN);
                    String[] found = part.length() < 3 ? null : withoutEnding(lexicon, part, 2);
                    if (found != null) {
                        // distinct stems: "Rauch" gives "fume" (fumes, fume) and "smoke"
                        List<String> stems = List.of(found).stream().distinct().toList();
                        all.addAll(stems.subList(0, Math.min(stems.size(), i == parts.size() - 1
                                ? MAX_TRANSLATIONS : MODIFIER_TRANSLATIONS)));
                    }
                    if (i == parts.size() - 1 && found != null && List.of(found).stream().anyMatch(ROLES::contains)) {
                        break; // "Regionalpräsidentin": who speaks, by the head alone; "regional" states nothing
                    }
                }
                english = all.isEmpty() ? null : all.toArray(String[]::new);
            }
        }
        return english;
    }

    /**
     * A German word the lexicon does not translate, read as the English word it is written as ("Tickets", "Festival"):
     * its English stem, when the lexicon gives that stem as a translation of some German word and it has
     * {@value #LOANWORD_MIN} letters or more; else null. A German word that merely looks English ("Gernsweiler") has no
     * such stem.
     */
    private static String[] loanword(LinkingLexicon lexicon, String lower) {
        EnglishStemmer stemmer = new EnglishStemmer();
        stemmer.setCurrent(lower);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        return stem.length() >= LOANWORD_MIN && !ENGLISH_STOP.contains(lower) && !ENGLISH_COMMON.contains(lower)
                && lexicon.isEnglishStem(stem) ? new String[] {stem} : null;
    }

    /** A word's translations as written or without one of {@link #ENDINGS}, keeping {@code minStem} letters. */
    private static String[] withoutEnding(LinkingLexicon lexicon, String lower, int minStem) {
        String[] english = lexicon.english(lower);
        for (int i = 0; english == null && i < ENDINGS.size(); i++) {
            String ending = ENDINGS.get(i);
            if (lower.length() > ending.length() + minStem && lower.endsWith(ending)) {
                english = lexicon.english(lower.substring(0, lower.length() - ending.length()));
            }
        }
        return english;
    }

    /**
     * Whether a German word is the finite form of a separable verb of speech whose particle closes its clause
     * ({@link AttributionLexicon}: "kündigte … an", "teilten … mit"): it frames what is said, as a word of attribution,
     * and read alone it translates as another verb ("kündigte" as quit).
     *
     * @param rest the sentence after the word
     */
    private static boolean separatedReportingVerb(String lower, String rest) {
        AttributionLexicon.Verb verb = AttributionLexicon.standard().verb(lower);
        if (verb == null || verb.kind() != AttributionLexicon.Kind.SPEECH || verb.particle().isEmpty()
                || !"de".equals(verb.language())) {
            return false;
        }
        Matcher clause = CLAUSE_REST.matcher(rest);
        clause.lookingAt(); // matches, if only the empty rest
        String[] words = clause.group().trim().split("\\s+");
        return verb.isParticle(words[words.length - 1]);
    }

    private static boolean isAttribution(String word, String language) {
        return SentenceVectors.stems(word, language).stream().anyMatch(t -> !SentenceVectors.isContentTerm(t));
    }
}
