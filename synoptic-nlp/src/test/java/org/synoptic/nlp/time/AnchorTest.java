package org.synoptic.nlp.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnchorTest {

    @Test
    void keepsThePrecisionItIsGiven() {
        assertThat(Anchor.parse("2023-09-04T10:15:00Z").day()).isEqualTo(LocalDate.of(2023, 9, 4));
        Anchor month = Anchor.parse("2023-02");
        assertThat(month.dayPrecise()).isFalse();
        assertThat(month.firstDay()).isEqualTo(LocalDate.of(2023, 2, 1));
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2023, 2, 28));
        assertThat(Anchor.parse("2019").lastDay()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void unreadableIsNoAnchor() {
        assertThat(Anchor.parse(null)).isNull();
        assertThat(Anchor.parse("gestern")).isNull();
        assertThat(Anchor.parse("2023-13")).isNull();
    }

    @Test
    void heidelTimeRunsAgreeOnlyOnTheSameValue() {
        assertThat(HeidelTimeTagger.agreed("2022", "2022", false)).isEqualTo("2022");
        assertThat(HeidelTimeTagger.agreed("2023-06-26", "2023-07-31", false)).isNull();
        assertThat(HeidelTimeTagger.agreed("1990-05-03", "2031-05-03", true)).isEqualTo("XXXX-05-03");
        assertThat(HeidelTimeTagger.agreed("1990-W23", "2031-W23", true)).isNull();
    }
}
