package dev.lull.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import dev.lull.gate.GateView;
import dev.lull.gate.Gates;
import dev.lull.inventory.ClusterCatalog;
import dev.lull.inventory.HostCatalog;
import dev.lull.inventory.HostView;
import dev.lull.platform.Roles;

/** Every cluster's and host's gate now, with the next transition; the rows refresh themselves every 5 seconds. */
@Path("/gates")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.VIEWER)
public class GatesPage {
    private final Gates gates;
    private final HostCatalog hosts;
    private final ClusterCatalog clusters;
    private final Viewer viewer;

    GatesPage(Gates gates, HostCatalog hosts, ClusterCatalog clusters, Viewer viewer) {
        this.gates = gates;
        this.hosts = hosts;
        this.clusters = clusters;
        this.viewer = viewer;
    }

    /** A gate as a row: target, state and reason, when it may next change (viewer time), the change opening it. */
    public record Row(GateView gate, String next, String checked) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance gates(List<Row> rows);

        static native TemplateInstance gates$rows(List<Row> rows);
    }

    @GET
    public TemplateInstance board() {
        return Templates.gates(gateRows());
    }

    @GET
    @Path("rows")
    public TemplateInstance liveRows() {
        return Templates.gates$rows(gateRows());
    }

    private List<Row> gateRows() {
        Map<String, List<String>> members = new LinkedHashMap<>();
        clusters.list(0, 500).items().forEach(c -> members.put(c.name(), c.hosts()));
        List<String> names = hosts.list(null, null, 0, 500).items().stream().map(HostView::name).toList();
        List<Row> rows = new ArrayList<>();
        gates.board(members, names).forEach(gate -> rows.add(row(gate)));
        return rows;
    }

    private Row row(GateView gate) {
        return new Row(gate, gate.nextTransition() == null ? "none planned" : viewer.at(gate.nextTransition()),
                viewer.at(gate.checkedAt()));
    }
}
