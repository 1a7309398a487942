package io.github.rnnmem.experiments.sweep;

import io.github.rnnmem.experiments.io.AtomicFiles;
import io.github.rnnmem.experiments.store.RunDirectory;
import io.github.rnnmem.experiments.store.ShardLogs;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * The manifests of a sweep on Kubernetes, {@code RUN/sweep/kubernetes/sweep.yaml}, to apply with
 * {@code kubectl apply -f}:
 *
 * <ul>
 *   <li>a PersistentVolumeClaim ({@code ReadWriteMany}) holding the run directory ({@value #RUN}) and
 *       rnnmem's cache ({@value #CACHE}), which every pod mounts at {@value #VOLUME};
 *   <li>a ConfigMap with the experiment file, mounted at {@value #CONFIG};
 *   <li>a ServiceAccount allowed to read the sweep's Jobs, with which a step waits for the one before
 *       it (Kubernetes has no dependencies between Jobs);
 *   <li>the preparing Job ({@code rnnmem run --prepare});
 *   <li>an Indexed Job of one completion per shard ({@code completionMode: Indexed}, the shard {@code
 *       JOB_COMPLETION_INDEX}), at most {@code K} pods at once, each index retried on its own ({@code
 *       backoffLimitPerIndex}) except when rnnmem says its input is to fix (exit status 2), a pod
 *       failure policy that ignores disruptions (preemption, eviction, node drain: the pod is
 *       recreated and resumes from its checkpoint without counting as a failure), {@code
 *       restartPolicy: Never}, and a termination grace period longer than a batch and its
 *       checkpoint, so that the SIGTERM of an eviction ends in a checkpoint;
 *   <li>the merging Job ({@code rnnmem report}, then {@code rnnmem sweep status}), which waits until
 *       the Indexed Job has completed or failed.
 * </ul>
 *
 * <p>Every shard appends what it prints to {@code RUN/sweep/logs/shard-<I>.log} on the volume and
 * records how it ended in {@code shard-<I>.exit}, as on Slurm.
 */
public final class KubernetesManifests {

    /** Where every pod mounts the volume. */
    static final String VOLUME = "/rnnmem";
    /** The run directory on the volume. */
    static final String RUN = VOLUME + "/run";
    /** rnnmem's cache (text8) on the volume. */
    static final String CACHE = VOLUME + "/cache";
    /** Where the experiment file is mounted. */
    static final String CONFIG = "/etc/rnnmem";
    /** The image of the containers that wait for a Job: a shell and kubectl. */
    static final String KUBECTL_IMAGE = "bitnami/kubectl:1.31";

    private static final String EXPERIMENT_FILE = "experiment.yaml";

    private final String name;
    private final String experiment;
    private final List<String> arguments;
    private final int shards;
    private final SweepJobs.Resources resources;
    private final String image;
    private final String volumeSize;

    /**
     * Prepares the manifests of a sweep.
     *
     * @param name the experiment's name, which names every object ({@code rnnmem-<name>-...})
     * @param experiment the experiment file's text
     * @param arguments the command line's {@code --set} and {@code --corpus} arguments; paths in them
     *     must be valid inside the pods (on the volume, say)
     * @param shards the number of shards
     * @param resources what each pod asks for
     * @param image the container image, with Java 17 and a built rnnmem whose launcher is {@code
     *     rnnmem} on the {@code PATH}
     * @param volumeSize the size of the volume, such as {@code 50Gi}
     */
    public KubernetesManifests(String name, String experiment, List<String> arguments, int shards,
            SweepJobs.Resources resources, String image, String volumeSize) {
        this.name = name;
        this.experiment = experiment;
        this.arguments = List.copyOf(arguments);
        this.shards = shards;
        this.resources = resources;
        this.image = image;
        this.volumeSize = volumeSize;
    }

    /**
     * The run directory inside the pods.
     *
     * @return the path on the volume
     */
    public static String runDirectory() {
        return RUN;
    }

    /**
     * Writes {@code sweep.yaml}.
     *
     * @param directory {@code RUN/sweep/kubernetes}
     * @return the file
     * @throws IOException if it cannot be written
     */
    public Path write(Path directory) throws IOException {
        Path file = directory.resolve("sweep.yaml");
        AtomicFiles.writeString(file, text());
        return file;
    }

    /**
     * The manifests as YAML documents.
     *
     * @return the text, documents separated by {@code ---}
     */
    public String text() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(120);
        Yaml yaml = new Yaml(new LiteralText(options), options);
        List<Map<String, Object>> documents = List.of(volume(), configMap(), serviceAccount(), role(), roleBinding(),
                prepare(), shards(), merge());
        return "# The rnnmem sweep \"" + name + "\" on Kubernetes, written by 'rnnmem sweep --kubernetes'.\n"
                + "# kubectl apply -f sweep.yaml; the run directory is " + RUN + " on the volume " + object("") + ".\n"
                + documents.stream().map(yaml::dump).map(text -> "---\n" + text).collect(Collectors.joining());
    }

    /** Strings of several lines (the experiment, the shard's script) as literal blocks. */
    private static final class LiteralText extends Representer {
        LiteralText(DumperOptions options) {
            super(options);
            this.representers.put(String.class, data -> {
                String text = (String) data;
                return representScalar(Tag.STR, text,
                        text.contains("\n") ? DumperOptions.ScalarStyle.LITERAL : defaultScalarStyle);
            });
        }
    }

    private String object(String suffix) {
        return "rnnmem-" + name + suffix;
    }

    private Map<String, Object> volume() {
        return document("v1", "PersistentVolumeClaim", object(""), map(
                "accessModes", List.of("ReadWriteMany"),
                "resources", map("requests", map("storage", volumeSize))));
    }

    private Map<String, Object> configMap() {
        Map<String, Object> document = document("v1", "ConfigMap", object("-experiment"), null);
        document.put("data", map(EXPERIMENT_FILE, experiment.endsWith("\n") ? experiment : experiment + "\n"));
        return document;
    }

    private Map<String, Object> serviceAccount() {
        return document("v1", "ServiceAccount", object(""), null);
    }

    private Map<String, Object> role() {
        Map<String, Object> document = document("rbac.authorization.k8s.io/v1", "Role", object("-jobs"), null);
        document.put("rules", List.of(map("apiGroups", List.of("batch"), "resources", List.of("jobs"),
                "verbs", List.of("get", "list", "watch"))));
        return document;
    }

    private Map<String, Object> roleBinding() {
        Map<String, Object> document = document("rbac.authorization.k8s.io/v1", "RoleBinding", object("-jobs"), null);
        document.put("subjects", List.of(map("kind", "ServiceAccount", "name", object(""))));
        document.put("roleRef", map("apiGroup", "rbac.authorization.k8s.io", "kind", "Role", "name", object("-jobs")));
        return document;
    }

    private Map<String, Object> prepare() {
        List<String> command = new ArrayList<>(run());
        command.add("--prepare");
        Map<String, Object> container = container("prepare", command, false);
        return document("batch/v1", "Job", object("-prepare"), map(
                "backoffLimit", 2,
                "template", map("metadata", labels(), "spec", pod(List.of(), container, 30))));
    }

    private Map<String, Object> shards() {
        Map<String, Object> container = container("shard", List.of("/bin/bash", "-c", shardScript()), true);
        Map<String, Object> spec = map(
                "completionMode", "Indexed",
                "completions", shards,
                "parallelism", resources.throttle().orElse(shards),
                "backoffLimitPerIndex", 3,
                "maxFailedIndexes", shards,
                "podFailurePolicy", map("rules", List.of(
                        map("action", "Ignore", "onPodConditions", List.of(map("type", "DisruptionTarget"))),
                        map("action", "FailIndex", "onExitCodes", map("containerName", "shard", "operator", "In",
                                "values", List.of(2))))),
                "template", map("metadata", labels(), "spec", pod(List.of(waitFor("prepare", object("-prepare"),
                        "{.status.succeeded}", "1")), container, resources.warningSeconds())));
        return document("batch/v1", "Job", object("-shards"), spec);
    }

    private Map<String, Object> merge() {
        Map<String, Object> container = container("merge", List.of("/bin/bash", "-c",
                "rnnmem report " + RUN + "; status=$?; rnnmem sweep status " + RUN + "; exit $status"), false);
        return document("batch/v1", "Job", object("-merge"), map(
                "backoffLimit", 1,
                "template", map("metadata", labels(), "spec", pod(List.of(waitFor("shards", object("-shards"),
                        "{.status.conditions[*].type}", "Complete|Failed")), container, 30))));
    }

    /** A pod that waits for its step's turn, then runs the container. */
    private Map<String, Object> pod(List<Map<String, Object>> waits, Map<String, Object> container, int grace) {
        Map<String, Object> pod = map(
                "restartPolicy", "Never",
                "serviceAccountName", object(""),
                "terminationGracePeriodSeconds", grace);
        if (!waits.isEmpty()) {
            pod.put("initContainers", waits);
        }
        pod.put("containers", List.of(container));
        pod.put("volumes", List.of(
                map("name", "run", "persistentVolumeClaim", map("claimName", object(""))),
                map("name", "experiment", "configMap", map("name", object("-experiment")))));
        return pod;
    }

    /** An init container that polls a Job until a field of it matches. */
    private static Map<String, Object> waitFor(String what, String job, String field, String pattern) {
        return map("name", "wait-for-" + what, "image", KUBECTL_IMAGE, "command", List.of("/bin/sh", "-c",
                "until kubectl get job " + job + " -o jsonpath='" + field + "' | grep -Eq '" + pattern + "'; do sleep 15;"
                        + " done"));
    }

    private Map<String, Object> container(String containerName, List<String> command, boolean shard) {
        Map<String, Object> requests = map("cpu", String.valueOf(resources.cpus()));
        Map<String, Object> limits = map();
        if (resources.memory() != null) {
            String memory = resources.memory().endsWith("G") || resources.memory().endsWith("M")
                    ? resources.memory() + "i" : resources.memory();
            requests.put("memory", memory);
            limits.put("memory", memory);
        }
        if (shard && resources.gpus() > 0) {
            limits.put("nvidia.com/gpu", resources.gpus());
        }
        Map<String, Object> resourceMap = map("requests", requests);
        if (!limits.isEmpty()) {
            resourceMap.put("limits", limits);
        }
        return map(
                "name", containerName,
                "image", image,
                "command", command,
                "env", List.of(
                        map("name", "RNNMEM_CACHE", "value", CACHE),
                        map("name", "OMP_NUM_THREADS", "value", String.valueOf(resources.cpus()))),
                "resources", resourceMap,
                "volumeMounts", List.of(
                        map("name", "run", "mountPath", VOLUME),
                        map("name", "experiment", "mountPath", CONFIG, "readOnly", true)));
    }

    /** {@code rnnmem run} of the experiment into the run directory on the volume. */
    private List<String> run() {
        List<String> command = new ArrayList<>(List.of("rnnmem", "run", CONFIG + "/" + EXPERIMENT_FILE));
        command.addAll(arguments);
        command.addAll(List.of("--set", "output=" + RUN));
        return command;
    }

    /** The shard's script: the SIGTERM of an eviction passed on, the output appended to its log, its end recorded. */
    private String shardScript() {
        return ShardScript.body("$JOB_COMPLETION_INDEX", shards, new ShardLogs(new RunDirectory(Path.of(RUN)))
                .directory().toString(), true, run(), "echo \"$(date '+%F %T') shard $shard/" + shards + ": pod"
                + " $HOSTNAME\"\n", "");
    }

    private Map<String, Object> document(String apiVersion, String kind, String objectName, Map<String, Object> spec) {
        Map<String, Object> document = map("apiVersion", apiVersion, "kind", kind,
                "metadata", map("name", objectName, "labels", labels().get("labels")));
        if (spec != null) {
            document.put("spec", spec);
        }
        return document;
    }

    private Map<String, Object> labels() {
        return map("labels", map("app.kubernetes.io/name", "rnnmem", "rnnmem/sweep", name));
    }

    /** A mapping of key-value pairs, in order. */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
