package org.synoptic.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.synoptic.model.Article;

class MojibakeRepairTest {

    @Test
    void doubleEncodedGermanIsGivenBackItsCharacters() {
        assertThat(MojibakeRepair.repair("Die GÃ¤ste kÃ¶nnen in ein groÃ\u009Fes Zelt fahren"))
                .isEqualTo("Die Gäste können in ein großes Zelt fahren");
        // Windows-1252 reading of the quotes: „ is E2 80 9E, “ is E2 80 9C
        assertThat(MojibakeRepair.repair("â€žDie Leute feiernâ€œ, sagte er")).isEqualTo("„Die Leute feiern“, sagte er");
        assertThat(MojibakeRepair.repair("Ã„rger Ã¼ber Ã–l")).isEqualTo("Ärger über Öl");
    }

    @Test
    void aLoneLeadLeftByADroppedControlIsSharpS() {
        assertThat(MojibakeRepair.repair("Die GÃ¤ste haben SpaÃ in der Dult")).isEqualTo("Die Gäste haben Spaß in der Dult");
        // no other sign of double encoding: the text stays as it is
        assertThat(MojibakeRepair.repair("SpaÃ")).isEqualTo("SpaÃ");
    }

    @Test
    void correctTextPassesUnchangedAndIsTheSameInstance() {
        String german = "Ärger über die Größe: „Das ist viel“, sagte Müller – 5 °C, § 3, 50 % und 1,5 ‰.";
        assertThat(MojibakeRepair.repair(german)).isSameAs(german);
        // an umlaut or ß before a closing quote or dash is no lead byte: "Ö“" would decode to a Hebrew accent
        String quoted = "der „Saupreiß“ der Wiener SPÖ“ und „GRÜẞE“, sagte er.";
        assertThat(MojibakeRepair.repair(quoted)).isSameAs(quoted);
        String french = "À Genève, l'été « très chaud » – Zoë à Noël.";
        assertThat(MojibakeRepair.repair(french)).isSameAs(french);
        assertThat(MojibakeRepair.repair(null)).isNull();
    }

    @Test
    void anArticleIsRepairedAsAWholeOrKeptAsItIs() {
        Article clean = new Article("a", "test", null, "Gäste", "Die Gäste feiern.", null, null, null, "de", Set.of());
        assertThat(MojibakeRepair.repaired(clean)).isSameAs(clean);
        Article broken = new Article("b", "test", null, "GÃ¤ste", "Die GÃ¤ste feiern.", null, null, "2020-05-12", "de",
                Set.of());
        Article repaired = MojibakeRepair.repaired(broken);
        assertThat(repaired.title()).isEqualTo("Gäste");
        assertThat(repaired.text()).isEqualTo("Die Gäste feiern.");
        assertThat(repaired.withId("b").published()).isEqualTo("2020-05-12");
        assertThat(repaired.id()).isEqualTo("b");
    }
}
