package org.synoptic.cluster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Parses {@link org.synoptic.model.Article#published()} values to epoch milliseconds (UTC when no zone is given). */
final class PublishedTimes {

    /** Returned when the value is absent or unparsable. */
    static final long UNKNOWN = Long.MIN_VALUE;

    private PublishedTimes() {
    }

    static long epochMillis(String published) {
        if (published == null || published.isBlank()) {
            return UNKNOWN;
        }
        String p = published.strip();
        try {
            if (p.length() == 7) {
                return YearMonth.parse(p).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (p.length() == 10) {
                return LocalDate.parse(p).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (p.endsWith("Z")) {
                return Instant.parse(p).toEpochMilli();
            }
            try {
                return OffsetDateTime.parse(p).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(p).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        } catch (DateTimeParseException e) {
            return UNKNOWN;
        }
    }
}
