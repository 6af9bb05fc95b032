package org.synoptic.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.Quote;
import org.synoptic.nlp.Articles;
import org.synoptic.nlp.RuleBasedExtractors;

class RuleQuoteExtractorTest {

    static List<Quote> quotes(String text) {
        Article a = Articles.of(text, null);
        ArticleAnalysis analysis = RuleBasedExtractors.analyzer().analyze(a);
        for (Quote q : analysis.quotes()) {
            assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
            if (q.speakerStart() >= 0) {
                assertThat(q.speakerEnd()).isGreaterThan(q.speakerStart());
            }
        }
        return analysis.quotes();
    }

    @Test
    void multiSentenceQuoteAttributedThroughAgency() {
        List<Quote> q = quotes("„Wir bleiben ruhig. Das Wetter ist gut. Niemand muss sich sorgen“, zitierte Interfax den "
                + "norwegischen Umweltminister Olav Brekke mit Blick auf den Sturm.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("Wir bleiben ruhig. Das Wetter ist gut. Niemand muss sich sorgen");
        assertThat(q.get(0).speaker()).isEqualTo("Olav Brekke");
        assertThat(q.get(0).speakerRole()).isEqualTo("Umweltminister");
        assertThat(q.get(0).via()).isEqualTo("Interfax");
        assertThat(q.get(0).direct()).isTrue();
    }

    @Test
    void speakerBeforeTheQuote() {
        List<Quote> q = quotes("Die Bürgermeisterin Anna Kowalski sagte: „Wir bauen die Brücke bis zum Sommer neu.“");
        assertThat(q).extracting(Quote::speaker).containsExactly("Anna Kowalski");
    }

    @Test
    void shortScareQuoteWithoutReportingVerbIsNoQuote() {
        List<Quote> q = quotes("Die Firma plant „heimlich“ neue Filialen in der Stadt.");
        assertThat(q).isEmpty();
    }

    @Test
    void fragmentInsideAReportingSentenceIsAQuote() {
        List<Quote> q = quotes("Laut Reuters sagte Michael Brandt, die Arbeiten würden „zügig vorangebracht“.");
        assertThat(q).filteredOn(Quote::direct).extracting(Quote::text, Quote::speaker)
                .containsExactly(org.assertj.core.api.Assertions.tuple("zügig vorangebracht", "Michael Brandt"));
    }

    @Test
    void indirectSpeechWithKonjunktivAndPronoun() {
        List<Quote> q = quotes("Verteidigungsminister Peter Lorenz besuchte die Truppe. Er sagte später, dass die Armee "
                + "bereit sei, mehr Übungen abzuhalten.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).direct()).isFalse();
        assertThat(q.get(0).text()).isEqualTo("die Armee bereit sei, mehr Übungen abzuhalten");
        assertThat(q.get(0).speaker()).isEqualTo("Peter Lorenz");
    }

    @Test
    void indicativeAfterSagteIsNoIndirectQuote() {
        assertThat(quotes("Der Trainer Karl Weber sagte, er geht jetzt nach Hause.")).isEmpty();
    }

    @Test
    void quotedNamesAreNoQuotes() {
        assertThat(quotes("Die Zeitung „Chosun Ilbo“ erschien heute wie immer.")).isEmpty();
    }

    @Test
    void englishSaidWithSpeakerAfter() {
        List<Quote> q = quotes("\"We will not give up on this town,\" said Mayor Linda Carter on Monday.");
        assertThat(q).extracting(Quote::speaker, Quote::speakerRole)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Linda Carter", "Mayor"));
    }

    @Test
    void unknownSpeakerStaysNull() {
        List<Quote> q = quotes("„Das ist ein schwerer Fehler für uns alle“, hieß es am Abend.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void anonymousSourceSpeaks() {
        // the cited source stands in where no one is named: anonymous, but what the words rest on
        List<Quote> q = quotes("„Das ist ein schwerer Fehler für uns alle“, hieß es aus informierten Kreisen.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Kreise");
        q = quotes("Nach ersten Angaben wurden bei dem Brand keine Menschen verletzt.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Erste Angaben");
        // a poll is where the words were read, not who said them (ReportNouns)
        q = quotes("Laut einer Umfrage wünschen sich die meisten Leser eine Weltmeisterschaft im eigenen Land.");
        assertThat(q).extracting(Quote::speaker).containsOnlyNulls();
        q = quotes("Nach Angaben Ibrahims wurden 45 Mitglieder seiner Gemeinde verletzt.");
        assertThat(q).extracting(Quote::speaker).containsExactly("Ibrahim");
    }

    @Test
    void statementAttributedByLaut() {
        List<Quote> q = quotes("Laut Reuters wurden im Hafen drei neue Kräne aufgestellt.");
        assertThat(q).extracting(Quote::text, Quote::speaker, Quote::direct).containsExactly(
                org.assertj.core.api.Assertions.tuple("wurden im Hafen drei neue Kräne aufgestellt", "Reuters", false));
    }

    @Test
    void pronounSpeakerPointsAtThePronoun() {
        String text = "Die Ministerin Eva Lindqvist kam spät. Sie sagte: „Wir haben keine Zeit mehr zu verlieren.“";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Eva Lindqvist");
        assertThat(text.substring(q.get(0).speakerStart(), q.get(0).speakerEnd())).isEqualTo("Sie");
    }

    static String mention(String text, Quote q) {
        return q.speakerStart() < 0 ? null : text.substring(q.speakerStart(), q.speakerEnd());
    }

    @Test
    void speakerMentionIsTheSubjectPhraseNotJustAName() {
        String text = "Der Sprecher des Wasserverbands erklärte am Montag, die Leitungen seien wieder dicht.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("die Leitungen seien wieder dicht");
        assertThat(mention(text, q.get(0))).isEqualTo("Der Sprecher des Wasserverbands");
        assertThat(q.get(0).speaker()).isEqualTo("Sprecher des Wasserverbands");
    }

    @Test
    void roleNounResolvesToThePersonIntroducedWithThatRole() {
        String text = "Finanzminister Jonas Ekberg traf die Ökonomin Maria Sandoval in Oslo. Der Minister sagte danach, "
                + "der Haushalt sei solide.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(mention(text, q.get(0))).isEqualTo("Der Minister");
        assertThat(q.get(0).speaker()).isEqualTo("Jonas Ekberg");
    }

    @Test
    void pronounTakesTheNearestPersonOfFittingGender() {
        String text = "Die Ministerin Clara Bergström sprach mit dem Bürgermeister Tobias Kranz. Sie sagte, die Schule "
                + "werde im Herbst eröffnet.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(mention(text, q.get(0))).isEqualTo("Sie");
        assertThat(q.get(0).speaker()).isEqualTo("Clara Bergström");
    }

    @Test
    void pronounSkipsAPersonNamedOnlyAsAnObjectOrInsideTheQuote() {
        String text = "Der Bericht nennt Gespräche mit Präsident Anton Velkov. Er fügte hinzu, dass Velkov im Mai "
                + "abreisen wolle.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).as("no one fits: the object Velkov is also named in the quote").isNull();
    }

    @Test
    void konjunktivSentenceContinuesThePreviousSpeaker() {
        String text = "Die Ärztin Lena Hofer sagte, die Klinik sei überlastet. Es fehle vor allem an Pflegekräften.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("die Klinik sei überlastet",
                "Es fehle vor allem an Pflegekräften");
        assertThat(q.get(1).speaker()).isEqualTo("Lena Hofer");
        assertThat(q.get(1).speakerStart()).isEqualTo(q.get(0).speakerStart());
    }

    @Test
    void nachAngabenNamesTheSourceInTheAttachment() {
        String text = "Nach Angaben der Feuerwehr brannte die Scheune bis auf die Grundmauern nieder.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("brannte die Scheune bis auf die Grundmauern nieder");
        assertThat(mention(text, q.get(0))).isEqualTo("Angaben der Feuerwehr");
        assertThat(q.get(0).speaker()).isEqualTo("Feuerwehr");
    }

    @Test
    void separableReportingVerbNeedsItsParticle() {
        String text = "Die Stadtverwaltung teilte am Freitag mit, dass der Markt verlegt werde.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("der Markt verlegt werde");
        assertThat(mention(text, q.get(0))).isEqualTo("Die Stadtverwaltung");
        assertThat(quotes("Die Stadtverwaltung teilte am Freitag die Kosten auf, dass jeder Stand zahlt."))
                .as("'teilte' without 'mit' reports nothing").isEmpty();
    }

    @Test
    void quoteAsItsOwnSentenceContinuesThePreviousSpeaker() {
        String text = "Der Trainer Paul Haller sagte: „Wir haben gut gespielt.“ „Am Ende fehlte uns nur das Glück.“";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(2);
        assertThat(q.get(1).speaker()).isEqualTo("Paul Haller");
    }

    @Test
    void englishPronounWithoutFittingPersonStaysUnattributed() {
        List<Quote> q = quotes("The report was published on Monday. \"We expect more rain,\" she said.");
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isNull();
    }

    @Test
    void dativeAgencyAfterTheSpeakerIsNotTheSpeaker() {
        String text = "„Die Pumpen laufen wieder“, sagte Klärmeister Otto Brenner der Agentur Reuters.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::speaker).containsExactly("Otto Brenner");
    }

    private static Quote only(List<Quote> q, boolean direct) {
        List<Quote> kind = q.stream().filter(x -> x.direct() == direct).toList();
        assertThat(kind).hasSize(1);
        return kind.get(0);
    }

    @Test
    void englishSaidThenLowerCaseRoleAndName() {
        Quote q = only(quotes("\"The bridge will reopen in June,\" said harbour district engineer Tomas Reyes."), true);
        assertThat(q.speaker()).isEqualTo("Tomas Reyes");
        assertThat(q.speakerRole()).isEqualTo("harbour district engineer");
        Quote before = only(quotes("\"The bridge will reopen in June,\" harbour district engineer Tomas Reyes said."),
                true);
        assertThat(before.speaker()).isEqualTo("Tomas Reyes");
    }

    @Test
    void englishAgencyQuotedPersonAsSaying() {
        for (String text : List.of(
                "\"The trains will run again by Friday,\" Northline Press quoted transport minister Elena Brandt as saying.",
                "\"The trains will run again by Friday,\" transport minister Elena Brandt was quoted by Northline Press as saying.",
                "\"The trains will run again by Friday,\" transport minister Elena Brandt told Northline Press.")) {
            Quote q = only(quotes(text), true);
            assertThat(q.speaker()).as(text).isEqualTo("Elena Brandt");
            assertThat(q.speakerRole()).as(text).isEqualTo("transport minister");
            assertThat(q.via()).as(text).isEqualTo("Northline Press");
        }
    }

    @Test
    void englishAgencyCitedPersonAsSayingIndirectly() {
        Quote q = only(quotes("Northline Press cited transport minister Elena Brandt as saying the trains would run "
                + "again by Friday."), false);
        assertThat(q.text()).isEqualTo("the trains would run again by Friday");
        assertThat(q.speaker()).isEqualTo("Elena Brandt");
        assertThat(q.via()).isEqualTo("Northline Press");
    }

    @Test
    void englishAppositionAfterTheSpeakerIsNoQuote() {
        List<Quote> q = quotes("Residents were angry. \"Nobody warned us,\" said Ruth Calder, 54, who runs the bakery "
                + "on the corner.");
        assertThat(q).extracting(Quote::text, Quote::speaker)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Nobody warned us,", "Ruth Calder"));
        Quote job = only(quotes("\"Prices will fall,\" said Peter Vance, an economist at Corbel Bank."), true);
        assertThat(job.speaker()).isEqualTo("Peter Vance");
        assertThat(job.speakerRole()).isEqualTo("economist");
        assertThat(quotes("\"Prices will fall,\" said Peter Vance, an economist at Corbel Bank.")).hasSize(1);
    }

    @Test
    void englishSpokesmanIsTheNamedPersonOrTheOrganisation() {
        Quote named = only(quotes("Harlow Rail denied the claims. \"Our trains were on time,\" spokesman Jonas Berg said."),
                true);
        assertThat(named.speaker()).isEqualTo("Jonas Berg");
        assertThat(named.speakerRole()).isEqualTo("spokesman");
        Quote forOrg = only(quotes("\"We regret the delay,\" a spokeswoman for Harlow Rail said."), true);
        assertThat(forOrg.speaker()).isEqualTo("Harlow Rail");
        assertThat(forOrg.speakerRole()).isEqualTo("spokeswoman");
        Quote before = only(quotes("A spokesman for Harlow Rail said: \"We regret the delay and will refund all tickets.\""),
                true);
        assertThat(before.speaker()).isEqualTo("Harlow Rail");
    }

    @Test
    void englishReportedClauseAfterSaidAndTold() {
        Quote onDay = only(quotes("Nina Alvarez said on Tuesday it would open the fund on Monday."), false);
        assertThat(onDay.text()).isEqualTo("it would open the fund on Monday");
        assertThat(onDay.speaker()).isEqualTo("Nina Alvarez");
        Quote told = only(quotes("Mark Ellison told Reuters the deal was done. He did not give a price."), false);
        assertThat(told.text()).isEqualTo("the deal was done");
        assertThat(told.speaker()).isEqualTo("Mark Ellison");
        assertThat(told.via()).isEqualTo("Reuters");
        Quote that = only(quotes("Mark Ellison told reporters on Monday that the deal was done."), false);
        assertThat(that.text()).isEqualTo("the deal was done");
        assertThat(quotes("The two owners, local officials told the Gazette on Saturday.")).isEmpty();
    }

    @Test
    void englishSpeakerWithAppositionBeforeTheVerb() {
        Quote q = only(quotes("Peter Vance, an economist at Corbel Bank, said the rates would fall before the summer."),
                false);
        assertThat(q.text()).isEqualTo("the rates would fall before the summer");
        assertThat(q.speaker()).isEqualTo("Peter Vance");
        assertThat(q.speakerRole()).isEqualTo("economist");
    }

    @Test
    void englishReportRelayedByAnAgency() {
        Quote q = only(quotes("Corbel Bank said on Tuesday it would close ten branches in the north, Northline Press "
                + "reported."), false);
        assertThat(q.text()).isEqualTo("it would close ten branches in the north");
        assertThat(q.speaker()).isEqualTo("Corbel Bank");
        assertThat(q.via()).isEqualTo("Northline Press");
    }

    @Test
    void englishDatesAndDatelinesAreNoQuotedWords() {
        assertThat(quotes("Corbel Bank will close ten branches, the company announced on Tuesday, April 8, 2025."))
                .extracting(Quote::text).doesNotContain("April 8, 2025");
        assertThat(quotes("LONDON (Northline Press) — More than 300 homes were evacuated after the river burst its "
                + "banks, officials said.")).extracting(Quote::text)
                .containsExactly("More than 300 homes were evacuated after the river burst its banks");
    }

    @Test
    void englishRoleNounAndPronounResolveToTheFittingPerson() {
        Quote minister = only(quotes("Finance minister Olga Petrov visited the port with Mark Ellison. \"Trade is "
                + "growing,\" the minister said."), true);
        assertThat(minister.speaker()).isEqualTo("Olga Petrov");
        Quote he = only(quotes("Tom Hardy thanked Sarah Lind for her work. \"The plan is ready,\" he said."), true);
        assertThat(he.speaker()).isEqualTo("Tom Hardy");
        Quote she = only(quotes("Sarah Lind introduced Tom Hardy to the board. \"We agreed on a plan,\" she said."), true);
        assertThat(she.speaker()).isEqualTo("Sarah Lind");
    }

    @Test
    void englishSplitQuoteAndAddedKeepTheSpeaker() {
        assertThat(quotes("\"We are ready,\" Mark Ellison said, \"and we will start tomorrow.\""))
                .extracting(Quote::speaker).containsExactly("Mark Ellison", "Mark Ellison");
        assertThat(quotes("\"They worked day and night,\" Mark Ellison said. \"We owe them a lot,\" Ellison added."))
                .extracting(Quote::speaker).containsExactly("Mark Ellison", "Mark Ellison");
        assertThat(quotes("The dam was built in 1962, according to Peter Vance."))
                .extracting(Quote::speaker).containsExactly("Peter Vance");
    }

    @Test
    void aStatementAttributedAtItsEndLeavesTheDatelineOut() {
        // the report's dateline is the outlet's, not the source's words
        assertThat(quotes("TRIEST, Italy (Harbour Wire) - The tanker Monte Alba lost its anchor in a storm early on "
                + "Sunday, according to the port authority.")).extracting(Quote::text).containsExactly(
                "The tanker Monte Alba lost its anchor in a storm early on Sunday");
        assertThat(quotes("Triest (Hafenfunk) - Der Tanker Monte Alba hat im Sturm seinen Anker verloren, wie die "
                + "Hafenbehörde mitteilte.")).extracting(Quote::text).containsExactly(
                "Der Tanker Monte Alba hat im Sturm seinen Anker verloren");
        // a parenthesis and a dash later in a sentence are no dateline
        assertThat(quotes("The tanker (built in 1998) - a veteran of the route - lost its anchor, according to the "
                + "port authority.")).extracting(Quote::text).containsExactly(
                "The tanker (built in 1998) - a veteran of the route - lost its anchor");
    }

    @Test
    void aFragmentInReportedSpeechBelongsToTheReporterNotTheClausesSubject() {
        List<Quote> q = quotes("Anna Kowalski werde „wahrscheinlich mit dem Nachtzug“ nach Wien reisen, schrieb der "
                + "Korrespondent Jonas Brehm unter Berufung auf Beamte.");
        assertThat(q).filteredOn(Quote::direct).extracting(Quote::text, Quote::speaker).containsExactly(
                org.assertj.core.api.Assertions.tuple("wahrscheinlich mit dem Nachtzug", "Jonas Brehm"));
    }

    @Test
    void aFragmentAfterASourceCueIsNotGivenToTheClausesSubject() {
        List<Quote> q = quotes("Die Eröffnung der Halle, die laut dem Rathaus „in den nächsten Wochen“ stattfinden "
                + "soll, folgt auf einen Streit im Stadtrat.");
        assertThat(q).filteredOn(Quote::direct).extracting(Quote::text).containsExactly("in den nächsten Wochen");
        // the fragment is the town hall's words, like the clause it stands in; not the subject's ("Eröffnung")
        assertThat(q).filteredOn(Quote::direct).extracting(Quote::speaker).containsExactly("Rathaus");
    }

    @Test
    void theNewspaperIsTheOutletNamedBefore() {
        List<Quote> q = quotes("Die Regierung plane neue Steuern, berichtete Reuters am Montag. Der Finanzminister "
                + "werde den Entwurf „noch vor dem Sommer“ vorlegen, schrieb die Agentur weiter.");
        assertThat(q).filteredOn(Quote::direct).extracting(Quote::text, Quote::speaker).containsExactly(
                org.assertj.core.api.Assertions.tuple("noch vor dem Sommer", "Reuters"));
    }

    @Test
    void sentenceInitialAdverbIsNoSpeaker() {
        List<Quote> q = quotes("Weiter sei sein Wunsch gewesen, in seiner Heimatstadt Lindholm begraben zu werden.");
        assertThat(q).allSatisfy(x -> assertThat(x.speaker()).isNull());
    }

    @Test
    void fragmentInsideAStatementSpeaksWithIt() {
        String text = "Die Ermittler hingegen sagen, der Kapitän trage die „volle Verantwortung“ für den Unfall.";
        List<Quote> q = quotes(text);
        Quote fragment = q.stream().filter(Quote::direct).findFirst().orElseThrow();
        Quote statement = q.stream().filter(x -> !x.direct()).findFirst().orElseThrow();
        assertThat(fragment.speaker()).isNotNull().isEqualTo(statement.speaker());
        assertThat(mention(text, fragment)).isEqualTo(mention(text, statement));
    }

    @Test
    void personWithAppositionBeforeTheVerb() {
        String text = "Jonas Wellbrock, der umweltpolitische Sprecher der Fraktion, äußerte gegenüber dem Radio: "
                + "„Wir sehen das Projekt kritisch.“";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Jonas Wellbrock");
    }

    @Test
    void reflexiveReportingVerbTakesTheSubjectAfterIt() {
        String text = "In einem Interview äußerte sich der Bürgermeister Jonas Wellbrock zuversichtlich: "
                + "„Wir werden die Brücke bis Mai reparieren.“";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Jonas Wellbrock");
    }

    @Test
    void compoundReportNounNamesItsSource() {
        String text = "Nach Polizeiangaben wurden bei dem Unfall auf der Landstraße drei Menschen verletzt.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Polizei");
        assertThat(mention(text, q.get(0))).isEqualTo("Polizeiangaben");
        assertThat(RuleQuoteExtractor.compoundSource("Regierungsangaben")).isEqualTo("Regierung");
        assertThat(RuleQuoteExtractor.compoundSource("UNO-Angaben")).isEqualTo("UNO");
        assertThat(RuleQuoteExtractor.compoundSource("Angaben")).isNull();
    }

    @Test
    void ownStatementsNameTheSubject() {
        String text = "Die Feuerwehr hat nach eigenen Angaben bislang die Hälfte der Halle in Bremen abgesucht.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).speaker()).isEqualTo("Feuerwehr");
        assertThat(mention(text, q.get(0))).isEqualTo("eigenen Angaben");
    }

    @Test
    void reportingVerbWithAdverbialsBeforeTheClause() {
        String text = "Ein Sprecher der Polizei, Lars Brenner, sagte heute Abend gegenüber der Presse, nach neuesten "
                + "Erkenntnissen habe ein Unbekannter den Namen der Frau verwendet.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).startsWith("nach neuesten Erkenntnissen habe");
        assertThat(q.get(0).speaker()).isEqualTo("Lars Brenner");
    }

    @Test
    void trailingWieClauseNamesTheSource() {
        String text = "Der Polizei gelang es am Dienstag, einen gesuchten Schmuggler in Triest zu verhaften, wie die "
                + "Nachrichtenagentur ANSA berichtete.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("Der Polizei gelang es am Dienstag, einen gesuchten Schmuggler in "
                + "Triest zu verhaften");
        assertThat(q.get(0).speaker()).isEqualTo("ANSA");
    }

