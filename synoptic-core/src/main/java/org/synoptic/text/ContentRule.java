package org.synoptic.text;

import java.util.List;
import java.util.Locale;
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
 * @param hints    lower-case literals of which the lower-cased sentence must contain one before the pattern is tried
 *                 (empty: always tried); they only save time, the pattern decides. A pattern that starts with
 *                 {@code ^} is tried at the sentence's start only.
 */
public record ContentRule(String name, ContentRole role, Pattern pattern, int maxChars, List<String> hints) {

    public ContentRule {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(pattern, "pattern");
        if (role == null || role == ContentRole.CONTENT) {
            throw new IllegalArgumentException("a content rule must give a non-content role: name=" + name + " role=" + role);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive: name=" + name + " maxChars=" + maxChars);
        }
        hints = hints == null ? List.of() : List.copyOf(hints);
        for (String h : hints) {
            if (!h.equals(h.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("hints must be lower case: name=" + name + " hint=" + h);
            }
        }
    }

    /** A rule tried on every sentence up to {@code maxChars}. */
    public ContentRule(String name, ContentRole role, Pattern pattern, int maxChars) {
        this(name, role, pattern, maxChars, List.of());
    }

    /** Whether the rule applies to the sentence text. */
    public boolean matches(String sentence) {
        return matches(sentence, null);
    }

    /**
     * Whether the rule applies to the sentence text; {@code lowerCase} is the sentence lower-cased (ROOT locale), or
     * {@code null} to have it computed when a hint needs it.
     */
    public boolean matches(String sentence, String lowerCase) {
        if (sentence.length() > maxChars) {
            return false;
        }
        if (!hints.isEmpty()) {
            String lower = lowerCase != null ? lowerCase : sentence.toLowerCase(Locale.ROOT);
            boolean hinted = false;
            for (String h : hints) {
                if (lower.contains(h)) {
                    hinted = true;
                    break;
                }
            }
            if (!hinted) {
                return false;
            }
        }
        var matcher = pattern.matcher(sentence);
        return isAnchored() ? matcher.lookingAt() : matcher.find();
    }

    private boolean isAnchored() {
        String p = pattern.pattern();
        return p.startsWith("^") || p.startsWith("(?i)^");
    }
}
