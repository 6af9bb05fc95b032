package org.synoptic.store;

import org.synoptic.dedupe.SyndicationGrouper;
import org.synoptic.digest.DigestBuilder;
import org.synoptic.digest.StoryDigester;
import org.synoptic.nlp.ArticleAnalyzer;

/** Store options with the rule-based deep tier (no CoreNLP, fast to load), for tests and probes. */
final class ProbeOptions {
    private ProbeOptions() {
    }

    static StoreOptions ruleBased() {
        return StoreOptions.defaults().withDigester(new StoryDigester(SyndicationGrouper.defaults(),
                ArticleAnalyzer.ruleBased(), DigestBuilder.standard()));
    }
}
