package org.synoptic.store;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A {@link StoryRepository} could not be read: its backing service (OpenSearch) did not answer or refused. Thrown by
 * the read methods that declare no {@link IOException}; the server answers it with 503 and the message, which names
 * the service's URL. Transient by nature: the next request tries again.
 */
public final class RepositoryReadException extends UncheckedIOException {

    private static final long serialVersionUID = 1L;

    public RepositoryReadException(IOException cause) {
        super(cause.getMessage(), cause);
    }
}
