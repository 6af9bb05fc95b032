package org.synoptic.model;

/** Coarse named-entity classes, as in the JSON contract. */
public enum EntityType {
    PERSON, LOCATION, ORGANIZATION, OTHER
}
