package org.synoptic.text;

import java.util.List;
import org.synoptic.model.Sentence;

/**
 * Splits text into sentences whose offsets point into that text.
 *
 * <p>Implementations are stateless and safe to share across threads.
 */
public interface SentenceSplitter {

    /** Returns the sentences of {@code text} in order; leading and trailing whitespace is excluded from each. */
    List<Sentence> split(String text);

    /** The rule-based splitter for German and English news text. */
    static SentenceSplitter ruleBased() {
        return RuleSentenceSplitter.INSTANCE;
    }
}
