package org.synoptic.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.synoptic.model.EntityType;

/** The shipped gazetteer's place lists. */
class GazetteerTest {

    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void wellKnownPlacesAndTheirGenitivesAreKnown() {
        assertThat(gazetteer.isWellKnownPlace("Stuttgart")).isTrue();
        assertThat(gazetteer.isWellKnownPlace("Stuttgarts")).isTrue();
        assertThat(gazetteer.isWellKnownPlace("Nahen  Osten")).isTrue();
        assertThat(gazetteer.lookup("Bremens").type()).isEqualTo(EntityType.LOCATION);
    }

    @Test
    void generatedPlacesAndOtherNamesAreNotWellKnown() {
        assertThat(gazetteer.lookup("Aalborg")).isNotNull();
        assertThat(gazetteer.isWellKnownPlace("Aalborg")).isFalse();
        assertThat(gazetteer.isWellKnownPlace("Interfax")).isFalse();
        assertThat(gazetteer.isWellKnownPlace("Seine")).isFalse();
    }
}
