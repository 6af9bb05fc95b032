package org.synoptic.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Weighted term frequencies of one article: analysed (stemmed, stop-word-free) terms, each occurrence weighted by
 * where it stands (title or body) and whether it looks like a name (capitalised, not sentence-initial).
 */
final class TermFeatures {

    private TermFeatures() {
    }

    /**
     * Weighted term frequencies being counted: looked up by the token's characters, so a token allocates nothing
     * unless its term is new.
     */
    static final class Counts {
        private final CharArrayMap<double[]> byChars = new CharArrayMap<>(256, false);
        private final List<String> terms = new ArrayList<>();
        private final List<double[]> frequencies = new ArrayList<>();

        void add(char[] buffer, int length, double weight) {
            double[] f = byChars.get(buffer, 0, length);
            if (f == null) {
                String term = new String(buffer, 0, length);
                f = new double[1];
                byChars.put(term, f);
                terms.add(term);
                frequencies.add(f);
            }
            f[0] += weight;
        }
    }

    /** Adds the weighted occurrences of {@code text}'s terms to {@code tf}. */
    static void add(Analyzer analyzer, String text, double weight, double entityWeight, Counts tf) {
        // In Title Case Headlines capitalisation tells nothing about names.
        double nameWeight = isTitleCase(text) ? 1.0 : entityWeight;
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                char[] buffer = term.buffer();
                int length = term.length();
                if (length < 2 && !Character.isDigit(buffer[0])) {
                    continue;
                }
                double w = weight * (looksLikeName(text, offset.startOffset()) ? nameWeight : 1.0);
                tf.add(buffer, length, w);
            }
            ts.end();
        } catch (IOException e) {
            // analysing a String never does I/O; a failure here is a bug, not bad input
            throw new UncheckedIOException(e);
        }
    }

    /** Term weights of an article, before inverse document frequency: 1 + ln(weighted tf), terms sorted. */
    static TermVector sublinear(Counts tf) {
        int n = tf.terms.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> tf.terms.get(x).compareTo(tf.terms.get(y)));
        String[] terms = new String[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            terms[i] = tf.terms.get(order[i]);
            weights[i] = 1.0 + Math.log(Math.max(1.0, tf.frequencies.get(order[i])[0]));
        }
        return new TermVector(terms, weights);
    }

    /** Whether most words of a short text (at least 3 words, at most 40) start with a capital letter. */
    static boolean isTitleCase(String text) {
        int words = 0;
        int capitalised = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (!inWord) {
                    words++;
                    if (Character.isUpperCase(c)) {
                        capitalised++;
                    }
                    if (words > 40) {
                        return false;
                    }
                }
                inWord = true;
            } else if (c != '\'' && c != '’') {
                inWord = false;
            }
        }
        return words >= 3 && capitalised >= 0.7 * words;
    }

    /** Whether the token at {@code start} is capitalised and not the first word of a sentence, line or heading. */
    static boolean looksLikeName(String text, int start) {
        if (start < 0 || start >= text.length() || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == ';') {
                return false;
            }
            if (Character.isWhitespace(c) || "\"'„“”‚‘’«»‹›([–—-".indexOf(c) >= 0) {
                continue;
            }
            return true;
        }
        return false;
    }
}
