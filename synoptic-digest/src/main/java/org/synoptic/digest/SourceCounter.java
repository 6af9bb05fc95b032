package org.synoptic.digest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the independent sources behind a statement, and names them.
 *
 * <p>Each supporting sentence rests on one or more sources:
 * <ol>
 *   <li>the outlets or agencies it relays ("laut NYT": the New York Times), when it names any;</li>
 *   <li>else the agencies its report is based on (dateline or credit: "Berlin (dpa) –"), however much the outlet
 *       edited the copy;</li>
 *   <li>else its report's syndication group and outlet: near-copies are one source, and so are two reports of one
 *       outlet.</li>
 * </ol>
 * Supporting sentences that share a source are one source; the count is the number of such sets, each named by its
 * relayed source, agency, outlet, or, where the outlet is unknown, by the article id. Stateless.
 */
final class SourceCounter {

    /**
     * What one supporting sentence rests on.
     *
     * @param article  the article id
     * @param group    the article's syndication group
     * @param relays   outlets and agencies the sentence relays, possibly empty
     * @param agencies agencies the article is based on, possibly empty
     * @param outlet   the article's outlet, or {@code null}
     */
    record Support(String article, String group, List<String> relays, List<String> agencies, String outlet) {
        Support {
            relays = relays == null ? List.of() : List.copyOf(relays);
            agencies = agencies == null ? List.of() : List.copyOf(agencies);
        }

        /** The keys by which supports are one source, and the name this support gives its source. */
        List<String> keys() {
            List<String> keys = new ArrayList<>();
            if (!relays.isEmpty()) {
                relays.forEach(r -> keys.add("source:" + nameKey(r)));
            } else if (!agencies.isEmpty()) {
                agencies.forEach(a -> keys.add("source:" + nameKey(a)));
            } else {
                keys.add("group:" + group);
                // an outlet's own report and another report relaying that outlet are one source
                keys.add("source:" + ownKey());
            }
            return keys;
        }

        /**
         * The key of the report's own outlet: its outlet's name, or for a report read from a file of no stated
         * outlet the words of its id, the file's name without its leading number ("01-vogelsberger-kreisblatt" is
         * the "Vogelsberger Kreisblatt" another report relays), as reports are named to the reader.
         */
        String ownKey() {
            return SourceCounter.ownKey(article, outlet);
        }

        String name() {
            if (!relays.isEmpty()) {
                return relays.get(0);
            }
            if (!agencies.isEmpty()) {
                return String.join("/", agencies);
            }
            return outlet != null && !outlet.isBlank() ? outlet.strip() : article;
        }
    }

    private SourceCounter() {
    }

    /** The key of a report's own outlet ({@link Support#ownKey}): its outlet's name, else the words of its id. */
    static String ownKey(String article, String outlet) {
        return nameKey(outlet != null && !outlet.isBlank() ? outlet : article);
    }

    /**
     * A source's name as a key: lower case, words only ("Rhein-Zeitung" and "rhein zeitung" are one), without a
     * leading number.
     */
    static String nameKey(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return key.replaceFirst("^\\d+ (?=\\p{L})", "");
    }

    /**
     * Whether a name (a quote's relay or reporting speaker) names one of a story's reports: their own outlet keys
     * ({@link Support#ownKey}), or the last word of one when no other report's key ends so ("Kreisblatt" for the
     * "Vogelsberger Kreisblatt"). A report that relays another report of the story rests on it.
     *
     * @param outletByArticle each report's outlet ({@code null} where unknown), by article id
     */
    static java.util.function.Predicate<String> namingAReport(Map<String, String> outletByArticle) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        Map<String, Integer> lastWords = new HashMap<>();
        outletByArticle.forEach((article, outlet) -> {
            String own = ownKey(article, outlet);
            if (keys.add(own)) {
                int space = own.lastIndexOf(' ');
                if (space > 0 && own.length() - space > 5) {
                    lastWords.merge(own.substring(space + 1), 1, Integer::sum);
                }
            }
        });
        return name -> {
            String key = nameKey(name);
            return keys.contains(key) || lastWords.getOrDefault(key, 0) == 1;
        };
    }

    /**
     * The independent sources, one name each, in order of first support. A relay that names an outlet by the last
     * word of its name ("wie das Kreisblatt berichtet") is that outlet when one outlet among the supports ends so.
     */
    static List<String> independentSources(List<Support> supports) {
        Map<String, java.util.Set<String>> ownByLastWord = new HashMap<>();
        for (Support s : supports) {
            String own = s.ownKey();
            int space = own.lastIndexOf(' ');
            if (space > 0 && own.length() - space > 5) {
                ownByLastWord.computeIfAbsent(own.substring(space + 1), k -> new java.util.HashSet<>()).add(own);
            }
        }
        int[] parent = new int[supports.size()];
        Map<String, Integer> firstWithKey = new HashMap<>();
        for (int i = 0; i < supports.size(); i++) {
            parent[i] = i;
            List<String> keys = new ArrayList<>(supports.get(i).keys());
            if (supports.get(i).relays().isEmpty() && supports.get(i).agencies().isEmpty()) {
                String own = supports.get(i).ownKey();
                int space = own.lastIndexOf(' ');
                if (space > 0 && ownByLastWord.getOrDefault(own.substring(space + 1), java.util.Set.of()).size() == 1) {
                    keys.add("source:" + own.substring(space + 1));
                }
            }
            for (String key : keys) {
                Integer j = firstWithKey.putIfAbsent(key, i);
                if (j != null) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, String> names = new LinkedHashMap<>();
        for (int i = 0; i < supports.size(); i++) {
            names.putIfAbsent(find(parent, i), supports.get(i).name());
        }
        return List.copyOf(names.values());
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
