package org.synoptic.ingest;

/**
 * Plain text after cleaning, with the metadata the cleaner found in the junk it removed.
 *
 * @param text      the cleaned text: paragraphs separated by a blank line, whitespace normalised
 * @param published an ISO date or month found in a dated header ({@code date 2023-09}), or {@code null}
 */
public record CleanedText(String text, String published) {
}
