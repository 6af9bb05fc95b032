package org.synoptic.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
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

    /** Adds the weighted occurrences of {@code text}'s terms to {@code tf} (one-element arrays: no boxing per token). */
    static void add(Analyzer analyzer, String text, double weight, double entityWeight, Map<String, double[]> tf) {
        // In Title Case Headlines capitalisation tells nothing about names.
        double nameWeight = isTitleCase(text) ? 1.0 : entityWeight;
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                String t = term.toString();
                if (t.length() < 2 && !Character.isDigit(t.charAt(0))) {
                    continue;
                }
                double w = weight * (looksLikeName(text, offset.startOffset()) ? nameWeight : 1.0);
                double[] f = tf.get(t);
                if (f == null) {
                    tf.put(t, new double[] {w});
                } else {
                    f[0] += w;
                }
            }
            ts.end();
        } catch (IOException e) {
            // analysing a String never does I/O; a failure here is a bug, not bad input
            throw new UncheckedIOException(e);
        }
    }

    /** Term weights of an article, before inverse document frequency: 1 + ln(weighted tf), terms sorted. */
    static TermVector sublinear(Map<String, double[]> tf) {
        String[] terms = tf.keySet().toArray(new String[0]);
        Arrays.sort(terms);
        double[] weights = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            weights[i] = 1.0 + Math.log(Math.max(1.0, tf.get(terms[i])[0]));
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
