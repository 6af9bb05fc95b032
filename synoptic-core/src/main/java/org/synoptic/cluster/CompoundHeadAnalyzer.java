package org.synoptic.cluster;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.synoptic.crosslingual.LinkingLexicon;

/**
 * Lucene's German analysis ({@link GermanAnalyzer}'s chain: standard tokens, lower case, German stop words,
 * normalisation, light stemming) that also gives the head of a compound as a term of its own, at the compound's
 * position and offsets: "Ostseefähre" gives "ostseefähr" and "fähr", so two reports of one event meet when one writes
 * "Fähre" and the other "Ostseefähre". The head is the longest tail of at least {@value #MIN_PART} letters, leaving at
 * least {@value #MIN_PART} letters before it, that the German word list of the {@link LinkingLexicon} knows; words
 * shorter than {@value #MIN_WORD} letters are not split.
 *
 * <p>Thread-safe as Lucene analyzers are; the lexicon loads on first use (about half a second).
 */
final class CompoundHeadAnalyzer extends Analyzer {

    static final int MIN_WORD = 9;
    static final int MIN_PART = 4;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream result = new LowerCaseFilter(source);
        result = new StopFilter(result, GermanAnalyzer.getDefaultStopSet());
        result = new HeadFilter(result, LinkingLexicon.standard());
        result = new GermanNormalizationFilter(result);
        result = new GermanLightStemFilter(result);
        return new TokenStreamComponents(source, result);
    }

    /** Emits after each long compound its head, at the same position. */
    private static final class HeadFilter extends TokenFilter {
        private final LinkingLexicon lexicon;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private State saved;
        private String head;

        HeadFilter(TokenStream input, LinkingLexicon lexicon) {
            super(input);
            this.lexicon = lexicon;
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (head != null) {
                restoreState(saved);
                term.setEmpty().append(head);
                position.setPositionIncrement(0);
                head = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            int length = term.length();
            if (length >= MIN_WORD) {
                String word = term.toString();
                for (int i = MIN_PART; i <= length - MIN_PART; i++) {
                    String tail = word.substring(i);
                    if (lexicon.english(tail) != null) {
                        head = tail;
                        saved = captureState();
                        break;
                    }
                }
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            head = null;
            saved = null;
        }
    }
}
