package org.synoptic.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * German separable verbs as an infinitive, so that one act told in several tenses, or as the verb's noun, meets:
 * "sagten die Veranstalter die Festivaltage ab", "ist abgesagt worden" and "die Absage" all stem to "absag"; "legte
 * Revision ein" and "hat Revision eingelegt" both give "einlegen". A strong or irregular verb's forms come from
 * {@code strong-verbs-de.tsv} ("wies … zurück", "weist … zurück" and "zurückgewiesen" give "zurückweisen"; "schlug … vor"
 * and "vorgeschlagen" give "vorschlagen"); any other verb's infinitive is a weak verb's guess.
 *
 * <ul>
 *   <li>a participle with its particle ("abgesagt", "zurückgewiesen", "eingeräumt") gives the particle and the verb's
 *       infinitive, a strong verb's from the table, else the rest without its "ge", ending in "-en" ("absagen",
 *       "einräumen");</li>
 *   <li>a particle that ends a clause ("… sagten … ab.", "…, räumte er ein,", "… kam … an") is joined to each lowercase
 *       word of that clause that may be its verb (a strong verb's form from the table, or a finite verb's ending, not
 *       a function word): the finite verb is among them, the others make words no other sentence holds.</li>
 * </ul>
 * Lowercase words only: a capitalised word is a noun ("Abgabe") or opens the sentence. Stateless; thread-safe.
 */
final class SeparableVerbs {

    /** The particles of separable verbs, longest first so that "zurück" wins over "zu". */
    static final List<String> PARTICLES = List.of("zusammen", "bekannt", "zurück", "heraus", "herein", "hinaus",
            "wieder", "statt", "fest", "fort", "frei", "teil", "weg", "auf", "aus", "bei", "ein", "her", "hin", "los", "mit",
            "nach", "vor", "ab", "an", "um", "zu");
    /** A strong or irregular verb's finite forms and participle, each to its infinitive ("wies", "gewiesen": "weisen"). */
    private static final java.util.Map<String, String> STRONG_FORMS = loadStrongForms();

    private static final Pattern PARTICIPLE = Pattern.compile(
            "\\b(" + String.join("|", PARTICLES) + ")ge(\\p{Ll}{3,}(?:t|en))\\b", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern CLAUSE = Pattern.compile("[^,;:.!?–()„“\"]+");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** A word with the ending of a finite verb ("sagte", "sagten", "sagt", "sagst", "kommen", "kam" not). */
    private static final Pattern FINITE = Pattern.compile("\\p{Ll}{2,}(?:t|te|ten|tet|en|st|e)");
    private static final Pattern FINITE_ENDING = Pattern.compile("(?:ten|tet|te|st|en|t|e)$");
    /** Lowercase words that are no verb: articles, pronouns, prepositions, conjunctions, common adverbs. */
    private static final Set<String> FUNCTION_WORDS = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "und", "oder", "aber", "nicht", "auch", "noch", "schon", "sich", "sie",
            "er", "es", "wir", "ihr", "ihm", "ihn", "ihnen", "man", "am", "im", "in", "an", "auf", "mit", "von", "vom",
            "zu", "zum", "zur", "für", "bei", "beim", "nach", "aus", "über", "unter", "vor", "bis", "seit", "heute",
            "gestern", "morgen", "dann", "danach", "damit", "dass", "wie", "als", "so", "sehr", "nur", "alle", "beiden",
            "diese", "dieser", "diesen", "dieses", "seine", "seinen", "seiner", "ihre", "ihren", "ihrer", "unsere",
            "wieder", "bereits", "jetzt", "nun", "doch", "mehr", "wenig", "viele", "vielen", "kein", "keine", "keinen");

    private SeparableVerbs() {
    }

    /** The infinitives of the separable verbs of a German sentence, as words (not yet stemmed), in order. */
    static List<String> wholeForms(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher participle = PARTICIPLE.matcher(sentence);
        while (participle.find()) {
            String rest = participle.group(2);
            String strong = STRONG_FORMS.get("ge" + rest);
            out.add(participle.group(1) + (strong != null ? strong
                    : rest.endsWith("t") ? rest.substring(0, rest.length() - 1) + "en" : rest));
        }
        Matcher clause = CLAUSE.matcher(sentence);
        while (clause.find()) {
            List<String> words = new ArrayList<>();
            Matcher word = WORD.matcher(clause.group());
            while (word.find()) {
                words.add(word.group());
            }
            if (words.size() < 3) {
                continue;
            }
            String last = words.get(words.size() - 1);
            if (!PARTICLES.contains(last)) {
                continue;
            }
            for (String w : words.subList(0, words.size() - 1)) {
                String strong = Character.isLowerCase(w.charAt(0)) ? STRONG_FORMS.get(w) : null;
                if (strong != null && !FUNCTION_WORDS.contains(w)) {
                    out.add(last + strong);
                } else if (Character.isLowerCase(w.charAt(0)) && FINITE.matcher(w).matches()
                        && !FUNCTION_WORDS.contains(w.toLowerCase(Locale.GERMAN))) {
                    out.add(last + FINITE_ENDING.matcher(w).replaceFirst("") + "en");
                }
            }
        }
        return out;
    }

    /**
     * The infinitive of a form of a strong or irregular verb ("traf", "trafen", "getroffen", "trifft" give
     * "treffen"; {@code strong-verbs-de.tsv}), or {@code null} for any other word.
     */
    static String infinitiveOf(String word) {
        return STRONG_FORMS.get(word.toLowerCase(java.util.Locale.GERMAN));
    }

    private static java.util.Map<String, String> loadStrongForms() {
        java.util.Map<String, String> forms = new java.util.HashMap<>();
        try (java.io.InputStream in = SeparableVerbs.class.getResourceAsStream("strong-verbs-de.tsv")) {
            if (in == null) {
                throw new IllegalStateException("strong-verbs-de.tsv is missing from the classpath");
            }
            java.io.BufferedReader reader = new java.io.BufferedReader(
                    new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                String infinitive = f[0];
                forms.put(f[1], infinitive);
                forms.put(f[1].endsWith("e") ? f[1] + "n" : f[1] + "en", infinitive);
                forms.put(f[2], infinitive);
                String stem = infinitive.substring(0, infinitive.length() - (infinitive.endsWith("en") ? 2 : 1));
                // the 3rd person present: as written where its vowel changes ("gibt"), else the stem's ("weist")
                forms.put(f.length > 3 ? f[3] : stem + (stem.endsWith("t") || stem.endsWith("d") ? "et" : "t"),
                        infinitive);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return java.util.Map.copyOf(forms);
    }
}
