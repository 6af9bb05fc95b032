package org.synoptic.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.synoptic.model.EntityType;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.text.Token;

/**
 * Known names (agencies, outlets, organisations, places, a few well-known persons) in German and English spellings,
 * read from {@code gazetteer.tsv} beside this class, plus about 1,500 hand-written well-known places from
 * {@code well-known-places.txt} and about 11,000 place names from {@code places.txt} (generated from GeoNames' German
 * names and ISO 3166 country and region names).
 *
 * <p>Matching is case-sensitive ("AP" is the agency, "Ap" is not) on the text as written, with runs of whitespace
 * counted as one space. Immutable and thread-safe; load it once with {@link #standard()}.
 */
public final class Gazetteer {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private static final Gazetteer STANDARD = load("gazetteer.tsv", "well-known-places.txt", "places.txt");

    private final Map<String, GazetteerEntry> byVariant;
    private final Map<String, GazetteerEntry> byCanonical;
    private final Map<String, GazetteerEntry> personsByWordKey;
    private final int maxTokens;
    private final Set<String> wellKnownPlaces;

    private Gazetteer(Map<String, GazetteerEntry> byVariant, Map<String, GazetteerEntry> byCanonical, int maxTokens,
                      Set<String> wellKnownPlaces) {
        this.byVariant = Map.copyOf(byVariant);
        this.wellKnownPlaces = Set.copyOf(wellKnownPlaces);
        this.byCanonical = Map.copyOf(byCanonical);
        this.maxTokens = maxTokens;
        Map<String, GazetteerEntry> persons = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        NameNormalizer normalizer = NameNormalizer.instance();
        for (GazetteerEntry e : byCanonical.values()) {
            List<String> keys = normalizer.keys(e.canonical());
            if (e.type() == EntityType.PERSON && keys.size() > 1) {
                for (String k : Set.of(keys.get(0), keys.get(keys.size() - 1))) {
                    persons.put(k, e);
                    counts.merge(k, 1, Integer::sum);
                }
            }
        }
        counts.forEach((k, c) -> {
            if (c > 1) {
                persons.remove(k);
            }
        });
        this.personsByWordKey = Map.copyOf(persons);
    }

    /** The gazetteer shipped with Synoptic. */
    public static Gazetteer standard() {
        return STANDARD;
    }

    /**
     * Whether the name as written is a well-known place ("Stuttgart", "Atlantik", "Nahen Osten") from
     * {@code well-known-places.txt}: a place in nearly every use, even where the German word list knows the name.
     */
    public boolean isWellKnownPlace(String name) {
        return wellKnownPlaces.contains(spaced(name));
    }

    /** The entry for a name as written, or {@code null} when the name is unknown. */
    public GazetteerEntry lookup(String name) {
        return byVariant.get(spaced(name));
    }

    /** The name with each run of white space as one space; the name itself when it has none to fold (most do). */
    private static String spaced(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean foldable = c != ' ' || i + 1 < name.length() && Character.isWhitespace(name.charAt(i + 1));
            if (Character.isWhitespace(c) && foldable) {
                return WHITE_SPACE.matcher(name).replaceAll(" ");
            }
        }
        return name;
    }

    /**
     * The well-known person whose canonical name has a first or last word with the given
     * {@link NameNormalizer#key(String) key} ("kim" gives Kim Jong-un), or {@code null} when none or several do.
     */
    public GazetteerEntry personByWordKey(String key) {
        return personsByWordKey.get(key);
    }

    /** The entry whose canonical name is given, case-insensitively, or {@code null}. */
    public GazetteerEntry byCanonical(String canonical) {
        return byCanonical.get(canonical.toLowerCase(Locale.ROOT));
    }

    /**
     * The longest known name starting at token {@code from}, or {@code null}.
     *
     * @param text   the text the tokens point into
     * @param tokens word and punctuation tokens
     * @param from   index of the first token to try
     */
    public Match longestMatch(String text, List<Token> tokens, int from) {
        if (!tokens.get(from).isWord()) {
            return null;
        }
        for (int to = Math.min(tokens.size(), from + maxTokens + 2); to > from; to--) {
            Token last = tokens.get(to - 1);
            if (!last.isWord() && last.text().charAt(0) != '.') {
                continue;
            }
            String surface = text.substring(tokens.get(from).start(), last.end());
            GazetteerEntry entry = lookup(surface);
            if (entry != null) {
                return new Match(entry, from, to);
            }
        }
        return null;
    }

    /**
     * A gazetteer hit on a token range.
     *
     * @param entry the known name
     * @param from  index of the first token
     * @param to    index after the last token
     */
    public record Match(GazetteerEntry entry, int from, int to) {
    }

    private static Gazetteer load(String resource, String wellKnownPlaces, String places) {
        Map<String, GazetteerEntry> byVariant = new HashMap<>();
        Map<String, GazetteerEntry> byCanonical = new HashMap<>();
        int maxTokens = 1;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 4) {
                    throw new IllegalStateException(resource + ":" + lineNumber + ": expected 4 columns: " + line);
                }
                SourceKind kind = cols[2].equals("-") ? null : SourceKind.valueOf(cols[2].toUpperCase(Locale.ROOT));
                GazetteerEntry entry = new GazetteerEntry(cols[0], EntityType.valueOf(cols[1]), kind);
                byCanonical.put(cols[0].toLowerCase(Locale.ROOT), entry);
                byVariant.putIfAbsent(cols[0], entry);
                if (!cols[3].equals("-")) {
                    for (String variant : cols[3].split("\\|")) {
                        byVariant.putIfAbsent(variant, entry);
                        maxTokens = Math.max(maxTokens, variant.split("\\s+").length);
                    }
                }
                maxTokens = Math.max(maxTokens, cols[0].split("\\s+").length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        // Place names come second: a hand-written entry ("Moskau" with its English form) wins over a listed one.
        Set<String> wellKnown = new HashSet<>();
        for (String place : List.of(wellKnownPlaces, places)) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(place)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + place);
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    if (place.equals(wellKnownPlaces)) {
                        wellKnown.add(line);
                    }
                    if (byVariant.containsKey(line)) {
                        continue;
                    }
                    GazetteerEntry entry = new GazetteerEntry(line, EntityType.LOCATION, null);
                    byVariant.put(line, entry);
                    byCanonical.putIfAbsent(line.toLowerCase(Locale.ROOT), entry);
                    maxTokens = Math.max(maxTokens, line.split("\\s+").length);
                    if (place.equals(wellKnownPlaces) && line.indexOf(' ') < 0 && !line.matches(".*[sßxzSXZ]")) {
                        // "Bremens", "Stuttgarts": the genitive of a well-known place is one too
                        wellKnown.add(line + "s");
                        byVariant.putIfAbsent(line + "s", entry);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + place, e);
            }
        }
        return new Gazetteer(byVariant, byCanonical, maxTokens, wellKnown);
    }
}
