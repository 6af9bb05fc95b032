package org.synoptic.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetAlignmentTest {

    @Test
    void mapsRunsAndEnds() {
        OffsetAlignment.Builder b = new OffsetAlignment.Builder();
        for (int i : new int[] {0, 1, 2, 5, 6, 10}) {
            b.add(i);
        }
        OffsetAlignment a = b.build(12);
        assertThat(a.runs()).isEqualTo(3);
        assertThat(a.toOriginal(0)).isZero();
        assertThat(a.toOriginal(2)).isEqualTo(2);
        assertThat(a.toOriginal(3)).isEqualTo(5);
        assertThat(a.toOriginal(5)).isEqualTo(10);
        assertThat(a.toOriginal(6)).isEqualTo(12);
        assertThat(a.toOriginalSpan(1, 5)).containsExactly(1, 7);
        assertThat(a.suffix(3).toOriginal(0)).isEqualTo(5);
        assertThatThrownBy(() -> a.toOriginal(7)).hasMessageContaining("offset=7");
        assertThatThrownBy(() -> a.toOriginalSpan(4, 2)).hasMessageContaining("start=4 end=2");
    }

    @Test
    void identityMapsEveryOffsetToItself() {
        OffsetAlignment a = OffsetAlignment.identity(5);
        assertThat(a.toOriginal(3)).isEqualTo(3);
        assertThat(a.toOriginal(5)).isEqualTo(5);
    }
}
