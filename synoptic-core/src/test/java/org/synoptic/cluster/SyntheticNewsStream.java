package org.synoptic.cluster;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.synoptic.model.Article;
import org.synoptic.model.Sentence;
import org.synoptic.text.SentenceSplitter;

/**
 * A timestamped news stream with gold stories, made at test time from real articles: each source article becomes a
 * story of 1 to 100 reports, the original and rewrites of it (sentences dropped, neighbours swapped, a few words
 * changed, another outlet), published over up to {@link #MAX_SPREAD} from a random start; extra reports of one story
 * (the seeds) are spread at given offsets. The stream is in publication order.
 *
 * <p>Seeded: the same seed and inputs give the same stream. Story sizes are {@code 1 + floor(99 u^2.2)} for uniform
 * {@code u}, so most stories are small and a few have close to 100 reports (mean about 32).
 *
 * @param articles the reports in publication (= arrival) order
 * @param gold     the gold story of each report id
 * @param span     the stream's length in publication time
 */
record SyntheticNewsStream(List<Article> articles, Map<String, String> gold, Duration span) {

    /** The longest time between a story's first and last rewrite. */
    static final Duration MAX_SPREAD = Duration.ofHours(8);
    /** The stream's start. */
    static final Instant START = Instant.parse("2026-03-02T00:00:00Z");

    /** A report of the extra story with its offset from {@link #START}. */
    record Placed(Article article, Duration offset) {
    }

    /**
     * Builds a stream.
     *
     * @param sources   source texts, one story each
     * @param extra     the reports of one more story (gold id {@code "extra"}) at fixed offsets, kept as they are
     * @param span      publication time over which the stories start; must exceed {@link #MAX_SPREAD}
     * @param seed      seeds every random choice
     */
    static SyntheticNewsStream build(List<String> sources, List<Placed> extra, Duration span, long seed) {
        Random random = new Random(seed);
        SentenceSplitter splitter = SentenceSplitter.ruleBased();
        List<String> vocabulary = new ArrayList<>();
        for (String s : sources) {
            for (String w : s.split("\\s+")) {
                if (w.length() > 3 && w.chars().allMatch(Character::isLetter)) {
                    vocabulary.add(w);
                }
                if (vocabulary.size() > 20_000) {
                    break;
                }
            }
        }
        List<Article> out = new ArrayList<>();
        Map<String, String> gold = new java.util.HashMap<>();
        long startWindow = span.minus(MAX_SPREAD).toMillis();
        for (int i = 0; i < sources.size(); i++) {
            String text = sources.get(i);
            List<String> sentences = splitter.split(text).stream().map(Sentence::text).toList();
            int size = 1 + (int) Math.floor(99 * Math.pow(random.nextDouble(), 2.2));
            long start = (long) (random.nextDouble() * startWindow);
            long spread = (long) (random.nextDouble() * MAX_SPREAD.toMillis());
            String story = "story-" + i;
            for (int k = 0; k < size; k++) {
                String body = k == 0 ? text : rewrite(sentences, vocabulary, random);
                long at = k == 0 ? start : start + (long) (random.nextDouble() * spread);
                String id = "syn-" + i + "-" + k;
                out.add(new Article(id, "synthetic:" + id, null, null, body, "outlet-" + random.nextInt(40), null,
                        START.plusMillis(at).toString(), "de", Set.of()));
                gold.put(id, story);
            }
        }
        for (Placed p : extra) {
            out.add(p.article().withPublished(START.plus(p.offset()).toString(), false));
            gold.put(p.article().id(), "extra");
        }
        out.sort(Comparator.comparingLong((Article a) -> a.publishedEpochMillis().getAsLong()).thenComparing(Article::id));
        return new SyntheticNewsStream(List.copyOf(out), Map.copyOf(gold), span);
    }

    /**
     * The hard case: {@code copies} rewrites of every source published one hour apart (the original first),
     * each source starting at a random minute of the first hour; about {@code sources} reports an hour.
     */
    static SyntheticNewsStream hourly(List<String> sources, int copies, long seed) {
        Random random = new Random(seed);
        SentenceSplitter splitter = SentenceSplitter.ruleBased();
        List<String> vocabulary = new ArrayList<>();
        for (String s : sources.subList(0, Math.min(200, sources.size()))) {
            for (String w : s.split("\\s+")) {
                if (w.length() > 3 && w.chars().allMatch(Character::isLetter)) {
                    vocabulary.add(w);
                }
            }
        }
        List<Article> out = new ArrayList<>();
        Map<String, String> gold = new java.util.HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            List<String> sentences = splitter.split(sources.get(i)).stream().map(Sentence::text).toList();
            long start = (long) (random.nextDouble() * 3_600_000L);
            for (int k = 0; k < copies; k++) {
                String body = k == 0 ? sources.get(i) : rewrite(sentences, vocabulary, random);
                String id = "hourly-" + i + "-" + k;
                out.add(new Article(id, "synthetic:" + id, null, null, body, "outlet-" + random.nextInt(40), null,
                        START.plusMillis(start + k * 3_600_000L).toString(), "de", Set.of()));
                gold.put(id, "story-" + i);
            }
        }
        out.sort(Comparator.comparingLong((Article a) -> a.publishedEpochMillis().getAsLong()).thenComparing(Article::id));
        return new SyntheticNewsStream(List.copyOf(out), Map.copyOf(gold), Duration.ofHours(copies));
    }

    /**
     * A rewrite: one in four is a short version (the first two to four sentences, as an agency's first report); the
     * others drop each sentence but the first with probability 0.25. Then two neighbours are swapped and 4 % of the
     * words replaced by words of other articles.
     */
    private static String rewrite(List<String> sentences, List<String> vocabulary, Random random) {
        List<String> kept = new ArrayList<>();
        boolean isShort = random.nextDouble() < 0.25;
        int shortLength = 2 + random.nextInt(3);
        for (int s = 0; s < sentences.size(); s++) {
            if (isShort ? s < shortLength : s == 0 || random.nextDouble() >= 0.25) {
                kept.add(sentences.get(s));
            }
        }
        if (kept.size() > 2) {
            int at = 1 + random.nextInt(kept.size() - 2);
            String t = kept.get(at);
            kept.set(at, kept.get(at + 1));
            kept.set(at + 1, t);
        }
        StringBuilder body = new StringBuilder();
        for (String sentence : kept) {
            for (String word : sentence.split(" ")) {
                if (random.nextDouble() < 0.04 && !vocabulary.isEmpty()) {
                    body.append(vocabulary.get(random.nextInt(vocabulary.size())));
                } else {
                    body.append(word);
                }
                body.append(' ');
            }
        }
        return body.toString().strip();
    }

    /** Reports per hour of publication time. */
    double perHour() {
        return articles.size() / (span.toMillis() / 3_600_000.0);
    }
}
