package org.synoptic.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads comparable slot values from a sentence: weekdays and counted quantities ("212 Stimmen", "three people",
 * "$2.1 billion"). Two aligned sentences that fill the same slot with different values disagree.
 */
final class Slots {

    /**
     * A slot value with where it was found: {@code slot} names the slot ("weekday", "money", or "number:STEM" for a
     * count of a noun), {@code noun} is the counted noun as written (or the slot name).
     */
    record Value(String slot, String value, String noun, int start, int end) {
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|"
                    + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|abend|morgen|nachmittag)?\\b");
    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zwei", "2"), Map.entry("drei", "3"), Map.entry("vier", "4"), Map.entry("fünf", "5"),
            Map.entry("sechs", "6"), Map.entry("sieben", "7"), Map.entry("acht", "8"), Map.entry("neun", "9"),
            Map.entry("zehn", "10"), Map.entry("zwölf", "12"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("twelve", "12"));
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\d.,])([$€£]\\s?)?(\\d{1,3}(?:[.,]\\d{3})*(?:[.,]\\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|"
                    + "two|three|four|five|six|seven|eight|nine|ten|twelve)\\s+(?:(Millionen|Milliarden|Mio\\.|Mrd\\.|million|billion)\\b\\s*)?"
                    + "((?:[Ee]uro|[Dd]ollar|US-Dollar)\\b)?\\s*(\\p{L}{3,})?",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "mit", "und", "der", "die", "das", "den", "dem", "des", "bei", "nach", "von", "vom", "zum", "zur", "aus",
            "auf", "für", "als", "bis", "the", "and", "for", "with", "from", "into", "after", "before", "per", "than",
            "prozent", "percent", "mal", "times");

    private Slots() {
    }

    static List<Value> of(String sentence) {
        List<Value> values = new ArrayList<>();
        Matcher w = WEEKDAY.matcher(sentence);
        while (w.find()) {
            values.add(new Value("weekday", canonicalWeekday(w.group(1)), "weekday", w.start(), w.end()));
        }
        Matcher q = QUANTITY.matcher(sentence);
        while (q.find()) {
            String number = q.group(2).toLowerCase(Locale.ROOT);
            if (number.matches("(?:19|20)\\d\\d")) {
                continue; // a year, not a count
            }
            number = NUMBER_WORDS.getOrDefault(number, number);
            String scale = q.group(3) == null ? "" : " " + q.group(3).toLowerCase(Locale.ROOT).replace(".", "");
            boolean money = q.group(1) != null || q.group(4) != null;
            if (!money && q.group(5) == null) {
                continue;
            }
            String noun = money ? "money" : q.group(5).toLowerCase(Locale.ROOT);
            if (!money && FUNCTION_WORDS.contains(noun)) {
                continue;
            }
            if (noun.matches("(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
                    + "january|february|march|june|july|october|december|uhr|jahre?n?|years?)")) {
                continue; // dates and ages are not counted quantities
            }
            String slot = money ? "money" : "number:" + stemOf(noun);
            values.add(new Value(slot, (q.group(1) == null ? "" : q.group(1).strip()) + number + scale,
                    money ? "money" : q.group(5), q.start(), q.end()));
        }
        return values;
    }

    private static String stemOf(String noun) {
        String n = noun;
        for (String suffix : new String[] {"en", "es", "er", "e", "n", "s"}) {
            if (n.length() > suffix.length() + 3 && n.endsWith(suffix)) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /**
     * Whether two weekday mentions speak of the same event: a content word (four letters or more, compared by its
     * first five letters; not a name, month or function word) occurs within {@value #CONTEXT_WORDS} words of both.
     * {@code namesA} and {@code namesB} are the lower-case words of the named entities in each sentence.
     */
    static boolean sameContext(String a, Value va, java.util.Set<String> namesA, String b, Value vb,
                               java.util.Set<String> namesB) {
        java.util.Set<String> left = contextWords(a, va, namesA);
        for (String w : contextWords(b, vb, namesB)) {
            if (left.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static final int CONTEXT_WORDS = 6;

    private static java.util.Set<String> contextWords(String text, Value v, java.util.Set<String> names) {
        String[] before = text.substring(0, v.start()).split("[^\\p{L}]+");
        String[] after = text.substring(v.end()).split("[^\\p{L}]+");
        java.util.Set<String> words = new java.util.HashSet<>();
        for (int i = Math.max(0, before.length - CONTEXT_WORDS); i < before.length; i++) {
            addContext(before[i], names, words);
        }
        for (int i = 0; i < Math.min(after.length, CONTEXT_WORDS + 1); i++) {
            addContext(after[i], names, words);
        }
        return words;
    }

    private static void addContext(String word, java.util.Set<String> names, java.util.Set<String> words) {
        String w = word.toLowerCase(Locale.ROOT);
        // Names say who or where, not what happened on that day: "River Severn" is near every day of a flood.
        if (w.length() >= 4 && !FUNCTION_WORDS.contains(w) && !WEEKDAY.matcher(word).matches()
                && !CONTEXT_STOP_WORDS.contains(w) && !names.contains(w) && !MONTHS.matcher(w).matches()) {
            words.add(w.length() > 5 ? w.substring(0, 5) : w);
        }
    }

    private static final java.util.Set<String> CONTEXT_STOP_WORDS = java.util.Set.of(
            "soll", "sollen", "wird", "werden", "wurde", "wurden", "habe", "haben", "hatte", "hatten", "sagte", "said",
            "dass", "sich", "nach", "seit", "this", "that", "were", "have", "will", "would", "told", "also", "dem",
            "einem", "einer", "eine", "night", "nacht", "morning", "morgen", "abend", "evening", "wieder", "erst",
            "noch", "bereits", "again", "only", "after", "before", "until", "from");
    private static final Pattern MONTHS = Pattern.compile(
            "(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|"
                    + "march|june|july|october|december)");

    private static String canonicalWeekday(String day) {
        return switch (day) {
            case "Sonnabend" -> "Samstag";
            default -> day;
        };
    }
}
