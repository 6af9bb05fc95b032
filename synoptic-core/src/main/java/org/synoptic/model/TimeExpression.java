package org.synoptic.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A time expression in an article, normalised to a TIMEX3-like value.
 *
 * <p>{@code value} is an ISO date at the precision the text gives ({@code 2023-09-10}, {@code 2023-09},
 * {@code 2019}), an ISO week ({@code 2023-W35}), a quarter ({@code 2023-Q2}), a time of day ({@code 2023-09-04T14:00},
 * or a part of a day as in TIMEX3: {@code 2023-09-04TEV}), or a date with an unknown year ({@code XXXX-09-10}) when
 * neither the text nor the anchor date fixes it. A range ("vom 10. bis zum 13. September") has its first day as
 * {@code value} and its last as {@code endValue}; {@code endValue} is {@code null} for everything else.
 *
 * <p>Design decision: until issue 4 a range was one value {@code 2023-09-10/2023-09-13}. It is now split so that
 * {@code value} is always one point at one precision; the JSON contract only gained the optional {@code endValue}.
 *
 * @param text     the expression as written ({@code "10. bis zum 13. September"})
 * @param value    the normalised value (the start of a range)
 * @param endValue the end of a range, or {@code null}
 * @param start    offset in {@link Article#text()}
 * @param end      offset after the expression
 */
public record TimeExpression(String text, String value, @JsonInclude(JsonInclude.Include.NON_NULL) String endValue,
                             int start, int end) {

    private static final Pattern DAY = Pattern.compile("(\\d{4}|XXXX)-\\d{2}-\\d{2}");

    /** How fine a value is; read from its shape. */
    public enum Precision { YEAR, QUARTER, MONTH, WEEK, DAY, TIME, OTHER }

    public TimeExpression {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad time span: start=" + start + " end=" + end);
        }
    }

    /** A single point in time (no range). */
    public TimeExpression(String text, String value, int start, int end) {
        this(text, value, null, start, end);
    }

    /** The precision of {@link #value()}: {@code 2019} is YEAR, {@code 2023-09-04TEV} is TIME. */
    public Precision precision() {
        return precisionOf(value);
    }

    /** The precision of a value as {@link #value()} describes it. */
    public static Precision precisionOf(String value) {
        if (value.length() > 10 && value.charAt(10) == 'T' && DAY.matcher(value.substring(0, 10)).matches()) {
            return Precision.TIME;
        }
        if (value.length() == 10 && DAY.matcher(value).matches()) {
            return Precision.DAY;
        }
        if (value.matches("(\\d{4}|XXXX)-W\\d{2}")) {
            return Precision.WEEK;
        }
        if (value.matches("(\\d{4}|XXXX)-\\d{2}")) {
            return Precision.MONTH;
        }
        if (value.matches("(\\d{4}|XXXX)-Q[1-4]")) {
            return Precision.QUARTER;
        }
        if (value.matches("\\d{4}")) {
            return Precision.YEAR;
        }
        return Precision.OTHER;
    }
}
