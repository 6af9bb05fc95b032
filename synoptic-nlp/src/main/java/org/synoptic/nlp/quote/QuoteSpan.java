package org.synoptic.nlp.quote;

/**
 * A stretch of text between a pair of quotation marks.
 *
 * @param open  offset of the opening mark
 * @param close offset of the closing mark; the quoted words are {@code text.substring(open + 1, close)}
 */
record QuoteSpan(int open, int close) {
}
