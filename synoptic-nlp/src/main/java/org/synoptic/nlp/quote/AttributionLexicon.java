package org.synoptic.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The words of attribution, read once from the TSV resources beside this class: the one definition of each concept
 * that the quote extractor and the cited-source extractor share.
 *
 * <ul>
 *   <li>{@code reporting-verbs.tsv}: one inflected form a line, with its language, separable particle, kind (speech,
 *   belief, other), the particle of its speech-act reading and the {@link Frame frames} it claims. A verb added
 *   there works in every frame it lists; {@code LexiconConstructionTest} builds a sentence for each claim.</li>
 *   <li>{@code konjunktiv.tsv}: Konjunktiv forms by {@link Mood}.</li>
 *   <li>{@code nouns.tsv}: whole nouns by {@link NounClass} (report nouns, outlet nouns, title nouns).</li>
 *   <li>{@code noun-endings.tsv}: endings of compounds by {@link EndingClass} (institutions, documents).</li>
 * </ul>
 * Lines starting with {@code #} are comments. A malformed line or an unknown class fails loading, so a typo in a
 * resource is found by the first test, not by a silent miss. Immutable and thread-safe; use {@link #standard()}.
 */
public final class AttributionLexicon {

    /** What a verb form claims to do; the names are the TSV's, in lower case. */
    public enum Frame {
        /** A reporting verb before its clause: "X sagte, die Lage sei ernst", "X sagte, dass …". */
        REPORT,
        /** Marks attribution next to a quote ("„…“, so X", "according to"). */
        CUE,
        /** Closes a fronted reported clause: "Die Lage sei ernst, mahnte X." */
        CLAUSE_FIRST,
        /** Quotes someone: "zitierte X". */
        CITE,
        /** Its subject is a cited source: "Die Zeitung berichtete". */
        SOURCE_SUBJECT,
        /** Inside "wie X mitteilte". */
        WIE,
        /** An English reporting verb: "X said", "X quoted Y as saying". */
        ENGLISH,
        /** Tells a speech act without its words: "Die Gewerkschaft wertet die Einigung als Erfolg". */
        ACT,
        /** "sprach von …", "nannte … einen Erfolg": the speech act names what was said. */
        SPEAKING_OF
    }

    /** How a verb form reports. */
    public enum Kind {
        /** Reports speech. */
        SPEECH,
        /** Reports a belief; counts only before a "dass" or Konjunktiv clause. */
        BELIEF,
        /** No reporting verb by itself; a cue word only ("so", "hieß"). */
        OTHER
    }

    /** Konjunktiv classes of a form. */
    public enum Mood {
        /** Any form that marks a reported clause. */
        SUBJUNCTIVE,
        /** Konjunktiv I: continues a quote. */
        I,
        /** Konjunktiv II: continues a quote or states a condition. */
        II
    }

    /** Classes of whole nouns. */
    public enum NounClass {
        /** A report noun that attributes: "nach Angaben", "Berichten zufolge". */
        SOURCE,
        /** "die Zeitung", "das Blatt", "the agency": refers back to the last outlet named. */
        OUTLET,
        /** Before quotation marks, makes the quoted words a title: "das Lied „…“". */
        TITLE,
        /** Before a postposed "nach": "seiner Ansicht nach". */
        POSTPOSED_NACH
    }

    /** Classes of compound endings (lower case). */
    public enum EndingClass {
        /** A body able to speak: "Sicherheitsrat", "Innenministerium". */
        INSTITUTION,
        /** A document that states: "Der Bericht schildert …". */
        DOCUMENT,
        /** A compound report noun: "Polizeiangaben". */
        SOURCE_COMPOUND,
        /** A law or ruling after an opening "Nach": "Nach dem Grundgesetz". */
        RULING
    }

    /**
     * One verb form.
     *
     * @param form the inflected form as written
     * @param language "de" or "en"
     * @param particle the separable particle(s) that must close its clause ("mit", "bekannt|an"), or {@code ""}
     * @param kind how it reports
     * @param actParticle the particle of its speech-act reading ("ab" for "lehnte … ab"), or {@code ""}
     * @param morph its grammatical reading: {@code 3sg} (finite, takes one named speaker), {@code 3pl} (plural or
     *        infinitive), {@code part} (participle), {@code sub} (particle fused, subordinate clause only:
     *        "mitteilte"), or {@code ""}
     * @param frames the frames it claims
     */
    public record Verb(String form, String language, String particle, Kind kind, String actParticle, String morph,
                       Set<Frame> frames) {

        /** Whether it claims the frame. */
        public boolean has(Frame frame) {
            return frames.contains(frame);
        }

        /** Whether {@code word} is one of its particles. */
        public boolean isParticle(String word) {
            if (particle.isEmpty()) {
                return false;
            }
            for (String p : particle.split("\\|")) {
                if (p.equals(word)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final AttributionLexicon STANDARD = new AttributionLexicon();

    private final Map<String, Verb> verbs;
    private final Map<String, Set<Mood>> moods;
    private final Map<String, Set<NounClass>> nouns;
    private final Map<EndingClass, List<String>> endings;
    private final Map<Frame, Set<String>> byFrame;

    private AttributionLexicon() {
        Map<String, Verb> v = new LinkedHashMap<>();
        read("reporting-verbs.tsv", 7, c -> v.put(c[0], new Verb(c[0], c[1], dash(c[2]), enumOf(Kind.class, c[3]),
                dash(c[4]), dash(c[5]), Collections.unmodifiableSet(enums(Frame.class, c[6])))));
        this.verbs = Collections.unmodifiableMap(v);
        Map<String, Set<Mood>> m = new HashMap<>();
        read("konjunktiv.tsv", 2, c -> m.put(c[0], Collections.unmodifiableSet(enums(Mood.class, c[1]))));
        this.moods = Map.copyOf(m);
        Map<String, Set<NounClass>> n = new HashMap<>();
        read("nouns.tsv", 2, c -> n.put(c[0], Collections.unmodifiableSet(enums(NounClass.class, c[1]))));
        this.nouns = Map.copyOf(n);
        Map<EndingClass, List<String>> e = new EnumMap<>(EndingClass.class);
        for (EndingClass k : EndingClass.values()) {
            e.put(k, new ArrayList<>());
        }
        read("noun-endings.tsv", 2, c -> enums(EndingClass.class, c[1]).forEach(k -> e.get(k).add(c[0])));
        e.replaceAll((k, list) -> List.copyOf(list));
        this.endings = e;
        Map<Frame, Set<String>> f = new EnumMap<>(Frame.class);
        for (Frame k : Frame.values()) {
            f.put(k, Set.copyOf(verbs.values().stream().filter(x -> x.has(k)).map(Verb::form).toList()));
        }
        this.byFrame = f;
    }

    /** The lexicon of the bundled resources. */
    public static AttributionLexicon standard() {
        return STANDARD;
    }

    /** The entry of a verb form, or {@code null} when the lexicon does not list it. */
    public Verb verb(String form) {
        return verbs.get(form);
    }

    /** All verb forms, in the resource's order. */
    public List<Verb> verbs() {
        return List.copyOf(verbs.values());
    }

    /** Whether the form claims the frame. */
    public boolean is(String form, Frame frame) {
        Verb v = verbs.get(form);
        return v != null && v.has(frame);
    }

    /** The forms that claim a frame. */
    public Set<String> forms(Frame frame) {
        return byFrame.get(frame);
    }

    /** The forms of a Konjunktiv class. */
    public Set<String> forms(Mood mood) {
        return Set.copyOf(moods.entrySet().stream().filter(e -> e.getValue().contains(mood)).map(Map.Entry::getKey)
                .toList());
    }

    /** The nouns of a class. */
    public Set<String> nouns(NounClass nounClass) {
        return Set.copyOf(nouns.entrySet().stream().filter(e -> e.getValue().contains(nounClass))
                .map(Map.Entry::getKey).toList());
    }

    /** The endings of a class, in the resource's order. */
    public List<String> endings(EndingClass endingClass) {
        return endings.get(endingClass);
    }

    /** The speech-act particle of each form that has one ("lehnte" -> "ab"). */
    public Map<String, String> actParticles() {
        Map<String, String> out = new HashMap<>();
        verbs.values().stream().filter(v -> !v.actParticle().isEmpty()).forEach(v -> out.put(v.form(), v.actParticle()));
        return Map.copyOf(out);
    }

    /** Whether the word is a Konjunktiv form of the class. */
    public boolean is(String word, Mood mood) {
        Set<Mood> s = moods.get(word);
        return s != null && s.contains(mood);
    }

    /** Whether the noun is of the class (case as written). */
    public boolean is(String noun, NounClass nounClass) {
        Set<NounClass> s = nouns.get(noun);
        return s != null && s.contains(nounClass);
    }

    /** Whether the lower-cased word ends in one of the class's endings. */
    public boolean endsIn(String word, EndingClass endingClass) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String ending : endings.get(endingClass)) {
            if (w.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }

    private static String dash(String s) {
        return s.equals("-") ? "" : s;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
        return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
    }

    private static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, String list) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String name : list.split(",")) {
            if (!name.isBlank()) {
                set.add(enumOf(type, name.strip()));
            }
        }
        return set;
    }

    private static void read(String resource, int columns, Consumer<String[]> row) {
        try (InputStream in = AttributionLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns: " + line);
                }
                row.accept(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
