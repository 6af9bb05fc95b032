package org.synoptic.nlp.quote;

import java.util.List;
import java.util.Map;
import org.synoptic.model.EntityMention;
import org.synoptic.model.Quote;

/** Hand-made candidates and rounds for the sieves that need no lexicon, on one short text. */
final class SieveFixture {

    static final String TEXT = "„Wir sind bereit“, so Peter Lorenz, „und wir bleiben es.“ Demnach sei alles gut.";

    private SieveFixture() {
    }

    static Quote candidate(String words, boolean direct, Quote.Kind kind) {
        int start = TEXT.indexOf(words);
        return new Quote(words, start, start + words.length(), null, -1, -1, null, null, direct, kind);
    }

    /** The first half of the split quote, decided: Peter Lorenz's words. */
    static Quote lorenz() {
        int start = TEXT.indexOf("Wir sind bereit");
        int speaker = TEXT.indexOf("Peter Lorenz");
        return new Quote("Wir sind bereit", start, start + 15, "Peter Lorenz", speaker, speaker + 12, null, null,
                true, Quote.Kind.DIRECT);
    }

    static SpeakerSieve.Round round(Quote candidate, SpeakerReference left, Quote previous, boolean near,
                                    Map<Integer, EntityMention> stances, List<Quote> resolved) {
        return new SpeakerSieve.Round(ArticleContext.of(TEXT, List.of(), List.of()), stances, List.of(), candidate, left,
                previous, near, resolved);
    }
}
