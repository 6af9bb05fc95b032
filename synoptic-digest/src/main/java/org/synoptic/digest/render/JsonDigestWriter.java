package org.synoptic.digest.render;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synoptic.digest.StoryDigest;

/**
 * Writes the JSON contract, version 1: {@code {"version":1,"stories":[STORY,…]}}, pretty-printed with a final newline.
 * Null fields are written as {@code null}, never left out.
 */
public final class JsonDigestWriter implements DigestWriter {

    /** The contract version this writer produces. */
    public static final int VERSION = 1;

    private static final ObjectWriter WRITER = prettyWriter(JsonMapper.builder().build());

    @Override
    public void write(List<StoryDigest> digests, Map<String, String> articleTexts, Appendable out) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put("stories", digests);
        out.append(WRITER.writeValueAsString(document)).append('\n');
    }

    /** Writes the digests with a top-level {@code "changes"} array: what changed since an earlier digest. */
    public void write(List<StoryDigest> digests, List<org.synoptic.digest.StoryChanges> changes, Appendable out)
            throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", VERSION);
        document.put("stories", digests);
        document.put("changes", changes);
        out.append(WRITER.writeValueAsString(document)).append('\n');
    }

    /** A writer that indents with two spaces and puts arrays one element per line, for readable golden files. */
    public static ObjectWriter prettyWriter(ObjectMapper mapper) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return mapper.copy().enable(SerializationFeature.INDENT_OUTPUT).writer(printer);
    }
}
