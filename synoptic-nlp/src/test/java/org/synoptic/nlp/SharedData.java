package org.synoptic.nlp;

import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Locates the evaluation data beside the project ({@code -Dsynoptic.shared}) and checks its checksums. */
public final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or a skipped test with a clear message when it is missing. */
    public static Path root() {
        String prop = System.getProperty("synoptic.shared");
        Path dir = prop == null ? null : Path.of(prop);
        if (dir == null || !Files.isDirectory(dir)) {
            String message = "SKIPPED: evaluation data not found; set -Dsynoptic.shared to the shared folder (was: "
                    + prop + ")";
            System.out.println(message);
            abort(message);
        }
        return dir;
    }

    /** The file under the shared folder, or a skipped test when it is missing. */
    public static Path file(String relative) {
        Path p = root().resolve(relative);
        if (!Files.exists(p)) {
            System.out.println("SKIPPED: " + p + " is missing");
            abort("SKIPPED: " + p + " is missing");
        }
        return p;
    }

    /** Hex SHA-256 of a file. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            DigestInputStream din = (DigestInputStream) in;
            din.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(din.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
