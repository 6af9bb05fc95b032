package org.synoptic.nlp.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synoptic.model.SourceKind;

/**
 * The kind of an unknown source, told by the words of its name or the noun before it: "Continental Wire" and "die
 * Agentur Nordpress" and "the Nordpress agency" are agencies, "die Reederei Baltrava" a company (other), "Northgate Gazette" and "die Zeitung Weserkurier" outlets, "Senat",
 * "Stadtverwaltung" and "Severn Catchment Authority" government, "Wahlausschuss" and "mayor" officials, "Brightline
 * Research" and "Kestrel Institute" experts, "Sicherheitskreise" anonymous.
 *
 * <p>German compounds are matched by their last part ("Umweltministerium" ends in "ministerium"). Stateless and
 * thread-safe.
 */
final class SourceHeads {

    /** Head words in lower case, longest first within a kind so that compounds find their last part. */
    private static final List<Map.Entry<String, SourceKind>> HEADS = List.of(
            Map.entry("nachrichtenagentur", SourceKind.AGENCY), Map.entry("newswire", SourceKind.AGENCY),
            Map.entry("agentur", SourceKind.AGENCY), Map.entry("wire", SourceKind.AGENCY),
            Map.entry("press", SourceKind.AGENCY), Map.entry("presse", SourceKind.AGENCY),
            Map.entry("tageszeitung", SourceKind.OUTLET), Map.entry("zeitung", SourceKind.OUTLET),
            Map.entry("tagblatt", SourceKind.OUTLET), Map.entry("kurier", SourceKind.OUTLET),
            Map.entry("anzeiger", SourceKind.OUTLET), Map.entry("rundschau", SourceKind.OUTLET),
            Map.entry("magazin", SourceKind.OUTLET), Map.entry("sender", SourceKind.OUTLET),
            Map.entry("gazette", SourceKind.OUTLET), Map.entry("herald", SourceKind.OUTLET),
            Map.entry("courier", SourceKind.OUTLET), Map.entry("times", SourceKind.OUTLET),
            Map.entry("post", SourceKind.OUTLET), Map.entry("journal", SourceKind.OUTLET),
            Map.entry("tribune", SourceKind.OUTLET), Map.entry("chronicle", SourceKind.OUTLET),
            Map.entry("daily", SourceKind.OUTLET), Map.entry("radio", SourceKind.OUTLET),
            Map.entry("ledger", SourceKind.OUTLET), Map.entry("bulletin", SourceKind.OUTLET),
            Map.entry("observer", SourceKind.OUTLET), Map.entry("telegraph", SourceKind.OUTLET),
            Map.entry("mirror", SourceKind.OUTLET), Map.entry("monitor", SourceKind.OUTLET),
            Map.entry("echo", SourceKind.OUTLET), Map.entry("bote", SourceKind.OUTLET),
            Map.entry("newspaper", SourceKind.OUTLET), Map.entry("broadcaster", SourceKind.OUTLET),
            Map.entry("ministerium", SourceKind.GOVERNMENT), Map.entry("verwaltung", SourceKind.GOVERNMENT),
            Map.entry("behörde", SourceKind.GOVERNMENT), Map.entry("behörden", SourceKind.GOVERNMENT),
            Map.entry("senat", SourceKind.GOVERNMENT), Map.entry("regierung", SourceKind.GOVERNMENT),
            Map.entry("polizei", SourceKind.GOVERNMENT), Map.entry("bergwacht", SourceKind.GOVERNMENT),
            Map.entry("feuerwehr", SourceKind.GOVERNMENT), Map.entry("staatsanwaltschaft", SourceKind.GOVERNMENT),
            Map.entry("amt", SourceKind.GOVERNMENT), Map.entry("authority", SourceKind.GOVERNMENT),
            Map.entry("ministry", SourceKind.GOVERNMENT), Map.entry("council", SourceKind.GOVERNMENT),
            Map.entry("board", SourceKind.GOVERNMENT), Map.entry("office", SourceKind.GOVERNMENT),
            Map.entry("department", SourceKind.GOVERNMENT), Map.entry("agency", SourceKind.GOVERNMENT),
            Map.entry("commission", SourceKind.GOVERNMENT), Map.entry("kommission", SourceKind.GOVERNMENT),
            Map.entry("ausschuss", SourceKind.OFFICIAL), Map.entry("landrat", SourceKind.OFFICIAL),
            Map.entry("bürgermeister", SourceKind.OFFICIAL), Map.entry("bürgermeisterin", SourceKind.OFFICIAL),
            Map.entry("mayor", SourceKind.OFFICIAL), Map.entry("governor", SourceKind.OFFICIAL),
            Map.entry("research", SourceKind.EXPERT), Map.entry("institut", SourceKind.EXPERT),
            Map.entry("institute", SourceKind.EXPERT), Map.entry("capital", SourceKind.EXPERT),
            Map.entry("university", SourceKind.EXPERT), Map.entry("universität", SourceKind.EXPERT),
            Map.entry("kreise", SourceKind.ANONYMOUS), Map.entry("kreisen", SourceKind.ANONYMOUS),
            Map.entry("verband", SourceKind.OTHER), Map.entry("klinik", SourceKind.OTHER),
            Map.entry("augenzeugen", SourceKind.OTHER));

