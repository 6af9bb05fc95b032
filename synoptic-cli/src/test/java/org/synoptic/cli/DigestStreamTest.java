package org.synoptic.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.synoptic.cluster.StoryClusterer;
import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.DigestProgress;
import org.synoptic.digest.StoryDigest;
import org.synoptic.digest.StoryPipeline;
import org.synoptic.digest.render.DigestWriter;
import org.synoptic.ingest.ArticleIngester;
import org.synoptic.nlp.ArticleAnalyzer;

/**
 * {@link DigestStream} writes, story by story, exactly the bytes the list writers write for the whole list, on the
 * digests of the bundled samples.
 */
class DigestStreamTest {

    @Test
    void jsonStreamEqualsTheContractWriterForNoneOneAndAllStories() throws IOException {
        List<StoryDigest> all = sampleDigests();
        assertThat(all).hasSizeGreaterThan(3);
        for (List<StoryDigest> digests : List.of(List.<StoryDigest>of(), all.subList(0, 1), all)) {
            assertThat(streamed("json", digests)).isEqualTo(whole("json", digests));
        }
        assertThat(streamed("json", all)).startsWith("{\n  \"version\" : 1,\n  \"stories\" : [").endsWith("}\n");
    }

    @Test
    void markdownStreamEqualsTheListWriter() throws IOException {
        List<StoryDigest> all = sampleDigests();
        for (List<StoryDigest> digests : List.of(List.<StoryDigest>of(), all.subList(0, 1), all)) {
            assertThat(streamed("markdown", digests)).isEqualTo(whole("markdown", digests));
        }
    }

    @Test
    void htmlIsWrittenWholeAtTheEnd() throws IOException {
        List<StoryDigest> all = sampleDigests();
        assertThat(streamed("html", all)).isEqualTo(whole("html", all));
    }

    /** The digests of the four sample stories, built with the rule-based analyser (no model to load). */
    private static List<StoryDigest> sampleDigests() {
        List<org.synoptic.model.Article> articles = new ArticleIngester()
                .ingest(List.of(SynopticCommandTest.ROOT.resolve("samples/news").toString())).articles();
        StoryPipeline pipeline = new StoryPipeline(SyndicationGrouper.defaults(), StoryClusterer.defaults(),
                ArticleAnalyzer.ruleBased(), DigestBuilder.standard());
        List<StoryDigest> streamed = new ArrayList<>();
        List<Integer> progress = new ArrayList<>();
        pipeline.digest(articles, story -> true, new DigestProgress() {
            @Override
            public void story(Stage step, int story, int stories, int size, int articlesDone) {
                progress.add(articlesDone);
            }
        }, streamed::add);
        // the streaming overload hands over the same digests, in the same order, as the list method
        assertThat(streamed).isEqualTo(pipeline.digest(articles));
        assertThat(progress).hasSize(2 * streamed.size()).isSorted();
        return streamed;
    }

    private static String streamed(String format, List<StoryDigest> digests) throws IOException {
        StringWriter out = new StringWriter();
        DigestStream stream = DigestStream.open(format, Map.of(), out);
        for (StoryDigest d : digests) {
            stream.write(d);
        }
        stream.finish();
        return out.toString();
    }

    private static String whole(String format, List<StoryDigest> digests) throws IOException {
        StringBuilder out = new StringBuilder();
        DigestWriter.forFormat(format).write(digests, Map.of(), out);
        return out.toString();
    }
}
