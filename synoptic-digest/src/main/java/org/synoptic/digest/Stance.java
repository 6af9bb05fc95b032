package org.synoptic.digest;

import java.util.regex.Pattern;

/**
 * The stance a sentence takes towards its claim, read from cue words (German and English).
 *
 * <p>Order matters in {@link #of(String)}: a denial or a "no comment" outranks a confirmation in the same sentence.
 */
enum Stance {
    /** "wies … zurück", "dementierte", "denied". */
    DENY("(?i)\\b(?:zurückgewiesen|zurückweisen|wies(?:en)?\\b.{1,80}\\bzurück|dementi\\w*|bestritt(?:en)?|bestreitet|bestreiten|"
            + "denied|denies|deny|rejected|dismissed)\\b"),
    /** "haben sich nicht geäußert", "declined to comment". */
    NO_COMMENT("(?i)(?:\\b(?:nicht|weder|noch nicht)\\b.{0,80}\\bgeäußert|keine stellungnahme|nicht kommentier\\w*|"
            + "declined to comment|did not comment|has not commented|have not commented|no comment|"
            + "did not respond|nicht reagiert)"),
    /** "Die USA werfen Nordkorea vor", "accused". */
    CLAIM("(?i)\\b(?:werf\\w* .{1,60}\\bvor\\b|vorgeworfen|behauptet\\w*|beschuldig\\w*|vorwurf|vorwürfe|"
            + "accus\\w*|alleg\\w*|claimed|claims)\\b"),
    /** "bestätigten", "confirmed". */
    CONFIRM("(?i)\\b(?:bestätig\\w*|confirm\\w*|offiziell angekündigt|officially announced)\\b"),
    /** "könnte, sollte es notwendig werden", "might". */
    HEDGE("(?i)\\b(?:könnte|könnten|möglicherweise|eventuell|sollte es notwendig|relativierte|might|could|possibly|"
            + "if necessary)\\b"),
    /** None of the above. */
    NEUTRAL(null);

    private final Pattern cue;

    Stance(String regex) {
        this.cue = regex == null ? null : Pattern.compile(regex);
    }

    static Stance of(String sentence) {
        for (Stance s : values()) {
            if (s.cue != null && s.cue.matcher(sentence).find()) {
                return s;
            }
        }
        return NEUTRAL;
    }
}
