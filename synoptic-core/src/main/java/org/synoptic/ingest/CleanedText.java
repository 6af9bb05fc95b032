package org.synoptic.ingest;

/**
 * Plain text after cleaning, with the metadata the cleaner found in the junk it removed and the alignment back to
 * the text it was cleaned from.
 *
 * @param text      the cleaned text: paragraphs separated by a blank line, whitespace and quotes normalised
 * @param published an ISO date or month found in a dated header ({@code date 2023-09}), or {@code null}
 * @param author    the name of a byline line ({@code Ngoc Anh (laut Reuters)} gives {@code Ngoc Anh}), or {@code null}
 * @param credit    the agency or outlet a byline credits ({@code Reuters}), or {@code null}
 * @param alignment maps offsets in {@code text} to offsets in the raw text; never {@code null}
 */
public record CleanedText(String text, String published, String author, String credit, OffsetAlignment alignment) {

    /** The same cleaned text without its first paragraph (a headline taken as the title). */
    CleanedText withoutFirstParagraph() {
        int cut = text.indexOf("\n\n");
        if (cut < 0) {
            return new CleanedText("", published, author, credit, alignment.suffix(text.length()));
        }
        return new CleanedText(text.substring(cut + 2), published, author, credit, alignment.suffix(cut + 2));
    }

    /** The first paragraph of the text. */
    String firstParagraph() {
        int cut = text.indexOf("\n\n");
        return cut < 0 ? text : text.substring(0, cut);
    }
}
