package org.synoptic.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds the parts of a German compound after the compound itself, at its position and with its offsets, so that a
 * search for a part finds the compound: "kranhöftbrücke" gives "kranhöft" and "brücke", "briefwahlbezirk" gives
 * "briefwahl", "bezirk", "brief" and "wahl".
 *
 * <p>A compound is split at its head: the longest German word of at least 4 letters that ends it and leaves a
 * modifier of at least 3 letters; the modifier is kept as it is (a name like "Kranhöft" is in no dictionary) and, with
 * a linking "s" dropped, once more ("sanierungs" → "sanierung"); modifiers are split again, up to three levels. The
 * words are jWordSplitter's German list ({@code all-words.txt}, about 65,000 lower-case words, in its jar).
 *
 * <p>Design decision: for the index only. A query term is not split (the query "Auszählung" would otherwise also ask
 * for "aus"), so a part in a query meets the parts in the index, and a whole compound still meets the compound.
 * Expects lower-cased tokens; not thread-safe (one per token stream, as every Lucene filter).
 */
final class CompoundPartsFilter extends TokenFilter {

    private static final int MIN_TOKEN = 7;
    private static final int MIN_HEAD = 4;
    private static final int MIN_MODIFIER = 3;
    private static final int MAX_DEPTH = 3;
    private static final String WORDS = "/de/danielnaber/jwordsplitter/all-words.txt";
    private static volatile Set<String> words;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
    private final Deque<String> pending = new ArrayDeque<>();
    private State compoundState;

    CompoundPartsFilter(TokenStream input) {
        super(input);
        dictionary();
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            restoreState(compoundState);
            term.setEmpty().append(pending.pop());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String token = term.toString();
        if (token.length() >= MIN_TOKEN && token.chars().allMatch(Character::isLetter)) {
            Set<String> parts = new java.util.LinkedHashSet<>();
            split(token, 0, parts);
            parts.remove(token);
            if (!parts.isEmpty()) {
                pending.addAll(parts);
                compoundState = captureState();
            }
        }
        return true;
    }

    /** The parts of a compound, in the order found; empty for a word that is no compound of known heads. */
    static Set<String> parts(String lowerCaseWord) {
        Set<String> parts = new java.util.LinkedHashSet<>();
        dictionary();
        split(lowerCaseWord, 0, parts);
        parts.remove(lowerCaseWord);
        return parts;
    }

    private static void split(String word, int depth, Set<String> parts) {
        if (depth >= MAX_DEPTH || word.length() < MIN_HEAD + MIN_MODIFIER) {
            return;
        }
        Set<String> dict = words;
        for (int i = MIN_MODIFIER; i <= word.length() - MIN_HEAD; i++) {
            String head = word.substring(i);
            if (dict.contains(head)) {
                String modifier = word.substring(0, i);
                parts.add(modifier);
                parts.add(head);
                if (modifier.endsWith("s") && modifier.length() > MIN_MODIFIER + 1) {
                    parts.add(modifier.substring(0, modifier.length() - 1));
                }
                split(modifier, depth + 1, parts);
                return;
            }
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
        compoundState = null;
    }

    private static void dictionary() {
        if (words == null) {
            synchronized (CompoundPartsFilter.class) {
                if (words == null) {
                    words = load();
                }
            }
        }
    }

    private static Set<String> load() {
        try (InputStream in = CompoundPartsFilter.class.getResourceAsStream(WORDS)) {
            if (in == null) {
                throw new IllegalStateException("jWordSplitter's word list is missing from the class path: " + WORDS);
            }
            Set<String> set = new HashSet<>(100_000);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String w = line.strip();
                if (w.length() >= MIN_HEAD && !w.startsWith("#")) {
                    set.add(w.toLowerCase(java.util.Locale.GERMAN));
                }
            }
            return Set.copyOf(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
