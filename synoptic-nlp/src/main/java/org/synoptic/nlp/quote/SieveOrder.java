package org.synoptic.nlp.quote;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The configured order of the speaker sieves, in five stages, read from {@code speaker-sieves.tsv} or given: the
 * sieves that decide from the subject a finder read in a reported clause (each in turn, {@link ClauseSieve}), those
 * that read what a finder left (the first that applies is the only one), those that fill in quotes still without a
 * speaker (each in turn), the second reading of relayed reports (each in turn, {@link RelaySieve}) and those that take
 * a cited source as the speaker (each in turn, {@link SourceSieve}). Every id must name a sieve of its stage
 * ({@link #CLAUSE_IDS}, {@link #IDS}, {@link #RELAY_IDS}, {@link #SOURCE_IDS}); an immutable value.
 *
 * @param clause    the ids of the clause sieves, in order
 * @param reference the ids of the reference sieves, in order
 * @param fill      the ids of the fill sieves, in order
 * @param relay     the ids of the relay sieves ({@link RelaySieve}), in order: the second reading of relayed reports
 * @param source    the ids of the source sieves ({@link SourceSieve}), in order: they give a quote still without a
 *                  speaker after the relay rules a cited source of its sentence
 */
public record SieveOrder(List<String> clause, List<String> reference, List<String> fill, List<String> relay,
                         List<String> source) {

    /** The ids of the clause sieves there are, each one class in {@link ClauseSieves}. */
    public static final Set<String> CLAUSE_IDS = Set.of("relay", "relative-pronoun");

    /** The ids of the reference and fill sieves there are, each one class in {@link SpeakerSieves}. */
    public static final Set<String> IDS = Set.of("stance-subject", "previous-speaker", "unresolvable", "pronoun",
            "outlet-noun", "role-noun", "split-quote", "enclosing-statement", "reported-around", "opening-subject",
            "pronoun-subject");

    /** The ids of the relay sieves there are, each one class ({@link RelaySieve#of}). */
    public static final Set<String> RELAY_IDS = Set.of("laut-sagte", "clause-subject", "report-noun", "stated-via");

    /** The ids of the source sieves there are, each one class ({@link SourceSieve#of}). */
    public static final Set<String> SOURCE_IDS = Set.of("cited-source");

    public SieveOrder {
        clause = checked(clause, CLAUSE_IDS, "clause");
        reference = checked(reference, IDS, "speaker");
        fill = checked(fill, IDS, "speaker");
        relay = checked(relay, RELAY_IDS, "relay");
        source = checked(source, SOURCE_IDS, "source");
    }

    /**
     * An order without clause, relay and source sieves: the subject a finder reads in a reported clause speaks as
     * read, relayed reports are not read a second time, and no cited source becomes a speaker.
     */
    public SieveOrder(List<String> reference, List<String> fill) {
        this(List.of(), reference, fill, List.of(), List.of());
    }

    /** The order in {@code speaker-sieves.tsv}, the one the extractor uses. */
    public static SieveOrder standard() {
        return STANDARD;
    }

    /** The stages of {@code speaker-sieves.tsv}, in the order they run (declared before {@link #STANDARD} reads). */
    private static final List<String> STAGES = List.of("clause", "reference", "fill", "relay", "source");

    private static final SieveOrder STANDARD = read();

    /**
     * An order from lines of the form {@code stage<TAB>id} ({@code clause}, {@code reference}, {@code fill},
     * {@code relay} or {@code source}); lines starting with {@code #} and blank lines are skipped.
     *
     * @throws IllegalArgumentException for an unknown stage or sieve id, naming the line
     */
    public static SieveOrder parse(String lines) {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        for (String stage : STAGES) {
            stages.put(stage, new ArrayList<>());
        }
        int n = 0;
        for (String line : lines.split("\\R")) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.strip().split("\t");
            if (parts.length != 2 || !stages.containsKey(parts[0])) {
                throw new IllegalArgumentException("line " + n + ": expected one of " + STAGES + ", a tab and a"
                        + " sieve id, found '" + line + "'");
            }
            stages.get(parts[0]).add(parts[1].strip());
        }
        return new SieveOrder(stages.get("clause"), stages.get("reference"), stages.get("fill"), stages.get("relay"),
                stages.get("source"));
    }

    /** This order without one sieve: what the resolution gives when that sieve is left out. */
    public SieveOrder without(String id) {
        return new SieveOrder(without(clause, id), without(reference, id), without(fill, id), without(relay, id),
                without(source, id));
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

    private static List<String> without(List<String> ids, String id) {
        return ids.stream().filter(s -> !s.equals(id)).toList();
    }

    /** {@code ids}, copied, when each is one of {@code known}; else an error naming the {@code kind} of sieve. */
    private static List<String> checked(List<String> ids, Set<String> known, String kind) {
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("no " + kind + " sieve is called '" + id + "'; there are " + known);
            }
        }
        return List.copyOf(ids);
    }
}
