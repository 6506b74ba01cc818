package dev.lull.loadsource;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestHeader;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import dev.lull.load.IngestTurns;
import dev.lull.load.LoadConfig;
import dev.lull.platform.ApiProblem;
import dev.lull.platform.BodyLimit;
import dev.lull.platform.OwnBodyLimit;
import dev.lull.platform.Roles;

/** Prometheus remote write 1.0 into load history: the mapped metric's samples become each host's step values. */
@Path("/api/v1/load/prometheus")
@Tag(name = "Load history")
public class RemoteWriteResource {
    private static final Logger LOG = Logger.getLogger(RemoteWriteResource.class);
    private final RemoteWriteIngest ingest;
    private final IngestTurns turns;
    private final LoadConfig.RemoteWrite config;
    private final RemoteWriteBody reader;
    private final Clock clock;
    private final Map<SampleOutcome, Counter> samples = new EnumMap<>(SampleOutcome.class);

    RemoteWriteResource(RemoteWriteIngest ingest, IngestTurns turns, LoadConfig config, Clock clock,
            MeterRegistry registry) {
        this.ingest = ingest;
        this.turns = turns;
        this.config = config.remoteWrite();
        this.reader = new RemoteWriteBody(this.config.metric(), this.config.hostLabel());
        this.clock = clock;
        for (SampleOutcome outcome : SampleOutcome.values()) {
            samples.put(outcome, Counter.builder("lull.load.remote.write.samples").tag("outcome", outcome.tag())
                    .description("Samples received by Prometheus remote write, by what became of them")
                    .register(registry));
        }
    }

    @POST
    @OwnBodyLimit
    @Consumes("application/x-protobuf")
    @RolesAllowed({Roles.INGEST, Roles.ADMIN})
    @Operation(summary = "Receive Prometheus remote write 1.0 (snappy protobuf WriteRequest)", description = "Takes "
            + "the series of lull.load.remote-write.metric (a gauge: messages per step; with _total, a counter: its "
            + "increase per step, resets handled) whose lull.load.remote-write.host-label names a host, and stores one "
            + "sample per host and step through the same ingest as POST /api/v1/load. Other series and unknown "
            + "hosts are ignored and counted (X-Lull-Samples-* headers, lull_load_remote_write_samples_total). "
            + "Send Content-Type: application/x-protobuf, Content-Encoding: snappy and "
            + "X-Prometheus-Remote-Write-Version: 0.1.0, as Prometheus does.")
    @APIResponse(responseCode = "204", description = "Stored; the X-Lull-Samples-* headers count what was taken and ignored")
    @APIResponse(responseCode = "400", description = "Not snappy, not a WriteRequest, or Content-Encoding is not snappy")
    @APIResponse(responseCode = "413", description = "The body or its declared uncompressed size exceeds the limits")
    @APIResponse(responseCode = "415", description = "Not remote write 1.0 (another content type or protocol)")
    @APIResponse(responseCode = "503", description = "The database is unavailable or too many ingests run at once; "
            + "Prometheus sends again")
    public Response write(InputStream body, @RestHeader("Content-Length") Long length, @Context HttpHeaders headers)
            throws IOException {
        RemoteWriteProtocol.check(headers.getMediaType(), headers.getHeaderString("Content-Encoding"),
                headers.getHeaderString("X-Prometheus-Remote-Write-Version"));
        byte[] block = BodyLimit.wrap(body, length, config.maxBody().asLongValue()).readAllBytes();
        RemoteTally tally = new RemoteTally();
        List<RemoteSeries> series = reader.series(RemoteWriteBody.inflate(block,
                config.maxUncompressed().asLongValue()), tally);
        try {
            turns.inTurn(() -> {
                ingest.store(series, tally, clock.instant());
                return tally;
            });
        } catch (SQLException | RuntimeException e) {
            throw unavailableOr(e);
        }
        tally.counts().forEach((outcome, n) -> samples.get(outcome).increment(n));
        LOG.debugf("Remote write: %s, %d step values stored", tally, tally.points());
        return Response.noContent().header("X-Lull-Samples-Accepted", tally.get(SampleOutcome.ACCEPTED))
                .header("X-Lull-Samples-Ignored", tally.ignored())
                .header("X-Lull-Unknown-Hosts", tally.unknownHosts())
                .header("X-Lull-Points-Stored", tally.points()).build();
    }

    /** A failure reaching the database answers 503, which Prometheus retries; anything else goes on as it is. */
    private static RuntimeException unavailableOr(Exception e) {
        if (ApiProblem.within(e) == null) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException) {
                    LOG.warnf("Remote write refused with 503, the database failed: %s", cause.getMessage());
                    return new ApiProblem(503, "The database is unavailable; send the samples again later.");
                }
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }
}
