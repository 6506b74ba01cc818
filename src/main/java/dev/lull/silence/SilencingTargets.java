package dev.lull.silence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Versioned;

/** The silencing targets of clusters and hosts: read, set, removed; a host's own target wins over its cluster's. */
@ApplicationScoped
@Transactional
public class SilencingTargets {
    static final String CLUSTER = "cluster";
    static final String HOST = "host";
    private static final TypeReference<List<Matcher>> MATCHERS = new TypeReference<>() {
    };
    private final Clock clock;
    private final ObjectMapper mapper;

    SilencingTargets(Clock clock, ObjectMapper mapper) {
        this.clock = clock;
        this.mapper = mapper;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<SilencingView> get(String kind, String name) {
        SilencingTarget target = require(kind, name);
        return new Versioned<>(view(target), target.version);
    }

    /** Creates (201) or replaces (200) the target; silences already made keep their matchers until they move. */
    public RestResponse<SilencingView> put(String kind, String name, SilencingBody body, String ifMatch,
            String username) {
        requireScope(kind, name);
        List<String> urls = SilencingRules.check(body, kind.equals(CLUSTER));
        Instant now = clock.instant();
        SilencingTarget target = SilencingTarget.find(kind, name).orElse(null);
        boolean created = target == null;
        if (created) {
            target = new SilencingTarget();
            target.scopeKind = kind;
            target.scopeName = name;
            target.createdAt = now;
        } else {
            ETags.requireCurrent(ifMatch, target.version);
        }
        target.urls = urls;
        target.matchers = json(body.matchers().stream()
                .map(m -> new Matcher(m.name(), m.value(), Boolean.TRUE.equals(m.isRegex()))).toList());
        target.updatedBy = username;
        target.updatedAt = now;
        target.persistAndFlush();
        return new Versioned<>(view(target), target.version).stored(created);
    }

    public void delete(String kind, String name, String ifMatch) {
        SilencingTarget target = require(kind, name);
        ETags.requireMatch(ifMatch, target.version);
        target.delete();
    }

    List<Matcher> matchers(String json) {
        try {
            return mapper.readValue(json, MATCHERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored matchers are not JSON", e);
        }
    }

    String json(List<Matcher> matchers) {
        try {
            return mapper.writeValueAsString(matchers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("matchers cannot be written as JSON", e);
        }
    }

    private SilencingView view(SilencingTarget target) {
        return new SilencingView(target.scopeKind, target.scopeName, "alertmanager", List.copyOf(target.urls),
                matchers(target.matchers));
    }

    private static SilencingTarget require(String kind, String name) {
        requireScope(kind, name);
        return SilencingTarget.find(kind, name)
                .orElseThrow(() -> ApiProblem.notFound(kind + " " + name + " has no silencing target"));
    }

    private static void requireScope(String kind, String name) {
        List<String> unknown = kind.equals(CLUSTER)
                ? ClusterCatalog.unknown(List.of(name))
                : HostCatalog.unknown(List.of(name));
        if (!unknown.isEmpty()) {
            throw ApiProblem.notFound("no " + kind + " named " + name);
        }
    }
}
