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

    /**
     * The same cleaned text without its first paragraph that is no credit line (a headline taken as the title); the
     * credit lines above it (the lead photo's "Foto: …") stay, with their offsets.
     */
    CleanedText withoutFirstParagraph() {
        int at = leadStart(text);
        int cut = text.indexOf("\n\n", at);
        if (at == 0) {
            if (cut < 0) {
                return new CleanedText("", published, author, credit, alignment.suffix(text.length()));
            }
            return new CleanedText(text.substring(cut + 2), published, author, credit, alignment.suffix(cut + 2));
        }
        int keep = cut < 0 ? Math.max(0, at - 2) : at; // without a paragraph after it, the separator before it goes too
        int from = cut < 0 ? text.length() : cut + 2;
        OffsetAlignment.Builder builder = new OffsetAlignment.Builder();
        for (int i = 0; i < keep; i++) {
            builder.add(alignment.toOriginal(i));
        }
        for (int i = from; i < text.length(); i++) {
            builder.add(alignment.toOriginal(i));
        }
        return new CleanedText(text.substring(0, keep) + text.substring(from), published, author, credit,
                builder.build(alignment.originalLength()));
    }

    /** The first paragraph of the text that is no credit line; empty when there is none. */
    String firstParagraph() {
        int at = leadStart(text);
        int cut = text.indexOf("\n\n", at);
        return cut < 0 ? text.substring(at) : text.substring(at, cut);
    }

    /** Whether another paragraph follows {@link #firstParagraph()}. */
    boolean hasParagraphAfterFirst() {
        return text.indexOf("\n\n", leadStart(text)) >= 0;
    }

    /**
     * Where the first paragraph of a cleaned text that is no credit line ("Foto: dpa", "© Elbwacht") starts:
     * 0 when the text opens with none, {@code text.length()} when it holds credit lines only.
     */
    static int leadStart(String text) {
        int at = 0;
        while (at < text.length()) {
            int cut = text.indexOf("\n\n", at);
            String paragraph = cut < 0 ? text.substring(at) : text.substring(at, cut);
            if (!TextCleaner.isCreditLine(paragraph.strip())) {
                return at;
            }
            at = cut < 0 ? text.length() : cut + 2;
        }
        return text.length();
    }
}
