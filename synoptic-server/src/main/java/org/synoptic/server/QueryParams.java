package org.synoptic.server;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads query parameters; a malformed one is a 400 ({@link ApiException#badRequest}) naming it and its allowed form. */
final class QueryParams {

    private QueryParams() {
    }

    /** An integer parameter within {@code min..max}, or {@code fallback} when absent. */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min || n > max) {
                throw ApiException.badRequest(name + " must be " + min + ".." + max + ": " + value);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a number: " + value);
        }
    }

    /** An ISO date, or {@code null} when absent. */
    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("not an ISO date (2023-09-04): " + value);
        }
    }

    /** An ISO date (its start, UTC) or instant, or {@code null} when absent. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("since must be an ISO date or instant (2023-09-04, 2023-09-04T10:00:00Z): " + value);
        }
    }

    /** The value, or {@code null} when absent or blank. */
    static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
