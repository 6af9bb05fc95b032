package org.synoptic.nlp.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The German and English verbs that report speech or a stated position, by inflected form: "sagte", "teilte … mit",
 * "kündigte … an", "warned": the forms of {@link AttributionLexicon} that claim the {@code report} frame.
 *
 * <p>Each entry is a finite or participle form. A separable verb ("mitteilen") lists its particle: the finite form
 * "teilte" reports speech only when the particle closes its clause ("teilte am Montag mit, …") or when the particle is
 * fused in a subordinate clause ("wie die Polizei mitteilte"). Verbs of belief ("glaubt", "hofft", "geht davon aus")
 * count only before a "dass" clause or a Konjunktiv clause, which the caller checks. Immutable and thread-safe.
 *
 * <p>Design decision: the list ({@code reporting-verbs.tsv}) is written out by hand, form by form, rather than built
 * by a stemmer; it is short, the forms are irregular ("schrieb", "wies … hin"), and a false reporting verb costs
 * precision.
 */
final class ReportingVerbs {

    /**
     * How a form reports: its particle ({@code ""} when none; alternatives joined by {@code |}, as in
     * {@code "bekannt|an"} for "gab … bekannt" and "gab … an") and whether it needs a following clause.
     */
    record Form(String particle, boolean belief) {

        /** Whether {@code word} is one of this form's particles. */
        boolean isParticle(String word) {
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

    private static final Map<String, Form> FORMS = new HashMap<>();

    static {
        for (AttributionLexicon.Verb v : AttributionLexicon.standard().verbs()) {
            if (v.has(AttributionLexicon.Frame.REPORT)) {
                FORMS.put(v.form(), new Form(v.particle(), v.kind() == AttributionLexicon.Kind.BELIEF));
            }
        }
    }

    private ReportingVerbs() {
    }

    /** The form's entry, or {@code null} when the word is no reporting verb form. */
    static Form form(String word) {
        return FORMS.get(word);
    }

    /** Whether the word is a reporting verb form that needs no particle ("sagte", "mitteilte", "said"). */
    static boolean isReporting(String word) {
        Form f = FORMS.get(word);
        return f != null && f.particle().isEmpty() && !f.belief();
    }

    /** The separable particles that close a reporting clause ("mit", "an", "hinzu"). */
    static final Set<String> PARTICLES = Set.of("mit", "an", "hinzu", "bekannt", "fest", "aus", "hin", "vor", "ein",
            "hervor", "heraus", "deutlich", "klar", "dar", "auf", "zu");
}
