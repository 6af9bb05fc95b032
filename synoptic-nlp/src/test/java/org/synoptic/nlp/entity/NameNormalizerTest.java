package org.synoptic.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormalizerTest {

    private final NameNormalizer normalizer = NameNormalizer.instance();

    @Test
    void germanAndEnglishSpellingsShareAKey() {
        assertThat(normalizer.nameKey("Sergej Schoigu")).isEqualTo(normalizer.nameKey("Sergei Shoigu"));
        assertThat(normalizer.nameKey("Wladimir Putin")).isEqualTo(normalizer.nameKey("Vladimir Putin"));
        assertThat(normalizer.nameKey("Kim Jong-un")).isEqualTo(normalizer.nameKey("Kim Jong-Un"));
        assertThat(normalizer.key("Dmitrij")).isEqualTo(normalizer.key("Dmitri"));
        assertThat(normalizer.key("Juri")).isEqualTo(normalizer.key("Yuri"));
    }

    @Test
    void differentNamesStayApart() {
        assertThat(normalizer.key("Schulz")).isNotEqualTo(normalizer.key("Scholz"));
        assertThat(normalizer.keys("Anna  Berg")).containsExactly("ana", "berg");
    }
}
