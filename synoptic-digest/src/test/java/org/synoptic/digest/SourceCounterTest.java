package org.synoptic.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How supports of one statement are counted as independent sources. */
class SourceCounterTest {

    private static SourceCounter.Support own(String article, String outlet) {
        return new SourceCounter.Support(article, "g-" + article, List.of(), List.of(), outlet);
    }

    private static SourceCounter.Support relaying(String article, String relay) {
        return new SourceCounter.Support(article, "g-" + article, List.of(relay), List.of(), null);
    }

    @Test
    void aReportRelayingTheOutletAFileIsNamedAfterCountsAsThatOutlet() {
        // read from "01-vogelsberger-kreisblatt.txt" without a stated outlet: the reader sees it by that name
        assertThat(SourceCounter.independentSources(List.of(own("01-vogelsberger-kreisblatt", null),
                relaying("03-radio-oberhessen", "Vogelsberger Kreisblatt")))).hasSize(1);
    }

    @Test
    void aNameNamesAReportOfTheStoryByItsOutletFileOrUniqueLastWord() {
        java.util.Map<String, String> outlets = new java.util.HashMap<>();
        outlets.put("01-seltinger-tageblatt", null);
        outlets.put("02-funk", "Radio Nord");
        java.util.function.Predicate<String> names = SourceCounter.namingAReport(outlets);
        assertThat(names.test("Seltinger Tageblatt")).isTrue();
        assertThat(names.test("Tageblatt")).isTrue();
        assertThat(names.test("Radio Nord")).isTrue();
        assertThat(names.test("Polizei")).isFalse();
        assertThat(names.test("Jan Ruf")).isFalse();
    }

    @Test
    void theLastWordOfAnOutletsNameNamesItWhenNoOtherOutletEndsSo() {
        assertThat(SourceCounter.independentSources(List.of(own("a", "Vogelsberger Kreisblatt"),
                relaying("b", "Kreisblatt")))).hasSize(1);
        // two Anzeiger among the supports: "das Anzeiger" names neither of them
        assertThat(SourceCounter.independentSources(List.of(own("a", "Hollfelder Anzeiger"),
                own("b", "Weserland Anzeiger"), relaying("c", "Anzeiger")))).hasSize(3);
    }

    @Test
    void namesMeetWhateverTheirPunctuation() {
        assertThat(SourceCounter.independentSources(List.of(own("a", "Rhein-Zeitung"),
                relaying("b", "Rhein Zeitung")))).hasSize(1);
        assertThat(SourceCounter.nameKey("01-vogelsberger-kreisblatt")).isEqualTo("vogelsberger kreisblatt");
    }
}