    private SourceHeads() {
    }

    /** The kind a word names as the head of a source's name, or {@code null} when it tells none. */
    static SourceKind kindOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, SourceKind> e : HEADS) {
            if (w.equals(e.getKey()) || w.length() > e.getKey().length() + 2 && w.endsWith(e.getKey())
                    && Character.isLetter(e.getKey().charAt(0)) && e.getKey().length() >= 4) {
                return e.getValue();
            }
        }
        return null;
    }

    private static final Map<String, SourceKind> CUE_NOUNS = Map.ofEntries(
            Map.entry("Nachrichtenagentur", SourceKind.AGENCY), Map.entry("Agentur", SourceKind.AGENCY),
            Map.entry("agency", SourceKind.AGENCY), Map.entry("Zeitung", SourceKind.OUTLET),
            Map.entry("Tageszeitung", SourceKind.OUTLET), Map.entry("Wochenzeitung", SourceKind.OUTLET),
            Map.entry("Magazin", SourceKind.OUTLET), Map.entry("Nachrichtenmagazin", SourceKind.OUTLET),
            Map.entry("Sender", SourceKind.OUTLET), Map.entry("Fernsehsender", SourceKind.OUTLET),
            Map.entry("Radiosender", SourceKind.OUTLET), Map.entry("Blatt", SourceKind.OUTLET),
            Map.entry("newspaper", SourceKind.OUTLET), Map.entry("broadcaster", SourceKind.OUTLET),
            Map.entry("paper", SourceKind.OUTLET), Map.entry("magazine", SourceKind.OUTLET),
            // a company introduced by what it is: "die Reederei Baltrava", "the operator, Baltrava,"
            Map.entry("Reederei", SourceKind.OTHER), Map.entry("Konzern", SourceKind.OTHER),
            Map.entry("Unternehmen", SourceKind.OTHER), Map.entry("company", SourceKind.OTHER),
            Map.entry("operator", SourceKind.OTHER), Map.entry("firm", SourceKind.OTHER));

    /**
     * Cue nouns that follow the name in English ("the Nordpress agency", "the Morgenecho newspaper"), with the kind
     * they tell.
     */
    private static final Map<String, SourceKind> NOUNS_AFTER_NAME = Map.of("agency", SourceKind.AGENCY,
            "newspaper", SourceKind.OUTLET, "broadcaster", SourceKind.OUTLET, "paper", SourceKind.OUTLET,
            "magazine", SourceKind.OUTLET);

    /**
     * The kind told by a noun that introduces a name ("die Agentur Nordpress", "die Zeitung Weserkurier", "the
     * newspaper X"), or {@code null}; unlike {@link #kindOf}, "Radio" or "Daily" are part of a name, not before it.
     */
    static SourceKind cueNounKind(String word) {
        return CUE_NOUNS.get(word);
    }

    /** The kind told by an English cue noun after a name ("the Nordpress agency"), or {@code null}. */
    static SourceKind nounAfterNameKind(String word) {
        return NOUNS_AFTER_NAME.get(word);
    }

    /** The plain name of an anonymous circle: "Sicherheitskreisen" -> "Sicherheitskreise". */
    static String baseForm(String word, SourceKind kind) {
        if (kind == SourceKind.ANONYMOUS && word.endsWith("kreisen")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
