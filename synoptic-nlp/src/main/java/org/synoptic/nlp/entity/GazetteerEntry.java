package org.synoptic.nlp.entity;

import java.util.Objects;
import org.synoptic.model.EntityType;
import org.synoptic.model.SourceKind;

/**
 * One known name: an agency, outlet, organisation, place or well-known person.
 *
 * @param canonical  the name every variant is canonicalised to ({@code "New York Times"} for "NYT")
 * @param type       the entity class
 * @param sourceKind the kind of source the name is when a report cites it, or {@code null} when it is none
 */
public record GazetteerEntry(String canonical, EntityType type, SourceKind sourceKind) {

    public GazetteerEntry {
        Objects.requireNonNull(canonical, "canonical");
        Objects.requireNonNull(type, "type");
    }
}
