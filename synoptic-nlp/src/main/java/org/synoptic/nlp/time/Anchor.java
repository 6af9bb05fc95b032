package org.synoptic.nlp.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The date relative time expressions are resolved against, at the precision it is known: a year ({@code 2019}), a
 * month ({@code 2023-07}) or a day ({@code 2023-09-04}). Immutable.
 *
 * @param year  the year
 * @param month the month 1-12, or {@code null} when only the year is known
 * @param day   the day, or {@code null} when only the year or month is known
 */
public record Anchor(int year, Integer month, LocalDate day) {

    /** Reads an ISO year, month, date or date-time (only its date counts); {@code null} if absent or unreadable. */
    public static Anchor parse(String iso) {
        if (iso == null) {
            return null;
        }
        String s = iso.strip();
        try {
            if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
                LocalDate d = LocalDate.parse(s.substring(0, 10));
                return new Anchor(d.getYear(), d.getMonthValue(), d);
            }
            if (s.length() == 7) {
                YearMonth ym = YearMonth.parse(s);
                return new Anchor(ym.getYear(), ym.getMonthValue(), null);
            }
            if (s.matches("\\d{4}")) {
                return new Anchor(Integer.parseInt(s), null, null);
            }
        } catch (DateTimeParseException e) {
            return null; // an unreadable date is no anchor
        }
        return null;
    }

    /** The first day of the anchor's period (the day itself when day-precise). */
    public LocalDate firstDay() {
        return day != null ? day : month != null ? YearMonth.of(year, month).atDay(1) : LocalDate.of(year, 1, 1);
    }

    /** The last day of the anchor's period (the day itself when day-precise). */
    public LocalDate lastDay() {
        return day != null ? day : month != null ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
    }

    /** Whether the anchor is a single day. */
    public boolean dayPrecise() {
        return day != null;
    }
}
