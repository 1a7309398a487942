package io.github.rnnmem.experiments.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rnnmem.experiments.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void readsIOfN() {
        assertThat(Shard.parse("2/5")).isEqualTo(new Shard(2, 5));
        assertThat(Shard.parse(" 0/1 ")).isEqualTo(new Shard(0, 1));
        for (String wrong : List.of("5/5", "1", "-1/2", "a/b", "1/0", "1/2/3")) {
            assertThatThrownBy(() -> Shard.parse(wrong)).as(wrong).isInstanceOf(BadInputException.class)
                    .hasMessage("--shard " + wrong + ": expected I/N, the I-th of N slices of the run's tasks with 0 <= I"
                            + " < N, such as 0/4");
        }
    }

    @Test
    void theSlicesTakeEveryTaskOnceRoundRobin() {
        List<Integer> tasks = IntStream.range(0, 11).boxed().toList();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            all.addAll(new Shard(i, 4).of(tasks));
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(tasks);
        assertThat(new Shard(1, 4).of(tasks)).containsExactly(1, 5, 9);
        assertThat(new Shard(3, 4).of(tasks)).containsExactly(3, 7);
        assertThat(new Shard(0, 1).of(tasks)).isEqualTo(tasks);
    }
}