    @Test
    void wieClauseAfterAConjunctionAndAnAdverb() {
        String text = "Denn wie schon die Behörde mitteilte, ist es unwahrscheinlich, sich im Park anzustecken.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).startsWith("ist es unwahrscheinlich");
        assertThat(mention(text, q.get(0))).isEqualTo("die Behörde");
    }

    @Test
    void reportedSpeechActIsAStatementOfItsSubject() {
        String text = "Die Gewerkschaft Nahverkehr wertet die Einigung mit der Konzernführung als Erfolg.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).direct()).isFalse();
        assertThat(mention(text, q.get(0))).isEqualTo("Die Gewerkschaft Nahverkehr");

        String v2 = "So riet die Abgeordnete Clara Voss dem Minister zu mehr Zurückhaltung.";
        assertThat(quotes(v2)).extracting(Quote::speaker).containsExactly("Clara Voss");
    }

    @Test
    void speechActWithoutContentOrWithAPronounObjectIsNoStatement() {
        assertThat(quotes("Dies bestätigte der Parteivorsitzende Jonas Wellbrock am Abend in Kiel.")).isEmpty();
        assertThat(quotes("Ebenso äußerte sich der Parteivorsitzende Jonas Wellbrock am Abend.")).isEmpty();
        assertThat(quotes("Der Sturm fordert in der Nacht zum Montag viele Opfer an der Küste.")).isEmpty();
    }

