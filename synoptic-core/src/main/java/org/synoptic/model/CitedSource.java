package org.synoptic.model;

import java.util.Objects;

/**
 * A source that a statement in a report rests on ("laut NYT", "berichtete Yonhap", "according to officials").
 *
 * @param name     the source's name as canonicalised ({@code "New York Times"}), or a description for anonymous
 *                 sources ({@code "Regierungsbeamte in Seoul"})
 * @param kind     what kind of source it is
 * @param start    offset of the source mention in {@link Article#text()}
 * @param end      offset after the source mention
 * @param sentence index of the sentence whose statement rests on this source
 * @param cue      the attribution cue as written ({@code "laut"}, {@code "unter Berufung auf"})
 * @param citedBy  name of the source that relays this one in a chain ("the NYT, citing US officials" gives
 *                 officials cited by NYT), or {@code null} when the report cites it directly
 */
public record CitedSource(String name, SourceKind kind, int start, int end, int sentence, String cue, String citedBy) {

    public CitedSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad source span: start=" + start + " end=" + end);
        }
    }
}
