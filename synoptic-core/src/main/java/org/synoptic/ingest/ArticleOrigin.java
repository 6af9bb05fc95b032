package org.synoptic.ingest;

import java.util.Objects;

/**
 * Where one article's text came from, kept beside the {@link org.synoptic.model.Article} so that evidence offsets
 * into {@code Article.text()} can be shown on the text the user gave.
 *
 * <p>{@code original} is the text before cleaning: the decoded file for plain text and JSON {@code text}; the body
 * text extracted from the page (one block per line) for HTML and feed items, since offsets into markup would point
 * into tags. {@code alignment} maps every offset of {@code Article.text()} into {@code original}.
 *
 * @param articleId          the id of the article, as in the report (after making ids unique)
 * @param format             {@code text}, {@code html}, {@code json}, {@code jsonl} or {@code feed}
 * @param original           the text before cleaning
 * @param alignment          cleaned offset to original offset
 * @param languageConfidence how sure the language identification was, in {@code [0, 1]}; {@code 1} when the input
 *                           gave the language
 */
public record ArticleOrigin(String articleId, String format, String original, OffsetAlignment alignment,
                            double languageConfidence) {

    public ArticleOrigin {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(alignment, "alignment");
    }

    /** The original characters behind the cleaned span {@code [start, end)} of the article text. */
    public String originalOf(int start, int end) {
        int[] span = alignment.toOriginalSpan(start, end);
        return original.substring(span[0], span[1]);
    }

    ArticleOrigin withArticleId(String id) {
        return new ArticleOrigin(id, format, original, alignment, languageConfidence);
    }
}
