package dev.lull.loadsource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.resteasy.reactive.RestResponse;

import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.HostCatalog;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.ETags;
import dev.lull.platform.Versioned;

/** The load sources of clusters and hosts: read with their status, set, removed. */
@ApplicationScoped
@Transactional
public class LoadSources {
    static final String CLUSTER = "cluster";
    static final String HOST = "host";
    private final Clock clock;
    private final SourceHealth store;
    private final SourceCredentials credentials;

    LoadSources(Clock clock, SourceHealth store, SourceCredentials credentials) {
        this.clock = clock;
        this.store = store;
        this.credentials = credentials;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned<LoadSourceView> get(String kind, String name) {
        LoadSource source = require(kind, name);
        List<LoadSourceView.HostPull> hosts = store.status(source.id, clock.instant());
        return new Versioned<>(LoadSourceView.of(source, store.failing(source.id), hosts), source.version);
    }

    /** Creates (201) or replaces (200) the source; a new URL or query starts its hosts' pulls afresh. */
    public RestResponse<LoadSourceView> put(String kind, String name, LoadSourceBody body, String ifMatch,
            String username) {
        requireScope(kind, name);
        SourceSettings settings = SourceRules.check(body, kind.equals(CLUSTER));
        Instant now = clock.instant();
        LoadSource source = LoadSource.find(kind, name).orElse(null);
        boolean created = source == null;
        if (created) {
            source = new LoadSource();
            source.scopeKind = kind;
            source.scopeName = name;
            source.createdAt = now;
        } else {
            ETags.requireCurrent(ifMatch, source.version);
            if (!source.url.equals(settings.url().toString()) || !source.query.equals(settings.query())) {
                store.forgetProgress(source.id);
            }
        }
        source.url = settings.url().toString();
        source.query = settings.query();
        source.stepSeconds = (int) settings.step().toSeconds();
        source.backfillSeconds = settings.backfill().toSeconds();
        source.bearerToken = credentials.seal(settings.auth().bearerToken());
        source.basicUsername = settings.auth().username();
        source.basicPassword = credentials.seal(settings.auth().password());
        source.credentialsSealed = true;
        source.updatedBy = username;
        source.updatedAt = now;
        source.persistAndFlush();
        return new Versioned<>(LoadSourceView.of(source, !created && store.failing(source.id),
                created ? List.of() : store.status(source.id, now)), source.version).stored(created);
    }

    public void delete(String kind, String name, String ifMatch) {
        LoadSource source = require(kind, name);
        ETags.requireMatch(ifMatch, source.version);
        source.delete();
    }

    private static LoadSource require(String kind, String name) {
        requireScope(kind, name);
        return LoadSource.find(kind, name)
                .orElseThrow(() -> ApiProblem.notFound(kind + " " + name + " has no load source"));
    }

    /** 404 unless a cluster or host ({@code kind}) of that name exists. */
    private static void requireScope(String kind, String name) {
        List<String> unknown = kind.equals(CLUSTER)
                ? ClusterCatalog.unknown(List.of(name))
                : HostCatalog.unknown(List.of(name));
        if (!unknown.isEmpty()) {
            throw ApiProblem.notFound("no " + kind + " named " + name);
        }
    }
}
