package org.synoptic.nlp.quote;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The German and English verbs that report speech or a stated position, by inflected form: "sagte", "teilte … mit",
 * "kündigte … an", "warned".
 *
 * <p>Each entry is a finite or participle form. A separable verb ("mitteilen") lists its particle: the finite form
 * "teilte" reports speech only when the particle closes its clause ("teilte am Montag mit, …") or when the particle is
 * fused in a subordinate clause ("wie die Polizei mitteilte"). Verbs of belief ("glaubt", "hofft", "geht davon aus")
 * count only before a "dass" clause or a Konjunktiv clause, which the caller checks. Immutable and thread-safe.
 *
 * <p>Design decision: the list is written out by hand, form by form, rather than built by a stemmer; it is short, the
 * forms are irregular ("schrieb", "wies … hin"), and a false reporting verb costs precision.
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
        plain("sagt sagte sagten sagen gesagt erklärt erklärte erklärten erklären betont betonte betonten betonen "
                + "warnt warnte warnten warnen gewarnt fordert forderte forderten fordern gefordert kritisiert "
                + "kritisierte kritisierten kritisieren bestätigt bestätigte bestätigten bestätigen dementiert "
                + "dementierte dementierten berichtet berichtete berichteten berichten schreibt schrieb schrieben "
                + "geschrieben meint meinte meinten meinen behauptet behauptete behaupteten behaupten versichert "
                + "versicherte versicherten ergänzt ergänzte ergänzten unterstrich unterstreicht bekräftigt bekräftigte "
                + "bekräftigten erläutert erläuterte erläuterten äußerte äußerten äußert geäußert erwiderte erwiderten "
                + "entgegnete entgegneten antwortete antworteten kommentierte kommentierten kommentiert meldet meldete "
                + "meldeten gemeldet beteuerte beteuerten verkündete verkündeten verkündet mahnte mahnten beklagte "
                + "beklagten beklagt bemängelte bemängelten bestritt bestritten bestreitet verlangte verlangten "
                + "verlangt empfahl empfahlen argumentierte argumentierten begründete begründeten begründet "
                + "prognostizierte schilderte schilderten beschrieb beschrieben zitierte zitierten zitiert "
                + "verteidigte verteidigten", "");
        particle("teilt teilte teilten", "mit");
        particle("mitteilte mitteilten mitgeteilt mitteilt", "");
        particle("kündigt kündigte kündigten", "an");
        particle("ankündigte ankündigten angekündigt", "");
        particle("fügte fügten fügt", "hinzu");
        particle("hinzufügte hinzugefügt", "");
        particle("gab gaben gibt geben", "bekannt|an");
        particle("angab angaben angegeben", "");
        particle("hob hoben hebt", "hervor");
        particle("hervorhob hervorgehoben", "");
        particle("strich strichen streicht", "heraus");
        particle("machte machten macht", "deutlich|klar");
        particle("deutlichmachte klarmachte", "");
        particle("merkte merkten merkt", "an");
        particle("anmerkte", "");
        particle("wandte wandten wendet", "ein");
        particle("einwandte", "");
        particle("legte legten legt", "dar");
        particle("darlegte", "");
        particle("deutete deuteten deutet", "an");
        particle("andeutete", "");
        plain("verlautete verlautbarte bekannte bekräftigen", "");
        particle("bekanntgab bekanntgegeben", "");
        particle("stellte stellten stellt", "fest|klar");
        particle("feststellte festgestellt", "");
        particle("führte führten führt", "aus");
        particle("ausführte", "");
        particle("wies wiesen weist", "hin"); // not "wies … zurück, X getan zu haben": that clause is the charge
        particle("hinwies", "");
        particle("warf warfen wirft", "vor");
        particle("vorwarf vorgeworfen", "");
        particle("schlug schlugen schlägt", "vor");
        particle("vorschlug vorgeschlagen", "");
        particle("räumte räumten räumt", "ein");
        particle("einräumte eingeräumt", "");
        plain("aufgefordert auffordert aufforderte aufforderten beschuldigt beschuldigte beschuldigten beschloss "
                + "beschlossen beschließt entschied appellierte appellierten plädierte plädierten versprach "
                + "versprachen versprochen verspricht bat baten gebeten erinnerte erinnerten verwies verwiesen "
                + "drohte drohten gedroht erzählte erzählten gestand gestanden monierte monierten rügte rügten "
                + "protestierte protestierten widersprach widersprachen fragte fragten", "");
        particle("rief riefen ruft", "auf");
        particle("aufrief aufriefen aufgerufen", "");
        particle("sicherte sicherten sichert", "zu");
        particle("zusicherte zugesichert zugesagt", "");
        belief("glaubt glaubte glaubten glauben hofft hoffte hofften hoffen befürchtet befürchtete befürchteten "
                + "befürchten fürchtet fürchtete fürchteten vermutet vermutete vermuteten schätzt schätzte schätzten "
                + "bezweifelt bezweifelte bezweifeln erhofft erhoffte erwartet erwartete erwarten beruft berief beriefen berufen");
        belief("geht ging gingen gehen", "aus"); // "geht davon aus, dass"
        plain("said says told added wrote stated warned explained noted insisted claimed argued announced reported "
                + "asked", "");
    }

    private ReportingVerbs() {
    }

    private static void plain(String forms, String particle) {
        for (String f : forms.split(" ")) {
            FORMS.put(f, new Form(particle, false));
        }
    }

    private static void particle(String forms, String particle) {
        plain(forms, particle);
    }

    private static void belief(String forms) {
        belief(forms, "");
    }

    private static void belief(String forms, String particle) {
        for (String f : forms.split(" ")) {
            FORMS.put(f, new Form(particle, true));
        }
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
