package org.synoptic.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The article formats ingest reads, found by file name, by content type, or by sniffing the first bytes. */
enum InputFormat {
    TEXT, HTML, JSON, JSONL, FEED;

    private static final int SNIFF_BYTES = 1024;

    /** The format of a lower-case file name, or {@code null} for an unknown extension. */
    static InputFormat ofName(String lowerName) {
        if (lowerName.endsWith(".txt") || lowerName.endsWith(".md") || lowerName.endsWith(".text")) {
            return TEXT;
        }
        if (lowerName.endsWith(".json")) {
            return JSON;
        }
        if (lowerName.endsWith(".jsonl") || lowerName.endsWith(".ndjson")) {
            return JSONL;
        }
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return HTML;
        }
        if (lowerName.endsWith(".xml") || lowerName.endsWith(".rss") || lowerName.endsWith(".atom")) {
            return FEED;
        }
        return null;
    }

    /** The format of a media type ({@code text/html}), or {@code null} when it does not decide. */
    static InputFormat ofContentType(String mediaType) {
        return switch (mediaType) {
            case "text/html", "application/xhtml+xml" -> HTML;
            case "application/rss+xml", "application/atom+xml", "application/rdf+xml" -> FEED;
            case "application/json" -> JSON;
            case "application/x-ndjson", "application/jsonl" -> JSONL;
            case "text/plain", "text/markdown" -> TEXT;
            default -> null;
        };
    }

    /**
     * The format the first bytes look like: markup that is a page or a feed, a JSON document, else
     * {@code fallback} (or plain text when there is none). A text file that starts like a page is read as one.
     */
    static InputFormat sniff(byte[] bytes, InputFormat fallback) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").strip().toLowerCase(Locale.ROOT);
        if (head.startsWith("<?xml") || head.startsWith("<rss") || head.startsWith("<feed")
                || head.startsWith("<rdf:rdf")) {
            return head.contains("<html") ? HTML : FEED;
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<!--") && head.contains("<html")) {
            return HTML;
        }
        if (fallback == null && (head.startsWith("{") || head.startsWith("["))) {
            // JSON lines when a second object starts a line; all the bytes given are looked at, since a JSON line
            // is often longer than the markup sniff (a line longer than that is taken for a JSON document).
            String all = new String(bytes, StandardCharsets.ISO_8859_1).replace("\u00EF\u00BB\u00BF", "").strip();
            int firstBreak = all.indexOf('\n');
            return firstBreak > 0 && all.substring(firstBreak).strip().startsWith("{") && all.startsWith("{")
                    ? JSONL : JSON;
        }
        return fallback == null ? TEXT : fallback;
    }
}
