package org.synoptic.dedupe;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synoptic.model.Article;

/**
 * Reads which news agencies a report is based on, from its dateline or credit: "Berlin (dpa) –", "(AFP)", "(dpa/AFP)",
 * "– APA", "Quelle: Reuters", "Mit Material von dpa", and an agency given as the report's author or outlet.
 *
 * <p>Reports based on one agency are one source for the facts they share with it, however much each outlet edited
 * its copy. Agencies are named canonically ("dpa", "AFP", "Reuters", "AP", "APA", "KNA", "epd", "SDA", "Reuters").
 * The known agencies are data: {@link #AGENCIES}. Stateless and thread-safe.
 */
public final class AgencyCredits {

    /** Spellings of agencies, lower case, to their canonical names. */
    public static final Map<String, String> AGENCIES = Map.ofEntries(
            Map.entry("dpa", "dpa"), Map.entry("dpa-afx", "dpa"), Map.entry("afp", "AFP"), Map.entry("reuters", "Reuters"),
            Map.entry("ap", "AP"), Map.entry("associated press", "AP"), Map.entry("apa", "APA"), Map.entry("kna", "KNA"),
            Map.entry("epd", "epd"), Map.entry("sda", "SDA"), Map.entry("sid", "SID"), Map.entry("dts", "dts"),
            Map.entry("ddp", "ddp"), Map.entry("ansa", "ANSA"), Map.entry("efe", "EFE"), Map.entry("afx", "dpa"),
            Map.entry("bloomberg", "Bloomberg"), Map.entry("xinhua", "Xinhua"), Map.entry("tass", "TASS"),
            Map.entry("interfax", "Interfax"), Map.entry("yonhap", "Yonhap"), Map.entry("kyodo", "Kyodo"));

    private static final String NAMES = "dpa-AFX|dpa|AFP|Reuters|AP|APA|KNA|epd|SDA|SID|dts|ddp|ANSA|EFE|AFX|Bloomberg|"
            + "Xinhua|TASS|Interfax|Yonhap|Kyodo|Associated Press";
    /** A run of agency names joined by "/" or ",", optionally followed by a desk code ("dpa/lnw"). */
    private static final String RUN = "((?:" + NAMES + ")(?:\\s*[/,]\\s*(?:" + NAMES + "|[a-z]{2,4}))*)";

    /** Where a credit stands: a dateline, a parenthesis at a paragraph's end, a trailing dash credit, a source line. */
    private static final List<Pattern> CREDITS = List.of(
            // "Berlin (dpa) –", "BERLIN (AFP/Reuters) -", "Wien (APA) -" at the start of the text or a paragraph
            Pattern.compile("(?m)^\\s*[\\p{Lu}][\\p{L}.\\- /]{1,40}\\s*\\(" + RUN + "\\)\\s*[-–—:]"),
            // "(dpa)" or "(dpa/AFP)" alone at the start or end of a paragraph
            Pattern.compile("(?m)(?:^\\s*|[.!?\"“”]\\s*)\\(" + RUN + "\\)\\s*$"),
            Pattern.compile("(?m)^\\s*\\(" + RUN + "\\)\\s*[-–—]?"),
            // "… gestiegen. – APA" or "— dpa" at the end of a paragraph
            Pattern.compile("(?m)[-–—]\\s*" + RUN + "\\s*$"),
            // "Quelle: AFP", "Mit Material von dpa und Reuters", "Material: dpa"
            Pattern.compile("(?im)^\\s*(?:Quelle|Quellen|Material|Mit Material von|Source)\\s*:?\\s*" + RUN
                    + "(?:\\s*(?:und|and|,)\\s*" + RUN + ")?\\s*$"));

