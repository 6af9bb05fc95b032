package org.synoptic.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Classes of phrases that say one thing in other words, each read from a rules file: one canonical term per class, so
 * that reports saying it in other words, or in the other language, share a term. Rules as data; immutable and
 * thread-safe.
 */
final class PhraseClasses {

    /**
     * How often something happens ("stündlich", "jede Stunde", "im Stundentakt", "every hour"), from
     * {@code frequencies.tsv}; the terms join the sentence vectors ({@link TermExpander}, {@link LanguageBridge}).
     */
    static final PhraseClasses FREQUENCIES = new PhraseClasses("frequencies.tsv");

    /**
     * What an actor does, in the verbs and phrases that say it ("reist", "ist auf dem Weg nach", "bewegt sich in
     * Richtung"), from {@code frames.tsv}; read only where a short statement is looked for inside another sentence
     * ({@link StatementContainment}), since the phrases are too common to weigh in sentence similarity.
     */
    static final PhraseClasses FRAMES = new PhraseClasses("frames.tsv");

    /**
     * English phrasal verbs read as the one word they mean ("called off" as "cancel"), from
     * {@code phrasal-verbs-en.tsv}; the terms join an English sentence's bridged terms ({@link LanguageBridge}), so
     * that a German report's one word ("abgesagt") meets them through its translation.
     */
    static final PhraseClasses PHRASAL_VERBS = new PhraseClasses("phrasal-verbs-en.tsv");

    /** One class: its canonical term and the expressions that say it. */
    private record Rule(String term, Pattern expression) {
    }

    private final List<Rule> rules;

    private PhraseClasses(String resource) {
        this.rules = load(resource);
    }

    /** The canonical terms of the classes a text states, in the file's order, each once. */
    List<String> of(String text) {
        List<String> out = new ArrayList<>(1);
        for (Rule rule : rules) {
            if (rule.expression().matcher(text).find()) {
                out.add(rule.term());
            }
        }
        return out;
    }

    private static List<Rule> load(String resource) {
        try (InputStream in = PhraseClasses.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            List<Rule> rules = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                int tab = line.indexOf('\t');
                if (!line.startsWith("#") && tab > 0) {
                    rules.add(new Rule(line.substring(0, tab), Pattern.compile(line.substring(tab + 1),
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS)));
                }
            }
            return List.copyOf(rules);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
