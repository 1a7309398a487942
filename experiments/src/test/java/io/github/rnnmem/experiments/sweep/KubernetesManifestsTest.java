package io.github.rnnmem.experiments.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The manifests, read back as YAML: every object a sweep needs, and in the Indexed Job the fields
 * that make shards survive a cluster (an index per shard, retries per index, disruptions ignored,
 * a grace period for the checkpoint). They have not been applied to a cluster here.
 */
class KubernetesManifestsTest {

    private static final String EXPERIMENT = "name: demo\ncorpus: {source: text8}\nunits:\n  - {unit: gru, hidden: 8}\n";

    @TempDir Path directory;
    private String text;
    private List<Map<String, Object>> documents;

    @BeforeEach
    void write() throws Exception {
        Path file = new KubernetesManifests("demo", EXPERIMENT, List.of("--set", "training.max_steps=50"), 6,
                new SweepJobs.Resources(null, null, 4, 1, "16G", OptionalInt.of(2), 300), "registry/rnnmem:1", "20Gi")
                .write(directory);
        text = Files.readString(file, StandardCharsets.UTF_8);
        documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            documents.add(map(document));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    private Map<String, Object> object(String kind, String name) {
        return documents.stream()
                .filter(d -> d.get("kind").equals(kind) && map(d.get("metadata")).get("name").equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name + " in\n" + text));
    }

    private static Map<String, Object> pod(Map<String, Object> job) {
        return map(map(map(job.get("spec")).get("template")).get("spec"));
    }

    @Test
    void holdsEveryObjectOfTheSweep() {
        assertThat(documents).extracting(d -> d.get("kind") + " " + map(d.get("metadata")).get("name")).containsExactly(
                "PersistentVolumeClaim rnnmem-demo", "ConfigMap rnnmem-demo-experiment", "ServiceAccount rnnmem-demo",
                "Role rnnmem-demo-jobs", "RoleBinding rnnmem-demo-jobs", "Job rnnmem-demo-prepare",
                "Job rnnmem-demo-shards", "Job rnnmem-demo-merge");
        assertThat(map(object("ConfigMap", "rnnmem-demo-experiment").get("data")).get("experiment.yaml"))
                .isEqualTo(EXPERIMENT);
        Map<String, Object> volume = map(object("PersistentVolumeClaim", "rnnmem-demo").get("spec"));
        assertThat(volume.get("accessModes")).isEqualTo(List.of("ReadWriteMany"));
        assertThat(map(map(volume.get("resources")).get("requests")).get("storage")).isEqualTo("20Gi");
    }

    @Test
    void theShardsAreAnIndexedJobThatSurvivesDisruptions() {
        Map<String, Object> job = object("Job", "rnnmem-demo-shards");
        Map<String, Object> spec = map(job.get("spec"));
        assertThat(spec).containsEntry("completionMode", "Indexed").containsEntry("completions", 6)
                .containsEntry("parallelism", 2).containsEntry("backoffLimitPerIndex", 3);
        List<Object> rules = list(map(spec.get("podFailurePolicy")).get("rules"));
        assertThat(map(rules.get(0))).containsEntry("action", "Ignore")
                .containsEntry("onPodConditions", List.of(Map.of("type", "DisruptionTarget")));
        assertThat(map(rules.get(1))).containsEntry("action", "FailIndex");
        Map<String, Object> pod = pod(job);
        assertThat(pod).containsEntry("restartPolicy", "Never").containsEntry("terminationGracePeriodSeconds", 300);
        Map<String, Object> container = map(list(pod.get("containers")).get(0));
        assertThat(container.get("image")).isEqualTo("registry/rnnmem:1");
        Map<String, Object> resources = map(container.get("resources"));
        assertThat(map(resources.get("limits"))).containsEntry("nvidia.com/gpu", 1).containsEntry("memory", "16Gi");
        assertThat(map(resources.get("requests"))).containsEntry("cpu", "4");
        String script = (String) list(container.get("command")).get(2);
        assertThat(script).contains("shard=$JOB_COMPLETION_INDEX")
                .contains("'rnnmem' 'run' '/etc/rnnmem/experiment.yaml' '--set' 'training.max_steps=50' '--set'"
                        + " 'output=/rnnmem/run' --shard \"$shard/6\" &")
                .contains("trap 'kill -TERM \"$pid\" 2>/dev/null' TERM")
                .contains("/rnnmem/run/sweep/logs");
        assertThat(list(pod.get("initContainers"))).singleElement().satisfies(wait ->
                assertThat(list(map(wait).get("command")).get(2).toString()).contains("job rnnmem-demo-prepare"));
    }

    @Test
    void theMergeWaitsForTheShardsWhateverBecameOfThem() {
        Map<String, Object> pod = pod(object("Job", "rnnmem-demo-merge"));
        assertThat(list(map(list(pod.get("initContainers")).get(0)).get("command")).get(2).toString())
                .contains("kubectl get job rnnmem-demo-shards").contains("Complete|Failed");
        assertThat(list(map(list(pod.get("containers")).get(0)).get("command")).get(2).toString())
                .contains("rnnmem report /rnnmem/run").contains("rnnmem sweep status /rnnmem/run");
        assertThat(pod(object("Job", "rnnmem-demo-prepare")).get("initContainers")).isNull();
    }

    @Test
    void everyPodMountsTheRunDirectoryAndTheExperiment() {
        for (String job : List.of("rnnmem-demo-prepare", "rnnmem-demo-shards", "rnnmem-demo-merge")) {
            Map<String, Object> pod = pod(object("Job", job));
            assertThat(pod.get("serviceAccountName")).isEqualTo("rnnmem-demo");
            assertThat(list(pod.get("volumes"))).hasSize(2);
            Map<String, Object> container = map(list(pod.get("containers")).get(0));
            assertThat(list(container.get("volumeMounts"))).extracting(m -> map(m).get("mountPath"))
                    .containsExactly("/rnnmem", "/etc/rnnmem");
            assertThat(list(container.get("env"))).contains(Map.of("name", "RNNMEM_CACHE", "value", "/rnnmem/cache"));
        }
    }

    @Test
    void readingAndWritingAgainGivesTheSameObjects() {
        DumperOptions options = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
        List<Object> again = new ArrayList<>();
        for (Map<String, Object> document : documents) {
            again.add(yaml.load(new Yaml(options).dump(document)));
        }
        assertThat(again).isEqualTo(documents);
    }

    @Test
    void theShardsScriptIsBash() throws Exception {
        String script = (String) list(map(list(pod(object("Job", "rnnmem-demo-shards")).get("containers")).get(0))
                .get("command")).get(2);
        Path file = Files.writeString(directory.resolve("shard.sh"), script);
        Process process = new ProcessBuilder("bash", "-n", file.toString()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(new String(process.getInputStream().readAllBytes())).isZero();
    }
}
