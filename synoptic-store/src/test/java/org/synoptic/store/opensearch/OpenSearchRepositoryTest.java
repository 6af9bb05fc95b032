package org.synoptic.store.opensearch;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.synoptic.digest.StoryDigester;
import org.synoptic.store.RepositoryReadException;

/**
 * The repository without OpenSearch: opening fails, and each read fails as {@link RepositoryReadException} naming the
 * URL (the server answers 503), never as an empty answer that would pass for "no stories". Reading real indices:
 * OpenSearchServerIT in synoptic-stream.
 */
class OpenSearchRepositoryTest {

    @Test
    void anUnreachableOpenSearchFailsEveryReadWithItsUrl() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort(); // closed again: nothing listens there
        }
        String url = "http://127.0.0.1:" + port;
        OpenSearchIndices indices = new OpenSearchIndices(url, "synoptic");
        assertThatThrownBy(() -> OpenSearchRepository.open(indices, StoryDigester::standard))
                .isInstanceOf(IOException.class).hasMessageContaining(url);
        OpenSearchRepository repository = new OpenSearchRepository(indices, StoryDigester::standard);
        assertThatThrownBy(repository::stories).isInstanceOf(RepositoryReadException.class).hasMessageContaining(url);
        assertThatThrownBy(() -> repository.story("s1")).isInstanceOf(RepositoryReadException.class);
        assertThatThrownBy(() -> repository.article("a1")).isInstanceOf(RepositoryReadException.class);
        assertThatThrownBy(repository::articleCount).isInstanceOf(RepositoryReadException.class);
        assertThatThrownBy(() -> repository.search(org.synoptic.store.SearchRequest.of("Brücke")))
                .isInstanceOf(IOException.class).hasMessageContaining(url);
    }
}
