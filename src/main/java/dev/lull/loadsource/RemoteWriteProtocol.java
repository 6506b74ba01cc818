package dev.lull.loadsource;

import jakarta.ws.rs.core.MediaType;

import dev.lull.platform.ApiProblem;

/** The headers of remote write 1.0: protobuf WriteRequest, snappy encoding, protocol version 0.1.x. */
final class RemoteWriteProtocol {
    private RemoteWriteProtocol() {
    }

    /** 415 for another protocol (remote write 2.0 included), 400 for another encoding. */
    static void check(MediaType type, String encoding, String version) {
        String proto = type.getParameters().get("proto");
        if (proto != null && !"prometheus.WriteRequest".equals(proto)) {
            throw new ApiProblem(415, "Only remote write 1.0 (proto=prometheus.WriteRequest) is accepted, not "
                    + proto + ".");
        }
        if (version != null && !version.startsWith("0.1.")) {
            throw new ApiProblem(415, "X-Prometheus-Remote-Write-Version: only 0.1.x (remote write 1.0) is "
                    + "accepted, not " + version + ".");
        }
        if (encoding == null || !"snappy".equalsIgnoreCase(encoding.trim())) {
            throw ApiProblem.invalid("Content-Encoding", "must be snappy (remote write 1.0)");
        }
    }
}
