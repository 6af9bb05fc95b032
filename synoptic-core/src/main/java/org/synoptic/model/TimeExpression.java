package org.synoptic.model;

import java.util.Objects;

/**
 * A time expression in an article, normalised to a TIMEX3-like value.
 *
 * <p>{@code value} is an ISO date at the precision the text gives ({@code 2023-09-10}, {@code 2023-09},
 * {@code 2019}), a range written {@code 2023-09-10/2023-09-13}, or a date with an unknown year
 * ({@code XXXX-09-10}) when neither the text nor the article's publication date fixes it.
 *
 * @param text  the expression as written ({@code "10. bis 13. September"})
 * @param value the normalised value
 * @param start offset in {@link Article#text()}
 * @param end   offset after the expression
 */
public record TimeExpression(String text, String value, int start, int end) {

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad time span: start=" + start + " end=" + end);
        }
    }
}
