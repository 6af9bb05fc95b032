package org.synoptic.nlp.quote;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nouns for reports, papers and estimates ("Bericht", "Medienberichte", "Zeitung", "Schätzungen", "Umfrage") as a
 * table: such a noun says where a statement was read, not who made it, so it is never a speaker's name. The owner of
 * the report speaks when the text names one ("einem Bericht der BBC zufolge" gives the BBC, "die Zeitung" the outlet
 * named before); a report that names no owner leaves its statement without a speaker.
 *
 * <p>Design decision: the table holds the endings of the speaker's <em>name</em> as the extractor resolved it, so
 * that compounds ("Zeitungsbericht", "Presseberichten") are caught, and the first parts of report compounds that
 * name no one in particular ("Medien" from "Medienberichten"). An outlet whose proper name ends in such a noun
 * ("Süddeutsche Zeitung") is an entity and is kept by the caller. Stateless and thread-safe.
 */
final class ReportNouns {

    /** Endings (lower case) of a report word, compounds included: "Medienbericht", "Forsa-Umfrage". */
    private static final List<String> ENDINGS = List.of("bericht", "berichte", "berichten", "umfrage", "umfragen");

    /** Report words (lower case) that are one only as they stand: "Einschätzung" and "Netzzeitung" are not. */
    private static final Set<String> WORDS = Set.of("zeitung", "zeitungen", "tageszeitung", "schätzung",
            "schätzungen");

    /** Owners that a report compound names without naming anyone: "Medienberichten" gives "Medien". */
    private static final Set<String> VAGUE_OWNERS = Set.of("Medien", "Medieninformationen", "Presse", "Zeitungen");

    /** Words that attach a report's owner after it: "Schätzungen der Behörden", "einem Bericht von ndr.de". */
    private static final Set<String> GENITIVE = Set.of("des", "der", "eines", "einer", "von", "vom");

    /** Lower-case words ending in "-er" that are no genitive adjective after a report noun. */
    private static final Set<String> NOT_ADJECTIVES = Set.of("aber", "oder", "über", "wieder", "immer", "weiter",
            "später", "außer", "unter", "hinter", "nur", "der", "einer", "dieser", "jener");

    private ReportNouns() {
    }

    /**
     * Whether a speaker name is a report noun rather than a speaker: "Bericht", "Berichte", "Medienbericht",
     * "Erste Schätzungen", "Zeitung", "Medien". {@code false} for {@code null} and for outlets that end in such a
     * word ("Neue Osnabrücker Zeitung", "Ärztezeitung").
     */
    static boolean namesNoSpeaker(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        if (VAGUE_OWNERS.contains(name)) {
            return true;
        }
        String last = name.substring(name.lastIndexOf(' ') + 1);
        // "Erste Schätzungen" is a report; "Neue Osnabrücker Zeitung" is a paper's name
        return isReportWord(last) && (name.indexOf(' ') < 0 || !last.startsWith("Zeitung"));
    }

    /**
     * The owner a report mention, and the words right after it, name besides the report noun: "der OSZE-Bericht"
     * gives "OSZE", "Schätzungen französischer Behörden" "französischer Behörden", "einem Jahresbericht für 2005
     * des Ministeriums" "Ministeriums"; {@code null} when it names none ("einem Bericht", "Medienberichten",
     * "Berichten zufolge").
     */
    static String owner(String mention) {
        String[] words = mention.strip().split("\\s+");
        int head = -1;
        for (int i = 0; i < words.length && head < 0; i++) {
            if (isReportWord(words[i])) {
                head = i;
            }
        }
        if (head < 0) {
            return null;
        }
        String word = words[head];
        int dash = word.lastIndexOf('-');
        if (dash > 1 && Character.isUpperCase(word.charAt(0)) && !VAGUE_OWNERS.contains(word.substring(0, dash))) {
            return word.substring(0, dash); // "OSZE-Bericht"
        }
        int k = head + 1;
        if (k + 1 < words.length && words[k].equals("für")) {
            k += 2; // "einem Jahresbericht für 2005 des Ministeriums"
        }
        if (k < words.length && GENITIVE.contains(words[k])) {
            k++;
        } else if (!(k + 1 < words.length && Character.isLowerCase(words[k].charAt(0)) && words[k].endsWith("er")
                && !NOT_ADJECTIVES.contains(words[k]))) {
            return null; // only a genitive names the owner: "Schätzungen französischer Behörden"
        }
        int from = k;
        if (from < words.length && words[from].matches("\\p{Ll}[\\p{L}\\d-]*\\.\\p{L}{2,}\\W*")) {
            return words[from].replaceAll("\\W+$", ""); // "von ndr.de"
        }
        while (k < words.length && k < from + 2 && Character.isLowerCase(words[k].charAt(0))
                && !GENITIVE.contains(words[k])) {
            k++; // modifiers: "des zuständigen Ministeriums"
        }
        int to = k;
        while (to < words.length && Character.isUpperCase(words[to].charAt(0))
                && (to == k || !words[to - 1].matches(".*[,.;:!?]"))) {
            to++;
        }
        if (to == k) {
            return null;
        }
        String owner = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
        return owner.replaceAll("[,.;:!?)]+$", "");
    }

    private static boolean isReportWord(String word) {
        String lower = word.replaceAll("[^\\p{L}-]", "").toLowerCase(Locale.ROOT);
        return WORDS.contains(lower) || ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
