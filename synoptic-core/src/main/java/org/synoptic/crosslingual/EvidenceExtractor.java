package org.synoptic.crosslingual;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.synoptic.model.Article;
import org.synoptic.text.MojibakeRepair;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * Reads a German or English report for its language-independent evidence ({@link ReportEvidence}): names in their
 * canonical keys, numbers with units, days of the year, and content words as English stems (German words projected
 * through the {@link LinkingLexicon}; a German compound the lexicon lacks is looked up by its longest known tail,
 * "Verteidigungsminister" → "minister").
 *
 * <p>A capitalised word that does not start a sentence is a name, unless (in German) the lexicon knows it as a common
 * noun or knows the tail of the compound ("Verteidigungsminister" is no name); a German name the place and exonym lists know is keyed by its English form ("Nordkorea" → "North Korea"). Two
 * adjacent capitalised words form a name when the lists know them ("North Korea", "Weißes Haus"). A demonym or country
 * adjective names its place in either language ("russischen", "Russen", "Russian" → the key of "Russia";
 * {@code demonyms-de-en.tsv}), beside the word's own translation. A double-encoded text ("GÃ¤ste") is read repaired.
 * The lead (the title and the opening of the text, {@link Options#leadLength}) is read a second time into keys of its
 * own ({@link ReportEvidence#LEAD}), which the linker scores apart. {@link Options} holds measured alternatives
 * (German-space keys, translation specificity, number weight), off in {@link #standard()}. Stateless and thread-safe.
 */
public final class EvidenceExtractor {

    /** Weight of a name occurrence relative to a content word. */
    static final double NAME_WEIGHT = 3.0;
    /** Weight of an agency dateline (place and agency) that a report opens with. */
    static final double DATELINE_WEIGHT = 6.0;
    static final double TERM_WEIGHT = 1.0;
    /** Weight of a number with unit and of a day of the year. */
    static final double NUMBER_WEIGHT = 1.5;

    private static final CharArraySet GERMAN_STOP = GermanAnalyzer.getDefaultStopSet();
    private static final CharArraySet ENGLISH_STOP = EnglishAnalyzer.getDefaultStopSet();
    private static final Set<String> MORE_ENGLISH_STOP = Set.of("said", "says", "also", "would", "could", "will",
            "after", "before", "more", "most", "over", "than", "been", "have", "has", "had", "were", "which", "who",
            "what", "when", "where", "while", "about", "from", "their", "they", "them", "this", "that", "these", "those",
            "there", "other", "some", "only", "just", "its", "our", "your", "his", "her", "she", "him", "one",
            "two", "new", "year", "years", "told", "according", "including", "since", "during", "under", "between");
    private static final Map<String, Integer> MONTHS = months();
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<GermanStemmer> GERMAN_STEMMER = ThreadLocal.withInitial(GermanStemmer::new);
    /**
     * Characters of a text's opening read as its lead (with the title), cut at the first sentence end after them, and
     * at most {@value #LEAD_OVERRUN} characters later. Chosen on the tuning half of the SemEval de-en pairs among 200,
     * 400 and 800 (see {@code docs/ARCHITECTURE.md}).
     */
    static final int LEAD_LENGTH = 800;
    static final int LEAD_OVERRUN = 200;
    /** Shortest German word read for compound parts. */
    static final int MIN_COMPOUND = 9;

    private final LinkingLexicon lexicon;
    private final Options options;

    /**
     * Settings of the extractor beyond the bundled defaults, for measuring representations of the evidence
     * ({@code LinkRepresentationEval}); {@link #standard()} is what linking uses.
     *
     * @param reverseWeight        weight of the German-space keys ({@code g:}), against a content word's 1; 0: none.
     *                             With it, both languages are also read into German stems: a German word as its own
     *                             Snowball stem and the stems of a compound's known head and tail ("Ostseefähre" →
     *                             "ostseefahr", "ostse", "fahr", each half weight), an English word as the stems of the
     *                             German words the lexicon translates by it ("ferry" → "fahr"), k stems 1/k each; so an
     *                             English word whose German equivalent is in the German report counts even where the
     *                             German word's own projection missed it
     * @param specificTranslations whether a German word's translations are weighed by how specific they are, each by
     *                             {@code 1 / (1 + ln f)}, f the number of German stems the lexicon translates by it,
     *                             normalised to the word's weight (a translation many German words share says little)
     * @param numberWeight         weight of a number with unit and of a day of the year ({@value #NUMBER_WEIGHT} by
     *                             default)
     * @param leadLength           characters of the text's opening read again, with the title, as the report's lead
     *                             ({@link ReportEvidence#LEAD} keys); 0: no lead keys
     */
    public record Options(double reverseWeight, boolean specificTranslations, double numberWeight, int leadLength) {

        public Options {
            if (!(reverseWeight >= 0) || !(numberWeight > 0) || leadLength < 0) {
                throw new IllegalArgumentException("weights must be positive (reverse may be 0), the lead not"
                        + " negative: reverseWeight=" + reverseWeight + ", numberWeight=" + numberWeight
                        + ", leadLength=" + leadLength);
            }
        }

        /** These options with the standard lead ({@value #LEAD_LENGTH} characters). */
        public Options(double reverseWeight, boolean specificTranslations, double numberWeight) {
            this(reverseWeight, specificTranslations, numberWeight, LEAD_LENGTH);
        }

        /**
         * What linking uses: no German-space keys, translations weighed equally, numbers and days 1.5, a lead of
         * {@value #LEAD_LENGTH} characters.
         */
        public static Options standard() {
            return new Options(0.0, false, NUMBER_WEIGHT, LEAD_LENGTH);
        }
    }

    public EvidenceExtractor(LinkingLexicon lexicon) {
        this(lexicon, Options.standard());
    }

    /** An extractor over {@code lexicon} with {@code options}. */
    public EvidenceExtractor(LinkingLexicon lexicon, Options options) {
        this.lexicon = lexicon;
        this.options = options;
    }

    /** An extractor over the bundled lexicon. */
    public static EvidenceExtractor standard() {
        return new EvidenceExtractor(LinkingLexicon.standard());
    }

    /** Whether reports of this language can be read ({@code de}, {@code en}). */
    public static boolean reads(String language) {
        return "de".equals(language) || "en".equals(language);
    }

    /** The evidence of a report's title and text; a report in another language gives empty evidence. */
    public ReportEvidence evidence(Article article) {
        String language = article.language();
        Map<String, Double> weights = new HashMap<>();
        Map<String, String> surfaces = new HashMap<>();
        if (!reads(language)) {
            return new ReportEvidence(language, weights, surfaces);
        }
        boolean german = language.equals("de");
        Article repaired = MojibakeRepair.repaired(article);
        String title = repaired.title();
        if (title != null && !title.isBlank()) {
            read(title, german, weights, surfaces);
        }
        read(repaired.text(), german, weights, surfaces);
        String[] dateline = org.synoptic.dedupe.AgencyCredits.dateline(repaired.text());
        if (dateline != null && !NameKeys.key(dateline[0]).isEmpty()) {
            // a wire report and its translation open with one dateline: "Gernsweiler (dpa) –", "GERNSWEILER, Germany (dpa) -"
            String place = german ? lexicon.placeOfGerman(dateline[0].toLowerCase(Locale.ROOT)) : null;
            String key = "w:" + NameKeys.key(place != null ? place : dateline[0]) + "|"
                    + dateline[1].toLowerCase(Locale.ROOT);
            weights.merge(key, DATELINE_WEIGHT, Double::sum);
            surfaces.putIfAbsent(key, dateline[0] + " (" + dateline[1] + ")");
        }
        if (options.numberWeight() != NUMBER_WEIGHT) {
            double scale = options.numberWeight() / NUMBER_WEIGHT;
            weights.replaceAll((k, v) -> k.charAt(0) == '#' || k.charAt(0) == 'd' ? v * scale : v);
        }
        weights.replaceAll((k, v) -> v <= 1.0 ? v : 1.0 + Math.log(v));
        if (options.leadLength() > 0) {
            Map<String, Double> lead = new HashMap<>();
            Map<String, String> leadSurfaces = new HashMap<>();
            if (title != null && !title.isBlank()) {
                read(title, german, lead, leadSurfaces);
            }
            read(lead(repaired.text(), options.leadLength()), german, lead, leadSurfaces);
            lead.forEach((k, v) -> {
                weights.put(ReportEvidence.LEAD + k, v <= 1.0 ? v : 1.0 + Math.log(v));
                surfaces.put(ReportEvidence.LEAD + k, leadSurfaces.get(k));
            });
        }
        return new ReportEvidence(language, weights, surfaces);
    }

    /**
     * The opening of {@code text}: its first {@code length} characters, continued to the end of the sentence they stop
     * in (". "), but by at most {@value #LEAD_OVERRUN} characters; the whole text when it is shorter.
     */
    static String lead(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = text.indexOf(". ", length);
        end = end < 0 ? text.length() : end + 1;
        return text.substring(0, Math.min(end, Math.min(text.length(), length + LEAD_OVERRUN)));
    }

    private record Token(String text, int start, int end, boolean letters) {
    }

    private void read(String text, boolean german, Map<String, Double> weights, Map<String, String> surfaces) {
        List<Token> tokens = tokens(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.letters()) {
                i = number(text, tokens, i, german, weights, surfaces);
                continue;
            }
            String lower = t.text().toLowerCase(Locale.ROOT);
            Integer month = MONTHS.get(lower);
            if (month != null) {
                day(tokens, i, month, german, weights, surfaces);
                continue;
            }
            boolean capital = Character.isUpperCase(t.text().charAt(0));
            boolean name = capital && !sentenceStart(text, t.start());
            if (name && i + 1 < tokens.size() && tokens.get(i + 1).letters()
                    && Character.isUpperCase(tokens.get(i + 1).text().charAt(0))
                    && tokens.get(i + 1).start() - t.end() == 1) {
                String two = t.text() + " " + tokens.get(i + 1).text();
                if (multiWordName(two, german, weights, surfaces)) {
                    i++;
                    continue;
                }
            }
            if (german) {
                String place = lexicon.placeOfGerman(lower);
                List<String> english = place == null ? lexicon.englishNames(t.text()) : List.of();
                if (capital && !english.isEmpty()) {
                    for (String e : english) {
                        add("n:" + NameKeys.key(e), NAME_WEIGHT / english.size(), t.text(), weights, surfaces);
                    }
                    continue;
                }
                if (GERMAN_STOP.contains(lower) || lower.length() < 3) {
                    continue;
                }
                if (place != null) {
                    // "russische", "Russen" (not the Bulgarian town GeoNames calls Russe): the place's key, beside the word's own translation
                    add("n:" + NameKeys.key(place), NAME_WEIGHT, t.text(), weights, surfaces);
                }
                String[] stems = lexicon.english(lower);
                if (stems == null) {
                    stems = tail(lower);
                }
                if (name && stems == null && place == null) {
                    add("n:" + NameKeys.key(t.text()), NAME_WEIGHT, t.text(), weights, surfaces);
                }
                if (stems != null) {
                    double[] w = translationWeights(stems);
                    for (int k = 0; k < stems.length; k++) {
                        add("t:" + stems[k], w[k], t.text(), weights, surfaces);
                    }
                    if (options.reverseWeight() > 0) {
                        germanSpace(lower, t.text(), weights, surfaces);
                    }
                }
            } else {
                if (ENGLISH_STOP.contains(lower) || MORE_ENGLISH_STOP.contains(lower) || lower.length() < 3) {
                    continue;
                }
                String place = capital ? lexicon.placeOfEnglish(t.text()) : null;
                if (place != null) {
                    // "Russian" names Russia wherever it stands, as "russische" does in German
                    add("n:" + NameKeys.key(place), NAME_WEIGHT, t.text(), weights, surfaces);
                } else if (name) {
                    add("n:" + NameKeys.key(t.text()), NAME_WEIGHT, t.text(), weights, surfaces);
                }
                String stem = LinkingLexicon.stem(STEMMER.get(), lower);
                add("t:" + stem, TERM_WEIGHT, t.text(), weights, surfaces);
                if (options.reverseWeight() > 0) {
                    String[] back = lexicon.german(stem);
                    if (back != null) {
                        for (String g : back) {
                            add("g:" + g, options.reverseWeight() / back.length, t.text(), weights, surfaces);
                        }
                    }
                }
            }
        }
    }

    /** The weights of a German word's translations, summing to {@link #TERM_WEIGHT}: equal, or by specificity. */
    private double[] translationWeights(String[] stems) {
        double[] w = new double[stems.length];
        double sum = 0;
        for (int k = 0; k < stems.length; k++) {
            w[k] = options.specificTranslations() ? 1.0 / (1.0 + Math.log(Math.max(1, lexicon.fanout(stems[k])))) : 1.0;
            sum += w[k];
        }
        for (int k = 0; k < stems.length; k++) {
            w[k] = TERM_WEIGHT * w[k] / sum;
        }
        return w;
    }

    /** A German content word's German-space keys: its stem, and for a compound its known head's and tail's. */
    private void germanSpace(String lower, String surface, Map<String, Double> weights, Map<String, String> surfaces) {
        GermanStemmer stemmer = GERMAN_STEMMER.get();
        add("g:" + LinkingLexicon.germanStem(stemmer, lower), options.reverseWeight(), surface, weights, surfaces);
        if (lower.length() < MIN_COMPOUND) {
            return;
        }
        for (int i = 4; i <= lower.length() - 4; i++) {
            if (lexicon.isWord(lower.substring(i))) {
                add("g:" + LinkingLexicon.germanStem(stemmer, lower.substring(i)), options.reverseWeight() / 2, surface,
                        weights, surfaces);
                break;
            }
        }
        for (int i = lower.length() - 4; i >= 4; i--) {
            String head = lower.substring(0, i);
            String bare = head.endsWith("s") && !lexicon.isWord(head) ? head.substring(0, i - 1) : head;
            if (lexicon.isWord(bare)) {
                add("g:" + LinkingLexicon.germanStem(stemmer, bare), options.reverseWeight() / 2, surface, weights,
                        surfaces);
                break;
            }
        }
    }

    private boolean multiWordName(String two, boolean german, Map<String, Double> weights,
                                  Map<String, String> surfaces) {
        if (german) {
            List<String> english = lexicon.englishNames(two);
            for (String e : english) {
                add("n:" + NameKeys.key(e), NAME_WEIGHT / english.size(), two, weights, surfaces);
            }
            return !english.isEmpty();
        }
        String place = lexicon.placeOfEnglish(two);
        if (place != null) {
            add("n:" + NameKeys.key(place), NAME_WEIGHT, two, weights, surfaces);
            return true;
        }
        if (lexicon.isEnglishMultiWordName(two.toLowerCase(Locale.ROOT))) {
            add("n:" + NameKeys.key(two), NAME_WEIGHT, two, weights, surfaces);
            return true;
        }
        return false;
    }

    /** The English stems of the longest tail of a German compound that the lexicon knows (at least 4 letters). */
    private String[] tail(String lower) {
        for (int i = 3; i <= lower.length() - 4; i++) {
            String[] stems = lexicon.english(lower.substring(i));
            if (stems != null) {
                return stems;
            }
        }
        return null;
    }

    /** Reads a number token and an optional scale and unit after it; returns the index of the last token used. */
    private static int number(String text, List<Token> tokens, int i, boolean german, Map<String, Double> weights,
                              Map<String, String> surfaces) {
        Token t = tokens.get(i);
        double value = parse(t.text(), german);
        if (Double.isNaN(value)) {
            return i;
        }
        int last = i;
        String unit = "";
        if (i + 1 < tokens.size() && tokens.get(i + 1).letters()) {
            String w = tokens.get(i + 1).text();
            double scale = scale(w, german);
            if (scale > 0) {
                value *= scale;
                last = i + 1;
                if (i + 2 < tokens.size() && tokens.get(i + 2).letters()) {
                    unit = unit(tokens.get(i + 2).text());
                    if (!unit.isEmpty()) {
                        last = i + 2;
                    }
                }
            } else {
                unit = unit(w);
                if (!unit.isEmpty()) {
                    last = i + 1;
                }
            }
        }
        if (unit.isEmpty() && t.end() < text.length() && text.charAt(t.end()) == '%') {
            unit = "%";
        }
        if (unit.isEmpty() && t.start() > 0 && "$€£".indexOf(text.charAt(t.start() - 1)) >= 0) {
            unit = unit(String.valueOf(text.charAt(t.start() - 1)));
        }
        boolean year = value >= 1900 && value <= 2100 && value == Math.rint(value);
        if (unit.isEmpty() && (value < 10 || year)) {
            return last;
        }
        String shown = text.substring(t.start(), tokens.get(last).end());
        String v = value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
        add("#:" + v + (unit.isEmpty() ? "" : "|" + unit), NUMBER_WEIGHT, shown, weights, surfaces);
        return last;
    }

    private static double parse(String token, boolean german) {
        char thousands = german ? '.' : ',';
        char decimal = german ? ',' : '.';
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isDigit(c)) {
                b.append(c);
            } else if (c == decimal) {
                b.append('.');
            } else if (c != thousands) {
                return Double.NaN;
            }
        }
        try {
            return Double.parseDouble(b.toString());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static double scale(String word, boolean german) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "tausend", "thousand" -> 1e3;
            case "million", "millionen", "mio", "millions" -> 1e6;
            case "milliarde", "milliarden", "mrd", "billion", "billions" -> german && w.startsWith("billion") ? 1e12 : 1e9;
            default -> 0;
        };
    }

    private static String unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return switch (w) {
            case "prozent", "percent", "per", "%" -> "%";
            case "euro", "euros", "eur", "€" -> "eur";
            case "dollar", "dollars", "usd", "$" -> "usd";
            case "pfund", "pounds", "£" -> "gbp";
            case "franken", "francs" -> "chf";
            case "kilometer", "kilometern", "km", "kilometres", "kilometers" -> "km";
            case "meter", "metern", "metres", "meters", "m" -> "m";
            case "tote", "toten", "dead", "deaths", "killed" -> "dead";
            case "verletzte", "verletzten", "injured" -> "injured";
            case "menschen", "people", "personen", "persons" -> "people";
            case "jahre", "jahren", "jährige", "jähriger", "jährigen", "year", "old" -> "years";
            case "tage", "tagen", "days" -> "days";
            case "stunden", "hours" -> "hours";
            case "fälle", "fällen", "cases", "infektionen", "infections", "neuinfektionen" -> "cases";
            default -> "";
        };
    }

    private static void day(List<Token> tokens, int i, int month, boolean german, Map<String, Double> weights,
                            Map<String, String> surfaces) {
        Token before = i > 0 ? tokens.get(i - 1) : null;
        Token after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
        Integer d = null;
        String shown = null;
        if (before != null && !before.letters() && day(before.text()) != null) {
            d = day(before.text());
            shown = before.text() + ". " + tokens.get(i).text();
        } else if (!german && after != null && !after.letters() && day(after.text()) != null) {
            d = day(after.text());
            shown = tokens.get(i).text() + " " + after.text();
        }
        if (d != null) {
            add(String.format(Locale.ROOT, "d:%02d-%02d", month, d), NUMBER_WEIGHT, shown, weights, surfaces);
        }
    }

    private static Integer day(String token) {
        if (token.length() > 2) {
            return null;
        }
        try {
            int d = Integer.parseInt(token);
            return d >= 1 && d <= 31 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void add(String key, double w, String surface, Map<String, Double> weights,
                            Map<String, String> surfaces) {
        if (key.length() <= 2) {
            return;
        }
        weights.merge(key, w, Double::sum);
        surfaces.putIfAbsent(key, surface);
    }

    /** Whether the word at {@code start} opens a sentence, line or the text. */
    private static boolean sentenceStart(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                return true;
            }
            if (Character.isWhitespace(c) || "\"'„“”‚‘’«»‹›([–—-".indexOf(c) >= 0) {
                continue;
            }
            return false;
        }
        return true;
    }

    /** Runs of letters (with inner apostrophes dropped) and runs of digits with inner '.' or ','. */
    private static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                int s = i;
                while (i < n && Character.isLetter(text.charAt(i))) {
                    i++;
                }
                out.add(new Token(text.substring(s, i), s, i, true));
            } else if (Character.isDigit(c)) {
                int s = i;
                while (i < n && (Character.isDigit(text.charAt(i)) || (text.charAt(i) == '.' || text.charAt(i) == ',')
                        && i + 1 < n && Character.isDigit(text.charAt(i + 1)))) {
                    i++;
                }
                out.add(new Token(text.substring(s, i), s, i, false));
            } else {
                i++;
            }
        }
        return out;
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> m = new HashMap<>();
        String[] de = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
                "november", "dezember"};
        String[] en = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"};
        for (int i = 0; i < 12; i++) {
            m.put(de[i], i + 1);
            m.put(en[i], i + 1);
        }
        m.put("jänner", 1);
        m.remove("may");
        m.put("may", 5);
        return Map.copyOf(m);
    }
}