    @Test
    void subjectWithRelativeClauseOrAppositionBeforeTheVerb() {
        String text = "Die Organisation, die im Hafen die Fähren betreibt, erklärte, sie werde den Betrieb einstellen.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(q.get(0).text()).isEqualTo("sie werde den Betrieb einstellen");
        assertThat(mention(text, q.get(0))).isEqualTo("Die Organisation");

        String apposition = "Jonas Wellbrock, der Justizminister des Landes, sagte, dass sich ein Problem ergeben könne.";
        assertThat(quotes(apposition)).extracting(Quote::text, Quote::speaker).containsExactly(
                org.assertj.core.api.Assertions.tuple("sich ein Problem ergeben könne", "Jonas Wellbrock"));
    }

    @Test
    void dasTeilteXMitMakesThePreviousSentenceAStatement() {
        String text = "Die Fähre nach Helgoland fällt am Freitag wegen Sturm aus. Das teilte die Reederei mit.";
        List<Quote> q = quotes(text);
        assertThat(q).extracting(Quote::text).containsExactly("Die Fähre nach Helgoland fällt am Freitag wegen Sturm aus");
        assertThat(mention(text, q.get(0))).isEqualTo("die Reederei");

        String inline = "Die Fähre nach Helgoland fällt am Freitag wegen Sturm aus, das bestätigte die Reederei.";
        assertThat(quotes(inline)).extracting(Quote::text).containsExactly(
                "Die Fähre nach Helgoland fällt am Freitag wegen Sturm aus");
    }

    @Test
    void parentheticalSoXSplitsTheStatement() {
        String text = "Sein Rivale Brandt, so Wellbrock weiter, würde massiv Spenden von Lobbygruppen erhalten.";
        assertThat(quotes(text)).extracting(Quote::speaker).contains("Wellbrock");
    }

    @Test
    void fragmentBeforeSoXIsXsNotTheClauseSubjects() {
        String text = "Der Stadtrat müsse den Hafen „vollständig und sofort“ sanieren, so Wellbrock.";
        assertThat(quotes(text)).filteredOn(Quote::direct).extracting(Quote::speaker).containsExactly("Wellbrock");
    }

    @Test
    void wieClauseWithAnAddresseeTakesTheSubject() {
        String text = "Wie eine Sprecherin des Konzerns gegenüber der Financial Times Deutschland bestätigte, plant "
                + "der Konzern weitere Anträge.";
        List<Quote> q = quotes(text);
        assertThat(q).hasSize(1);
        assertThat(mention(text, q.get(0))).isEqualTo("eine Sprecherin des Konzerns");
    }
}
