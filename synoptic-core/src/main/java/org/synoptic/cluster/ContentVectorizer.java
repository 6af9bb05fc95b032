package org.synoptic.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.synoptic.model.Article;
import org.synoptic.model.ContentRole;
import org.synoptic.model.Sentence;
import org.synoptic.text.ContentRoles;
import org.synoptic.text.MojibakeRepair;
import org.synoptic.text.SentenceSplitter;

/**
 * Turns a report's content into the {@link TermVector} a {@link StoryIndex} places: the analysed terms of its title and
 * content sentences with their sublinear weighted frequencies, before IDF. {@link StoryClusterer} holds one with its
 * title and name weights and hands out its vectors ({@link StoryClusterer#termVector(Article, ContentRoles)} states the
 * rules).
 *
 * <p>Analysis by language: Lucene's {@link GermanAnalyzer} for {@code de} (or the {@link CompoundHeadAnalyzer} when
 * compound heads are asked for), {@link EnglishAnalyzer} with Snowball's 174 English stop words for {@code en},
 * {@link StandardAnalyzer} otherwise.
 *
 * <p>Immutable and thread-safe (Lucene analyzers are safe to share across threads).
 */
final class ContentVectorizer {

    /**
     * Snowball's English stop words (174): EnglishAnalyzer's default list (33) leaves words like "want" or "need"
     * that, with document frequencies still small early in a stream, look distinctive and found false stories.
     */
    private static final CharArraySet ENGLISH_STOP_WORDS = loadSnowballStopWords("english_stop.txt");

    private final double titleWeight;
    private final double entityWeight;
    private final Map<String, Analyzer> analyzers;
    private final Analyzer fallback;

    /**
     * @param titleWeight   multiplier for title occurrences
     * @param entityWeight  multiplier for capitalised tokens that do not start a sentence
     * @param compoundHeads whether German terms include the heads of compounds ({@link CompoundHeadAnalyzer})
     */
    ContentVectorizer(double titleWeight, double entityWeight, boolean compoundHeads) {
        this.titleWeight = titleWeight;
        this.entityWeight = entityWeight;
        Map<String, Analyzer> map = new HashMap<>();
        map.put("de", compoundHeads ? new CompoundHeadAnalyzer() : new GermanAnalyzer());
        map.put("en", new EnglishAnalyzer(ENGLISH_STOP_WORDS));
        this.analyzers = Map.copyOf(map);
        this.fallback = new StandardAnalyzer();
    }

    private static CharArraySet loadSnowballStopWords(String resource) {
        InputStream in = SnowballFilter.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("stop word list missing from lucene-analysis-common: " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("stop word list missing from lucene-analysis-common: " + resource, e);
        }
    }

    /**
     * The report's terms: the content sentences as {@code roles} marks them and a title that is itself content; a body
     * that merely repeats the title is not counted twice; a double-encoded report is read repaired
     * ({@link MojibakeRepair}).
     */
    TermVector termVector(Article report, ContentRoles roles) {
        Article article = MojibakeRepair.repaired(report);
        Analyzer analyzer = analyzers.getOrDefault(article.language().toLowerCase(Locale.ROOT), fallback);
        TermFeatures.Counts tf = new TermFeatures.Counts();
        String title = article.title();
        String body = article.text();
        List<Sentence> sentences = roles.assign(article, SentenceSplitter.ruleBased().split(body));
        String content = ContentRoles.contentText(body, sentences);
        if (title != null && !title.isBlank() && roles.roleOfLine(title, article.outlet()) == ContentRole.CONTENT) {
            TermFeatures.add(analyzer, title, titleWeight, entityWeight, tf);
            if (body.strip().equals(title.strip())) {
                content = "";
            }
        }
        TermFeatures.add(analyzer, content, 1.0, entityWeight, tf);
        return TermFeatures.sublinear(tf);
    }
}
