package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.CitedSource;
import org.synoptic.model.Sentence;
import org.synoptic.model.SourceKind;
import org.synoptic.nlp.EntityMerger;
import org.synoptic.text.SentenceSplitter;

class DigestBuilderTest {

    private final DigestBuilder builder = new DigestBuilder(analyses -> List.of(), DigestBuilder.DEFAULT_ALIGNMENT_THRESHOLD);

    static ArticleAnalysis analysis(String id, String text, CitedSource... sources) {
        Article article = new Article(id, id + ".txt", null, "Titel " + id, text, null, null, "2025-03-04", "de", Set.of());
        List<Sentence> sentences = SentenceSplitter.ruleBased().split(text);
        return new ArticleAnalysis(article, sentences, List.of(), List.of(), List.of(sources), List.of());
    }

    private static CitedSource relay(String name, int sentence) {
        return new CitedSource(name, SourceKind.OUTLET, 0, 1, sentence, "laut", null);
    }

    @Test
    void syndicatedCopiesAndRelayedClaimsCountOnce() {
        String claim = "Die Kranhöftbrücke im Hafen bleibt wegen Rissen in den Stahlträgern drei Monate gesperrt.";
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", claim + " Der Verkehr wird über die Pollerstraße umgeleitet."),
                analysis("b", claim + " Pendler müssen Umwege fahren."),
                analysis("c", "Wegen Rissen in den Stahlträgern bleibt die Kranhöftbrücke im Hafen drei Monate gesperrt. Das ist teuer."),
                analysis("d", "Laut Hafenblatt bleibt die Kranhöftbrücke im Hafen wegen Rissen in Stahlträgern drei Monate gesperrt.",
                        relay("Hafenblatt", 0)));
        StoryDigest digest = builder.build(new StoryMaterial("s-1", analyses, Map.of("a", "a", "b", "a", "c", "c", "d", "d")));
        StoryDigest.Fact fact = digest.facts().get(0);
        assertThat(fact.articles()).containsExactlyInAnyOrder("a", "b", "c", "d");
        // a and b are one syndication group, c is independent, d relays Hafenblatt: three independent sources.
        assertThat(fact.independentSources()).isEqualTo(3);
        assertThat(fact.restsOn()).containsExactly("Hafenblatt");
        for (StoryDigest.Evidence e : fact.evidence()) {
            String text = analyses.stream().filter(x -> x.article().id().equals(e.article())).findFirst().orElseThrow()
                    .article().text();
            assertThat(text.substring(e.start(), e.end())).isEqualTo(e.text());
        }
        assertThat(digest.summary()).isNotEmpty().allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
    }

    @Test
    void aReportWithAnotherValueContradictsTheFactAndNeverSupportsIt() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Der Pegel der Mulde erreichte in Grimma am Sonntag 2,9 Meter, teilte das Landesamt mit."),
                analysis("b", "In Grimma erreichte der Pegel der Mulde am Sonntag 2,9 Meter, so das Landesamt."),
                analysis("c", "Der Pegel der Mulde erreichte in Grimma am Sonntag 3,1 Meter, teilte das Landesamt mit."));
        StoryDigest digest = builder.build(new StoryMaterial("s-4", analyses, Map.of()));
        StoryDigest.Fact fact = digest.facts().stream().filter(f -> f.text().contains("2,9")).findFirst().orElseThrow();
        assertThat(fact.articles()).containsExactly("a", "b");
        assertThat(fact.contradictedBy()).containsExactly("c");
        assertThat(fact.independentSources()).isEqualTo(2);
        assertThat(fact.slots()).contains("unit:meter=2.9");
        assertThat(digest.facts()).noneSatisfy(f -> assertThat(f.articles()).contains("c").hasSizeGreaterThan(1));
        assertThat(digest.disagreements()).anySatisfy(d -> {
            assertThat(d.fact()).isEqualTo(fact.text());
            assertThat(d.about()).contains("2,9").contains("3,1");
        });
    }

    @Test
    void anotherWeekdayForTheSameEventContradicts() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Die Talbrücke bei Lindau soll am Mittwoch wieder für den Verkehr freigegeben werden."),
                analysis("b", "Am Mittwoch soll die Talbrücke bei Lindau wieder für den Verkehr freigegeben werden."),
                analysis("c", "Die Talbrücke bei Lindau soll schon am Dienstag wieder für den Verkehr freigegeben werden."));
        StoryDigest digest = builder.build(new StoryMaterial("s-4w", analyses, Map.of()));
        StoryDigest.Fact fact = digest.facts().stream().filter(f -> f.text().contains("Mittwoch")).findFirst().orElseThrow();
        assertThat(fact.articles()).containsExactly("a", "b");
        assertThat(fact.contradictedBy()).containsExactly("c");
        assertThat(fact.slots()).contains("weekday=Mittwoch");
        assertThat(digest.facts()).noneSatisfy(f -> assertThat(f.articles()).contains("a", "c"));
    }

    @Test
    void whatWasDemandedDoesNotContradictWhatWasImposedAndEachContradictedFactHasItsDisagreement() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Das Landgericht Kronach verurteilte den Kassenwart zu zwei Jahren und neun Monaten Haft. "
                        + "Die Anklage hatte drei Jahre und sechs Monate gefordert. "
                        + "Der Kassenwart hat laut Urteil 212.000 Euro aus der Vereinskasse abgezweigt."),
                analysis("b", "Die Anklage hatte eine Strafe von drei Jahren und sechs Monaten gefordert. "
                        + "Das Landgericht Kronach verhängte gegen den Kassenwart zwei Jahre und neun Monate Haft. "
                        + "Der Kassenwart hat nach dem Urteil 212.000 Euro aus der Vereinskasse abgezweigt."),
                analysis("c", "Das Landgericht Kronach schickt den Kassenwart für zwei Jahre und neun Monate in Haft. "
                        + "Der Kassenwart hat nach dem Urteil 221.000 Euro aus der Vereinskasse abgezweigt."));
        StoryDigest digest = builder.build(new StoryMaterial("s-4d", analyses, Map.of()));
        StoryDigest.Fact demanded = digest.facts().stream().filter(f -> f.text().contains("gefordert")).findFirst()
                .orElseThrow();
        assertThat(demanded.contradictedBy()).isEmpty();
        assertThat(digest.disagreements()).noneSatisfy(d -> assertThat(d.about()).contains("sechs").contains("neun"));
        StoryDigest.Fact sum = digest.facts().stream().filter(f -> f.text().contains("212.000")).findFirst().orElseThrow();
        assertThat(sum.contradictedBy()).containsExactly("c");
        assertThat(digest.disagreements()).anySatisfy(d -> {
            assertThat(d.fact()).isEqualTo(sum.text());
            assertThat(d.about()).contains("212.000").contains("221.000");
        });
    }

    @Test
    void aNegationContradictsAndDoesNotConfirm() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Bei dem Brand in der Lagerhalle in Oschatz wurden zwei Feuerwehrleute verletzt."),
                analysis("b", "Bei dem Brand in der Lagerhalle in Oschatz wurden zwei Feuerwehrleute leicht verletzt."),
                analysis("c", "Bei dem Brand in der Lagerhalle in Oschatz wurde niemand verletzt."));
        StoryDigest digest = builder.build(new StoryMaterial("s-5", analyses, Map.of()));
        StoryDigest.Fact fact = digest.facts().get(0);
        assertThat(fact.articles()).containsExactly("a", "b");
        assertThat(fact.contradictedBy()).containsExactly("c");
        assertThat(digest.disagreements()).anySatisfy(d -> assertThat(d.fact()).isEqualTo(fact.text()));
    }

    /** An analysis whose one place name, {@code place} as written, is tagged where it stands. */
    private static ArticleAnalysis withPlace(String id, String text, String place, String name) {
        ArticleAnalysis a = analysis(id, text);
        int at = text.indexOf(place);
        return new ArticleAnalysis(a.article(), a.sentences(), List.of(new org.synoptic.model.EntityMention(place,
                name, org.synoptic.model.EntityType.LOCATION, at, at + place.length())), List.of(), List.of(), List.of());
    }

    @Test
    void twoReportsThatShareAPlaceAndOneWordStateNoFact() {
        String place = "Nordfriesischen Küste";
        String name = "Nordfriesische Küste";
        List<ArticleAnalysis> analyses = List.of(
                withPlace("a", "Der Minister lobte die Initiativen zur Stabilisierung der Lage an der Nordfriesischen "
                        + "Küste.", place, name),
                withPlace("b", "Im Mittelpunkt der Gespräche standen damals die Fischerei, die Lage an der "
                        + "Nordfriesischen Küste und Fragen der Finanzierung.", place, name));
        StoryDigest digest = builder.build(new StoryMaterial("s-place", analyses, Map.of()));
        assertThat(digest.facts()).noneMatch(f -> f.articles().containsAll(List.of("a", "b")));

        // two words besides the place's make a fact of two reports
        List<ArticleAnalysis> stating = List.of(
                withPlace("a", "Der Minister lobte die Pläne zur Deichsanierung an der Nordfriesischen Küste.", place,
                        name),
                withPlace("b", "Am Dienstag lobte der Minister die Pläne zur Deichsanierung an der Nordfriesischen "
                        + "Küste.", place, name));
        assertThat(builder.build(new StoryMaterial("s-place2", stating, Map.of())).facts())
                .anyMatch(f -> f.articles().containsAll(List.of("a", "b")));
    }

    @Test
    void notOnlyIsNoNegation() {
        assertThat(Slots.negated("Die Brücke ist nicht nur marode, sondern auch zu schmal.")).isFalse();
        assertThat(Slots.negated("Niemand wurde verletzt.")).isTrue();
        assertThat(Slots.negationWindows("Knapp war es, aber nicht hauchdünn: Bei der Wahl siegte sie.", 3))
                .containsExactly("aber hauchdünn");
    }

    @Test
    void reportsOnOneAgencyCountOnceHoweverEditedAndSourcesAreNamed() {
        List<ArticleAnalysis> analyses = List.of(
                analysisFrom("a", "Leipzig (dpa) – Die Stadt Leipzig baut bis 2027 ein neues Hallenbad im Stadtteil Grünau. "
                        + "Das teilte die Stadtverwaltung mit.", "Muldentaler Zeitung"),
                analysisFrom("b", "Leipzig (dpa) – Im Stadtteil Grünau baut die Stadt Leipzig bis 2027 ein neues Hallenbad. "
                        + "Anwohner hatten lange darauf gewartet, der Stadtrat stimmte zu.", "Sachsenblick"),
                analysisFrom("c", "Die Stadt Leipzig baut ein neues Hallenbad im Stadtteil Grünau bis 2027.", "Radio Elster"));
        StoryDigest digest = builder.build(new StoryMaterial("s-6", analyses, Map.of()));
        StoryDigest.Fact fact = digest.facts().get(0);
        assertThat(fact.articles()).containsExactly("a", "b", "c");
        assertThat(fact.independentSources()).isEqualTo(2);
        assertThat(fact.sources()).containsExactly("dpa", "Radio Elster");
        assertThat(digest.articles()).filteredOn(a -> a.id().equals("a")).singleElement()
                .satisfies(a -> assertThat(a.basedOn()).containsExactly("dpa"));
    }

    @Test
    void anonymousSourcesAreNoNegation() {
        assertThat(Slots.negated("Das schrieb die Zeitung unter Berufung auf namentlich nicht genannte Beamte.")).isFalse();
        assertThat(Slots.negated("Die Agentur zitierte nicht näher genannte Quellen.")).isFalse();
        assertThat(Slots.negated("Der Minister hat den Bericht nicht gelesen.")).isTrue();
    }

    @Test
    void aClauseOfALongerSentenceSupportsTheFactItStates() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Bis zu 90 Millimeter Regen fielen binnen zwei Tagen im Einzugsgebiet der Mulde."),
                analysis("b", "Im Einzugsgebiet der Mulde fielen binnen zwei Tagen bis zu 90 Millimeter Regen, teilte das Landesamt mit."),
                analysis("c", "Bis zu 90 Millimeter Regen fielen im Einzugsgebiet, und der Pegel in Grimma stieg am Samstag auf "
                        + "6,2 Meter, worauf Feuerwehr, Technisches Hilfswerk und Bundeswehr Sandsäcke an den Deichen der "
                        + "Altstadt stapelten und Keller auspumpten."),
                analysis("d", "Der Pegel in Grimma stieg am Samstag auf 6,2 Meter, den höchsten Stand seit zwanzig Jahren."),
                analysis("e", "Der Pegel in Grimma erreichte am Samstag 6,2 Meter, den höchsten Stand seit zwanzig Jahren."));
        StoryDigest digest = builder.build(new StoryMaterial("s-8", analyses, Map.of()));
        StoryDigest.Fact rain = digest.facts().stream().filter(f -> f.text().contains("90 Millimeter")).findFirst().orElseThrow();
        // c's sentence states two facts; its first clause states the rain, so c supports the rain fact too
        assertThat(rain.articles()).containsExactly("a", "b", "c");
        StoryDigest.Fact gauge = digest.facts().stream().filter(f -> f.text().contains("6,2 Meter")).findFirst().orElseThrow();
        assertThat(gauge.articles()).contains("d", "e");
    }

    @Test
    void aSharedAttributionFrameAndOneCommonWordDoNotMakeEvidence() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Der Präsident soll mit dem Zug reisen."),
                analysis("b", "Der Präsident werde wahrscheinlich mit einem gepanzerten Zug nach Görlitz reisen, schrieb die "
                        + "Zeitung unter Berufung auf namentlich nicht genannte Beamte."),
                analysis("c", "Medien hatten unter Berufung auf Beamte berichtet, der Präsident wolle nach Görlitz reisen, um "
                        + "dort über Braunkohle zu verhandeln."));
        StoryDigest digest = builder.build(new StoryMaterial("s-9", analyses, Map.of()));
        StoryDigest.Fact train = digest.facts().stream().filter(f -> f.text().contains("Zug")).findFirst().orElseThrow();
        // b's anonymous sources negate nothing, so a and b agree; c shares only "reisen" and the attribution frame
        assertThat(train.articles()).containsExactly("a", "b");
        assertThat(train.contradictedBy()).isEmpty();
    }

    @Test
    void compoundsJoinOneFactToldInOtherWords() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Der Präsident reist mit einem Sonderzug nach Görlitz."),
                analysis("b", "Der Präsident reist mit einem Panzerzug nach Görlitz."),
                analysis("c", "Mit dem Zug reist der Präsident nach Görlitz."));
        StoryDigest digest = builder.build(new StoryMaterial("s-7", analyses, Map.of()));
        assertThat(digest.facts().get(0).articles()).containsExactly("a", "b", "c");
        assertThat(digest.facts().get(0).joinedBy()).contains("zug");
    }

    @Test
    void aShortFactIsSupportedByTheClauseOfALongSentenceThatStatesItInOtherWords() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Die Delegation soll mit dem Zug reisen. Das Wetter in Kassel ist gut."),
                analysis("b", "Die Delegation werde vermutlich mit einem gepanzerten Zug nach Kassel reisen, schrieb "
                        + "das Blatt. Die Stadt bereitet sich vor."),
                analysis("c", "Es gebe Hinweise, dass die Delegation mit einem Sonderzug die Hauptstadt verlassen habe "
                        + "und auf dem Weg nach Kassel sei, meldete ein Sender am Abend. Die Polizei sperrt Straßen."));
        StoryDigest digest = builder.build(new StoryMaterial("s-13", analyses, Map.of()));
        assertThat(digest.facts()).anySatisfy(f -> {
            assertThat(f.text()).contains("Zug");
            assertThat(f.articles()).containsExactly("a", "b", "c");
            assertThat(f.joinedBy()).contains("zug", "≈travel");
        });
    }

    @Test
    void aReportRelayingAnotherReportOfTheStoryRestsOnItThoughNoSourceListKnowsTheOutlet() {
        String own = "Die Feuerwehr musste drei Fahrgäste mit schwerem Gerät aus dem Bus befreien, sagte "
                + "Kreisbrandmeister Jan Ruf. Der Verkehr wurde umgeleitet.";
        String relayed = "Laut Seltinger Tageblatt sagte Kreisbrandmeister Jan Ruf, drei Fahrgäste hätten mit schwerem "
                + "Gerät aus dem Bus befreit werden müssen. Die Brücke bleibt gesperrt.";
        ArticleAnalysis a = analysisFrom("01-seltinger-tageblatt", own, null);
        ArticleAnalysis plain = analysisFrom("02-radio-nord", relayed, "Radio Nord");
        int from = relayed.indexOf("drei");
        org.synoptic.model.Quote quote = new org.synoptic.model.Quote(relayed.substring(from, relayed.indexOf(".")),
                from, relayed.indexOf("."), "Jan Ruf", relayed.indexOf("Jan"), relayed.indexOf("Jan") + 7, null,
                "Seltinger Tageblatt", false, org.synoptic.model.Quote.Kind.INDIRECT, null);
        ArticleAnalysis b = new ArticleAnalysis(plain.article(), plain.sentences(), List.of(), List.of(quote),
                List.of(), List.of());
        StoryDigest digest = builder.build(new StoryMaterial("s-14", List.of(a, b), Map.of()));
        assertThat(digest.facts()).anySatisfy(f -> {
            assertThat(f.articles()).containsExactly("01-seltinger-tageblatt", "02-radio-nord");
            assertThat(f.independentSources()).isEqualTo(1);
        });
    }

    @Test
    void aSentenceContinuingAnOutletsReportRestsOnThatOutlet() {
        String relayed = "Laut Hafenblatt werden Sanierungskosten gezahlt. Die Kranhöftbrücke im Hafen bleibe wegen "
                + "Rissen in den Stahlträgern drei Monate gesperrt.";
        int start = relayed.indexOf("Die Kranhöftbrücke");
        Article article = new Article("b", "b.txt", null, "Titel b", relayed, null, null, "2025-03-04", "de", Set.of());
        ArticleAnalysis b = new ArticleAnalysis(article, SentenceSplitter.ruleBased().split(relayed), List.of(),
                List.of(new org.synoptic.model.Quote(relayed.substring(start, relayed.length() - 1), start,
                        relayed.length() - 1, "Hafenblatt", -1, -1, null, null, false,
                        org.synoptic.model.Quote.Kind.FREE_INDIRECT)),
                List.of(relay("Hafenblatt", 0)), List.of());
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Laut Hafenblatt bleibt die Kranhöftbrücke im Hafen wegen Rissen in den Stahlträgern drei "
                        + "Monate gesperrt.", relay("Hafenblatt", 0)),
                b,
                analysis("c", "Wegen Rissen in den Stahlträgern bleibt die Kranhöftbrücke im Hafen drei Monate gesperrt."));
        StoryDigest digest = builder.build(new StoryMaterial("s-8", analyses, Map.of()));
        StoryDigest.Fact fact = digest.facts().get(0);
        assertThat(fact.articles()).containsExactly("a", "b", "c");
        // a and b both rest on Hafenblatt (b in the sentence after its "laut"), c is independent: two sources.
        assertThat(fact.sources()).containsExactly("Hafenblatt", "c");
    }

    static ArticleAnalysis analysisFrom(String id, String text, String outlet) {
        Article article = new Article(id, id + ".txt", null, "Titel " + id, text, outlet, null, "2025-03-04", "de", Set.of());
        return new ArticleAnalysis(article, SentenceSplitter.ruleBased().split(text), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void findsDifferentValuesForTheSameSlotAndRevisions() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Die Brücke soll am Dienstag wieder für den Verkehr freigegeben werden, teilte der Senat mit."),
                analysis("b", "Die Brücke soll am Mittwoch wieder für den Verkehr freigegeben werden, teilte der Senat mit."),
                analysis("c", "Die Freigabe werde wohl am Dienstag erfolgen, obwohl es zuerst hieß, sie erfolge am Mittwoch."));
        StoryDigest digest = builder.build(new StoryMaterial("s-2", analyses, Map.of()));
        assertThat(digest.disagreements()).extracting(StoryDigest.Disagreement::about)
                .anySatisfy(about -> assertThat(about).contains("Dienstag").contains("Mittwoch"));
        assertThat(digest.disagreements()).anySatisfy(d -> assertThat(d.positions())
                .anySatisfy(p -> assertThat(p.note()).isEqualTo("superseded")));
        StoryDigest.Disagreement slot = digest.disagreements().stream()
                .filter(d -> d.positions().stream().allMatch(p -> p.note() == null)).findFirst().orElseThrow();
        assertThat(slot.positions()).extracting(StoryDigest.Position::articles)
                .containsExactlyInAnyOrder(List.of("a"), List.of("b"));
    }

    @Test
    void confirmationAgainstNoCommentIsADisagreement() {
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Weder der Senat noch die Baufirma haben sich zu der Sperrung der Brücke geäußert."),
                analysis("b", "Der Senat und die Baufirma bestätigten am Montag die Sperrung der Brücke."));
        StoryDigest digest = builder.build(new StoryMaterial("s-3", analyses, Map.of()));
        assertThat(digest.disagreements()).singleElement().satisfies(d -> {
            assertThat(d.about()).startsWith("Bestätigung");
            assertThat(d.positions()).extracting(StoryDigest.Position::note).containsExactlyInAnyOrder("no_comment", "confirm");
        });
    }

    @Test
    void photoCaptionsAreNotFacts() {
        String caption = "Bausenatorin Petra Lindqvist (links) und Ingenieur Tobias Kranich an der Brücke im März 2025.";
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", caption + " Die Brücke bleibt drei Monate gesperrt."),
                analysis("b", caption + " Die Brücke bleibt drei Monate gesperrt."));
        StoryDigest digest = builder.build(new StoryMaterial("s-6", analyses, Map.of()));
        assertThat(digest.facts()).extracting(StoryDigest.Fact::text).containsExactly("Die Brücke bleibt drei Monate gesperrt.");
    }

    @Test
    void aSingleReportStillGetsASummaryAndNoFalseFacts() {
        StoryDigest digest = builder.build(new StoryMaterial("s-4",
                List.of(analysis("a", "Die Fähre über die Elbe fährt ab Montag wieder nach dem Sommerfahrplan. Das teilte die Reederei mit.")),
                Map.of()));
        assertThat(digest.facts()).isEmpty();
        assertThat(digest.summary()).singleElement().satisfies(s -> assertThat(s.citations()).containsExactly("a"));
        assertThat(digest.headline()).isEqualTo("Titel a");
    }

    @Test
    void theDigestDoesNotDependOnTheEntityMergerForItsFacts() {
        List<ArticleAnalysis> analyses = new ArrayList<>();
        for (String id : List.of("a", "b", "c")) {
            analyses.add(analysis(id, "Der Hafen meldet einen Rekordumschlag von vier Millionen Containern im Jahr."));
        }
        StoryDigest plain = builder.build(new StoryMaterial("s-5", analyses, Map.of()));
        StoryDigest merged = new DigestBuilder(EntityMerger.ruleBased(), DigestBuilder.DEFAULT_ALIGNMENT_THRESHOLD)
                .build(new StoryMaterial("s-5", analyses, Map.of()));
        assertThat(merged.facts()).isEqualTo(plain.facts());
        assertThat(plain.facts()).singleElement().extracting(StoryDigest.Fact::independentSources).isEqualTo(3);
    }

    @Test
    void aSentenceThatStatesAFactLikeOneSupporterButNotTheClearestJoinsIt() {
        // the third report states the trip in its first clause, but with the second report's words, not the first's
        List<ArticleAnalysis> analyses = List.of(
                analysisFrom("a", "Die Ministerin soll mit der Fähre reisen. Der Hafen bleibt gesperrt.", "Seeblick"),
                analysisFrom("b", "Die Ministerin werde wahrscheinlich mit einer gecharterten Fähre nach Lindau reisen, "
                        + "schrieb die Zeitung. Am Ufer wurde gefeiert.", "Bodenseebote"),
                analysisFrom("c", "Laut Nordpress würde die Ministerin wahrscheinlich mit einer gecharterten Fähre nach "
                        + "Bregenz, einer Stadt am Bodensee, reisen, wo sie am Freitag das neue Hafenamt, die sanierte "
                        + "Mole, den erweiterten Yachthafen und die renovierte Seepromenade mit dem Bürgermeister "
                        + "feierlich eröffnet. "
                        + "Die Feier beginnt um zehn Uhr.", "Alpenkurier"));
        StoryDigest digest = builder.build(new StoryMaterial("s-9", analyses, Map.of()));
        assertThat(digest.facts()).filteredOn(f -> f.text().contains("Fähre"))
                .singleElement().satisfies(f -> assertThat(f.articles()).containsExactly("a", "b", "c"));
    }

    @Test
    void aSentenceJoiningByOneMainClauseIsNotContradictedByTheDateOfItsOther() {
        // b's sentence aligns with the peak (e); its first main clause states the rain, and its Saturday belongs to
        // the peak, so it does not contradict a's Friday, which belongs to the flood
        String rain = "Bis zu 90 Millimeter Regen fielen binnen 48 Stunden im Einzugsgebiet, teilte der Wetterdienst mit.";
        List<ArticleAnalysis> analyses = List.of(
                analysisFrom("a", "Die Ahr trat am Freitag, dem 14. März, über die Ufer, nachdem bis zu 90 Millimeter "
                        + "Regen binnen zwei Tagen im Einzugsgebiet gefallen waren. Die Feuerwehr war im Einsatz.",
                        "Ahrbote"),
                analysisFrom("b", "Bis zu 90 Millimeter fielen im Einzugsgebiet, und der Pegel in Altenahr erreichte "
                        + "am Samstag, dem 15. März, 5,6 Meter. Die Schulen blieben geschlossen.", "Eifelpost"),
                analysisFrom("c", rain + " Die Straßen wurden gesperrt.", "Rheinkurier"),
                analysisFrom("d", rain + " Viele Keller liefen voll.", "Moselblatt"),
                analysisFrom("e", "Der Pegel in Altenahr erreichte am Samstag, dem 15. März, 5,6 Meter, den höchsten "
                        + "Stand seit Jahrzehnten. Die Bahn fuhr nicht.", "Westpost"));
        StoryDigest digest = builder.build(new StoryMaterial("s-10", analyses, Map.of()));
        assertThat(digest.facts()).filteredOn(f -> f.text().equals(rain))
                .singleElement().satisfies(f -> assertThat(f.articles()).containsExactly("a", "b", "c", "d"));
    }

    @Test
    void aSentenceAlignmentLeftAloneGrowsAFactFromAClauseOfAnotherReport() {
        List<ArticleAnalysis> analyses = List.of(
                analysisFrom("a", "Der Innenminister schlug damals auch gemeinsame Übungen der Küstenwachen vor. "
                        + "Das Wetter war schlecht.", "Nordpress"),
                analysisFrom("b", "Die Nachricht über den geplanten Besuch des Ministers in Danzig kam auf, nachdem "
                        + "Warschau angekündigt hatte, die Möglichkeit gemeinsamer Übungen der Küstenwachen zu "
                        + "erörtern. Die Gespräche dauern an.", "Ostseebote"));
        StoryDigest digest = builder.build(new StoryMaterial("s-11", analyses, Map.of()));
        assertThat(digest.facts()).anySatisfy(f -> {
            assertThat(f.articles()).containsExactly("a", "b");
            assertThat(f.joinedBy()).contains("kustenwach");
        });
    }

    @Test
    void anOutletsNameDoesNotJoinSentencesThatSayDifferentThings() {
        // both relay the Harbour Times; one says what the talks are about, the other when the minister travels
        List<ArticleAnalysis> analyses = List.of(
                analysis("a", "Das Kernthema des Treffens werde ein Handel mit Fährschiffen sein, schrieb die Harbour "
                        + "Times am Montag. Der Hafen bleibt offen.", relay("Harbour Times", 0)),
                analysis("b", "Die Ministerin reise noch in diesem Monat zum Treffen nach Lindau, berichtete die "
                        + "Harbour Times am Montag. Das Wetter war gut.", relay("Harbour Times", 0)),
                analysis("c", "Die Ministerin werde zum Treffen nach Lindau reisen, meldete die Harbour Times am "
                        + "Montag. Die Fähre fuhr pünktlich.", relay("Harbour Times", 0)));
        StoryDigest digest = builder.build(new StoryMaterial("s-12", analyses, Map.of()));
        assertThat(digest.facts()).noneSatisfy(f -> assertThat(f.articles()).contains("a"));
    }
}
