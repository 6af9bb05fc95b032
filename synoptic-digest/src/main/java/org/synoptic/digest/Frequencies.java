package org.synoptic.digest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Expressions of how often something happens ("stündlich", "jede Stunde", "im Stundentakt", "every hour"), read from
 * {@code frequencies.tsv}: one canonical term per frequency, so that reports saying it in other words, or in the other
 * language, share a term. Rules as data; stateless and thread-safe.
 */
final class Frequencies {

    /** One frequency: its canonical term and the expressions that say it. */
    private record Rule(String term, Pattern expression) {
    }

    private static final List<Rule> RULES = load();

    private Frequencies() {
    }

    /** The canonical terms of the frequencies a sentence states, in the file's order, each once. */
    static List<String> of(String sentence) {
        List<String> out = new ArrayList<>(1);
        for (Rule rule : RULES) {
            if (rule.expression().matcher(sentence).find()) {
                out.add(rule.term());
            }
        }
        return out;
    }

    private static List<Rule> load() {
        try (InputStream in = Frequencies.class.getResourceAsStream("frequencies.tsv")) {
            if (in == null) {
                throw new IllegalStateException("frequencies.tsv is missing from the classpath");
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
