package org.synoptic.digest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Sentence;

/**
 * TF-IDF vectors of every sentence of a story, for aligning statements across reports.
 *
 * <p>Terms are stems from Lucene's German or English analyzer (stop words removed), plus one term per named entity
 * (its canonical story-wide name, so "Schoigu" and "Shoigu" meet) weighted double. IDF is computed over the story's
 * sentences. Instances are immutable once built.
 */
final class SentenceVectors {

    /**
     * One sentence with its article and its unit-length weight vector; in a story told in German and English also its
     * language and its unit-length vector in the terms both languages share ({@link LanguageBridge}: English stems,
     * entity names, numbers), empty otherwise.
     */
    record Vector(String article, int articleIndex, Sentence sentence, Map<String, Double> weights, String language,
                  Map<String, Double> bridge) {

        Vector(String article, int articleIndex, Sentence sentence, Map<String, Double> weights) {
            this(article, articleIndex, sentence, weights, "", Map.of());
        }
    }

    private static final double ENTITY_WEIGHT = 2.0;
    /**
     * The weight of a distinctive number ("140", "2.9", "1.200"; not a year or a one- or two-digit day): two reports
     * that give the same such number most likely state the same thing, in whatever words.
     */
    private static final double NUMBER_WEIGHT = 2.0;
    private static final java.util.regex.Pattern DISTINCTIVE_NUMBER = java.util.regex.Pattern.compile(
            "\\d+[.,]\\d+|\\d{3,}");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    static boolean distinctiveNumber(String term) {
        return !term.isEmpty() && Character.isDigit(term.charAt(0)) // the regexes only for what may be a number
                && DISTINCTIVE_NUMBER.matcher(term).matches() && !YEAR.matcher(term).matches();
    }

    private final List<Vector> vectors;
    /** Term to the positions in {@link #vectors} of the sentences holding it, ascending: the candidate search. */
    private final Map<String, int[]> postings;
    private final Map<Vector, Integer> positions = new java.util.IdentityHashMap<>();

    /** By position, the id of the sentence's vector: equal vectors (word-for-word copies) share one. */
    private final int[] firstWithSameVector;

    private SentenceVectors(List<Vector> vectors) {
        this.vectors = List.copyOf(vectors);
        Map<String, List<Integer>> lists = new HashMap<>();
        Map<Map<String, Double>, Integer> firstByVector = new HashMap<>();
        this.firstWithSameVector = new int[this.vectors.size()];
        for (int i = 0; i < this.vectors.size(); i++) {
            firstWithSameVector[i] = firstByVector.computeIfAbsent(this.vectors.get(i).weights(), k -> firstByVector.size());
            positions.put(this.vectors.get(i), i);
            for (String term : this.vectors.get(i).weights().keySet()) {
                lists.computeIfAbsent(term, k -> new ArrayList<>()).add(i);
            }
        }
        Map<String, int[]> out = new HashMap<>();
        lists.forEach((term, list) -> out.put(term, list.stream().mapToInt(Integer::intValue).toArray()));
        this.postings = out;
    }

    List<Vector> all() {
        return vectors;
    }

    /**
     * An id shared by the sentences with the same vector and by no other (syndicated copies repeat sentences word for
     * word): what is computed for one of them holds for all.
     */
    int sameVectorId(Vector v) {
        return firstWithSameVector[positions.get(v)];
    }

    /** The position of one of these vectors in {@link #all()}. */
    int positionOf(Vector v) {
        return positions.get(v);
    }

    /**
     * The dot products of {@code weights} with every sentence that shares a term it holds, by position in
     * {@link #all()}, accumulated over the postings of its terms, so that the cost grows with the sentences that share
     * words rather than with all of them. Terms {@code skipped} matches take no part; a sentence absent from the map
     * shares none of the others.
     */
    Map<Integer, Double> dotProducts(Map<String, Double> weights, java.util.function.Predicate<String> skipped) {
        Map<Integer, Double> dots = new HashMap<>();
        for (var e : weights.entrySet()) {
            if (skipped.test(e.getKey())) {
                continue;
            }
            int[] holders = postings.get(e.getKey());
            if (holders == null) {
                continue;
            }
            for (int j : holders) {
                dots.merge(j, e.getValue() * vectors.get(j).weights().get(e.getKey()), Double::sum);
            }
        }
        return dots;
    }

