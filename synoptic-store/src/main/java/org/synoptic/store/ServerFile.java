package org.synoptic.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;

/**
 * The note a running server leaves in its store's folder ({@code DIR/server.json}) so that {@code synoptic ingest
 * --store DIR} hands its articles to that server instead of opening the store a second time (Lucene allows one writer).
 * It names where the server listens and the token that lets a local process post articles. Written when the server
 * listens, deleted on a clean shutdown; a file left by a server that was killed names a port where nobody answers,
 * which the ingest command reports.
 *
 * <p>The file is readable by its owner only (on POSIX file systems), since the token lets its reader write.
 *
 * @param host         where to reach the server ({@code 127.0.0.1} when it listens on all interfaces)
 * @param port         its port
 * @param token        the bearer token for {@code POST /api/articles}
 * @param maxBodyBytes the largest request body it accepts
 * @param pid          the server's process id, for messages
 */
public record ServerFile(String host, int port, String token, long maxBodyBytes, long pid) {

    /** The file's name in the store's folder. */
    public static final String NAME = "server.json";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public ServerFile {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(token, "token");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1..65535: " + port);
        }
    }

    /** The file's path in a store's folder. */
    public static Path path(Path storeDir) {
        return storeDir.resolve(NAME);
    }

    /** Writes this note into the store's folder, atomically (a reader never sees half a file). */
    public void write(Path storeDir) throws IOException {
        Path tmp = storeDir.resolve(NAME + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions (Windows): the file gets its folder's default access
            Files.createFile(tmp);
        } catch (FileAlreadyExistsException e) {
            throw new IOException("cannot write " + tmp + ": it appeared while writing", e);
        }
        Files.write(tmp, JSON.writeValueAsBytes(this));
        try {
            Files.move(tmp, path(storeDir), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, path(storeDir), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The note in the store's folder; empty when there is none. */
    public static Optional<ServerFile> read(Path storeDir) throws IOException {
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(path(storeDir)), ServerFile.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IOException("unreadable " + path(storeDir) + " (delete it if no server runs on this store): "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Deletes the note if it is this server's (another server may have replaced it). */
    public void delete(Path storeDir) throws IOException {
        Optional<ServerFile> current = read(storeDir);
        if (current.isPresent() && current.get().equals(this)) {
            Files.deleteIfExists(path(storeDir));
        }
    }
}
