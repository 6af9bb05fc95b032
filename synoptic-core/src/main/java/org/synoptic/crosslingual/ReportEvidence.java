package org.synoptic.crosslingual;

import java.util.Map;
import java.util.Objects;

/**
 * The language-independent evidence of one report: keys in one shared space whatever the report's language, each with
 * its weighted frequency (before IDF) and the words of the report it came from.
 *
 * <p>Keys by kind: {@code n:} a canonical name ({@link NameKeys#key}: "Wladiwostok" and "Vladivostok" both give
 * {@code n:vladivostok}, "Nordkorea" and "North Korea" {@code n:northkorea}); {@code #:} a number with its unit
 * ({@code #:2500000|eur} from "2,5 Millionen Euro" and "2.5 million euros"); {@code d:} a day of the year
 * ({@code d:03-15} from "15. März" and "March 15"); {@code t:} an English word stem (an English word, or a German word
 * projected through the lexicon); {@code g:} a German word stem, only with {@link EvidenceExtractor.Options#reverseWeight}
 * (a German word, or an English word read back through the lexicon; measured, not used by default); {@code w:} the
 * agency dateline a report opens with, place and agency ({@code w:gernsweiler|dpa} from "Gernsweiler (dpa) –" and
 * "GERNSWEILER, Germany (dpa) -"), a name by kind. A key behind {@value #LEAD} is the same key read again from the
 * report's lead (its title and opening, {@link EvidenceExtractor.Options#leadLength}): {@code ~n:vladivostok} where the
 * lead names Vladivostok. The lead says what happened; the rest of a report often tells the background that reports
 * of another event with the same people share.
 *
 * @param language  the report's language ({@code de}, {@code en})
 * @param weights   key → weighted frequency; immutable
 * @param surfaces  key → the report's words for it, as first met ("Wladiwostok", "2,5 Millionen Euro"); immutable
 */
public record ReportEvidence(String language, Map<String, Double> weights, Map<String, String> surfaces) {

    /** The prefix of a key read from the report's lead. */
    public static final String LEAD = "~";

    public ReportEvidence {
        Objects.requireNonNull(language, "language");
        weights = Map.copyOf(weights);
        surfaces = Map.copyOf(surfaces);
    }

    /**
     * The kind of a key: {@code names} (names and datelines), {@code numbers}, {@code dates}, {@code terms}, or
     * {@code lead} for a key read from the lead (whatever its kind there).
     */
    public static String kind(String key) {
        return switch (key.charAt(0)) {
            case '~' -> "lead";
            case 'n', 'w' -> "names";
            case '#' -> "numbers";
            case 'd' -> "dates";
            default -> "terms";
        };
    }

    /** Whether {@code key} was read from a report's lead ({@value #LEAD}). */
    public static boolean lead(String key) {
        return key.startsWith(LEAD);
    }
}
