package org.synoptic.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Sentence;
import org.synoptic.text.SentenceSplitter;

/** Weekdays pinned to the publication day, and the tense of bare weekdays (invented sentences). */
class WeekdaysTest {

    private static List<Weekdays.Pinned> pinned(String text) {
        return SentenceSplitter.ruleBased().split(text).stream().flatMap(s -> Weekdays.pinned(s).stream()).toList();
    }

    @Test
    void aDayWordWithItsWeekdayPinsThePublicationDay() {
        assertThat(pinned("Heute, am Dienstag, tagt der Rat. Gestern Abend, am Montagabend, brannte es. "
                + "Am vorgestrigen Sonntag war es ruhig. Yesterday (Friday) it rained."))
                .extracting(Weekdays.Pinned::day, Weekdays.Pinned::daysBefore).containsExactly(
                        tuple(DayOfWeek.TUESDAY, 0), tuple(DayOfWeek.MONDAY, 1), tuple(DayOfWeek.SUNDAY, 2),
                        tuple(DayOfWeek.FRIDAY, 1));
    }

    @Test
    void aDayWordAndAWeekdayNotTogetherPinNothing() {
        assertThat(pinned("Heute und am Montag bleibt die Halle zu. Am Dienstag sagte er heute nichts.")).isEmpty();
    }

    @Test
    void theFutureInThePastLooksAhead() {
        Sentence s = SentenceSplitter.ruleBased().split("Er sagte, der Rat würde am Montag entscheiden.").get(0);
        assertThat(Weekdays.bare(s)).extracting(Weekdays.Mention::future).containsExactly(true);
    }
}
