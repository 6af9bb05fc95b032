package org.synoptic.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a text input into a string.
 *
 * <p>Order of evidence: a byte-order mark (UTF-8, UTF-16 BE/LE); then a declared charset (an HTTP
 * {@code Content-Type}, or for HTML a {@code <meta charset>} / {@code http-equiv} in the first 4 KB), trusted only
 * when the bytes decode cleanly in it; then strict UTF-8; else Windows-1252 (a superset of Latin-1 for printable
 * text, so legacy umlauts come out right and a Latin-1 file is never taken for binary).
 *
 * <p>Rejects binary content: known file signatures (PNG, JPEG, GIF, PDF, ZIP, gzip, ELF), NUL bytes, or more than
 * 2 % control characters. Stateless and thread-safe.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    String decode(byte[] bytes) throws InputRejectedException {
        return decode(bytes, null, false);
    }

    String decodeHtml(byte[] bytes, String declaredCharset) throws InputRejectedException {
        return decode(bytes, declaredCharset, true);
    }

    String decode(byte[] bytes, String declaredCharset, boolean html) throws InputRejectedException {
        String text;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else {
            rejectBinary(bytes);
            Charset declared = charset(declaredCharset);
            if (declared == null && html) {
                String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
                Matcher meta = META_CHARSET.matcher(head);
                declared = meta.find() ? charset(meta.group(1)) : null;
            }
            text = declared == null ? null : strictly(bytes, declared);
            if (text == null) {
                text = strictly(bytes, StandardCharsets.UTF_8);
            }
            if (text == null) {
                text = new String(bytes, WINDOWS_1252);
            }
        }
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                throw new InputRejectedException("binary content (NUL characters)");
            }
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        if (controls > text.length() / 50 + 1) {
            throw new InputRejectedException("binary content (" + controls + " control characters)");
        }
        return text;
    }

    /** The charset of a {@code Content-Type} header value or a bare charset name, or {@code null}. */
    static String charsetOfContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = Pattern.compile("charset\\s*=\\s*\"?([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE).matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            Charset charset = Charset.forName(name.strip().toLowerCase(Locale.ROOT));
            // Browsers read a page declared as Latin-1 as Windows-1252; so do we.
            return charset.equals(StandardCharsets.ISO_8859_1) || charset.name().equals("US-ASCII") ? WINDOWS_1252 : charset;
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException wrongCharset) {
            return null;
        }
    }

    private static void rejectBinary(byte[] bytes) throws InputRejectedException {
        String kind = signature(bytes);
        if (kind != null) {
            throw new InputRejectedException("binary content (" + kind + ")");
        }
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) {
                throw new InputRejectedException("binary content (NUL bytes)");
            }
        }
    }

    /** The kind of binary file whose signature {@code bytes} start with, or {@code null}. */
    static String signature(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(bytes, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            return "PDF document";
        }
        if (startsWith(bytes, 'P', 'K', 3, 4)) {
            return "ZIP archive";
        }
        if (startsWith(bytes, 0x1F, 0x8B)) {
            return "gzip data";
        }
        if (startsWith(bytes, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        return null;
    }

    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
