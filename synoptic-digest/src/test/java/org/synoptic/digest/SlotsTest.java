package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlotsTest {

    private static List<String> money(String sentence) {
        return Slots.of(sentence).stream().filter(v -> v.slot().equals("money")).map(Slots.Value::value).toList();
    }

    private static List<String> weekdays(String sentence) {
        return Slots.of(sentence).stream().filter(v -> v.slot().equals("weekday")).map(Slots.Value::value).toList();
    }

    @Test
    void anEstimatedEarliestOrLatestDayIsNoEventsDay() {
        assertThat(weekdays("Die Mieter dürfen frühestens am Donnerstag in ihre Wohnungen zurück.")).isEmpty();
        assertThat(weekdays("Die Straße bleibt spätestens bis Freitag gesperrt.")).isEmpty();
        assertThat(weekdays("The tenants may return on Thursday at the earliest.")).isEmpty();
        assertThat(weekdays("The road will reopen no later than Friday.")).isEmpty();
        // the day an event happened, and a plain "bis", stay days
        assertThat(weekdays("Die Stadt hatte am Dienstag 80 Mieter in Sicherheit gebracht.")).containsExactly("Dienstag");
        assertThat(weekdays("Die Straße bleibt bis Freitag gesperrt.")).containsExactly("Freitag");
    }

    @Test
    void anAmountInEurosIsMoneyInBothLanguages() {
        assertThat(money("Der Umbau hat rund 4 Millionen Euro gekostet.")).containsExactly("4 mio");
        assertThat(money("Rebuilding the station cost 4 million euros.")).containsExactly("4 mio");
        assertThat(money("The state paid 12 million dollars.")).containsExactly("12 mio");
    }

    @Test
    void aConversionInBracketsIsNoSecondValue() {
        assertThat(money("Rebuilding the station cost 4 million euros ($4.6 million), most of it paid by the state."))
                .containsExactly("4 mio");
        assertThat(money("Die Anlage kostet 2 Milliarden Dollar (rund 1,8 Milliarden Euro)."))
                .containsExactly("2 mrd");
        // two amounts that are not one in two currencies stay two values
        assertThat(money("Statt 4 Millionen Euro kostete der Umbau 4,5 Millionen Euro."))
                .containsExactly("4 mio", "4.5 mio");
    }

    @Test
    void aScaledNumberAlsoGivesItsValueInDigits() {
        assertThat(SentenceVectors.numbersNormalised("rund 4 Millionen Euro")).contains("4000000");
        assertThat(SentenceVectors.numbersNormalised("cost 4 million euros")).contains("4000000");
        assertThat(SentenceVectors.numbersNormalised("vier Millionen Euro")).contains("4000000");
        assertThat(SentenceVectors.numbersNormalised("4,5 Mio. Euro")).contains("4500000");
        assertThat(SentenceVectors.numbersNormalised("$2.1 billion")).contains("2100000000");
        assertThat(SentenceVectors.numbersNormalised("2 Milliarden")).contains("2000000000");
        assertThat(SentenceVectors.numbersNormalised("vor 4 Monaten")).isEqualTo("vor 4 Monaten");
    }

    private static List<String> counts(String sentence) {
        return Slots.of(sentence).stream().filter(v -> v.slot().startsWith("number:"))
                .map(v -> v.slot() + "=" + v.value()).toList();
    }

    @Test
    void aCountInADegreeIsAnotherQuantityThanTheCountOfAll() {
        // the seriously injured among all the injured: two quantities of one noun, not two values of one
        assertThat(counts("Beim Einsturz des Gerüsts in Kellinghusen wurden 9 Arbeiter verletzt, drei von ihnen schwer."))
                .containsExactly("number:arbeit=9", "number:arbeit+schwer=3");
        assertThat(counts("In Kellinghusen wurden 11 Arbeiter verletzt, drei davon schwer."))
                .containsExactly("number:arbeit=11", "number:arbeit+schwer=3");
        assertThat(counts("Drei Arbeiter erlitten schwere Verletzungen, teilte die Polizei mit."))
                .containsExactly("number:arbeit+schwer=3");
        assertThat(counts("Zwei Arbeiter wurden dabei lebensgefährlich verletzt."))
                .containsExactly("number:arbeit+lebensgefährlich=2");
        assertThat(counts("12 passengers were hurt, two of them seriously."))
                .containsExactly("number:passenger=12", "number:passenger+schwer=2");
        // a degree in the next clause belongs to that clause, not to the count before the comma
        assertThat(counts("Neun Arbeiter wurden verletzt, die Feuerwehr war schwer beschäftigt."))
                .containsExactly("number:arbeit=9");
    }

    @Test
    void aVoteTallyCountsTheVotesOfEachSide() {
        assertThat(counts("Der Gemeinderat billigte den Haushalt mit 27 zu 4 Stimmen."))
                .containsExactlyInAnyOrder("number:stimm+ja=27", "number:stimm+nein=4");
        assertThat(counts("Der Gemeinderat stimmte mit 27 Ja-Stimmen bei 4 Gegenstimmen zu."))
                .containsExactlyInAnyOrder("number:stimm+ja=27", "number:stimm+nein=4");
        assertThat(counts("Mit 1.310 Nein-Stimmen scheiterte der Antrag."))
                .containsExactly("number:stimm+nein=1310");
        // a margin is a count of votes, neither side's
        assertThat(counts("Der Haushalt fand eine Mehrheit von 23 Stimmen."))
                .containsExactly("number:stimm=23");
    }
}
