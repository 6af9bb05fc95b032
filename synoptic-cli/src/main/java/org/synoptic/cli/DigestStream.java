package org.synoptic.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.render.DigestWriter;
import org.synoptic.digest.render.JsonDigestWriter;
import org.synoptic.digest.render.MarkdownDigestWriter;

/**
 * Writes digests one by one as the pipeline builds them, so that a run over thousands of stories holds none of the
 * finished digests: the same bytes as {@link JsonDigestWriter} (the JSON contract, version 1, pretty-printed) and
 * {@link MarkdownDigestWriter} write for the whole list. HTML is one page whose head depends on the whole list (the
 * title is the headline when there is one story) and whose writer takes the list, so its digests are kept until
 * {@link #finish}.
 *
 * <p>Not thread-safe; one per output. {@link #finish} ends the document but does not close the writer; a run that
 * fails before it leaves the output unfinished (JSON that does not parse), not a document that looks complete.
 */
abstract class DigestStream {

    /** Writes one more story's digest. */
    abstract void write(StoryDigest digest) throws IOException;

    /** Ends the document (the JSON array and object; the HTML page) after the last story. */
    abstract void finish() throws IOException;

    /**
     * The stream for a format name, as {@link DigestWriter#forFormat}.
     *
     * @param articleTexts cleaned article text by id, for the HTML page's evidence in context
     * @throws IllegalArgumentException for an unknown format, naming it
     */
    static DigestStream open(String format, Map<String, String> articleTexts, Writer out) throws IOException {
        DigestWriter writer = DigestWriter.forFormat(format);
        if (writer instanceof JsonDigestWriter) {
            return new Json(out);
        }
        if (writer instanceof MarkdownDigestWriter markdown) {
            return new Markdown(markdown, out);
        }
        return new Collected(writer, articleTexts, out);
    }

    /** {@code {"version":1,"stories":[…]}} written element by element, with the contract's pretty printer. */
    private static final class Json extends DigestStream {
        private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

        private final JsonGenerator generator;
        private final Writer out;

        Json(Writer out) throws IOException {
            this.out = out;
            // the generator carries the contract's pretty printer; MAPPER keeps it (it only sets one where none is)
            this.generator = JsonDigestWriter.prettyWriter(JsonMapper.builder().build()).createGenerator(out);
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.writeStartObject();
            generator.writeNumberField("version", JsonDigestWriter.VERSION);
            generator.writeFieldName("stories");
            generator.writeStartArray();
        }

        @Override
        void write(StoryDigest digest) throws IOException {
            MAPPER.writeValue(generator, digest);
            generator.flush();
        }

        @Override
        void finish() throws IOException {
            generator.writeEndArray();
            generator.writeEndObject();
            generator.close();
            out.append('\n');
            out.flush();
        }
    }

    /** Stories separated by a rule, as {@link MarkdownDigestWriter} writes a list. */
    private static final class Markdown extends DigestStream {
        private final MarkdownDigestWriter writer;
        private final Writer out;
        private boolean first = true;

        Markdown(MarkdownDigestWriter writer, Writer out) {
            this.writer = writer;
            this.out = out;
        }

        @Override
        void write(StoryDigest digest) throws IOException {
            if (!first) {
                out.append("\n---\n\n");
            }
            first = false;
            writer.write(List.of(digest), Map.of(), out);
            out.flush();
        }

        @Override
        void finish() throws IOException {
            out.flush();
        }
    }

    /** Any other format: the digests are kept and written whole at the end. */
    private static final class Collected extends DigestStream {
        private final DigestWriter writer;
        private final Map<String, String> articleTexts;
        private final Writer out;
        private final List<StoryDigest> digests = new ArrayList<>();

        Collected(DigestWriter writer, Map<String, String> articleTexts, Writer out) {
            this.writer = writer;
            this.articleTexts = articleTexts;
            this.out = out;
        }

        @Override
        void write(StoryDigest digest) {
            digests.add(digest);
        }

        @Override
        void finish() throws IOException {
            writer.write(digests, articleTexts, out);
            out.flush();
        }
    }
}
