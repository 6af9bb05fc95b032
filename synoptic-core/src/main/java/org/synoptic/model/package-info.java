/**
 * Immutable records passed between Synoptic's stateless stages.
 *
 * <p>Every offset ({@code start}, {@code end}) in these records is a character index (UTF-16 code unit, as
 * {@link java.lang.String#charAt(int)} counts) into {@link org.synoptic.model.Article#text()}, the article's
 * cleaned text: {@code text.substring(start, end)} is the evidence a reader can check.
 */
package org.synoptic.model;