    /**
     * The later sentences ({@code j > i}, ascending) whose similarity to sentence {@code i}, over the terms
     * {@code skipped} does not match and renormalised over them, may reach {@code minimum}; all others cannot. Prefix
     * filtering (Bayardo, Ma and Srikant, "Scaling up all pairs similarity search", WWW 2007): sentence {@code i}'s
     * most widespread terms are left out of the search as long as their weight together stays below {@code minimum},
     * since by Cauchy–Schwarz a pair that shares none of its rarer terms stays below it; the rarer terms' postings
     * are short. The caller computes the exact similarity of each candidate.
     */
    int[] candidatesLater(int i, java.util.function.Predicate<String> skipped, double minimum) {
        Map<String, Double> weights = vectors.get(i).weights();
        List<String> terms = new ArrayList<>();
        double norm = 0;
        for (var e : weights.entrySet()) {
            if (!skipped.test(e.getKey())) {
                terms.add(e.getKey());
                norm += e.getValue() * e.getValue();
            }
        }
        if (norm == 0) {
            return new int[0];
        }
        // most widespread first (ties by term, so the search does not depend on map order)
        terms.sort(java.util.Comparator.comparingInt((String t) -> -postings.get(t).length).thenComparing(t -> t));
        double left = 0; // squared weight, renormalised, of the terms left out so far
        int first = 0;
        while (first < terms.size()) {
            double w = weights.get(terms.get(first));
            double next = left + w * w / norm;
            if (Math.sqrt(next) >= minimum - 1e-9) {
                break;
            }
            left = next;
            first++;
        }
        java.util.BitSet found = new java.util.BitSet(vectors.size());
        for (int t = first; t < terms.size(); t++) {
            int[] holders = postings.get(terms.get(t));
            int from = java.util.Arrays.binarySearch(holders, i);
            for (int k = from < 0 ? -from - 1 : from + 1; k < holders.length; k++) {
                found.set(holders[k]);
            }
        }
        return found.stream().toArray();
    }

    /** The postings of one term: positions in {@link #all()} of the sentences holding it (empty when none). */
    int[] holders(String term) {
        return postings.getOrDefault(term, new int[0]);
    }

