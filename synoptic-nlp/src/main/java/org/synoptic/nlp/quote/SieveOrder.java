package org.synoptic.nlp.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The configured order of the speaker sieves: the ids of the sieves that decide from the subject a finder read in a
 * reported clause (each in turn, {@link ClauseSieve}), of those that read what a finder left (the first that applies
 * is the only one) and of those that fill in quotes still without a speaker (each in turn), read from
 * {@code speaker-sieves.tsv} or given. Every id must name a sieve of its stage ({@link #CLAUSE_IDS}, {@link #IDS});
 * an immutable value.
 *
 * @param clause    the ids of the clause sieves, in order
 * @param reference the ids of the reference sieves, in order
 * @param fill      the ids of the fill sieves, in order
 * @param source    the ids of the source sieves ({@link SourceSieve}), in order: they give a quote still without a
 *                  speaker after the relay rules a cited source of its sentence
 */
public record SieveOrder(List<String> clause, List<String> reference, List<String> fill, List<String> source) {

    /** The ids of the clause sieves there are, each one class in {@link ClauseSieves}. */
    public static final Set<String> CLAUSE_IDS = Set.of("relay", "relative-pronoun");

    /** The ids of the source sieves there are, each one class ({@link SourceSieve#of}). */
    public static final Set<String> SOURCE_IDS = Set.of("cited-source");

    /** The ids of the reference and fill sieves there are, each one class in {@link SpeakerSieves}. */
    public static final Set<String> IDS = Set.of("stance-subject", "previous-speaker", "unresolvable", "pronoun",
            "outlet-noun", "role-noun", "split-quote", "enclosing-statement", "reported-around", "opening-subject",
            "pronoun-subject");

    public SieveOrder {
        clause = List.copyOf(clause);
        reference = List.copyOf(reference);
        fill = List.copyOf(fill);
        source = List.copyOf(source);
        for (String id : source) {
            if (!SOURCE_IDS.contains(id)) {
                throw new IllegalArgumentException("no source sieve is called '" + id + "'; there are " + SOURCE_IDS);
            }
        }
        for (String id : clause) {
            if (!CLAUSE_IDS.contains(id)) {
                throw new IllegalArgumentException("no clause sieve is called '" + id + "'; there are " + CLAUSE_IDS);
            }
        }
        for (String id : concat(reference, fill)) {
            if (!IDS.contains(id)) {
                throw new IllegalArgumentException("no speaker sieve is called '" + id + "'; there are " + IDS);
            }
        }
    }

    /**
     * An order without clause and source sieves: the subject a finder reads in a reported clause speaks as read, and
     * no cited source becomes a speaker.
     */
    public SieveOrder(List<String> reference, List<String> fill) {
        this(List.of(), reference, fill, List.of());
    }

    /** The order in {@code speaker-sieves.tsv}, the one the extractor uses. */
    public static SieveOrder standard() {
        return STANDARD;
    }

    private static final SieveOrder STANDARD = read();

    /**
     * An order from lines of the form {@code stage<TAB>id} ({@code clause}, {@code reference}, {@code fill} or {@code source}); lines starting with
     * {@code #} and blank lines are skipped.
     *
     * @throws IllegalArgumentException for an unknown stage or sieve id, naming the line
     */
    public static SieveOrder parse(String lines) {
        List<String> clause = new ArrayList<>();
        List<String> source = new ArrayList<>();
        List<String> reference = new ArrayList<>();
        List<String> fill = new ArrayList<>();
        int n = 0;
        for (String line : lines.split("\\R")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\t");
            if (parts.length != 2 || !Set.of("clause", "reference", "fill", "source").contains(parts[0])) {
                throw new IllegalArgumentException("line " + n + ": expected 'clause', 'reference', 'fill' or"
                        + " 'source', a tab and a sieve id, found '" + line + "'");
            }
            (switch (parts[0]) {
                case "clause" -> clause;
                case "reference" -> reference;
                case "fill" -> fill;
                default -> source;
            }).add(parts[1].strip());
        }
        return new SieveOrder(clause, reference, fill, source);
    }

    /** This order without one sieve: what the resolution gives when that sieve is left out. */
    public SieveOrder without(String id) {
        return new SieveOrder(clause.stream().filter(s -> !s.equals(id)).toList(),
                reference.stream().filter(s -> !s.equals(id)).toList(),
                fill.stream().filter(s -> !s.equals(id)).toList(),
                source.stream().filter(s -> !s.equals(id)).toList());
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
