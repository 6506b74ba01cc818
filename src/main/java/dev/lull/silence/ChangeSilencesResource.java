package dev.lull.silence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import dev.lull.platform.ApiProblem;
import dev.lull.platform.Paged;
import dev.lull.platform.Roles;

/** The silences Lull keeps in Alertmanager for one change (read beside the change, without importing it). */
@Path("/api/v1/changes/{id}/silences")
@Tag(name = "Alert silencing")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeSilencesResource {
    private static final String SILENCES = """
            select host, alertmanager, silence_id, state, wanted, starts_at, ends_at, attempts, last_error
            from change_silence where change_id = ? order by host, alertmanager""";
    private final DataSource dataSource;
    private final Clock clock;

    ChangeSilencesResource(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "List the alert silences of a change", description = "Any viewer. One per host and Alertmanager of its "
            + "silencing targets, with its state; empty when none of its hosts has a target. One page at a time.")
    @APIResponse(responseCode = "200", description = "The silences, by host and Alertmanager")
    @APIResponse(responseCode = "404", description = "No such change")
    public Paged<ChangeSilenceView> list(@RestPath long id, @RestQuery @DefaultValue("0") @Min(0) int page,
            @RestQuery @DefaultValue(Paged.DEFAULT_SIZE) @Min(1) @Max(Paged.MAX_SIZE) int size) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement exists = connection.prepareStatement("select 1 from change_request where id = ?")) {
                exists.setLong(1, id);
                try (ResultSet rs = exists.executeQuery()) {
                    if (!rs.next()) {
                        throw ApiProblem.notFound("no change " + id);
                    }
                }
            }
            List<ChangeSilenceView> items = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(SILENCES)) {
                query.setLong(1, id);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) {
                        Instant starts = rs.getTimestamp(6).toInstant();
                        Instant ends = rs.getTimestamp(7).toInstant();
                        items.add(new ChangeSilenceView(rs.getString(1), rs.getString(2), rs.getString(3),
                                ChangeSilenceView.state(rs.getString(4), "PRESENT".equals(rs.getString(5)), starts,
                                        ends, now),
                                starts, ends, rs.getInt(8), rs.getString(9)));
                    }
                }
            }
            return Paged.slice(items, page, size);
        }
    }
}
