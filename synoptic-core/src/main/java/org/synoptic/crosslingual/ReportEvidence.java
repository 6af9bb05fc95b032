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
 * "GERNSWEILER, Germany (dpa) -"), a name by kind.
 *
 * @param language  the report's language ({@code de}, {@code en})
 * @param weights   key → weighted frequency; immutable
 * @param surfaces  key → the report's words for it, as first met ("Wladiwostok", "2,5 Millionen Euro"); immutable
 */
public record ReportEvidence(String language, Map<String, Double> weights, Map<String, String> surfaces) {

    public ReportEvidence {
        Objects.requireNonNull(language, "language");
        weights = Map.copyOf(weights);
        surfaces = Map.copyOf(surfaces);
    }

    /** The kind of a key: {@code names} (names and datelines), {@code numbers}, {@code dates} or {@code terms}. */
    public static String kind(String key) {
        return switch (key.charAt(0)) {
            case 'n', 'w' -> "names";
            case '#' -> "numbers";
            case 'd' -> "dates";
            default -> "terms";
        };
    }
}
