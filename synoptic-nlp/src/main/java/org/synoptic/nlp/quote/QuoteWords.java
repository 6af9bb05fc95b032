package org.synoptic.nlp.quote;

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
 * The closed word lists of quote attribution that are grammar rather than lexicon (determiners, auxiliaries,
 * prepositions, focus words, …), and the lexicon's sets read once ({@link AttributionLexicon}). Shared by every
 * finder and sieve of {@link RuleQuoteExtractor}; one definition each.
 */
final class QuoteWords {

    private QuoteWords() {
    }

    static final Set<String> REPORTING_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.CUE);

    static final Set<String> INDIRECT_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.CLAUSE_FIRST);

    static final Set<String> CITE_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.CITE);

    static final Set<String> KONJUNKTIV = AttributionLexicon.standard().forms(AttributionLexicon.Mood.SUBJUNCTIVE);

    /** German personal pronouns that can stand for a speaker, as they stand in a sentence: the one definition. */
    static final Set<String> GERMAN_PRONOUNS = Set.of("er", "sie", "Er", "Sie");

    /** English singular personal pronouns that can stand for a speaker, as they stand in a sentence. */
    static final Set<String> ENGLISH_PRONOUNS = Set.of("he", "she", "He", "She");

    /** "they": a group speaking, read by the phrase readers and "They added". */
    static final Set<String> ENGLISH_PLURAL_PRONOUNS = Set.of("they", "They");

    /** The pronouns a finder takes for the subject of a reporting verb: German and English. */
    static final Set<String> PRONOUNS = union(GERMAN_PRONOUNS, ENGLISH_PRONOUNS);

    static final Set<String> OUTLET_NOUNS = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.OUTLET);

    static final Set<String> PREPOSITIONS = Set.of("in", "im", "aus", "nach", "bei", "beim", "von", "vom",
            "mit", "für", "gegen", "an", "am", "auf", "zu", "zum", "zur", "über", "unter", "vor", "durch", "laut", "gegenüber",
            "zwischen", "ohne", "um", "wegen", "seitens", "to", "from",
            "with", "for", "against", "at", "on", "by", "of", "into");

    static final Set<String> BETWEEN_SUBJECT_AND_VERB = Set.of("hat", "hatte", "hatten", "haben", "habe",
            "wird", "wurde", "wurden", "werde", "ist", "war", "auch", "zuvor", "später", "bereits", "zuletzt", "schon",
            "mit", "den", "Worten", "dazu", "damals", "erneut", "nun", "jetzt", "has", "had", "also", "later", "then",
            "earlier", "again", "have", "was", "is", "“", "”", "\"", "»", "«", "weiter");

    static final Set<String> AUXILIARIES = Set.of("hat", "hatte", "hatten", "haben", "habe", "hätte",
            "hätten", "ist", "war", "wird", "wurde", "werde", "sei", "has", "had", "have");

    static final Set<String> ADVERBS = Set.of("auch", "zudem", "dazu", "später", "zuvor", "bereits", "erneut",
            "weiter", "außerdem", "ferner", "damals", "nun", "jetzt", "heute", "gestern", "jedoch", "aber", "allerdings",
            "ebenfalls", "zuletzt", "schon", "dann", "daraufhin", "darüber", "hinaus", "noch", "lediglich", "nur",
            "knapp", "kurz", "wörtlich", "sinngemäß", "einmal", "ausdrücklich");

    static final Set<String> SOURCE_NOUNS = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.SOURCE);



    static final Set<String> KONJUNKTIV_I = AttributionLexicon.standard().forms(AttributionLexicon.Mood.I);

    /** Endings of nouns that name an institution able to speak: "Sicherheitsrat", "Innenministerium", "Polizei". */
    static final List<String> INSTITUTION_HEADS = AttributionLexicon.standard().endings(AttributionLexicon.EndingClass.INSTITUTION);

    /** Documents that state what a continuation in Konjunktiv goes on to report: "Der Bericht schildert …". */
    static final List<String> DOCUMENT_HEADS = AttributionLexicon.standard().endings(AttributionLexicon.EndingClass.DOCUMENT);

    /** Nouns before quotation marks that make the quoted words a title or slogan, not speech. */
    static final Set<String> TITLE_NOUNS = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.TITLE);

    /** The modal of hearsay: "soll … gestorben sein", "sollen … eingesetzt haben". */
    static final Set<String> HEARSAY = Set.of("soll", "sollen");

    /** Articles and possessives that mark a dative or accusative object after a verb. */
    static final Set<String> OBJECT_ARTICLES = Set.of("den", "dem", "einen", "einem", "seinen", "seinem",
            "ihren", "ihrem", "diesen", "diesem", "unseren", "unserem");

    /** Articles that mark a dative or accusative object, not a subject. */
    static final Set<String> OBJECT_DETERMINERS = Set.of("den", "dem", "einem", "einen");

    /** Forms of "werden" that make a participle passive. */
    static final Set<String> PASSIVE = Set.of("wird", "wurde", "wurden", "werden", "worden");

    /** Words that may stand before the subject of a reported speech act: "Auch das Ministerium kritisierte …". */
    static final Set<String> FOCUS_WORDS = Set.of("Auch", "Selbst", "Sogar", "Nun", "Jetzt", "Inzwischen",
            "Zudem", "Außerdem", "Später", "Zuvor", "Bereits", "Schon");

    /** Finite verbs of a reported speech act beyond {@link ReportingVerbs}: "wertet … als", "riet", "lobte". */
    static final Set<String> ACT_VERBS = AttributionLexicon.standard().forms(AttributionLexicon.Frame.ACT);

    /** Separable verbs of a reported speech act, with the particle that must close the sentence. */
    static final Map<String, String> ACT_PARTICLES = AttributionLexicon.standard().actParticles();

    /** Words that may open a sentence before "wie X berichtete, …". */
    static final Set<String> OPENING_CONJUNCTIONS = Set.of("Denn", "Doch", "Aber", "Und", "Auch", "Wie");

    /** How far (in characters) a quote may continue the previous one or a pronoun refer to its speaker. */
    static final int CONTINUATION_REACH = 600;

    /** Endings of compound report nouns: "Polizeiangaben", "Fernsehbericht", "Expertenmeinung", "Zeugenaussagen". */
    static final List<String> SOURCE_COMPOUND_ENDINGS = AttributionLexicon.standard().endings(AttributionLexicon.EndingClass.SOURCE_COMPOUND);

    /** Laws, drafts, results and rulings: sources after a "Nach" that opens the sentence ("Nach dem Grundgesetz …"). */
    static final List<String> RULING_ENDINGS = AttributionLexicon.standard().endings(AttributionLexicon.EndingClass.RULING);

    /** Words before a temporal "nach": "zwei Monate nach dem Urteil", "kurz nach dem Urteil". */
    static final Set<String> TIME_BEFORE_NACH = Set.of("Tage", "Tagen", "Wochen", "Monate", "Monaten", "Jahre",
            "Jahren", "Stunden", "Minuten", "kurz", "bald", "gleich", "unmittelbar", "direkt", "erst", "schon", "noch",
            "Tag", "Woche", "Monat", "Jahr");

    /** Konjunktiv II forms that continue a quote in the sentence before. */
    static final Set<String> KONJUNKTIV_II = AttributionLexicon.standard().forms(AttributionLexicon.Mood.II);

    /** Nouns after which "nach" attributes: "seiner Ansicht nach", "ihrer Meinung nach". */
    static final Set<String> POSTPOSED_NACH = AttributionLexicon.standard().nouns(AttributionLexicon.NounClass.POSTPOSED_NACH);

    /** Words in "-e" the Konjunktiv test would take for verbs: quantifiers and adjectives. */
    static final Set<String> NOT_SUBJUNCTIVE = Set.of("einige", "meine", "keine", "alle", "viele", "beide",
            "wenige", "andere", "gerne", "ohne", "nahe", "lange", "weite", "freie", "gleiche", "linke", "rechte",
            "grüne", "schnelle", "bessere", "breite", "enge", "schwere", "stille", "leere", "runde", "klare", "dichte",
            "zustande", "siehe", "bitte", "heute", "gerade");

    /** English articles, as they stand in a sentence: the one definition. */
    static final Set<String> ENGLISH_ARTICLES = Set.of("a", "an", "the", "A", "An", "The");

    /** German and English articles, as they stand in a sentence (a sentence-opening German one capitalised). */
    static final Set<String> DETERMINERS = union(Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "Der", "Die", "Das"), ENGLISH_ARTICLES);

    /**
     * Words that open a noun phrase, in lower case: the articles of {@link #DETERMINERS}, possessives,
     * demonstratives and quantifiers ({@link SpeakerPhrases#isDeterminer}).
     */
    static final Set<String> PHRASE_DETERMINERS = union(lowerCase(DETERMINERS), Set.of("eines", "sein", "seine",
            "seinem", "seinen", "seiner", "ihr", "ihre", "ihrem", "ihren", "ihrer", "dieser", "diese", "diesem",
            "diesen", "dieses", "mehrere", "einige", "viele", "alle", "beide", "zwei", "drei", "his", "her",
            "their"));

    /** Relative pronouns opening a German relative clause: ", der …", ", deren …". */
    static final Set<String> RELATIVE_PRONOUNS = Set.of("der", "die", "das", "dessen", "deren", "welcher",
            "welche", "welches", "denen", "dem", "den");

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static Set<String> lowerCase(Set<String> words) {
        return words.stream().map(w -> w.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors
                .toUnmodifiableSet());
    }

    /** The finder of a quote whose sieve is known before its finder is. */
    static final String PENDING = "pending";

    /** Prepositions that set a document or place of publication before or after "heißt es". */
    static final Set<String> DOCUMENT_PREPOSITIONS = Set.of("in", "im", "auf", "bei", "beim", "vom", "von",
            "seitens");

    /** Words that may stand between "heißt es" and its document: "heißt es weiter in der Erklärung". */
    static final Set<String> AFTER_HEISST_ES = Set.of("weiter", "wörtlich", "dazu", "darin", "auch", "zudem",
            "nun", "jetzt", "außerdem", "ferner", "abschließend", "ebenfalls", "etwa", "dort");

    /** What a sentence before "Danach" must mention for "danach" to mean "according to it". */
    static final java.util.regex.Pattern PUBLICATION = java.util.regex.Pattern.compile(
            "veröffentlich|vorgelegt|vorgestellt|bekannt|Bericht|Studie|Umfrage|Gesetz|Act\\b|Ergebnis|[Zz]ahlen|"
                    + "Statistik|Prognose|Entwurf|Vertrag|Urteil|Beschluss|Mitteilung|Erklärung|Prozent|Analyse");

    /** Spoken occasions: "hieß es in der Rede" leaves the speaker to be named elsewhere. */
    static final Set<String> SPOKEN_OCCASIONS = Set.of("Rede", "Interview", "Gespräch", "Ansprache",
            "Predigt", "Sendung", "Talkshow", "Pressekonferenz", "Debatte", "Sitzung", "Fernsehansprache");

    static final java.util.regex.Pattern NEXT_WORD = java.util.regex.Pattern.compile("\\s+(\\p{Ll}+)");

    /** Whether a phrase names a person or organisation in its head, or has a role noun there. */
    /** Nouns in "-er" that name things, not people. */
    static final Set<String> THING_NOUNS = Set.of("Computer", "Container", "Fenster", "Meter", "Liter",
            "Zimmer", "Wasser", "Sommer", "Winter", "Theater", "Center", "Filter", "Register", "Parameter", "Zucker",
            "Messer", "Finger", "Hammer", "Adler", "Keller", "Koffer", "Lager", "Feuer", "Ufer", "Alter", "Muster", "Poster",
            "Körper", "Pflaster", "Charakter", "Kalender", "Papier", "Akten", "Daten", "Texte", "Regeln");

    /** A stated position in a noun phrase, read like a verb of belief: "ist der Ansicht, dass …". */
    static final ReportingVerbs.Form STANCE = new ReportingVerbs.Form("", true);

    static final Set<String> STANCE_NOUNS = Set.of("Ansicht", "Meinung", "Auffassung", "Überzeugung",
            "Ergebnis", "Schluss", "Schluß", "Eindruck");

    static final java.util.regex.Pattern PARTICIPLE = java.util.regex.Pattern.compile(
            "(ge|vorge|zuge|an|ab|auf|aus|hinge|be).*(t|en)");

    /** Verbs of speaking about something that take a quoted word or phrase: "sprach von „…“", "warnte vor „…“". */
    static final Set<String> SPEAKING_OF = AttributionLexicon.standard().forms(AttributionLexicon.Frame.SPEAKING_OF);

    static final Set<String> ENGLISH_FINITE = Set.of("would", "will", "had", "has", "have", "was", "were",
            "is", "are", "could", "can", "should", "might", "may", "did", "does", "do", "must", "planned", "wanted");

}
