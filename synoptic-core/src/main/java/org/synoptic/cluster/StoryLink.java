package org.synoptic.cluster;

import java.util.List;
import java.util.Objects;

/**
 * A story of another language linked into a story (see {@link StoryLinker}), with the evidence that linked them.
 *
 * @param storyId  the id the linked story had before it was linked in (it now carries the surviving story's id)
 * @param language the linked story's language ({@code en} or {@code de})
 * @param score    the similarity of the two stories' language-independent evidence, in [0, 1]: the share-weighted
 *                 cosines of their whole reports and of their leads ({@link StoryLinker}), decayed by their time gap
 * @param names    shared names, each as "German form / English form" ("Wladiwostok / Vladivostok"), weightiest first
 * @param numbers  shared numbers with units and days of the year, each as "German form / English form"
 * @param terms    shared content words, each as "German word / English word" ("Erdbeben / earthquake")
 */
public record StoryLink(String storyId, String language, double score, List<String> names, List<String> numbers,
                        List<String> terms) {

    public StoryLink {
        Objects.requireNonNull(storyId, "storyId");
        Objects.requireNonNull(language, "language");
        names = List.copyOf(names);
        numbers = List.copyOf(numbers);
        terms = List.copyOf(terms);
    }
}
