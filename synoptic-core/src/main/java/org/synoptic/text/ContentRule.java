package org.synoptic.text;

import java.util.Objects;
import java.util.regex.Pattern;
import org.synoptic.model.ContentRole;

/**
 * One named rule of the {@link ContentRules} table: a sentence that is at most {@code maxChars} long and in which
 * {@code pattern} is found has the rule's {@code role}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name     a short name that says what the rule recognises ("photo-credit", "legal-fulltext"); for tests and
 *                 for explaining a role
 * @param role     the role the rule gives; never {@link ContentRole#CONTENT}
 * @param pattern  searched with {@link java.util.regex.Matcher#find()} in the sentence's text; anchor it with
 *                 {@code ^}/{@code $} to match the whole sentence
 * @param maxChars the longest sentence (in characters) the rule applies to: captions and credits are short, and a
 *                 long sentence that merely mentions a photo is content
 */
public record ContentRule(String name, ContentRole role, Pattern pattern, int maxChars) {

    public ContentRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        if (role == null || role == ContentRole.CONTENT) {
            throw new IllegalArgumentException("a content rule must give a non-content role: name=" + name + " role=" + role);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: name=" + name + " maxChars=" + maxChars);
        }
    }

    /** Whether the rule applies to the sentence text. */
    public boolean matches(String sentence) {
        return sentence.length() <= maxChars && pattern.matcher(sentence).find();
    }
}
