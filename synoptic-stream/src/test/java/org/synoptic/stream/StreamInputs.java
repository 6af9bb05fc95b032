package org.synoptic.stream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synoptic.ingest.RawMessages;

/**
 * Test inputs as the articles topic holds them: the same split as {@code synoptic publish} (files in name order, a
 * JSON-lines file one message per line, any other file one message; the key is the path), plus helpers for the
 * evaluation data beside the project.
 */
final class StreamInputs {

    private StreamInputs() {
    }

    static Path root() {
        return Path.of(System.getProperty("synoptic.root", "..")).toAbsolutePath().normalize();
    }

    static Path shared() {
        String s = System.getProperty("synoptic.shared");
        return s == null ? root().resolve("../shared").normalize() : Path.of(s).toAbsolutePath().normalize();
    }

    /** The messages {@code synoptic publish PATH...} would send for these paths, in order ({@link RawMessages}). */
    static List<ArticleMessage> messages(List<Path> paths) throws IOException {
        List<ArticleMessage> out = new ArrayList<>();
        for (Path path : paths) {
            for (RawMessages.RawMessage m : RawMessages.of(path)) {
                out.add(new ArticleMessage(m.key(), m.value(), null));
            }
        }
        return out;
    }

    /**
     * The first {@code n} reports of 10kGNAD's {@code test.csv} ({@code label;'text'}) as JSON article messages with
     * ids {@code gnad-<row>}, or none when the file is absent.
     */
    static List<ArticleMessage> gnad(int n) throws IOException {
        List<String> texts = gnadTexts();
        return json(texts.subList(0, Math.min(n, texts.size())), "gnad-");
    }

    /** JSON article messages ({@code id}, {@code text}, {@code language: de}) with ids {@code <prefix><index>}. */
    static List<ArticleMessage> json(List<String> texts, String prefix) throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<ArticleMessage> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            java.util.Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("id", prefix + i);
            doc.put("text", texts.get(i));
            doc.put("language", "de");
            out.add(new ArticleMessage("10kgnad.json", json.writeValueAsBytes(doc), "application/json"));
        }
        return out;
    }

    /** 10kGNAD's test texts ({@code label;text}, the text optionally quoted with ' and '' inside); none if absent. */
    static List<String> gnadTexts() throws IOException {
        Path csv = shared().resolve("data/10kgnad/test.csv");
        if (!Files.exists(csv)) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        String content = Files.readString(csv, StandardCharsets.UTF_8);
        int i = 0;
        while (i < content.length()) {
            int semi = content.indexOf(';', i);
            if (semi < 0) {
                break;
            }
            int j = semi + 1;
            StringBuilder text = new StringBuilder();
            if (j < content.length() && content.charAt(j) == '\'') {
                for (j++; j < content.length(); j++) {
                    char c = content.charAt(j);
                    if (c == '\'' && j + 1 < content.length() && content.charAt(j + 1) == '\'') {
                        text.append('\'');
                        j++;
                    } else if (c == '\'') {
                        j++;
                        break;
                    } else {
                        text.append(c);
                    }
                }
            } else {
                int eol = content.indexOf('\n', j);
                text.append(content, j, eol < 0 ? content.length() : eol);
                j = eol < 0 ? content.length() : eol;
            }
            int eol = content.indexOf('\n', j);
            i = eol < 0 ? content.length() : eol + 1;
            if (!text.toString().isBlank()) {
                texts.add(text.toString());
            }
        }
        return texts;
    }
}
