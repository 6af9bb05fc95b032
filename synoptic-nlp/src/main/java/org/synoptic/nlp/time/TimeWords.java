package org.synoptic.nlp.time;

import java.util.Map;

/**
 * Words the time taggers read as values, one table each for the whole time package: parts of a day as TIMEX3 writes
 * them after a date, and small counts and ordinals.
 */
final class TimeWords {

    /** Parts of a day, German and English, lower case, to their TIMEX3 suffix ("abend" gives TEV). */
    static final Map<String, String> DAY_PARTS = Map.ofEntries(
            Map.entry("morgen", "TMO"), Map.entry("früh", "TMO"), Map.entry("vormittag", "TMO"),
            Map.entry("mittag", "TMI"), Map.entry("nachmittag", "TAF"), Map.entry("abend", "TEV"),
            Map.entry("vorabend", "TEV"), Map.entry("nacht", "TNI"), Map.entry("morning", "TMO"),
            Map.entry("afternoon", "TAF"), Map.entry("evening", "TEV"), Map.entry("night", "TNI"));

    /** Small counts and ordinals, German and English, lower case. */
    static final Map<String, Integer> COUNTS = Map.ofEntries(
            Map.entry("einer", 1), Map.entry("einen", 1), Map.entry("eine", 1), Map.entry("one", 1),
            Map.entry("a", 1), Map.entry("zwei", 2), Map.entry("two", 2), Map.entry("drei", 3),
            Map.entry("three", 3), Map.entry("vier", 4), Map.entry("four", 4), Map.entry("fünf", 5),
            Map.entry("five", 5), Map.entry("sechs", 6), Map.entry("six", 6), Map.entry("ersten", 1),
            Map.entry("first", 1), Map.entry("zweiten", 2), Map.entry("second", 2), Map.entry("dritten", 3),
            Map.entry("third", 3), Map.entry("vierten", 4), Map.entry("fourth", 4),
            Map.entry("letzten", 4), Map.entry("last", 4)); // the last of four quarters

    private TimeWords() {
    }
}
