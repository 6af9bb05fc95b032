package org.synoptic.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Word lists that tell names from ordinary words: German words (igerman98), stop words, given names and person cues
 * (titles and roles such as "Präsident", "Verteidigungsminister", "spokeswoman").
 *
 * <p>Immutable and thread-safe; the lists load once, on first use of {@link #standard()}.
 */
public final class Lexicon {

    private static final String[] NOUN_SUFFIXES = {"ung", "ungen", "heit", "keit", "schaft", "tion", "tionen", "ismus",
        "ität", "ierung", "isierung", "ierungen", "nahme", "zeug", "werk", "zug", "züge", "boot", "boote"};
    private static final String[] INFLECTIONS = {"s", "es", "n", "en", "e", "er", "ern", "ns"};

    private static final class Holder {
        static final Lexicon STANDARD = new Lexicon();
    }

    private final Set<String> words;
    private final Set<String> stopWords;
    private final Set<String> firstNames;
    private final Set<String> personCues;
    private final List<String> personCueSuffixes;

    private Lexicon() {
        this.words = Set.copyOf(readLines("words-de.txt.gz", true));
        this.stopWords = Set.copyOf(readWords("stopwords.txt"));
        this.firstNames = Set.copyOf(readWords("first-names.txt"));
        Set<String> cues = new HashSet<>();
        List<String> suffixes = new ArrayList<>();
        for (String cue : readLines("person-cues.txt", false)) {
            if (cue.startsWith("suffix:")) {
                suffixes.add(cue.substring("suffix:".length()));
            } else {
                cues.add(cue);
            }
        }
        this.personCues = Set.copyOf(cues);
        this.personCueSuffixes = List.copyOf(suffixes);
    }

    /** The shared lexicon. */
    public static Lexicon standard() {
        return Holder.STANDARD;
    }

    /** Whether the word is a function word, month, weekday or other word that never is a name on its own. */
    public boolean isStopWord(String word) {
        return stopWords.contains(word);
    }

    /** Whether the word is a common given name ("Sergej", "Adrienne"). */
    public boolean isFirstName(String word) {
        return firstNames.contains(word);
    }

    /** Whether the word is a title or role that introduces a person's name ("Verteidigungsminister", "Herr"). */
    public boolean isPersonCue(String word) {
        if (personCues.contains(word) || personCues.contains(word.toLowerCase(Locale.ROOT))
                || personCues.contains(capitalise(word))) {
            return true;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int dash = lower.lastIndexOf('-');
        String tail = dash >= 0 ? lower.substring(dash + 1) : lower;
        if (personCues.contains(capitalise(tail))) {
            return true; // "US-Außenminister", "Korea-Experte"
        }
        for (String suffix : personCueSuffixes) {
            if (lower.endsWith(suffix) && Character.isUpperCase(word.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the exact word is in the German word list. */
    public boolean isKnownWord(String word) {
        return words.contains(word);
    }

    /**
     * Whether a capitalised word reads as an ordinary German word rather than a name: it, an inflected base form of it,
     * its lower-case form, or its last part as a compound ("Fernsehsender" ends in "Sender") is in the word list.
     */
    public boolean isOrdinaryWord(String word) {
        if (word.length() < 2 || isStopWord(word)) {
            return true;
        }
        if (known(word) || words.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        int dash = word.lastIndexOf('-');
        if (dash > 0) {
            // "Ukraine-Konflikt", "US-amerikanische", "U-Boote": the last part decides; "Jong-un" stays a name.
            String tail = word.substring(dash + 1);
            if (tail.isEmpty()) {
                return false;
            }
            return Character.isUpperCase(tail.charAt(0)) ? isOrdinaryWord(tail) : words.contains(tail);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.length() >= 8) {
            for (String suffix : NOUN_SUFFIXES) {
                if (lower.endsWith(suffix)) {
                    return true;
                }
            }
        }
        // Compounds: German writes "Überraschungsbesuch" as one word; its last part is a dictionary noun.
        for (int split = 4; split <= word.length() - 4; split++) {
            String tail = capitalise(word.substring(split));
            if (tail.length() >= 6 ? known(tail) : words.contains(tail)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word, a base form of it, or an inflected form of it is in the word list. */
    private boolean known(String word) {
        if (words.contains(word)) {
            return true;
        }
        for (String ending : INFLECTIONS) {
            if (words.contains(word + ending)) {
                return true;
            }
            if (word.length() > ending.length() + 3 && word.endsWith(ending)
                    && words.contains(word.substring(0, word.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static List<String> readWords(String resource) {
        List<String> out = new ArrayList<>();
        for (String line : readLines(resource, false)) {
            for (String w : line.split("\\s+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    private static List<String> readLines(String resource, boolean gzip) {
        List<String> out = new ArrayList<>();
        try (InputStream raw = Lexicon.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
