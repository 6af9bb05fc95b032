package org.synoptic.nlp.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synoptic.crosslingual.LinkingLexicon;
import org.synoptic.model.ArticleAnalysis;
import org.synoptic.model.EntityMention;
import org.synoptic.model.EntityType;
import org.synoptic.nlp.EntityMerger;
import org.synoptic.nlp.MergedEntity;

/**
 * Rule-based cross-article entity merging.
 *
 * <p>Mentions are grouped by the {@link NameNormalizer} key of their per-article canonical name, so "Sergej Schoigu"
 * and "Sergei Schoigu", or "Kim Jong-un" and "Kim Jong-Un", share a group. A one-word person group ("Schoigu",
 * "Shoigu", "Kim", "Putin") then joins the multi-word person group whose first or last word has the same key, but only
 * when exactly one such full name exists: "Müller" stays apart when both "Anna Müller" and "Thomas Müller" occur.
 * In a story told in German and English, a German exonym's group joins its English name's (Genua/Genoa).
 * The chosen name is the most frequent form with the most words; the type is the most frequent type. Stateless and
 * thread-safe.
 */
public final class RuleEntityMerger implements EntityMerger {

    private static final RuleEntityMerger INSTANCE = new RuleEntityMerger();

    private final NameNormalizer normalizer = NameNormalizer.instance();

    private RuleEntityMerger() {
    }

    /** The shared merger. */
    public static RuleEntityMerger instance() {
        return INSTANCE;
    }

    private static final class Group {
        final Map<String, Integer> nameCounts = new LinkedHashMap<>();
        final Set<String> variants = new LinkedHashSet<>();
        final Set<String> articles = new LinkedHashSet<>();
        final Map<EntityType, Integer> typeCounts = new EnumMap<>(EntityType.class);
        int mentions;

        void add(EntityMention m, String articleId) {
            nameCounts.merge(m.name(), 1, Integer::sum);
            variants.add(m.name());
            variants.add(m.text());
            articles.add(articleId);
            typeCounts.merge(m.type(), 1, Integer::sum);
            mentions++;
        }

        void absorb(Group other) {
            other.nameCounts.forEach((k, v) -> nameCounts.merge(k, v, Integer::sum));
            variants.addAll(other.variants);
            articles.addAll(other.articles);
            other.typeCounts.forEach((k, v) -> typeCounts.merge(k, v, Integer::sum));
            mentions += other.mentions;
        }

        EntityType type() {
            return typeCounts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        String name() {
            return nameCounts.entrySet().stream()
                    .max(Comparator.<Map.Entry<String, Integer>>comparingInt(e -> e.getKey().split("\\s+").length > 1 ? 1 : 0)
                            .thenComparingInt(Map.Entry::getValue))
                    .orElseThrow().getKey();
        }
    }

    /** Whether the analyses hold reports in German and in English. */
    private static boolean bilingual(List<ArticleAnalysis> analyses) {
        boolean german = false;
        boolean english = false;
        for (ArticleAnalysis a : analyses) {
            String l = a.article().language() == null ? "" : a.article().language().toLowerCase(java.util.Locale.ROOT);
            german |= l.startsWith("de");
            english |= l.startsWith("en");
        }
        return german && english;
    }

    /**
     * In a story told in German and English, a group named by a German exonym or place name joins the group of its
     * English name ({@link LinkingLexicon#englishNames}: Genua/Genoa, Kreml/Kremlin, Kiew/Kyiv), under the German
     * group's key. Only the lexicon's pairs join: a name the lexicon does not hold stays as spelled.
     */
    private void mergeExonyms(Map<String, Group> byKey) {
        LinkingLexicon lexicon = LinkingLexicon.standard();
        for (String key : new ArrayList<>(byKey.keySet())) {
            Group group = byKey.get(key);
            if (group == null) {
                continue;
            }
            for (String variant : new ArrayList<>(group.variants)) {
                for (String english : lexicon.englishNames(variant)) {
                    String other = normalizer.nameKey(english);
                    if (!other.isEmpty() && !other.equals(key) && byKey.containsKey(other)) {
                        group.absorb(byKey.remove(other));
                    }
                }
            }
        }
    }

    @Override
    public List<MergedEntity> merge(List<ArticleAnalysis> analyses) {
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (ArticleAnalysis analysis : analyses) {
            for (EntityMention m : analysis.entities()) {
                String key = normalizer.nameKey(m.name());
                if (key.isEmpty()) {
                    continue;
                }
                byKey.computeIfAbsent(key, k -> new Group()).add(m, analysis.article().id());
            }
        }
        // Surname-only (or first-word-only, as "Kim") person groups join the single full name they fit.
        Map<String, List<String>> fullKeysByWord = new LinkedHashMap<>();
        for (Map.Entry<String, Group> e : byKey.entrySet()) {
            String[] words = e.getKey().split(" ");
            if (words.length > 1 && e.getValue().type() == EntityType.PERSON) {
                fullKeysByWord.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(e.getKey());
                if (!words[0].equals(words[words.length - 1])) {
                    fullKeysByWord.computeIfAbsent(words[0], k -> new ArrayList<>()).add(e.getKey());
                }
            }
        }
        for (String key : new ArrayList<>(byKey.keySet())) {
            Group group = byKey.get(key);
            if (key.contains(" ") || group.typeCounts.getOrDefault(EntityType.PERSON, 0) == 0) {
                continue;
            }
            List<String> fulls = fullKeysByWord.getOrDefault(key, List.of());
            if (fulls.size() == 1 && byKey.containsKey(fulls.get(0))) {
                byKey.get(fulls.get(0)).absorb(group);
                byKey.remove(key);
            }
        }
        if (bilingual(analyses)) {
            mergeExonyms(byKey);
        }
        List<MergedEntity> out = new ArrayList<>();
        for (Group g : byKey.values()) {
            out.add(new MergedEntity(g.name(), g.type(), List.copyOf(g.variants), List.copyOf(g.articles), g.mentions));
        }
        out.sort(Comparator.comparingInt(MergedEntity::mentions).reversed().thenComparing(MergedEntity::name));
        return List.copyOf(out);
    }
}
