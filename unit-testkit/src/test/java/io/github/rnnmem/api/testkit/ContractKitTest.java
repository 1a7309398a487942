package io.github.rnnmem.api.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;
import org.junit.jupiter.api.Test;

/** The contract test kit fails units that break the contract, each for the right reason. */
class ContractKitTest {

    private static Set<String> failedChecks(Class<?> contract) {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
        Set<String> failed = new TreeSet<>();
        for (Event event : tests.finished().list()) {
            event.getPayload(TestExecutionResult.class)
                    .filter(result -> result.getStatus() != TestExecutionResult.Status.SUCCESSFUL)
                    .ifPresent(result -> failed.add(event.getTestDescriptor().getLegacyReportingName()
                            .replaceAll("\\(.*", "")));
        }
        assertThat(tests.started().count()).as("checks run").isGreaterThan(10);
        return failed;
    }

    @Test
    void aUnitThatLooksAheadFailsCausality() {
        // Its last output before a cut reads the first input after it, so resuming at the cut differs too.
        assertThat(failedChecks(BrokenUnits.LookAheadContract.class))
                .containsExactlyInAnyOrder("outputAtStepDependsOnlyOnEarlierInputs", "resumingFromAStateContinuesThePass");
    }

    @Test
    void aUnitThatHidesPartOfItsGradientFailsTheFiniteDifferenceChecks() {
        assertThat(failedChecks(BrokenUnits.HiddenGradientContract.class))
                .containsExactlyInAnyOrder(
                        "inputGradientsMatchCentralDifferences", "parameterGradientsMatchCentralDifferences");
    }

    @Test
    void aUnitThatIgnoresTheSeedFailsDeterminism() {
        assertThat(failedChecks(BrokenUnits.UnseededContract.class)).containsExactly("sameSeedGivesTheSameLayer");
    }
}
