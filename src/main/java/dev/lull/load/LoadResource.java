package dev.lull.load;

import java.io.IOException;
import java.io.InputStream;
import java.sql.SQLException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.BodyLimit;
import dev.lull.platform.OwnBodyLimit;
import dev.lull.platform.Roles;

/** Ingest of message load samples, as JSON or streamed CSV. */
@Path("/api/v1/load")
@Tag(name = "Load history")
@Produces(MediaType.APPLICATION_JSON)
public class LoadResource {
    private static final String JSON_EXAMPLE = """
            [{"host": "mbox-01", "at": "2026-12-01T10:00:00Z", "messages": 1520},
             {"host": "mbox-01", "at": "2026-12-01T10:05:00Z", "messages": 1610.5}]""";
    private static final String CSV_EXAMPLE = """
            host,at,messages
            mbox-01,2026-12-01T10:00:00Z,1520
            mbox-01,2026-12-01T10:05:00Z,1610.5
            """;
    private final LoadIngest ingest;
    private final IngestTurns turns;
    private final LoadConfig config;
    private final JsonFactory samples;

    LoadResource(LoadIngest ingest, IngestTurns turns, LoadConfig config, ObjectMapper mapper) {
        this.ingest = ingest;
        this.turns = turns;
        this.config = config;
        this.samples = JsonSamples.factory(mapper.getFactory());
    }

    @POST
    @OwnBodyLimit
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.INGEST, Roles.ADMIN})
    @Operation(summary = "Ingest samples as a JSON array of {host, at, messages}; all or nothing", description = "Stores message-load samples, replacing a stored sample of the same host and instant; the "
            + "whole body is stored or nothing. Send a JSON array of {host, at, messages} (application/json) or CSV "
            + "with the header host,at,messages (text/csv), streamed. Callers need the ingest or admin role; unknown "
            + "hosts are refused with 422 unless createHosts=true, a bad sample with 400 naming its index or line, a "
            + "body over lull.load.max-body with 413; 503 (Retry-After) when too many ingests run at once.")
    @APIResponse(responseCode = "200", description = "Counts of samples received, inserted and replaced")
    @APIResponse(responseCode = "400", description = "A bad sample, named by its index")
    @APIResponse(responseCode = "413", description = "The body exceeds lull.load.max-body")
    @APIResponse(responseCode = "422", description = "Unknown hosts (the first 20 are named)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = IncomingSample.class), examples = @ExampleObject(name = "samples", value = JSON_EXAMPLE)))
    public IngestResult json(InputStream body, @RestHeader("Content-Length") Long length,
            @RestQuery boolean createHosts) throws IOException, SQLException {
        InputStream limited = BodyLimit.wrap(body, length, config.maxBody().asLongValue());
        return store(new JsonSamples(samples, limited), createHosts);
    }

    @POST
    @OwnBodyLimit
    @Consumes("text/csv")
    @RolesAllowed({Roles.INGEST, Roles.ADMIN})
    @Operation(summary = "Ingest samples as CSV with the header host,at,messages, streamed; all or nothing", description = "Stores message-load samples, replacing a stored sample of the same host and instant; the "
            + "whole body is stored or nothing. Send a JSON array of {host, at, messages} (application/json) or CSV "
            + "with the header host,at,messages (text/csv), streamed. Callers need the ingest or admin role; unknown "
            + "hosts are refused with 422 unless createHosts=true, a bad sample with 400 naming its index or line, a "
            + "body over lull.load.max-body with 413; 503 (Retry-After) when too many ingests run at once.")
    @APIResponse(responseCode = "200", description = "Counts of samples received, inserted and replaced")
    @APIResponse(responseCode = "400", description = "A bad row, named by its line")
    @APIResponse(responseCode = "413", description = "The body exceeds lull.load.max-body")
    @APIResponse(responseCode = "422", description = "Unknown hosts (the first 20 are named)")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "samples", value = CSV_EXAMPLE)))
    public IngestResult csv(InputStream body, @RestHeader("Content-Length") Long length,
            @RestQuery boolean createHosts) throws IOException, SQLException {
        InputStream limited = BodyLimit.wrap(body, length, config.maxBody().asLongValue());
        return store(new CsvSamples(limited), createHosts);
    }

    private IngestResult store(SampleSource source, boolean createHosts) throws IOException, SQLException {
        try {
            return turns.inTurn(() -> ingest.ingestBatch(source, createHosts));
        } catch (BadSample bad) {
            throw ApiProblem.invalid(bad.position(), bad.getMessage());
        }
    }
}
