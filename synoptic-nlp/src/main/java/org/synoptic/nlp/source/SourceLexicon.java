package org.synoptic.nlp.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.synoptic.model.SourceKind;

/**
 * Nouns that name a source without a proper name ("Beamte", "Fachleute", "US-Medien", "officials"), read from
 * {@code generic-sources.tsv} beside this class, with the kind and the name a citation of them gets.
 *
 * <p>Immutable and thread-safe; load it once with {@link #standard()}.
 */
public final class SourceLexicon {

    private static final SourceLexicon STANDARD = new SourceLexicon("generic-sources.tsv");

    /**
     * A generic source noun.
     *
     * @param name the name a citation gets ("Beamte" for "Beamten")
     * @param kind the kind of source
     */
    public record GenericSource(String name, SourceKind kind) {
    }

    private final Map<String, GenericSource> byWord;

    private SourceLexicon(String resource) {
        Map<String, GenericSource> map = new HashMap<>();
        try (InputStream in = SourceLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException(resource + ": expected 3 columns: " + line);
                }
                map.put(cols[0], new GenericSource(cols[2], SourceKind.valueOf(cols[1].toUpperCase(Locale.ROOT))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        this.byWord = Map.copyOf(map);
    }

    /** The shared lexicon. */
    public static SourceLexicon standard() {
        return STANDARD;
    }

    /** The generic source a word names, or {@code null}. */
    public GenericSource lookup(String word) {
        return byWord.get(word);
    }
}