    /** Builds the vectors; {@code canonical} maps an entity mention's article-level name to its story-wide name. */
    static SentenceVectors of(List<ArticleAnalysis> analyses, String language, Map<String, String> canonical) {
        List<Map<String, Double>> raw = new ArrayList<>();
        List<Map<String, Double>> frames = new ArrayList<>();
        List<Vector> shells = new ArrayList<>();
        Map<String, Integer> df = new HashMap<>();
        List<Map<String, Double>> rawBridge = new ArrayList<>();
        Map<String, Integer> bridgeDf = new HashMap<>();
        // a story told in German and English: each report read in its own language, both bridged (LanguageBridge)
        boolean bilingual = LanguageBridge.bilingual(analyses);
        Set<String> outletWords = outletWords(analyses);
        try (Analyzer analyzer = "en".equals(language) ? new EnglishAnalyzer() : new GermanAnalyzer();
             Analyzer other = "en".equals(language) ? new GermanAnalyzer() : new EnglishAnalyzer()) {
            for (int a = 0; a < analyses.size(); a++) {
                ArticleAnalysis analysis = analyses.get(a);
                String own = bilingual ? LanguageBridge.languageOf(analysis) : language;
                Analyzer ownAnalyzer = own.equals(language) ? analyzer : other;
                for (Sentence sentence : analysis.sentences()) {
                    if (!sentence.isContent()) {
                        continue; // captions, credits, teasers and boilerplate state nothing about the story
                    }
                    Map<String, Double> tf = rawTerms(sentence.text(), own, ownAnalyzer).toMap();
                    tf.keySet().removeAll(outletWords);
                    // the frequencies that fall in the attribution frame ("…, berichtete Yonhap unter Berufung auf …")
                    List<int[]> reported = AttributionFrames.reportedSpans(sentence, analysis.quotes(),
                            analysis.citedSources());
                    Map<String, Double> inFrame = new HashMap<>();
                    if (!reported.isEmpty()) {
                        String frame = AttributionFrames.frameText(sentence, reported);
                        rawTerms(frame, own, ownAnalyzer).toMap().forEach((term, f) -> {
                            if (tf.containsKey(term)) {
                                inFrame.put(term, Math.min(f, tf.get(term)));
                            }
                        });
                    }
                    Map<String, Double> btf = new HashMap<>();
                    if (bilingual) {
                        LanguageBridge.addTerms(sentence.text(), own, btf);
                        tf.forEach((term, f) -> {
                            if (Character.isDigit(term.charAt(0))) {
                                btf.put(term, f);
                            }
                        });
                    }
                    for (EntityMention e : analysis.entities()) {
                        if (e.start() >= sentence.start() && e.end() <= sentence.end()) {
                            tf.merge("§" + canonical.getOrDefault(e.name(), e.name()), ENTITY_WEIGHT, Double::sum);
                            if (!reported.isEmpty() && !AttributionFrames.within(e.start(), e.end(), reported)) {
                                inFrame.merge("§" + canonical.getOrDefault(e.name(), e.name()), ENTITY_WEIGHT, Double::sum);
                            }
                            if (bilingual) {
                                btf.merge("§" + canonical.getOrDefault(e.name(), e.name()), ENTITY_WEIGHT, Double::sum);
                            }
                        }
                    }
                    tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum));
                    btf.keySet().forEach(t -> bridgeDf.merge(t, 1, Integer::sum));
                    raw.add(tf);
                    frames.add(inFrame);
                    rawBridge.add(btf);
                    shells.add(new Vector(analysis.article().id(), a, sentence, Map.of(), bilingual ? own : "", Map.of()));
                }
            }
        }
        int n = raw.size();
        List<Vector> vectors = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Vector shell = shells.get(i);
            // an unmodifiable HashMap, not Map.copyOf: the immutable map's iteration order changes from one JVM run to
            // the next, and with it the order of floating-point sums, so near ties could flip between runs
            vectors.add(new Vector(shell.article(), shell.articleIndex(), shell.sentence(),
                    unit(raw.get(i), frames.get(i), df, n),
                    shell.language(),
                    rawBridge.get(i).isEmpty() ? Map.of() : unit(rawBridge.get(i), Map.of(), bridgeDf, n)));
        }
        return new SentenceVectors(vectors);
    }

    /**
     * The words of the outlets and agencies the story's reports cite ("New York Times" gives "new", "york", "tim" and
     * "nyt"): a sentence that names who reported says nothing about what happened by that name; the name itself
     * stays, as an entity.
     */
    private static Set<String> outletWords(List<ArticleAnalysis> analyses) {
        Set<String> out = new java.util.HashSet<>();
        for (ArticleAnalysis analysis : analyses) {
            for (org.synoptic.model.CitedSource source : analysis.citedSources()) {
                if (source.kind() != org.synoptic.model.SourceKind.OUTLET && source.kind() != org.synoptic.model.SourceKind.AGENCY) {
                    continue;
                }
                String name = source.name();
                if (!name.matches("[\\p{Lu}\\d][\\p{L}\\d.&'-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d.&'-]*)*")) {
                    continue; // a name read too far ("Nordpress für Lastwagen") is not taken for an outlet's words
                }
                out.addAll(stems(name, "de"));
                out.addAll(stems(name, "en"));
                String[] words = name.split("[^\\p{L}]+");
                if (words.length >= 2) {
                    StringBuilder initials = new StringBuilder();
                    for (String w : words) {
                        if (!w.isEmpty()) {
                            initials.append(Character.toLowerCase(w.charAt(0)));
                        }
                    }
                    out.add(initials.toString());
                }
            }
        }
        return out;
    }

    /**
     * TF-IDF weights of raw term frequencies, scaled to unit length; unmodifiable. The share of a term's frequency
     * that falls in the sentence's attribution frame ({@code inFrame}) weighs {@link AttributionFrames#WEIGHT} of the
     * rest.
     */
    private static Map<String, Double> unit(Map<String, Double> tf, Map<String, Double> inFrame,
                                            Map<String, Integer> df, int n) {
        Map<String, Double> w = new HashMap<>();
        double norm = 0;
        for (var e : tf.entrySet()) {
            double idf = Math.log(1.0 + (double) n / df.get(e.getKey()));
            double framed = inFrame.getOrDefault(e.getKey(), 0.0);
            double share = framed == 0 ? 1 : (e.getValue() - framed + AttributionFrames.WEIGHT * framed) / e.getValue();
            double v = (1 + Math.log(e.getValue())) * idf * share;
            w.put(e.getKey(), v);
            norm += v * v;
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            w.replaceAll((k, v) -> v / len);
        }
        return java.util.Collections.unmodifiableMap(w);
    }

    /**
     * A sentence's term frequencies before its entity names: stems (numbers normalised and weighted), compound parts
     * and synonyms, in the order they were first added. A function of the text and language alone.
     */
    private record RawTerms(String[] terms, double[] counts) {

        /** The frequencies as a new mutable map, its keys inserted in the original order (same iteration order). */
        Map<String, Double> toMap() {
            Map<String, Double> tf = new HashMap<>();
            for (int k = 0; k < terms.length; k++) {
                tf.put(terms[k], counts[k]);
            }
            return tf;
        }
    }

    /**
     * Raw terms of recently digested sentences, by language and text, least recently used dropped first: a story that
     * grows by one report is digested again with the same sentences (and syndicated copies repeat them), so only the
     * new report's sentences are analysed. About 1 kB per entry.
     */
    private static final int RAW_TERMS_KEPT = 8192;
    private static final Map<String, RawTerms> RAW_TERMS = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, RawTerms> eldest) {
                    return size() > RAW_TERMS_KEPT;
                }
            });

    private static RawTerms rawTerms(String text, String language, Analyzer analyzer) {
        String key = language + '\u0000' + text;
        RawTerms known = RAW_TERMS.get(key);
        if (known != null) {
            return known;
        }
        Map<String, Double> tf = new java.util.LinkedHashMap<>();
        for (String term : terms(analyzer, numbersNormalised(text))) {
            tf.merge(term, distinctiveNumber(term) ? NUMBER_WEIGHT : 1.0, Double::sum);
        }
        TermExpander.expand(text, language, tf);
        RawTerms raw = new RawTerms(tf.keySet().toArray(String[]::new),
                tf.values().stream().mapToDouble(Double::doubleValue).toArray());
        RAW_TERMS.put(key, raw);
        return raw;
    }

    /**
     * The terms that joined a statement's sentences: stems, compound parts and synonyms ("≈…") shared by at least two
     * of them and by half of them or more, most shared first; entity names without their marker.
     */
    static List<String> sharedTerms(List<Vector> members) {
        Map<String, Integer> counts = new HashMap<>();
        for (Vector v : members) {
            v.weights().keySet().forEach(t -> counts.merge(t, 1, Integer::sum));
        }
        int needed = Math.max(2, (members.size() + 1) / 2);
        // a scaled number's value in digits ("450000000") stands beside its number as written ("450"): shown once
        return counts.entrySet().stream().filter(e -> e.getValue() >= needed && !SCALED_VALUE.matcher(e.getKey()).matches())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getKey().startsWith("§") ? e.getKey().substring(1) : e.getKey())
                .toList();
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "(?iu)\\b(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|two|three|four|five|six|seven|eight|nine|"
                    + "ten|twelve)\\b|(?<=\\d),(?=\\d)");

    /**
     * A number scaled by a word ("4 Millionen", "4.5 Mio.", "2 Milliarden", "4 million", "2.1 billion"), after
     * {@link #NUMBER} has made digits of number words and points of decimal commas.
     */
    private static final java.util.regex.Pattern SCALED = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:\\.\\d{1,2})?)\\s+(Millionen|Million|Mio\\.?|Milliarden|Milliarde|Mrd\\.?|"
                    + "million|millions|billion|billions|bn)(?!\\p{L})");

    /** A scaled number's value in digits, as {@link #numbersNormalised} adds it: seven digits or more, unseparated. */
    private static final java.util.regex.Pattern SCALED_VALUE = java.util.regex.Pattern.compile("\\d{7,}");

    /**
     * Number words as digits and decimal commas as points, so "zwei" meets "2" and "4,5" meets "4.5"; a scaled number
     * also gives its value in digits ("4 Millionen" and "4 million" both give "4000000"), a distinctive number that
     * joins the sentences of two languages or two wordings, where a lone "4" is too common to count.
     */
    static String numbersNormalised(String text) {
        java.util.regex.Matcher m = NUMBER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String found = m.group();
            m.appendReplacement(out, found.equals(",") ? "." : Slots.NUMBER_WORDS.get(found.toLowerCase(java.util.Locale.ROOT)));
        }
        m.appendTail(out);
        java.util.regex.Matcher scaled = SCALED.matcher(out);
        if (!scaled.find()) {
            return out.toString();
        }
        StringBuilder withValues = new StringBuilder(out.length() + 16);
        do {
            boolean milliard = scaled.group(2).startsWith("Mil") && !scaled.group(2).startsWith("Million")
                    || scaled.group(2).startsWith("Mrd") || scaled.group(2).startsWith("b");
            java.math.BigDecimal value = new java.math.BigDecimal(scaled.group(1))
                    .multiply(java.math.BigDecimal.TEN.pow(milliard ? 9 : 6));
            scaled.appendReplacement(withValues, java.util.regex.Matcher.quoteReplacement(
                    scaled.group() + " " + value.toBigInteger()));
        } while (scaled.find());
        scaled.appendTail(withValues);
        return withValues.toString();
    }

    /** Cosine similarity of two unit vectors. */
    static double cosine(Map<String, Double> a, Map<String, Double> b) {
        Map<String, Double> small = a.size() <= b.size() ? a : b;
        Map<String, Double> large = small == a ? b : a;
        double dot = 0;
        for (var e : small.entrySet()) {
            Double other = large.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return dot;
    }

    /**
     * Cosine similarity without distinctive numbers, renormalised: how related two sentences are apart from the
     * values they may disagree on ("2,9 Meter" against "3,1 Meter").
     */
    static double cosineIgnoringNumbers(Map<String, Double> a, Map<String, Double> b) {
        return restrictedCosine(a, b, SentenceVectors::distinctiveNumber);
    }

    /** Cosine similarity of two vectors restricted to their terms other than entity names, renormalised. */
    static double contentCosine(Map<String, Double> a, Map<String, Double> b) {
        return restrictedCosine(a, b, term -> term.startsWith("§"));
    }

    /** Whether a term says what a sentence states: not an entity name, not a word of attribution. */
    static boolean isContentTerm(String term) {
        return !term.startsWith("§") && !ATTRIBUTION.contains(term);
    }

    /** The stems of {@code attribution-words.txt}, German and English. */
    private static final Set<String> ATTRIBUTION = attributionStems();

    private static Set<String> attributionStems() {
        Set<String> out = new java.util.HashSet<>();
        try (java.io.InputStream in = SentenceVectors.class.getResourceAsStream("attribution-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("attribution-words.txt is missing from the classpath");
            }
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    try (Analyzer de = new GermanAnalyzer(); Analyzer en = new EnglishAnalyzer()) {
                        out.addAll(terms(de, word));
                        out.addAll(terms(en, word));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(out);
    }

    /** Cosine similarity of two vectors over the terms {@code skipped} does not match, renormalised. */
    private static double restrictedCosine(Map<String, Double> a, Map<String, Double> b,
                                           java.util.function.Predicate<String> skipped) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (var e : a.entrySet()) {
            if (skipped.test(e.getKey())) {
                continue;
            }
            na += e.getValue() * e.getValue();
            Double other = b.get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        for (var e : b.entrySet()) {
            if (!skipped.test(e.getKey())) {
                nb += e.getValue() * e.getValue();
            }
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    /** Where a sentence's clauses meet: commas, semicolons, colons and dashes. */
    private static final java.util.regex.Pattern CLAUSE_BREAK = java.util.regex.Pattern.compile("[,;:]\\s|\\s[–—-]\\s");
    /**
     * Fewest content terms (not names, not attribution words) a clause needs to be compared on its own; shorter pieces
     * join the clause before them ("zitierte Interfax den russischen Verteidigungsminister Sergej Schoigu" names who
     * speaks, and states nothing).
     */
    static final int MIN_CLAUSE_TERMS = 3;

    /**
     * The sentence's clauses, each as the sentence's vector restricted to the clause's own terms (stems, compound parts,
     * synonyms, and the names whose words it contains), renormalised: "Up to 90 millimetres fell across the catchment,
     * and the river peaked at 5.6 metres" states two things, and each clause can be compared with a sentence that
     * states one of them. A sentence without a break gives no clauses.
     */
    static List<Map<String, Double>> clauses(Vector v, String language) {
        return clauseList(v, language).stream().map(Clause::weights).toList();
    }

    /** A clause of a sentence: its text, as written, and its terms ({@link #clauses}). */
    record Clause(String text, Map<String, Double> weights) {
    }

    /** {@link #clauses} with the text of each clause. */
    static List<Clause> clauseList(Vector v, String language) {
        String text = v.sentence().text();
        java.util.regex.Matcher m = CLAUSE_BREAK.matcher(text);
        List<String> pieces = new ArrayList<>();
        int from = 0;
        while (m.find()) {
            pieces.add(text.substring(from, m.start()));
            from = m.end();
        }
        if (pieces.isEmpty()) {
            return List.of();
        }
        pieces.add(text.substring(from));
        List<Clause> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String piece : pieces) {
            pending.append(pending.length() == 0 ? "" : ", ").append(piece);
            Map<String, Double> clause = restrictedTo(v, pending.toString(), language);
            if (clause.keySet().stream().filter(SentenceVectors::isContentTerm).count() >= MIN_CLAUSE_TERMS) {
                out.add(new Clause(pending.toString(), clause));
                pending.setLength(0);
            }
        }
        return out.size() < 2 ? List.of() : out;
    }

    private static Map<String, Double> restrictedTo(Vector v, String clause, String language) {
        Set<String> terms = new java.util.HashSet<>(stems(numbersNormalised(clause), language));
        Map<String, Double> expanded = new HashMap<>();
        TermExpander.expand(clause, language, expanded);
        terms.addAll(expanded.keySet());
        String lower = clause.toLowerCase(java.util.Locale.ROOT);
        Map<String, Double> out = new HashMap<>();
        double norm = 0;
        for (var e : v.weights().entrySet()) {
            String term = e.getKey();
            boolean in = term.startsWith("§")
                    ? java.util.Arrays.stream(term.substring(1).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                            .anyMatch(w -> w.length() >= 3 && lower.contains(w))
                    : terms.contains(term);
            if (in) {
                out.put(term, e.getValue());
                norm += e.getValue() * e.getValue();
            }
        }
        double len = Math.sqrt(norm);
        if (len > 0) {
            out.replaceAll((k, w) -> w / len);
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    private static final Analyzer GERMAN = new GermanAnalyzer();
    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    /** The stems of a text as sentence vectors hold them (Lucene analyzers are thread-safe). */
    static List<String> stems(String text, String language) {
        return terms("en".equals(language) ? ENGLISH : GERMAN, text);
    }

    /** Stemmed content terms of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                if (term.length() > 1) {
                    out.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // StringReader never fails
        }
        return out;
    }
}
