package org.synoptic.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * How a file or folder becomes unparsed messages for the stream job's articles topic ({@code synoptic publish}):
 * files in name order (folders walked recursively, hidden entries skipped, as {@code ingest} reads them); a JSON-lines
 * file ({@code .jsonl}, {@code .ndjson}) is one message per non-blank line, any other file one message. The key is the
 * file's path, which the job's parser takes as the source. Stateless.
 */
public final class RawMessages {

    /** One message: its key (the file's path) and value (the bytes, unparsed). */
    public record RawMessage(String key, byte[] value) {
    }

    private RawMessages() {
    }

    /** The messages of one file or folder, in order. */
    public static List<RawMessage> of(Path path) throws IOException {
        List<Path> files;
        if (Files.isDirectory(path)) {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile).filter(f -> !hidden(path, f)).sorted().toList();
            }
        } else {
            files = List.of(path);
        }
        List<RawMessage> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
            byte[] bytes = Files.readAllBytes(f);
            if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank()) {
                        out.add(new RawMessage(f.toString(), line.getBytes(StandardCharsets.UTF_8)));
                    }
                }
            } else {
                out.add(new RawMessage(f.toString(), bytes));
            }
        }
        return out;
    }

    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
