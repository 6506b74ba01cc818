package dev.lull.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Reads every YAML file under {@code k8s/} (no cluster, no kubectl) and checks that the manifests hang together:
 * with each other, with {@code application.properties}, with the Dockerfile and with docs/KUBERNETES.md.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KubernetesManifestsTest {
    static final Path ROOT = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    static final Path K8S = ROOT.resolve("k8s");
    static final Path BASE = K8S.resolve("base");
    static final Path PROD = K8S.resolve("overlays/prod");
    static final Path DEV = K8S.resolve("overlays/dev");
    static final Path LARGE = K8S.resolve("overlays/large");
    static final Set<String> HEALTH_PATHS = Set.of("/q/health/live", "/q/health/ready", "/q/health/started");
    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "user", "password", "dbname", "host", "port",
            "pgpass", "uri", "jdbc-uri", "fqdn-uri", "fqdn-jdbc-uri");

    /** One YAML document, from one file. */
    record Doc(Path file, Object body) {
        Map<String, Object> map() {
            return asMap(body);
        }

        String kind() {
            return String.valueOf(map().get("kind"));
        }

        String name() {
            return String.valueOf(at(body, "metadata", "name"));
        }
    }

    @Test
    void every_overlay_builds_with_kubectl_kustomize() throws Exception {
        Assumptions.assumeTrue(kubectlMinor() >= 27, "needs kubectl 1.27 or later (kustomize 5)");
        for (Path overlay : List.of(BASE, DEV, PROD, LARGE)) {
            Process build = new ProcessBuilder("kubectl", "kustomize", overlay.toString()).redirectErrorStream(true)
                    .start();
            String output = new String(build.getInputStream().readAllBytes());
            assertThat(build.waitFor()).as("kubectl kustomize %s: %s", ROOT.relativize(overlay), output).isZero();
            List<Object> documents = new ArrayList<>();
            new Yaml().loadAll(output).forEach(documents::add);
            assertThat(documents).as(ROOT.relativize(overlay).toString())
                    .anySatisfy(d -> assertThat(at(d, "kind")).isEqualTo("Deployment"));
        }
    }

    /** The minor version of the installed kubectl, or -1 without one. */
    private static int kubectlMinor() {
        try {
            Process version = new ProcessBuilder("kubectl", "version", "--client", "-o", "json").start();
            String json = new String(version.getInputStream().readAllBytes());
            var minor = Pattern.compile("\"minor\":\\s*\"(\\d+)").matcher(json);
            return version.waitFor() == 0 && minor.find() ? Integer.parseInt(minor.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    @Test
    void every_yaml_file_under_k8s_parses_into_at_least_one_document() throws IOException {
        List<Path> files = yamlFiles(K8S);
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        SoftAssertions soft = new SoftAssertions();
        for (Path file : files) {
            soft.assertThat(load(file)).as(ROOT.relativize(file).toString()).isNotEmpty();
        }
        soft.assertAll();
    }

    @Test
    void every_resource_and_patch_a_kustomization_names_exists() throws IOException {
        List<Path> kustomizations = yamlFiles(K8S).stream()
                .filter(f -> f.getFileName().toString().equals("kustomization.yaml")).toList();
        assertThat(kustomizations).contains(BASE.resolve("kustomization.yaml"), DEV.resolve("kustomization.yaml"),
                PROD.resolve("kustomization.yaml"), LARGE.resolve("kustomization.yaml"));
        SoftAssertions soft = new SoftAssertions();
        for (Path k : kustomizations) {
            Object body = load(k).get(0).body();
            List<String> local = new ArrayList<>();
            Stream.of("resources", "components")
                    .forEach(key -> asList(at(body, key)).forEach(r -> local.add((String) r)));
            asList(at(body, "patches")).forEach(p -> {
                if (at(p, "path") != null)
                    local.add((String) at(p, "path"));
            });
            for (String ref : local) {
                if (ref.matches("^[a-z]+://.*"))
                    continue; // a pinned remote release manifest
                Path target = k.getParent().resolve(ref).normalize();
                soft.assertThat(
                        Files.isRegularFile(target) || Files.isRegularFile(target.resolve("kustomization.yaml")))
                        .as("%s names %s", ROOT.relativize(k), ref).isTrue();
            }
        }
        soft.assertAll();
    }

    @Test
    void the_deployment_selects_the_labels_of_its_own_pod_template() throws IOException {
        Doc deployment = one(BASE, "Deployment");
        Map<String, Object> selector = asMap(at(deployment.body(), "spec", "selector", "matchLabels"));
        assertThat(selector).containsEntry("app.kubernetes.io/name", "lull");
        assertThat(podLabels()).containsAllEntriesOf(selector);
    }

    @Test
    void the_service_the_pdb_the_network_policy_and_the_spread_constraint_select_the_pods() throws IOException {
        Map<String, Object> pods = podLabels();
        Map<String, Map<String, Object>> selectors = new LinkedHashMap<>();
        selectors.put("Service", asMap(at(one(BASE, "Service").body(), "spec", "selector")));
        selectors.put("PodDisruptionBudget",
                asMap(at(one(BASE, "PodDisruptionBudget").body(), "spec", "selector", "matchLabels")));
        for (Doc policy : all(BASE, "NetworkPolicy")) {
            selectors.put("NetworkPolicy " + policy.name(), asMap(at(policy.body(), "spec", "podSelector",
                    "matchLabels")));
        }
        selectors.put("topologySpreadConstraints", asMap(at(podSpec(), "topologySpreadConstraints", 0,
                "labelSelector", "matchLabels")));
        selectors.forEach((what, selector) -> assertThat(selector).as(what).isNotEmpty()
                .allSatisfy((k, v) -> assertThat(pods).as(what).containsEntry(k, v)));
        Object hpaTarget = at(one(BASE, "HorizontalPodAutoscaler").body(), "spec", "scaleTargetRef");
        assertThat(asMap(hpaTarget)).containsEntry("kind", "Deployment").containsEntry("name",
                one(BASE, "Deployment").name());
    }

    @Test
    void probes_ask_the_health_endpoints_on_the_port_quarkus_listens_on() throws IOException {
        int httpPort = Integer.parseInt(appProperties().getProperty("quarkus.http.port"));
        Object container = container();
        assertThat(at(container, "ports", 0, "containerPort")).isEqualTo(httpPort);
        Set<String> paths = new LinkedHashSet<>();
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            Object get = at(container, probe, "httpGet");
            assertThat(get).as(probe).isNotNull();
            paths.add((String) at(get, "path"));
            assertThat(resolvePort(container, at(get, "port"))).as(probe + " port").isEqualTo(httpPort);
        }
        assertThat(paths).isEqualTo(HEALTH_PATHS);
        assertThat(at(container, "startupProbe", "httpGet", "path")).isEqualTo("/q/health/started");
    }

    @Test
    void metrics_are_scraped_on_the_management_port_which_no_service_exposes() throws IOException {
        Properties app = appProperties();
        assertThat(app.getProperty("quarkus.management.enabled")).isEqualTo("true");
        assertThat(app.getProperty("quarkus.smallrye-health.management.enabled")).as("health stays on the main port")
                .isEqualTo("false");
        int managementPort = Integer.parseInt(app.getProperty("quarkus.management.port"));
        Object container = container();
        assertThat(resolvePort(container, "management")).isEqualTo(managementPort);
        Map<String, Object> annotations = asMap(at(one(BASE, "Deployment").body(), "spec", "template", "metadata",
                "annotations"));
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(managementPort))
                .containsEntry("prometheus.io/path", "/q/metrics");
        for (Doc service : docs(K8S).stream().filter(d -> d.kind().equals("Service")).toList()) {
            for (Object port : asList(at(service.body(), "spec", "ports"))) {
                assertThat(resolvePort(container, at(port, "targetPort"))).as(service.name())
                        .isNotEqualTo(managementPort);
            }
        }
    }

    @Test
    void the_service_forwards_to_the_container_port() throws IOException {
        int httpPort = Integer.parseInt(appProperties().getProperty("quarkus.http.port"));
        Object port = at(one(BASE, "Service").body(), "spec", "ports", 0);
        assertThat(at(port, "port")).isEqualTo(80);
        assertThat(at(port, "name")).isEqualTo("http");
        assertThat(resolvePort(container(), at(port, "targetPort"))).isEqualTo(httpPort);
    }

    @Test
    void the_network_policies_admit_the_http_port_and_metrics_to_prometheus_and_let_out_only_postgresql_and_dns()
            throws IOException {
        int httpPort = Integer.parseInt(appProperties().getProperty("quarkus.http.port"));
        Doc base = named(all(BASE, "NetworkPolicy"), "lull");
        assertThat(asList(at(base.body(), "spec", "policyTypes"))).containsExactlyInAnyOrder("Ingress", "Egress");
        int managementPort = Integer.parseInt(appProperties().getProperty("quarkus.management.port"));
        assertThat(ports(at(base.body(), "spec", "ingress"))).containsExactly("TCP/" + httpPort,
                "TCP/" + managementPort);
        Object metricsRule = at(base.body(), "spec", "ingress", 1);
        assertThat(asMap(at(metricsRule, "from", 0, "podSelector", "matchLabels")))
                .as("only Prometheus reaches the management port")
                .containsEntry("app.kubernetes.io/name", "prometheus");
        for (Doc policy : docs(K8S.resolve("overlays")).stream().filter(d -> d.kind().equals("NetworkPolicy"))
                .toList()) {
            assertThat(at(policy.body(), "spec", "ingress")).as("an overlay keeps the base's ingress").isNull();
        }
        List<Doc> policies = new ArrayList<>(List.of(base));
        policies.add(one(PROD, "NetworkPolicy"));
        for (Doc policy : policies) {
            assertThat(ports(at(policy.body(), "spec", "egress"))).as(ROOT.relativize(policy.file()).toString())
                    .containsExactlyInAnyOrder("TCP/5432", "UDP/53", "TCP/53");
        }
    }

    @Test
    void webhooks_may_reach_http_and_https_outside_the_private_ranges_and_nothing_else() throws IOException {
        Doc webhooks = named(all(BASE, "NetworkPolicy"), "lull-webhooks");
        assertThat(asList(at(webhooks.body(), "spec", "policyTypes"))).containsExactly("Egress");
        assertThat(at(webhooks.body(), "spec", "ingress")).isNull();
        assertThat(ports(at(webhooks.body(), "spec", "egress"))).containsExactlyInAnyOrder("TCP/443", "TCP/80");
        List<?> rules = asList(at(webhooks.body(), "spec", "egress"));
        assertThat(rules).hasSize(1);
        Object block = at(rules.get(0), "to", 0, "ipBlock");
        assertThat(at(block, "cidr")).isEqualTo("0.0.0.0/0");
        assertThat(asList(at(block, "except"))).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
                "169.254.0.0/16", "127.0.0.0/8");
    }

    @Test
    void the_container_runs_unprivileged_with_a_read_only_root_filesystem() throws IOException {
        Object pod = podSpec();
        assertThat(at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(at(pod, "securityContext", "runAsUser")).isEqualTo(185);
        assertThat(at(pod, "securityContext", "seccompProfile", "type")).isEqualTo("RuntimeDefault");
        assertThat(at(pod, "automountServiceAccountToken")).isEqualTo(false);
        assertThat(at(one(BASE, "ServiceAccount").body(), "automountServiceAccountToken")).isEqualTo(false);
        Object container = container();
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        assertThat(asList(at(container, "securityContext", "capabilities", "drop"))).containsExactly("ALL");
        String tmpVolume = asList(at(container, "volumeMounts")).stream()
                .filter(m -> "/tmp".equals(at(m, "mountPath"))).map(m -> (String) at(m, "name")).findFirst()
                .orElseThrow(() -> new AssertionError("no volume mounted on /tmp"));
        assertThat(asList(at(pod, "volumes"))).anySatisfy(v -> {
            assertThat(at(v, "name")).isEqualTo(tmpVolume);
            assertThat(at(v, "emptyDir")).isNotNull();
        });
    }

    @Test
    void a_rolling_update_starts_the_new_pod_before_it_stops_an_old_one() throws IOException {
        Object spec = at(one(BASE, "Deployment").body(), "spec");
        assertThat(at(spec, "replicas")).isEqualTo(2);
        assertThat(at(spec, "strategy", "type")).isEqualTo("RollingUpdate");
        assertThat(at(spec, "strategy", "rollingUpdate", "maxUnavailable")).isEqualTo(0);
        assertThat(at(spec, "strategy", "rollingUpdate", "maxSurge")).isEqualTo(1);
        Object hpa = one(BASE, "HorizontalPodAutoscaler").body();
        assertThat(at(hpa, "apiVersion")).isEqualTo("autoscaling/v2");
        assertThat(at(hpa, "spec", "metrics", 0, "resource", "name")).isEqualTo("cpu");
        int minAvailable = (Integer) at(one(BASE, "PodDisruptionBudget").body(), "spec", "minAvailable");
        assertThat(minAvailable).isEqualTo(1).isLessThan((Integer) at(hpa, "spec", "minReplicas"));
    }

    @Test
    void the_grace_period_outlasts_the_pre_stop_pause_and_the_quarkus_shutdown_delay_and_timeout() throws IOException {
        Duration shutdown = quarkusDuration(appProperties().getProperty("quarkus.shutdown.timeout"))
                .plus(quarkusDuration(appProperties().getProperty("quarkus.shutdown.delay")));
        List<?> preStop = asList(at(container(), "lifecycle", "preStop", "exec", "command"));
        assertThat(preStop).hasSize(2).first().isEqualTo("sleep");
        Duration pause = Duration.ofSeconds(Long.parseLong((String) preStop.get(1)));
        assertThat(pause).isPositive();
        Duration grace = Duration.ofSeconds((Integer) at(podSpec(), "terminationGracePeriodSeconds"));
        assertThat(grace).isGreaterThan(pause.plus(shutdown));
    }

    @Test
    void requests_and_limits_fit_a_quarkus_jvm_in_every_overlay() throws IOException {
        List<Object> containers = new ArrayList<>(List.of(container()));
        containers.add(at(one(DEV, "Deployment").body(), "spec", "template", "spec", "containers", 0));
        for (Object c : containers) {
            long request = mebibytes(at(c, "resources", "requests", "memory"));
            long limit = mebibytes(at(c, "resources", "limits", "memory"));
            assertThat(at(c, "resources", "requests", "cpu")).isNotNull();
            assertThat(at(c, "resources", "limits", "cpu")).isNotNull();
            assertThat(request).isBetween(256L, limit);
            assertThat(limit).isBetween(256L, 512L);
        }
    }

    @Test
    void every_config_map_and_secret_key_the_manifests_use_is_documented() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/KUBERNETES.md"));
        Set<String> names = new LinkedHashSet<>();
        for (Doc d : docs(K8S)) {
            walk(d.body(), node -> {
                for (String ref : List.of("secretKeyRef", "configMapKeyRef")) {
                    Object r = at(node, ref);
                    if (r != null) {
                        names.add((String) at(r, "name"));
                        names.add((String) at(r, "key"));
                    }
                }
                for (String ref : List.of("configMapRef", "secretRef"))
                    if (at(node, ref, "name") != null)
                        names.add((String) at(node, ref, "name"));
                for (String source : List.of("configMap", "secret")) {
                    Object volume = at(node, source);
                    if (volume instanceof Map<?, ?> && at(volume, "items") != null) {
                        names.add((String) Objects.requireNonNullElse(at(volume, "name"), at(volume, "secretName")));
                        asList(at(volume, "items")).forEach(i -> names.add((String) at(i, "key")));
                    }
                }
            });
            if (d.kind().equals("ConfigMap"))
                names.addAll(asMap(at(d.body(), "data")).keySet());
            if (d.kind().equals("Kustomization"))
                for (Object generator : asList(at(d.body(), "configMapGenerator")))
                    for (Object literal : asList(at(generator, "literals")))
                        names.add(((String) literal).split("=", 2)[0]);
        }
        assertThat(names).contains("lull-db", "jdbc-url", "lull-db-app", "jdbc-uri", "username", "password",
                "lull-config", "QUARKUS_LOG_LEVEL", "LULL_JWT_ISSUER", "lull-jwt", "public-key.pem", "lull-console",
                "session-key");
        assertThat(names).allSatisfy(n -> assertThat(doc).as("docs/KUBERNETES.md mentions `%s`", n)
                .contains("`" + n + "`"));
    }

    @Test
    void the_prod_overlay_runs_a_three_instance_cloudnativepg_cluster_whose_app_secret_the_pods_read()
            throws IOException {
        Doc cluster = one(PROD, "Cluster");
        assertThat(at(cluster.body(), "apiVersion")).isEqualTo("postgresql.cnpg.io/v1");
        assertThat(at(cluster.body(), "spec", "instances")).isEqualTo(3);
        assertThat(at(cluster.body(), "spec", "storage", "size")).isNotNull();
        assertThat(asMap(at(cluster.body(), "spec", "bootstrap", "initdb"))).containsEntry("database", "lull")
                .containsEntry("owner", "lull");
        List<Object> refs = new ArrayList<>();
        walk(one(PROD, "Deployment").body(), node -> {
            if (at(node, "secretKeyRef") != null)
                refs.add(at(node, "secretKeyRef"));
        });
        assertThat(refs).hasSize(3).allSatisfy(r -> {
            assertThat(at(r, "name")).isEqualTo(cluster.name() + "-app");
            assertThat(CNPG_APP_SECRET_KEYS).contains((String) at(r, "key"));
        });
        Object toDatabase = at(one(PROD, "NetworkPolicy").body(), "spec", "egress", 0, "to", 0, "podSelector");
        assertThat(asMap(at(toDatabase, "matchLabels"))).containsEntry("cnpg.io/cluster", cluster.name());
    }

    @Test
    void overlay_patches_change_only_resources_the_base_defines() throws IOException {
        Set<String> defined = new LinkedHashSet<>();
        docs(BASE).forEach(d -> defined.add(d.kind() + "/" + d.name()));
        for (Path overlay : List.of(DEV, PROD)) {
            Object kustomization = load(overlay.resolve("kustomization.yaml")).get(0).body();
            List<Object> patches = asList(at(kustomization, "patches"));
            assertThat(patches).as(overlay.toString()).isNotEmpty();
            for (Object patch : patches) {
                Object body = at(patch, "path") != null
                        ? load(overlay.resolve((String) at(patch, "path"))).get(0).body()
                        : new Yaml().load((String) at(patch, "patch"));
                Doc d = new Doc(overlay, body);
                assertThat(defined).as("patch in %s", ROOT.relativize(overlay)).contains(d.kind() + "/" + d.name());
            }
        }
        assertThat(at(one(DEV, "Deployment").body(), "spec", "replicas")).isEqualTo(1);
    }

    @Test
    void every_gate_example_asks_the_gate_api() throws IOException {
        Pattern gate = Pattern.compile("/api/v1/gates/(hosts|clusters)/");
        List<Path> examples = yamlFiles(K8S.resolve("examples"));
        assertThat(examples).hasSizeGreaterThanOrEqualTo(3);
        long asking = examples.stream().filter(f -> gate.matcher(read(f)).find()).count();
        assertThat(asking).isGreaterThanOrEqualTo(3);
        Doc hook = docs(K8S.resolve("examples/argocd")).stream().filter(d -> d.kind().equals("Job")).findFirst()
                .orElseThrow();
        assertThat(asMap(at(hook.body(), "metadata", "annotations"))).containsEntry("argocd.argoproj.io/hook",
                "PreSync");
        assertThat(read(hook.file())).contains("curl -fsS");
        assertThat(read(K8S.resolve("examples/kured/kured-gate.yaml"))).contains("--reboot-sentinel-command=");
    }

    @Test
    void the_image_runs_the_packaged_application_as_user_185_on_the_http_port_with_G1() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("src/main/docker/Dockerfile.jvm"));
        assertThat(dockerfile).containsPattern("(?m)^FROM registry\\.access\\.redhat\\.com/ubi9/openjdk-17-runtime:")
                .containsPattern("(?m)^USER 185$")
                .containsPattern("(?m)^ENV GC_CONTAINER_OPTIONS=\"-XX:\\+UseG1GC\"$")
                .contains("target/quarkus-app/lib/", "target/quarkus-app/app/", "target/quarkus-app/quarkus/")
                .containsPattern("(?m)^EXPOSE " + appProperties().getProperty("quarkus.http.port") + "$");
    }

    // ---- reading ----

    static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().matches(".*\\.ya?ml$")).sorted()
                    .toList();
        }
    }

    static List<Doc> load(Path file) {
        try (Reader reader = Files.newBufferedReader(file)) {
            List<Doc> docs = new ArrayList<>();
            for (Object body : new Yaml().loadAll(reader))
                if (body != null)
                    docs.add(new Doc(file, body));
            return docs;
        } catch (IOException e) {
            throw new AssertionError(file + ": " + e, e);
        }
    }

    static List<Doc> docs(Path dir) throws IOException {
        return yamlFiles(dir).stream().flatMap(f -> load(f).stream()).filter(d -> d.body() instanceof Map).toList();
    }

    static List<Doc> all(Path dir, String kind) throws IOException {
        return docs(dir).stream().filter(d -> d.kind().equals(kind)).toList();
    }

    static Doc named(List<Doc> docs, String name) {
        return docs.stream().filter(d -> d.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " among " + docs));
    }

    static Doc one(Path dir, String kind) throws IOException {
        List<Doc> found = docs(dir).stream().filter(d -> d.kind().equals(kind)).toList();
        assertThat(found).as("%s in %s", kind, ROOT.relativize(dir)).hasSize(1);
        return found.get(0);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static Properties appProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("src/main/resources/application.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    static Object podSpec() throws IOException {
        return at(one(BASE, "Deployment").body(), "spec", "template", "spec");
    }

    static Map<String, Object> podLabels() throws IOException {
        return asMap(at(one(BASE, "Deployment").body(), "spec", "template", "metadata", "labels"));
    }

    static Object container() throws IOException {
        List<Object> containers = asList(at(podSpec(), "containers"));
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    /** A port given by number or by the name of one of the container's ports, as a number. */
    static Object resolvePort(Object container, Object port) {
        if (port instanceof String name)
            return asList(at(container, "ports")).stream().filter(p -> name.equals(at(p, "name")))
                    .map(p -> at(p, "containerPort")).findFirst().orElse(null);
        return port;
    }

    /** "TCP/5432" for every port of every rule. */
    static List<String> ports(Object rules) {
        List<String> ports = new ArrayList<>();
        for (Object rule : asList(rules))
            for (Object p : asList(at(rule, "ports")))
                ports.add(Objects.requireNonNullElse(at(p, "protocol"), "TCP") + "/" + at(p, "port"));
        return ports;
    }

    static Duration quarkusDuration(String value) {
        if (value.matches("\\d+"))
            return Duration.ofSeconds(Long.parseLong(value));
        if (value.matches("\\d+[smh]"))
            return Duration.parse("PT" + value.toUpperCase());
        return Duration.parse(value);
    }

    static long mebibytes(Object quantity) {
        String q = String.valueOf(quantity);
        if (q.endsWith("Gi"))
            return Long.parseLong(q.substring(0, q.length() - 2)) * 1024;
        assertThat(q).endsWith("Mi");
        return Long.parseLong(q.substring(0, q.length() - 2));
    }

    // ---- navigating parsed YAML ----

    /** Follows map keys (String) and list indexes (Integer); null when a step is missing. */
    static Object at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            if (current instanceof Map<?, ?> map && step instanceof String key)
                current = map.get(key);
            else if (current instanceof List<?> list && step instanceof Integer i && i < list.size())
                current = list.get(i);
            else
                return null;
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object node) {
        return node instanceof Map<?, ?> ? (Map<String, Object>) node : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> asList(Object node) {
        return node instanceof List<?> ? (List<Object>) node : List.of();
    }

    /** Visits every map in the tree. */
    static void walk(Object node, Consumer<Object> visit) {
        if (node instanceof Map<?, ?> map) {
            visit.accept(map);
            map.values().forEach(v -> walk(v, visit));
        } else if (node instanceof Collection<?> list) {
            list.forEach(v -> walk(v, visit));
        }
    }
}
