package org.synoptic.nlp.source;

import org.synoptic.model.SourceKind;

/** A source found in a window of tokens. */
record SourceHit(String name, SourceKind kind, int start, int end, int from, int to) {
}
