package io.github.rnnmem.experiments.analysis.connectivity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PassPlanTest {

    private static final List<RowRequest> TEXT = TinyModels.everyPosition(TinyModels.text(100, 1), 1);

    @Test
    void trianglePassesDoAboutHalfTheWorkOfFullCopies() {
        PassPlan triangle = PassPlan.triangle(TEXT, 400);
        PassPlan full = PassPlan.fullCopies(TEXT, 400);
        long exact = IntStream.rangeClosed(1, 100).sum();

        assertThat(full.work()).isEqualTo(100L * 100);
        assertThat(triangle.work()).isBetween(exact, exact + exact / 10);
        assertThat(PassPlan.separate(TEXT).work()).isEqualTo(exact);
    }

    @Test
    void passesStayWithinTheBudgetAndCoverEveryRowOnce() {
        PassPlan plan = PassPlan.triangle(TEXT, 400);
        for (int p = 0; p < plan.passes().size(); p++) {
            List<Integer> pass = plan.passes().get(p);
            int length = plan.lengths().get(p);
            assertThat((long) pass.size() * length).isLessThanOrEqualTo(400);
            assertThat(pass).allSatisfy(i -> assertThat(TEXT.get(i).prefixLength()).isLessThanOrEqualTo(length));
        }
        assertThat(plan.passes().stream().flatMap(List::stream).sorted().toList())
                .isEqualTo(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void aRowLongerThanTheBudgetGetsAPassOfItsOwn() {
        PassPlan plan = PassPlan.triangle(TEXT, 50);
        assertThat(plan.passes().get(0)).hasSize(1);
        assertThat(plan.lengths().get(0)).isEqualTo(100);
    }
}
