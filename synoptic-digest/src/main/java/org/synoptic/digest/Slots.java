package org.synoptic.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads comparable slot values from a sentence: weekdays and counted quantities ("212 Stimmen", "three people",
 * "$2.1 billion"). Two aligned sentences that fill the same slot with different values disagree. A count in a degree
 * fills a slot of its own ("zwei von ihnen schwer": {@code number:mensch+schwer}; "38 zu 9 Stimmen":
 * {@code number:stimm+ja} and {@code number:stimm+nein}): it is another quantity than the count of all.
 */
final class Slots {

    /**
     * A slot value with where it was found: {@code slot} names the slot ("weekday", "money", or "number:STEM" for a
     * count of a noun, "number:STEM+DEGREE" for a count in a degree, "unit:meter" for a measure), {@code value} the comparable value ("4.5 mio", "Samstag"),
     * {@code shown} the value as an editor reads it ("$2.1 billion", "4,5 Millionen"), {@code noun} the counted noun
     * as written (or the slot name).
     */
    record Value(String slot, String value, String shown, String noun, int start, int end) {
    }

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|"
                    + "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s|abend|morgen|nachmittag)?\\b");
    /**
     * Words that make a weekday an estimate of the earliest or latest day ("frühestens am Mittwoch", "no later than
     * Friday", "on Wednesday at the earliest"): a bound for something to come, not the day an event happened, so it
     * fills no weekday slot and contradicts no report's day of the event.
     */
    private static final Pattern ESTIMATE_BEFORE = Pattern.compile(
            "(?:frühestens|spätestens|nicht vor|no earlier than|no later than|not before)\\s+(?:am|ab|on|bis)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ESTIMATE_AFTER = Pattern.compile("\\s+at the (?:earliest|latest)\\b");
    /** Number words, German and English, as digits: the one table of them in the digest. */
    static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("zwei", "2"), Map.entry("drei", "3"), Map.entry("vier", "4"), Map.entry("fünf", "5"),
            Map.entry("sechs", "6"), Map.entry("sieben", "7"), Map.entry("acht", "8"), Map.entry("neun", "9"),
            Map.entry("zehn", "10"), Map.entry("zwölf", "12"), Map.entry("two", "2"), Map.entry("three", "3"),
            Map.entry("four", "4"), Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"),
            Map.entry("eight", "8"), Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("twelve", "12"));
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\p{L}\\d.,])([$€£]\\s?)?(\\d{1,3}(?:[.,]\\d{3})*(?:[.,]\\d+)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|"
                    + "two|three|four|five|six|seven|eight|nine|ten|twelve)(?:\\s+|(?=%))(?:(Millionen|Milliarden|Mio\\.|Mrd\\.|million|billion)\\b\\s*)?"
                    + "((?:[Ee]uros?|[Dd]ollars?|US-Dollar|Pfund|pounds?|Franken|francs?)\\b)?\\s*(\\p{L}{3,}|(?:m|cm|km|kg)\\b|%)?",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

    /** What stands between an amount and its conversion into another currency: an opening parenthesis. */
    private static final Pattern CONVERSION = Pattern.compile("\\s*[(\\[]\\s*(?:rund|etwa|about|around|some)?\\s*");

    private static final java.util.Set<String> FUNCTION_WORDS = java.util.Set.of(
            "mit", "und", "der", "die", "das", "den", "dem", "des", "bei", "nach", "von", "vom", "zum", "zur", "aus",
            "auf", "für", "als", "bis", "the", "and", "for", "with", "from", "into", "after", "before", "per", "than",
            "mal", "times");

    /** Units written out or abbreviated, by their canonical name: a measured quantity's slot is its unit. */
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("meter", "meter"), Map.entry("metern", "meter"), Map.entry("m", "meter"),
            Map.entry("metres", "meter"), Map.entry("meters", "meter"), Map.entry("zentimeter", "zentimeter"),
            Map.entry("cm", "zentimeter"), Map.entry("kilometer", "kilometer"), Map.entry("km", "kilometer"),
            Map.entry("prozent", "prozent"), Map.entry("percent", "prozent"), Map.entry("grad", "grad"),
            Map.entry("tonnen", "tonne"), Map.entry("tonnes", "tonne"), Map.entry("kilogramm", "kilogramm"),
            Map.entry("kg", "kilogramm"));

    /**
     * Words that negate a statement. Two reports of one statement, one with and one without such a word ("Niemand
     * wurde verletzt" against "Zwei Menschen wurden verletzt"), say opposite things.
     */
    private static final Pattern NEGATION = Pattern.compile(
            "(?iu)\\b(?:nicht|niemand|niemanden|nie|niemals|kein|keine|keiner|keinen|keinem|keines|weder|nichts|"
                    + "not|no one|nobody|none|never|neither|nor|no|n't)\\b");

    private Slots() {
    }

    /**
     * Negation words that do not negate the claim: "nicht nur", "nicht zuletzt", "kein Wunder", "not only", and
     * anonymous sources ("namentlich nicht genannte Beamte", "nicht näher genannte Quellen", "unnamed").
     */
    private static final Pattern NOT_A_NEGATION = Pattern.compile(
            "(?iu)\\s+(?:nur|zuletzt|wunder|mehr als|weniger als|(?:näher\\s+)?genannt\\w*|namentlich\\w*|only|least|"
                    + "less than|more than|named)\\b");

    /** Whether the sentence states its claim in the negative ("niemand", "kein", "nicht", "no one"). */
    static boolean negated(String sentence) {
        return !negationWindows(sentence, 0).isEmpty();
    }

    /**
     * The words each negation governs: up to {@code reach} words before and after each negation word, within its
     * clause (a comma, colon or semicolon ends the window), without the negation word; one string per negation.
     */
    static List<String> negationWindows(String sentence, int reach) {
        List<String> windows = new ArrayList<>();
        Matcher m = NEGATION.matcher(sentence);
        while (m.find()) {
            Matcher after = NOT_A_NEGATION.matcher(sentence).region(m.end(), sentence.length());
            if (after.lookingAt()) {
                continue;
            }
            int clauseStart = Math.max(0, Math.max(sentence.lastIndexOf(',', m.start()),
                    Math.max(sentence.lastIndexOf(':', m.start()), sentence.lastIndexOf(';', m.start()))) + 1);
            int clauseEnd = sentence.length();
            for (char c : new char[] {',', ':', ';'}) {
                int at = sentence.indexOf(c, m.end());
                if (at >= 0 && at < clauseEnd) {
                    clauseEnd = at;
                }
            }
            String[] before = sentence.substring(clauseStart, m.start()).strip().split("\\s+");
            String[] following = sentence.substring(m.end(), clauseEnd).strip().split("\\s+");
            StringBuilder window = new StringBuilder();
            for (int i = Math.max(0, before.length - reach); i < before.length; i++) {
                window.append(before[i]).append(' ');
            }
            for (int i = 0; i < Math.min(reach, following.length); i++) {
                window.append(following[i]).append(' ');
            }
            windows.add(window.toString().strip());
        }
        return windows;
    }

    private static final Pattern DATE = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])(\\d{1,2})\\.\\s*(Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|"
                    + "Oktober|November|Dezember)\\b|\\b(January|February|March|April|May|June|July|August|September|"
                    + "October|November|December)\\s+(\\d{1,2})\\b");
    private static final List<String> MONTH_NAMES = List.of("januar", "februar", "märz", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "dezember");
    private static final List<String> ENGLISH_MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** Day-and-month dates ("16. März", "March 14"), as slot "date" with value "16.3". */
    private static void dates(String sentence, List<Value> values) {
        Matcher d = DATE.matcher(sentence);
        while (d.find()) {
            String day = d.group(1) != null ? d.group(1) : d.group(4);
            String monthName = (d.group(2) != null ? d.group(2) : d.group(3)).toLowerCase(Locale.ROOT);
            int month = d.group(2) != null
                    ? (monthName.equals("jänner") ? 1 : MONTH_NAMES.indexOf(monthName) + 1)
                    : ENGLISH_MONTHS.indexOf(monthName) + 1;
            values.add(new Value("date", Integer.parseInt(day) + "." + month, d.group().strip(), "date", d.start(),
                    d.end()));
        }
    }

    static List<Value> of(String sentence) {
        List<Value> values = new ArrayList<>();
        Matcher w = WEEKDAY.matcher(sentence);
        while (w.find()) {
            if (ESTIMATE_BEFORE.matcher(sentence.substring(Math.max(0, w.start() - 30), w.start())).find()
                    || ESTIMATE_AFTER.matcher(sentence.substring(w.end())).lookingAt()) {
                continue; // "frühestens am Mittwoch" bounds a day to come; it is no event's day
            }
            String day = canonicalWeekday(w.group(1));
            values.add(new Value("weekday", day, day, "weekday", w.start(), w.end()));
        }
        dates(sentence, values);
        int votesFrom = values.size();
        votes(sentence, values);
        List<Value> voteValues = List.copyOf(values.subList(votesFrom, values.size()));
        Matcher q = QUANTITY.matcher(sentence);
        int moneyEnd = -1;
        while (q.find()) {
            int at = q.start(2);
            if (voteValues.stream().anyMatch(v -> v.start() <= at && at < v.end())) {
                continue; // "38 zu 9 Stimmen" counts the votes of each side, not 9 votes
            }
            String number = q.group(2).toLowerCase(Locale.ROOT);
            if (number.matches("(?:19|20)\\d\\d")) {
                continue; // a year, not a count
            }
            number = normalised(NUMBER_WORDS.getOrDefault(number, number));
            Matcher partitive = PARTITIVE.matcher(sentence).region(q.end(2), sentence.length());
            String partOf = q.group(1) == null && partitive.lookingAt()
                    ? DEGREES.get(partitive.group(1).toLowerCase(Locale.ROOT)) : null;
            Value whole = partOf == null ? null : lastCount(values);
            if (whole != null) {
                // "14 Menschen wurden verletzt, zwei von ihnen schwer": the seriously injured among the 14
                values.add(new Value(whole.slot() + DEGREE_MARK + partOf, number, q.group(2),
                        whole.noun() + " (" + partOf + ")", q.start(), partitive.end()));
                continue;
            }
            String scale = q.group(3) == null ? "" : q.group(3).toLowerCase(Locale.ROOT).matches("mio\\.|million(?:en)?") ? " mio" : " mrd";
            boolean money = q.group(1) != null || q.group(4) != null;
            if (!money && q.group(5) == null) {
                continue;
            }
            if (money && moneyEnd >= 0 && CONVERSION.matcher(sentence.substring(moneyEnd, q.start())).matches()) {
                continue; // "4 million euros ($4.6 million)": the same amount in another currency
            }
            if (money) {
                moneyEnd = q.group(4) != null ? q.end(4) : q.end(3) >= 0 ? q.end(3) : q.end(2);
            }
            String noun = money ? "money" : q.group(5).equals("%") ? "prozent" : q.group(5).toLowerCase(Locale.ROOT);
            if (!money && FUNCTION_WORDS.contains(noun)) {
                continue;
            }
            if (noun.matches("(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|"
                    + "january|february|march|june|july|october|december|uhr|jahre?n?|years?)")) {
                continue; // dates and ages are not counted quantities
            }
            String unit = money ? null : UNITS.get(noun);
            String slot = money ? "money" : unit != null ? "unit:" + unit : "number:" + stemOf(noun);
            String shown = ((q.group(1) == null ? "" : q.group(1).strip()) + q.group(2)
                    + (q.group(3) == null ? "" : " " + q.group(3))).strip();
            String degree = money || unit != null ? null : degreeAfter(sentence, q.end());
            values.add(new Value(degree == null ? slot : slot + DEGREE_MARK + degree, number + scale, shown,
                    money ? "money" : degree == null ? q.group(5) : q.group(5) + " (" + degree + ")", q.start(),
                    q.end()));
        }
        return values;
    }

    /** What separates a count's noun from its degree in a slot name: "number:mensch+schwer". */
    static final String DEGREE_MARK = "+";

    /**
     * Degree words, by their canonical degree: a count with one in its clause counts another quantity than the same
     * noun without ("Zwei Menschen erlitten schwere Verletzungen" counts the seriously injured, "14 Menschen wurden
     * verletzt" all the injured), and so does a partitive count ("…, zwei von ihnen schwer", "zwei davon
     * lebensgefährlich", "two of them seriously").
     */
    private static final Map<String, String> DEGREES = Map.ofEntries(
            Map.entry("schwer", "schwer"), Map.entry("schwere", "schwer"), Map.entry("schweren", "schwer"),
            Map.entry("schwerem", "schwer"), Map.entry("schwerer", "schwer"), Map.entry("schwerst", "schwer"),
            Map.entry("schwerste", "schwer"), Map.entry("schwersten", "schwer"), Map.entry("seriously", "schwer"),
            Map.entry("severely", "schwer"), Map.entry("badly", "schwer"), Map.entry("serious", "schwer"),
            Map.entry("lebensgefährlich", "lebensgefährlich"), Map.entry("lebensgefährliche", "lebensgefährlich"),
            Map.entry("lebensgefährlichen", "lebensgefährlich"), Map.entry("critically", "lebensgefährlich"),
            Map.entry("leicht", "leicht"), Map.entry("leichte", "leicht"), Map.entry("leichten", "leicht"),
            Map.entry("leichter", "leicht"), Map.entry("slightly", "leicht"), Map.entry("minor", "leicht"),
            Map.entry("tödlich", "tödlich"), Map.entry("tödliche", "tödlich"), Map.entry("tödlichen", "tödlich"),
            Map.entry("fatally", "tödlich"));
    /** How many words after a count's noun its degree may stand: "Zwei Menschen wurden dabei schwer verletzt". */
    static final int DEGREE_REACH = 3;
    /** Where a count's clause ends: a punctuation mark, a dash or a coordinating "und"/"and". */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:.!?()\u2013\u2014]|\\s(?:und|and|but|aber)\\s");

    /** The degree ({@link #DEGREES}) among the first {@value #DEGREE_REACH} words of the clause after {@code from}. */
    private static String degreeAfter(String sentence, int from) {
        Matcher end = CLAUSE_END.matcher(sentence).region(from, sentence.length());
        String clause = sentence.substring(from, end.find() ? end.start() : sentence.length()).strip();
        String[] words = clause.isEmpty() ? new String[0] : clause.split("\\s+");
        for (int i = 0; i < Math.min(DEGREE_REACH, words.length); i++) {
            String degree = DEGREES.get(words[i].toLowerCase(Locale.ROOT));
            if (degree != null) {
                return degree;
            }
        }
        return null;
    }

    /** The stem a count's slot counts, without its degree: "mensch" of "number:mensch+schwer"; else the slot. */
    static String countedNoun(String slot) {
        String noun = slot.contains(":") ? slot.substring(slot.indexOf(':') + 1) : slot;
        int mark = noun.indexOf(DEGREE_MARK);
        return mark < 0 ? noun : noun.substring(0, mark);
    }

    /**
     * A number that counts some of the count before it, by degree: "zwei von ihnen schwer", "zwei davon
     * lebensgefährlich", "zwei schwer", "two of them seriously".
     */
    private static final Pattern PARTITIVE = Pattern.compile(
            "\\s+(?:von\\s+ihnen\\s+|davon\\s+|of\\s+them\\s+|of\\s+whom\\s+)?(\\p{L}+)\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** The last undegreed count ("number:…") read so far, or {@code null}. */
    private static Value lastCount(List<Value> values) {
        for (int i = values.size() - 1; i >= 0; i--) {
            Value v = values.get(i);
            if (v.slot().startsWith("number:") && !v.slot().contains(DEGREE_MARK)) {
                return v;
            }
        }
        return null;
    }

    /**
     * A vote's tally, "38 zu 9 Stimmen" or "38 to 9 votes": the votes for and against, each side a degree of the
     * votes ({@code number:stimm+ja}, {@code number:stimm+nein}) as "38 Ja-Stimmen bei 9 Gegenstimmen" reads them; not
     * 9 votes, which would contradict every report of the 38.
     */
    private static final Pattern VOTE_TALLY = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[.,]\\d{3})*)\\s+(?:zu|to|gegen|against)\\s+(\\d{1,3}(?:[.,]\\d{3})*)\\s+"
                    + "(Stimmen|votes)\\b", Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
    /** One side's votes: "38 Ja-Stimmen", "9 Gegenstimmen", "1.894 Nein-Stimmen". */
    private static final Pattern VOTE_SIDE = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[.,]\\d{3})*)\\s+(Ja-?Stimmen|Nein-?Stimmen|Gegenstimmen)\\b",
            Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);

    /** The votes for and against of a tally or of one side ({@link #VOTE_TALLY}, {@link #VOTE_SIDE}). */
    private static void votes(String sentence, List<Value> values) {
        Matcher t = VOTE_TALLY.matcher(sentence);
        while (t.find()) {
            String slot = "number:" + stemOf(t.group(3).toLowerCase(Locale.ROOT));
            values.add(new Value(slot + DEGREE_MARK + "ja", normalised(t.group(1)), t.group(1),
                    t.group(3) + " (ja)", t.start(), t.end()));
            values.add(new Value(slot + DEGREE_MARK + "nein", normalised(t.group(2)), t.group(2),
                    t.group(3) + " (nein)", t.start(), t.end()));
        }
        Matcher side = VOTE_SIDE.matcher(sentence);
        while (side.find()) {
            String degree = side.group(2).toLowerCase(Locale.ROOT).startsWith("ja") ? "ja" : "nein";
            values.add(new Value("number:stimm" + DEGREE_MARK + degree, normalised(side.group(1)), side.group(1),
                    "Stimmen (" + degree + ")", side.start(), side.end()));
        }
    }

    /** "4,5" and "4.5" are one number; "1.200" and "1,200" (thousands) are 1200. */
    static String normalised(String number) {
        if (number.matches("\\d{1,3}(?:[.,]\\d{3})+")) {
            return number.replaceAll("[.,]", "");
        }
        return number.replace(',', '.');
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
