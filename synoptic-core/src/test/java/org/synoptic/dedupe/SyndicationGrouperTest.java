package org.synoptic.dedupe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class SyndicationGrouperTest {

    // Invented agency report and an outlet's lightly edited reprint.
    private static final String AGENCY = "Der Stadtrat von Kleinhausen hat am Dienstagabend den Bau einer neuen "
            + "Fahrradbrücke über die Mulde beschlossen. Die Brücke soll 4,2 Millionen Euro kosten und im Herbst 2027 "
            + "fertig sein. Bürgermeisterin Anna Berger sprach von einem wichtigen Schritt für den Radverkehr in der "
            + "Region. Die Opposition kritisierte die Kosten und forderte eine zweite Prüfung durch das Bauamt.";
    private static final String REPRINT = "Der Stadtrat von Kleinhausen hat am Dienstagabend den Bau einer neuen "
            + "Fahrradbrücke über die Mulde beschlossen. Die Brücke soll 4,2 Millionen Euro kosten und im Herbst 2027 "
            + "fertig sein. Bürgermeisterin Anna Berger sprach von einem wichtigen Schritt für den Radverkehr. "
            + "Die Opposition kritisierte die Kosten und forderte eine zweite Prüfung durch das Bauamt. (dpa)";
    private static final String OTHER = "Ein Sturm hat in der Nacht zum Mittwoch an der Nordseeküste mehrere Bäume "
            + "umgeworfen. Die Feuerwehr rückte zu über sechzig Einsätzen aus, verletzt wurde nach ersten Angaben "
            + "niemand. Der Fährverkehr zu den Inseln ruhte bis zum Mittag.";
    private static final String EN_WIRE = "Shares of the fictional carmaker Nordwagen rose 4 percent on Thursday "
            + "after the company reported higher than expected quarterly deliveries and raised its outlook for the year.";
    private static final String EN_COPY = "Shares of the fictional carmaker Nordwagen rose 4 percent on Thursday "
            + "after the company reported higher than expected quarterly deliveries and raised its full-year outlook.";

    private static Article article(String id, String text, String published, String language) {
        return new Article(id, "test:" + id, null, null, text, null, null, published, language, null);
    }

    @Test
    void syndicatedNearCopyJoinsTheEarliestReport() {
        Article reprint = article("reprint", REPRINT, "2026-03-04T09:30:00Z", "de");
        Article agency = article("agency", AGENCY, "2026-03-04T08:00:00Z", "de");
        Article other = article("other", OTHER, "2026-03-04T07:00:00Z", "de");
        Map<String, String> groups = SyndicationGrouper.defaults().group(List.of(reprint, agency, other));
        assertThat(groups).containsExactly(Map.entry("reprint", "agency"), Map.entry("agency", "agency"),
                Map.entry("other", "other"));
        assertThat(SyndicationGrouper.defaults().similarity(agency, reprint)).isGreaterThan(0.5);
        assertThat(SyndicationGrouper.defaults().similarity(agency, other)).isLessThan(0.1);
    }

    @Test
    void withoutDatesTheFirstInListOrderNamesTheGroup() {
        Map<String, String> groups = SyndicationGrouper.defaults().group(List.of(
                article("copy", EN_COPY, null, "en"), article("wire", EN_WIRE, null, "en")));
        assertThat(groups).containsEntry("copy", "copy").containsEntry("wire", "copy");
    }

    @Test
    void emptyInputGivesEmptyMap() {
        assertThat(SyndicationGrouper.defaults().group(List.of())).isEmpty();
    }

    @Test
    void duplicateIdsAreRejectedWithTheId() {
        Article a = article("same", AGENCY, null, "de");
        assertThatThrownBy(() -> SyndicationGrouper.defaults().group(List.of(a, a)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same");
    }

    @Test
    void badThresholdIsRejectedWithTheValue() {
        assertThatThrownBy(() -> SyndicationGrouper.defaults().withThreshold(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1.5");
    }
}
