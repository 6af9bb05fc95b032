package org.synoptic.nlp.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The configured order of the speaker sieves: the ids of the sieves that read what a finder left (the first that
 * applies is the only one) and of those that fill in quotes still without a speaker (each in turn), read from
 * {@code speaker-sieves.tsv} or given. Every id must name a sieve ({@link #IDS}); an immutable value.
 *
 * @param reference the ids of the reference sieves, in order
 * @param fill      the ids of the fill sieves, in order
 */
public record SieveOrder(List<String> reference, List<String> fill) {

    /** The ids of the sieves there are, each one class in {@link SpeakerSieves}. */
    public static final Set<String> IDS = Set.of("stance-subject", "previous-speaker", "unresolvable", "pronoun",
            "outlet-noun", "role-noun", "split-quote", "enclosing-statement", "reported-around", "opening-subject",
            "pronoun-subject");

    public SieveOrder {
        reference = List.copyOf(reference);
        fill = List.copyOf(fill);
        for (String id : concat(reference, fill)) {
            if (!IDS.contains(id)) {
                throw new IllegalArgumentException("no speaker sieve is called '" + id + "'; there are " + IDS);
            }
        }
    }

    /** The order in {@code speaker-sieves.tsv}, the one the extractor uses. */
    public static SieveOrder standard() {
        return STANDARD;
    }

    private static final SieveOrder STANDARD = read();

    /**
     * An order from lines of the form {@code stage<TAB>id} ({@code reference} or {@code fill}); lines starting with
     * {@code #} and blank lines are skipped.
     *
     * @throws IllegalArgumentException for an unknown stage or sieve id, naming the line
     */
    public static SieveOrder parse(String lines) {
        List<String> reference = new ArrayList<>();
        List<String> fill = new ArrayList<>();
        int n = 0;
        for (String line : lines.split("\\R")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\t");
            if (parts.length != 2 || !(parts[0].equals("reference") || parts[0].equals("fill"))) {
                throw new IllegalArgumentException("line " + n + ": expected 'reference' or 'fill', a tab and a sieve"
                        + " id, found '" + line + "'");
            }
            (parts[0].equals("reference") ? reference : fill).add(parts[1].strip());
        }
        return new SieveOrder(reference, fill);
    }

    /** This order without one sieve: what the resolution gives when that sieve is left out. */
    public SieveOrder without(String id) {
        return new SieveOrder(reference.stream().filter(s -> !s.equals(id)).toList(),
                fill.stream().filter(s -> !s.equals(id)).toList());
    }

    private static SieveOrder read() {
        try (InputStream in = SieveOrder.class.getResourceAsStream("speaker-sieves.tsv")) {
            if (in == null) {
                throw new IllegalStateException("speaker-sieves.tsv is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
