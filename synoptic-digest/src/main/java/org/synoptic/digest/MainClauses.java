package org.synoptic.digest;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The main clauses of a sentence that joins coordinated statements ("Up to 90 millimetres fell …, and the river peaked
 * … on Saturday"): a sentence that joins a fact by one clause is read for its values by the main clause that holds
 * that clause, since the other main clause's date or number belongs to another fact. Stateless; thread-safe.
 */
final class MainClauses {

    private MainClauses() {
    }

    /**
     * Where two main clauses are joined ("…, and …", "…, und …", "…; …"), each states its own fact; a parenthesis
     * ("heute Abend, am Dienstag, wieder freigegeben") is part of its clause and is no such break.
     */
    private static final Pattern COORDINATION = Pattern.compile(
            "(?:,\\s+(?:und|and|aber|but|sowie|während|while|whereas)\\s+|;\\s+)");

    /**
     * Of a sentence of coordinated main clauses, the one that holds most of {@code clause}'s words, the part of the
     * sentence that states what {@code clause} states; {@code null} for a sentence of one main clause, which is read
     * whole.
     */
    static String holding(String sentence, String clause, String language) {
        String[] parts = COORDINATION.split(sentence);
        if (parts.length < 2) {
            return null;
        }
        Set<String> words = new HashSet<>(SentenceVectors.stems(clause, language));
        String best = null;
        long most = -1;
        for (String part : parts) {
            long held = SentenceVectors.stems(part, language).stream().filter(words::contains).count();
            if (held > most) {
                most = held;
                best = part;
            }
        }
        return best;
    }
}
