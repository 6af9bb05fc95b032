package org.synoptic.crosslingual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.GermanStemmer;

/**
 * The dictionaries that carry German evidence into English: German words to English word stems
 * ({@code lexicon-de-en.tsv}, generated from the Ding list, GPL-2+), German place names to English ones
 * ({@code places-de-en.tsv}, GeoNames, CC BY 4.0) and hand-written exonyms ({@code names-de-en.tsv}); all generated
 * or written as described in their headers and in {@code tools/generate-crosslingual.py}.
 *
 * <p>Immutable after loading (the backward index is built once, on first use) and thread-safe. Loading takes a few hundred milliseconds and about 30 MB of heap, so
 * {@link #standard()} loads once, on first use.
 */
public final class LinkingLexicon {

    private static final String BASE = "/org/synoptic/crosslingual/";

    /** German word (lower case) → English stems. */
    private final Map<String, String[]> words;
    /** German name (as written) → English names (as written). */
    private final Map<String, List<String>> names;
    /** English multi-word names (lower case, one space) that {@link #names} maps to, for finding them in English text. */
    private final Set<String> englishMultiWord;
    /** German demonym or country adjective (lower case, every ending) → the place as English names it. */
    private final Map<String, String> germanDemonyms;
    /** English demonym or country adjective as written ("Russian", "North Korean") → the place. */
    private final Map<String, String> englishDemonyms;
    /**
     * The lexicon read backwards, built from {@link #words} on first use (linking by default never asks for it, so it
     * costs nothing there).
     */
    private volatile Backwards backwards;

    /**
     * @param germanOfEnglish English stem → the German stems of the words that list it among their translations, most
     *                        attested first (the number of German entries giving it), at most {@value #MAX_GERMAN}
     * @param fanout          English stem → the number of distinct German stems whose words translate to it
     */
    private record Backwards(Map<String, String[]> germanOfEnglish, Map<String, Integer> fanout) {
    }

    /** The most German stems an English stem is projected to (the most attested ones). */
    static final int MAX_GERMAN = 8;

    private LinkingLexicon(Map<String, String[]> words, Map<String, List<String>> names,
                           Map<String, String> germanDemonyms, Map<String, String> englishDemonyms) {
        this.words = words;
        this.names = names;
        this.germanDemonyms = germanDemonyms;
        this.englishDemonyms = englishDemonyms;
        Set<String> multi = new HashSet<>();
        for (List<String> en : names.values()) {
            for (String e : en) {
                if (e.indexOf(' ') > 0) {
                    multi.add(e.toLowerCase(Locale.ROOT));
                }
            }
        }
        for (String e : englishDemonyms.keySet()) {
            if (e.indexOf(' ') > 0) {
                multi.add(e.toLowerCase(Locale.ROOT));
            }
        }
        this.englishMultiWord = Set.copyOf(multi);
    }

    private Backwards backwards() {
        Backwards b = backwards;
        if (b == null) {
            synchronized (this) {
                b = backwards;
                if (b == null) {
                    Map<String, Integer> fan = new HashMap<>();
                    Map<String, String[]> german = reverse(words, fan);
                    b = new Backwards(german, Map.copyOf(fan));
                    backwards = b;
                }
            }
        }
        return b;
    }

