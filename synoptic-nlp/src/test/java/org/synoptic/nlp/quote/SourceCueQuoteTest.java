package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.synoptic.nlp.quote.RuleQuoteExtractorTest.mention;
import static org.synoptic.nlp.quote.RuleQuoteExtractorTest.quotes;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Quote;
import org.synoptic.nlp.entity.Gazetteer;
import org.synoptic.nlp.entity.Lexicon;

/**
 * The rules that name a speaker from a source cue, a document, an earlier sentence or a pronoun, and the forms that
 * mark reported speech (Konjunktiv I of full verbs, "zu" infinitives of separable verbs). Each case is a sentence of
 * our own, written for the rule it tests.
 */
class SourceCueQuoteTest {

    @Test
    void documentAfterHeisstEsSpeaks() {
        String text = "In der Erklärung des Verbands heißt es, die Preise würden im Herbst deutlich steigen.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Erklärung des Verbands");
        assertThat(mention(text, q.get(0))).isEqualTo("der Erklärung des Verbands");
    }

    @Test
    void anOpeningWieClauseIsTheCueOfTheMainClauseNotWhatItsVerbReports() {
        // "fordert" after the comma is no reporting verb whose clause comes first: the wie-clause names the source
        String text = "Wie die Rhein-Zeitung berichtet, fordert eine Initiative seit Jahren ein Tempolimit auf der Brücke.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Rhein-Zeitung");
        assertThat(q).extracting(Quote::text)
                .containsExactly("fordert eine Initiative seit Jahren ein Tempolimit auf der Brücke");
    }

    @Test
    void placeOrSpeechAfterHeisstEsNamesNoOne() {
        assertThat(quotes("In Berlin hieß es, die Preise würden im Herbst deutlich steigen."))
                .extracting(Quote::speaker).containsOnlyNulls();
    }

    @Test
    void demnachRestsOnTheSubjectOfTheSentenceBefore() {
        String text = "Die Wahlkommission legte am Donnerstag ein vorläufiges Ergebnis vor. "
                + "Demnach hat die regierende Koalition die Wahl klar gewonnen.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Wahlkommission");
        assertThat(mention(text, q.get(0))).isEqualTo("Demnach");
    }

    @Test
    void temporalDanachIsNoSource() {
        assertThat(quotes("Der Minister besuchte am Morgen die Baustelle. Danach fuhr er mit dem Zug zurück in die "
                + "Hauptstadt.")).isEmpty();
    }

    @Test
    void konjunktivOfAFullVerbMarksReportedSpeech() {
        String text = "Der Innenminister sagte, man erwäge rechtliche Schritte gegen den Hersteller.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("man erwäge rechtliche Schritte gegen den Hersteller");
        assertThat(mention(text, q.get(0))).isEqualTo("Der Innenminister");
    }

    @Test
    void konjunktivFormsAreToldFromPastTenseAndAdjectives() {
        RuleQuoteExtractor x = new RuleQuoteExtractor(Gazetteer.standard(), Lexicon.standard());
        assertThat(List.of("erwäge", "werfe", "komme", "gebe", "bestehe")).allMatch(x::isKonjunktivI);
        assertThat(List.of("sagte", "hatte", "wurde", "neue", "große", "eine", "meine", "berichtete"))
                .noneMatch(x::isKonjunktivI);
    }

    @Test
    void sourceBeforeZufolgeInsideTheSentence() {
        String text = "Am Samstag starben behördlichen Angaben zufolge vier Menschen bei dem Absturz.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Behördliche Angaben");
        assertThat(mention(text, q.get(0))).isEqualTo("behördlichen Angaben");
    }

    @Test
    void pronounTakesANearerRoleSubject() {
        String text = "Ein Sprecher der Armee wollte keine Zahlen nennen. Er sagte aber, dass alle Soldaten "
                + "Amerikaner gewesen seien.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Sprecher der Armee");
        assertThat(mention(text, q.get(0))).isEqualTo("Er");
    }

    @Test
    void possessiveSourceResolvesLikeItsPronoun() {
        String text = "Der Geologe Paul Brandt besuchte am Montag die Stadt. Seiner Ansicht nach sind die Schäden "
                + "größer als bisher gemeldet.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Paul Brandt");
        assertThat(mention(text, q.get(0))).isEqualTo("Seiner");
    }

    @Test
    void continuationRestsOnAReportingDocument() {
        // a report noun ("Der Untersuchungsbericht schildert") is no speaker: see RelayQuoteTest
        String text = "Die Studie schildert die Fehlerkette im Detail. Die Techniker seien am Vortag "
                + "unaufmerksam gewesen.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Studie");
    }

    @Test
    void subjectOfAPassiveOrAThingIsNoSpeaker() {
        assertThat(quotes("Seine Werke werden von Kennern als „Meilensteine der Musikgeschichte“ bezeichnet."))
                .allMatch(q -> q.speaker() == null);
        assertThat(quotes("Der größte Vorwurf ist in der Behauptung „Wer unterschreibt, spielt den Gegnern in die "
                + "Hände“ zu finden.")).allMatch(q -> q.speaker() == null);
    }

    @Test
    void shortQuoteAfterASpeechActIsTheSubjects() {
        String text = "Der Innenexperte Weber nannte das Vorhaben „einen teuren Unsinn“.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("einen teuren Unsinn");
        assertThat(mention(text, q.get(0))).isEqualTo("Der Innenexperte Weber");
    }

    @Test
    void separableInfinitiveClosesAReportedClause() {
        String text = "Der Bürgermeister kündigte am Montag an, im Herbst zurückzutreten.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("im Herbst zurückzutreten");
        assertThat(mention(text, q.get(0))).isEqualTo("Der Bürgermeister");
    }

    @Test
    void subjectAfterAFrontedAdverbialSpeaksForAFarParticiple() {
        String text = "Gleichzeitig hat die Regierung das Vorhaben unterstützt und gewarnt, dass die Kosten weiter "
                + "steigen könnten.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Regierung");
    }

    @Test
    void conditionalContinuesOnlyAQuote() {
        String text = "Der Gewerkschafter Paul Brandt sagte, es werde ein Streik geprüft. Ein Streik hätte Folgen für "
                + "die Auslieferung der neuen Modelle.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Paul Brandt", "Paul Brandt");
        assertThat(quotes("Der Hafen liegt im Norden der Stadt. Ein Streik hätte Folgen für die Auslieferung der "
                + "neuen Modelle.")).isEmpty();
    }

    @Test
    void outletCitingInARelativeClauseRelaysItsSource() {
        String text = "Die Ankündigung folgte auf einen Bericht des Senders YTN, der einen hohen Regierungsbeamten mit "
                + "den Worten zitierte, Kim reise „langsam in einem Privatzug in Richtung der Grenze“.";
        List<Quote> q = quotes(text).stream().filter(Quote::direct).toList();
        assertThat(q).hasSize(1);
        assertThat(mention(text, q.get(0))).isEqualTo("einen hohen Regierungsbeamten");
        assertThat(q.get(0).speaker()).isEqualTo("Regierungsbeamter");
        assertThat(q.get(0).via()).isEqualTo("YTN");
    }

    @Test
    void focusParticleIsNoPartOfTheSubject() {
        String text = "Auch Brandauer argumentierte, die Kommission habe ihre Befugnisse überschritten.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Brandauer");
        assertThat(mention(text, q.get(0))).isEqualTo("Brandauer");
    }

    @Test
    void roleInAppositionBelongsToTheSubject() {
        String text = "Wiebke Tanner, Fraktionschefin der Partei für Arbeit, sagte, der Minister habe die Frist versäumt.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Wiebke Tanner");
        assertThat(mention(text, q.get(0))).isEqualTo("Wiebke Tanner, Fraktionschefin der Partei für Arbeit");
    }

    @Test
    void nameInAppositionAfterARoleIsTheSpeaker() {
        String text = "Der stellvertretende Landrat, Jochen Marrek, sagte, die Brücke bleibe gesperrt.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Jochen Marrek");
    }

    @Test
    void relativeClauseIsNoApposition() {
        String text = "Marrek, die den Landrat kritisierte, sagte, die Brücke bleibe gesperrt.";
        assertThat(quotes(text)).extracting(Quote::speaker).doesNotContain("Landrat", "den Landrat");
    }

    @Test
    void quoteInASubjunctiveSentenceContinuesTheSpeakerBefore() {
        String text = "Die Ministerin Petra Lindqvist sagte, die Ernte sei schlecht ausgefallen. "
                + "Es drohe „ein Winter mit leeren Speichern“.";
        List<Quote> q = quotes(text);
        assertThat(q).filteredOn(Quote::direct).extracting(Quote::speaker).containsExactly("Petra Lindqvist");
    }

    @Test
    void quoteInASentenceWithItsOwnReportIsNotContinued() {
        String text = "Die Ministerin Petra Lindqvist sagte, die Ernte sei schlecht ausgefallen. "
                + "Die Bauern dagegen meinten, es drohe „ein Winter mit leeren Speichern“.";
        List<Quote> q = quotes(text);
        assertThat(q).filteredOn(Quote::direct).extracting(Quote::speaker).doesNotContain("Petra Lindqvist");
    }

    @Test
    void infinitiveOfAVerbInEln() {
        String text = "Der Investor versprach, nicht weiter über den Verkauf des Turms zu verhandeln.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("nicht weiter über den Verkauf des Turms zu verhandeln");
        assertThat(q).extracting(Quote::speaker).containsExactly("Investor");
    }

    @Test
    void subjectAfterTheAuxiliaryOfAFrontedAdverbial() {
        String text = "Im Juni hatte die Landessynode beschlossen, zusammen mit einem Institut eine Studie zu erstellen.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Landessynode");
        assertThat(mention(text, q.get(0))).isEqualTo("die Landessynode");
    }

    @Test
    void agentOfAPassiveReportSpeaks() {
        String text = "Zudem wurde die Landesregierung vom Mieterverband aufgefordert, die Mietpreisbremse zu verlängern.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Mieterverband");
    }

    @Test
    void participleFarFromItsAuxiliaryFindsTheSubjectBeforeIt() {
        String text = "Die Behörden haben 3,6 Millionen Einwohner von 18 Bezirken aufgefordert, ihre Häuser zu verlassen.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Behörden");
    }

    @Test
    void stanceNounReportsLikeAVerbOfBelief() {
        String text = "Die Experten kamen zu dem Ergebnis, dass es keine Beweise für eine Fälschung gebe.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("es keine Beweise für eine Fälschung gebe");
        assertThat(mention(text, q.get(0))).isEqualTo("Die Experten");
    }

    @Test
    void stanceNounIsNoSpeaker() {
        String text = "Die Verbraucherzentrale für Energierecht ist der Ansicht, dass die Umlage rechtswidrig sei.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).doesNotContain("Ansicht");
    }

    @Test
    void nameWithALowerCaseParticleAfterLaut() {
        String text = "Anschließend sei laut el-Kassar die Anlage wieder in Betrieb genommen worden.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("el-Kassar");
    }

    @Test
    void participleWithItsAdverbialInsideTheSourcePhrase() {
        String text = "Laut einer am Dienstag veröffentlichten Mitteilung des Hilfswerks wurden 2.000 Familien versorgt.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(mention(text, q.get(0))).isEqualTo("einer am Dienstag veröffentlichten Mitteilung des Hilfswerks");
    }

    @Test
    void appositionAndAddresseeBeforeTheDassClause() {
        String text = "So sagte der Koordinator, Tadesse Alemu, gegenüber dem Sender, dass nur 14 Boote im Einsatz seien.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("nur 14 Boote im Einsatz seien");
    }

    @Test
    void oneGermanNounQuotedAfterASpeechActIsNoName() {
        String text = "Der Minister nannte die Absage einen „Vertrauensbruch“.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("Vertrauensbruch");
        assertThat(q).extracting(Quote::speaker).containsExactly("Minister");
    }

    @Test
    void wordsRejectedAsQuotedAreTheSubjects() {
        String text = "Die Regierung hatte den Bericht umgehend als „falsch“ zurückgewiesen.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Regierung");
    }

    @Test
    void existentialGabReportsNothing() {
        String text = "Der Trainer bezeichnete acht Karten in einem Spiel, in dem es nur 26 Fouls gab, als „übertrieben“.";
        assertThat(quotes(text)).extracting(Quote::speaker).containsExactly("Trainer");
    }

    @Test
    void theOneChargedInAPassiveIsNoSpeaker() {
        String text = "Dem früheren Minister Karl Brenner wird vorgeworfen, Gelder der Stiftung veruntreut zu haben.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void aPluralSubjectThatAccusesSpeaksForItselfAndContinuesNoOne() {
        // "werfen … vor" is the plural of "wirft … vor": the accusation is the new subject's, not a Konjunktiv
        // continuation of the ministry before it
        String text = "Das Ministerium teilte mit, die Lage sei ruhig. Die Gewerkschaften werfen dem Konzern vor, "
                + "seit Monaten Stellen abzubauen, die angeblich sicher seien.";
        List<Quote> q = quotes(text);
        assertThat(q).filteredOn(x -> x.text().contains("Stellen")).extracting(Quote::speaker)
                .containsExactly("Gewerkschaften");
    }

    @Test
    void whoIsCitedWithTheWordsSpeaksThroughWhoCites() {
        // "X zitierte Y mit den Worten, … „…“": Y speaks (an unnamed source by the cited-source list's name), X relays
        List<Quote> officials = quotes("Der Sender zitierte einen hohen Beamten mit den Worten, der Minister plane "
                + "„eine grundlegende Reform“.");
        assertThat(officials).extracting(Quote::speaker).containsExactly("Beamte");
        List<Quote> sources = quotes("Das Blatt zitierte seine Quellen mit den Worten, dass die Ministerin vorhabe, "
                + "„die Steuern deutlich zu senken“.");
        assertThat(sources).extracting(Quote::speaker).containsExactly("Quellen");
    }

    @Test
    void desWeiterenIsNoSubject() {
        String text = "Des Weiteren wirft die Kommission der Behörde vor, die Frist versäumt zu haben.";
        assertThat(quotes(text)).extracting(Quote::speaker).doesNotContain("Weiteren");
    }

    @Test
    void subjectOpeningTheSentenceHoldsAViewWithoutAReportingVerb() {
        String text = "Der Vertreter der Gewerkschaft rief die Beschäftigten auf, ihre Arbeit niederzulegen.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Vertreter der Gewerkschaft");
    }

    @Test
    void documentAfterNachIsASource() {
        String text = "Nach dem vorläufigen Endergebnis erreichte die Liste 45,6 Prozent der Stimmen.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(mention(text, q.get(0))).isEqualTo("dem vorläufigen Endergebnis");
    }

    @Test
    void temporalNachBeforeADocumentIsNoSource() {
        assertThat(quotes("Zwei Monate nach dem Urteil des Gerichts legte die Stadt Berufung ein.")).isEmpty();
    }

    @Test
    void outletInQuotationMarksAfterItsArticleSpeaks() {
        String text = "„Die Firma will zu den Großen aufschließen“, schreibt die „Computerwoche“.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Computerwoche");
    }

    @Test
    void continuationOfNoOnesWordsIsNoQuote() {
        String text = "Der Regen hielt die ganze Nacht an. Die Lage sei aber inzwischen unter Kontrolle.";
        assertThat(quotes(text)).isEmpty();
    }

    @Test
    void continuationOfASpeakersWordsStays() {
        String text = "Die Bürgermeisterin Anke Roloff sagte, der Damm halte. Die Lage sei aber inzwischen unter "
                + "Kontrolle.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::kind).contains(Quote.Kind.FREE_INDIRECT);
        assertThat(q).extracting(Quote::speaker).containsOnly("Anke Roloff");
    }

    @Test
    void outletRelyingOnOfficialsRelaysTheirWords() {
        String text = "Die Zeitung hatte unter Berufung auf Regierungskreise berichtet, der Minister wolle zurücktreten.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Regierungskreise");
        assertThat(q).extracting(Quote::via).containsExactly("Zeitung");
    }

    @Test
    void requestToldWholeHasNoReportedClause() {
        String text = "Laut dem Bericht habe der Gast den Wirt um eine Auskunft gebeten, dieser habe aber geschwiegen.";
        assertThat(quotes(text)).extracting(Quote::speaker).doesNotContain("Gast");
    }

    @Test
    void coordinatedRolesWithTheNameInApposition() {
        String text = "Der frühere Bürgermeister und Stadtkämmerer, Jonas Vehrkamp (SPD), warnte die Partei vor einem "
                + "„populistischen Wahlkampf“.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Jonas Vehrkamp");
        assertThat(mention(text, q.get(0))).startsWith("Der frühere Bürgermeister und Stadtkämmerer");
    }

    @Test
    void addresseeAfterGegenueberIsNoSpeaker() {
        String text = "Gegenüber der Agentur „Nordpress“ sagte Ilka Brandt, die Leiterin des Hauses: „Wir wurden "
                + "alarmiert, aber als wir ankamen, war alles weg.“";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(mention(text, q.get(0))).startsWith("Ilka Brandt");
    }

    @Test
    void objectAfterTheVerbIsNoSpeaker() {
        String text = "Mirko Stahl, der wegen wiederholten Foulspiels vom Platz musste, nannte seinen Verweis "
                + "„völlig überzogen“.";
        assertThat(quotes(text)).extracting(Quote::speaker).doesNotContain("Verweis", "seinen Verweis");
    }

    @Test
    void relativePronounSpeaksForItsAntecedent() {
        String text = "Im Studio war ein Sprecher der Reederei zugeschaltet, der alle Passagiere aufforderte, an Bord "
                + "zu bleiben.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Sprecher der Reederei");
        assertThat(mention(text, q.get(0))).isEqualTo("der");
    }
}
