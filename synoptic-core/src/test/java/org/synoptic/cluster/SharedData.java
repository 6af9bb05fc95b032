package org.synoptic.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Locates the read-only evaluation data ({@code synoptic.shared}) and checks file checksums before use. */
final class SharedData {

    private SharedData() {
    }

    /** The shared folder, or skips the calling test with a message when it is not there. */
    static Path root() {
        String prop = System.getProperty("synoptic.shared");
        assumeTrue(prop != null && !prop.isBlank(),
                "system property synoptic.shared is not set: skipping the evaluation (run with mvn -Peval)");
        Path root = Path.of(prop);
        assumeTrue(Files.isDirectory(root), "shared data folder " + root + " is absent: skipping the evaluation");
        return root;
    }

    /** The file under {@code root}, skipping when absent and failing when its SHA-256 is not the expected one. */
    static Path verified(Path root, String relative, String sha256) throws IOException {
        Path file = root.resolve(relative);
        assumeTrue(Files.isRegularFile(file), "evaluation file " + file + " is absent: skipping the evaluation");
        assertEquals(sha256, sha256(file), "checksum of " + file + " changed: the figures would not be comparable");
        return file;
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