    /** English stem → German stems, most attested first (ties: the shorter stem, then alphabetical). */
    private static Map<String, String[]> reverse(Map<String, String[]> words, Map<String, Integer> fanout) {
        GermanStemmer stemmer = new GermanStemmer();
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        Map<String, String> germanStems = new HashMap<>();
        for (Map.Entry<String, String[]> e : words.entrySet()) {
            if (e.getKey().indexOf('-') >= 0) {
                continue;
            }
            String g = germanStems.computeIfAbsent(e.getKey(), w -> germanStem(stemmer, w));
            for (String en : e.getValue()) {
                counts.computeIfAbsent(en, x -> new HashMap<>()).merge(g, 1, Integer::sum);
            }
        }
        Map<String, String[]> out = new HashMap<>(counts.size() * 2);
        for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
            Map<String, Integer> c = e.getValue();
            fanout.put(e.getKey(), c.size());
            out.put(e.getKey(), c.keySet().stream()
                    .sorted(java.util.Comparator.<String>comparingInt(c::get).reversed()
                            .thenComparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()))
                    .limit(MAX_GERMAN).map(String::intern).toArray(String[]::new));
        }
        return Map.copyOf(out);
    }

    private static final class Holder {
        static final LinkingLexicon STANDARD = load();
    }

    /** The bundled lexicon, loaded on first use. */
    public static LinkingLexicon standard() {
        return Holder.STANDARD;
    }

    private static LinkingLexicon load() {
        EnglishStemmer stemmer = new EnglishStemmer();
        Map<String, String> stems = new HashMap<>();
        Map<String, String[]> words = new HashMap<>(200_000);
        for (String[] row : rows("lexicon-de-en.tsv")) {
            String[] english = row[1].split(",");
            String[] out = new String[english.length];
            for (int i = 0; i < english.length; i++) {
                out[i] = stems.computeIfAbsent(english[i], w -> stem(stemmer, w)).intern();
            }
            words.put(row[0], out);
        }
        Map<String, List<String>> names = new HashMap<>();
        for (String file : new String[] {"places-de-en.tsv", "names-de-en.tsv"}) {
            for (String[] row : rows(file)) {
                names.put(row[0], List.of(row[1].split("\\|")));
            }
        }
        Map<String, String> germanDemonyms = new HashMap<>();
        Map<String, String> englishDemonyms = new HashMap<>();
        for (String[] row : rows("demonyms-de-en.tsv")) {
            String[] f = row[1].split("\t");
            if (f.length != 2) {
                throw new IllegalStateException("demonyms-de-en.tsv: expected place, English and German words: "
                        + row[0] + "\t" + row[1]);
            }
            for (String e : f[0].split("\\|")) {
                englishDemonyms.put(e, row[0]);
            }
            for (String g : f[1].split("\\|")) {
                germanDemonyms.put(g, row[0]);
                if (g.endsWith("isch")) {
                    for (String ending : new String[] {"e", "en", "er", "es", "em"}) {
                        germanDemonyms.put(g + ending, row[0]);
                    }
                }
            }
        }
        return new LinkingLexicon(Map.copyOf(words), Map.copyOf(names), Map.copyOf(germanDemonyms),
                Map.copyOf(englishDemonyms));
    }

    private static List<String[]> rows(String file) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = LinkingLexicon.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("linking resource missing from the classpath: " + BASE + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab <= 0) {
                    continue;
                }
                rows.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read linking resource " + file, e);
        }
        return rows;
    }

    /** The English stem of one lower-case English word (Snowball English). */
    static String stem(EnglishStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /** The German Snowball stem of one lower-case German word. */
    static String germanStem(GermanStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * The German stems an English stem translates back to: the stems of the German words whose translations list it,
     * most attested first, at most {@value #MAX_GERMAN}; {@code null} when no German word lists it.
     */
    String[] german(String englishStem) {
        return backwards().germanOfEnglish().get(englishStem);
    }

    /**
     * How many distinct German stems translate to this English stem (0 when none): a stem many German words translate
     * to ("make", "set") says little about which German word was meant.
     */
    int fanout(String englishStem) {
        return backwards().fanout().getOrDefault(englishStem, 0);
    }

    /** The English stems of a lower-case German word, or {@code null} when the lexicon does not know it. */
    public String[] english(String germanLowerCase) {
        return words.get(germanLowerCase);
    }

    /**
     * Whether an English stem is one the lexicon translates some German word to ("ticket" of "Fahrkarte"): an English
     * word as the lexicon knows them, so a German loanword written the same ("Tickets") can be read as it.
     */
    public boolean isEnglishStem(String englishStem) {
        return german(englishStem) != null;
    }

    /** Whether the lower-case German word is a dictionary word (so a capitalised occurrence is a noun, not a name). */
    boolean isWord(String germanLowerCase) {
        return words.containsKey(germanLowerCase);
    }

    /** The English names of a German name or exonym as written ("Nordkorea" → "North Korea"), or an empty list. */
    public List<String> englishNames(String german) {
        return names.getOrDefault(german, List.of());
    }

    /**
     * The place a German demonym or country adjective names, as English names it ("russischen", "Russen" →
     * "Russia"), or {@code null} ({@code demonyms-de-en.tsv}, written by hand).
     *
     * @param germanLowerCase the word in lower case, with its ending
     */
    String placeOfGerman(String germanLowerCase) {
        return germanDemonyms.get(germanLowerCase);
    }

    /** The place an English demonym or country adjective names ("Russian", "North Korean"), or {@code null}. */
    String placeOfEnglish(String asWritten) {
        return englishDemonyms.get(asWritten);
    }

    /** Whether the lower-case English words (one space between) are a multi-word name the lexicon maps to. */
    boolean isEnglishMultiWordName(String lowerCase) {
        return englishMultiWord.contains(lowerCase);
    }

    /** The number of German words with English translations. */
    public int size() {
        return words.size();
    }
}
