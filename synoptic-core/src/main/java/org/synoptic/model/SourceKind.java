package org.synoptic.model;

import java.util.Locale;

/** What kind of source a report relies on, as in the JSON contract. */
public enum SourceKind {
    OUTLET, AGENCY, GOVERNMENT, OFFICIAL, EXPERT, ANONYMOUS, OTHER;

    /** The lower-case name used in the JSON contract. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