    /**
     * A dateline of any agency at the very start of the text: "Ebersfelde (Spreepress) –". The place and the dash
     * make it an agency's dateline even when the agency is not in {@link #AGENCIES}.
     */
    private static final Pattern OPENING_DATELINE = Pattern.compile(
            "^\\s*[\\p{Lu}][\\p{L}.\\-]{1,30}(?:[ /][\\p{Lu}][\\p{L}.\\-]{1,30}){0,2}\\s*\\((\\p{Lu}[\\p{L}\\-]{1,24})\\)\\s*[-–—]");

    /**
     * An agency dateline at the very start of a text, in German or English style: "Gernsweiler (dpa) –",
     * "GERNSWEILER, Germany (dpa) -", "Berlin/Wien (APA) -". Group 1 is the place, group 2 the agency.
     */
    private static final Pattern DATELINE = Pattern.compile(
            "^\\s*(\\p{Lu}[\\p{L}.\\-]{1,30}(?:[ /][\\p{Lu}][\\p{L}.\\-]{1,30}){0,2})(?:,\\s*\\p{Lu}[\\p{L}.\\- ]{1,30})?"
                    + "\\s*\\((?i:(" + NAMES + "))(?:\\s*/\\s*[\\p{L}]{2,6})?\\)\\s*[-–—]");

    private static final Pattern SPLIT = Pattern.compile("\\s*[/,]\\s*|\\s+(?:und|and)\\s+");

    private AgencyCredits() {
    }

    /**
     * A sentence without the agency dateline it opens with ("Hamburg (Nordpress) – Wegen Rissen …" → "Wegen Rissen
     * …"): the dateline credits the report's source, it states nothing. The sentence as it is when it opens with none,
     * or when nothing would be left.
     */
    public static String withoutDateline(String sentence) {
        // the dateline of any agency ("Hamburg (Nordpress) –"), or of a known one ("Bad Sülzheim (dpa) -")
        for (Pattern p : List.of(OPENING_DATELINE, CREDITS.get(0))) {
            Matcher m = p.matcher(sentence);
            if (m.lookingAt()) {
                String rest = sentence.substring(m.end()).strip();
                return rest.isEmpty() ? sentence : rest;
            }
        }
        return sentence;
    }

    /**
     * The place and canonical agency of the dateline a text opens with ("GERNSWEILER, Germany (dpa) -" gives
     * "GERNSWEILER" and "dpa"), or {@code null} when it opens with none of a known agency. A wire report and its
     * translation carry the same dateline.
     */
    public static String[] dateline(String text) {
        Matcher m = DATELINE.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        return new String[] {m.group(1), AGENCIES.getOrDefault(m.group(2).toLowerCase(Locale.ROOT), m.group(2))};
    }

    /** The agencies the article credits, canonical names, in order of first credit; empty when none. */
    public static List<String> of(Article article) {
        Set<String> found = new LinkedHashSet<>();
        String text = article.text();
        String head = text.length() > 400 ? text.substring(0, 400) : text;
        String tail = text.length() > 400 ? text.substring(text.length() - 400) : "";
        for (String part : new String[] {head, tail}) {
            for (Pattern p : CREDITS) {
                Matcher m = p.matcher(part);
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            addAll(m.group(g), found);
                        }
                    }
                }
            }
        }
        Matcher opening = OPENING_DATELINE.matcher(head);
        if (opening.find()) {
            String name = opening.group(1);
            found.add(AGENCIES.getOrDefault(name.toLowerCase(Locale.ROOT), name));
        }
        for (String field : new String[] {article.author(), article.outlet()}) {
            if (field != null) {
                String canonical = AGENCIES.get(field.strip().toLowerCase(Locale.ROOT));
                if (canonical != null) {
                    found.add(canonical);
                }
            }
        }
        return new ArrayList<>(found);
    }

    private static void addAll(String run, Set<String> found) {
        for (String name : SPLIT.split(run.strip())) {
            String canonical = AGENCIES.get(name.toLowerCase(Locale.ROOT));
            if (canonical != null) {
                found.add(canonical);
            }
        }
    }
}
