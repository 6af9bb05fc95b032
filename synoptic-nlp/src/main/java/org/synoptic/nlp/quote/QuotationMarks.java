package org.synoptic.nlp.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds pairs of quotation marks: German „…“ and „…”, ‚…‘, »…«, English “…”, and straight "…".
 *
 * <p>A pair never spans a line break (a paragraph) nor more than {@value #MAX_LENGTH} characters; an opening mark
 * without its closing mark opens nothing. Stateless and thread-safe.
 */
final class QuotationMarks {

    private static final int MAX_LENGTH = 2000;

    private QuotationMarks() {
    }

    static List<QuoteSpan> find(String text) {
        List<QuoteSpan> spans = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            String closers = switch (c) {
                case '„' -> "“”";
                case '‚' -> "‘";
                case '»' -> "«";
                case '“' -> "”";
                case '"' -> "\"";
                default -> null;
            };
            if (closers == null || c == '‚' && i + 1 < n && !Character.isLetter(text.charAt(i + 1))) {
                i++;
                continue;
            }
            int close = -1;
            for (int j = i + 1; j < Math.min(n, i + MAX_LENGTH); j++) {
                char d = text.charAt(j);
                if (d == '\n') {
                    break;
                }
                if (closers.indexOf(d) >= 0) {
                    close = j;
                    break;
                }
            }
            if (close < 0) {
                i++;
                continue;
            }
            if (close > i + 1) {
                spans.add(new QuoteSpan(i, close));
            }
            i = close + 1;
        }
        return spans;
    }
}
