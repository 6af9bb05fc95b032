package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.synoptic.model.Quote;
import org.synoptic.nlp.quote.AttributionLexicon.Frame;
import org.synoptic.nlp.quote.AttributionLexicon.Kind;
import org.synoptic.nlp.quote.AttributionLexicon.Verb;

/**
 * Generated from the lexicon: every singular finite reporting verb form of {@code reporting-verbs.tsv}, in every
 * construction its frames claim, gives a reported quote with the named speaker. A verb added to the lexicon
 * therefore works everywhere it claims to, or a test named "VERB in CONSTRUCTION" fails.
 *
 * <p>Constructions: a {@code report} verb (not a {@code cite} verb, which takes the quoted one as its object) claims verb-first ("X sagte am Montag, die Lage sei ernst"), a dass clause
 * and (speech verbs) a Konjunktiv continuation after a direct quote; a {@code clause_first} verb claims the fronted
 * clause ("Die Lage sei ernst, mahnte X am Montag."). A separable verb closes its clause with its particle.
 */
class LexiconConstructionTest {

    private static final String SPEAKER = "Peter Lorenz";

    /** A construction: its name and the sentence it builds around a form and its particle. */
    private record Construction(String name, String template, String words) {

        String sentence(Verb v) {
            String particle = v.particle().isEmpty() ? "" : " " + v.particle().split("\\|")[0];
            String verb = v.form().equals("told") || v.form().equals("tells") ? v.form() + " reporters" : v.form();
            return template.replace("VERB", verb).replace(" PARTICLE", particle);
        }
    }

    private static final Construction VERB_FIRST = new Construction("verb-first",
            "Verteidigungsminister Peter Lorenz VERB am Montag PARTICLE, die Lage an der Grenze sei ernst.",
            "die Lage an der Grenze sei ernst");
    private static final Construction DASS = new Construction("dass clause",
            "Verteidigungsminister Peter Lorenz VERB am Montag PARTICLE, dass die Lage an der Grenze ernst sei.",
            "die Lage an der Grenze ernst sei");
    private static final Construction CLAUSE_FIRST = new Construction("clause-first",
            "Die Lage an der Grenze sei ernst, VERB Verteidigungsminister Peter Lorenz am Montag PARTICLE.",
            "Die Lage an der Grenze sei ernst");
    private static final Construction CONTINUATION = new Construction("Konjunktiv continuation",
            "„Wir sind auf alles vorbereitet“, VERB Verteidigungsminister Peter Lorenz am Montag PARTICLE. "
                    + "Die Lage an der Grenze sei ernst.", "Die Lage an der Grenze sei ernst");
    private static final Construction EN_VERB_FIRST = new Construction("verb-first (English)",
            "Defense Minister Peter Lorenz VERB on Monday that the situation at the border was serious.",
            "the situation at the border was serious");
    private static final Construction EN_CLAUSE_FIRST = new Construction("clause-first (English)",
            "The situation at the border is serious, Defense Minister Peter Lorenz VERB on Monday.",
            "The situation at the border is serious");

    /** The constructions a form claims. */
    private static List<Construction> claims(Verb v) {
        List<Construction> out = new ArrayList<>();
        boolean english = v.language().equals("en");
        if (v.has(Frame.REPORT) && !v.has(Frame.CITE)) { // "zitierte" takes an object: "zitierte X mit den Worten"
            if (english) {
                out.add(EN_VERB_FIRST);
            } else {
                out.add(VERB_FIRST);
                out.add(DASS);
                if (v.kind() == Kind.SPEECH) {
                    out.add(CONTINUATION);
                }
            }
        }
        if (v.has(Frame.CLAUSE_FIRST)) {
            out.add(english ? EN_CLAUSE_FIRST : CLAUSE_FIRST);
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyFormInEveryConstructionItClaims() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Verb v : AttributionLexicon.standard().verbs()) {
            if (!v.morph().equals("3sg")) {
                continue;
            }
            for (Construction c : claims(v)) {
                String sentence = c.sentence(v);
                tests.add(DynamicTest.dynamicTest(v.form() + " in " + c.name() + ": " + sentence, () -> {
                    List<Quote> quotes = RuleQuoteExtractorTest.quotes(sentence);
                    assertThat(quotes).as(sentence).filteredOn(q -> !q.direct())
                            .filteredOn(q -> q.text().equals(c.words()))
                            .extracting(Quote::speaker).containsExactly(SPEAKER);
                }));
            }
        }
        assertThat(tests).hasSizeGreaterThan(200);
        return tests.stream();
    }

    @Test
    void soNamesTheSpeakerAfterAFrontedClause() {
        assertThat(RuleQuoteExtractorTest.quotes("Die Lage an der Grenze sei ernst, so Verteidigungsminister Peter Lorenz."))
                .extracting(Quote::text, Quote::speaker)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Die Lage an der Grenze sei ernst", SPEAKER));
    }

    /** The issue's five verbs, in the clause-first construction where they once gave nothing. */
    @Test
    void theIssuesFiveVerbsInClauseFirst() {
        for (String verb : List.of("mahnte", "unterstrich", "bekräftigte", "beteuerte", "ergänzte")) {
            assertThat(AttributionLexicon.standard().is(verb, Frame.CLAUSE_FIRST)).as(verb).isTrue();
        }
    }
}
