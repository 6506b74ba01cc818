package dev.lull.loadsource;

import static dev.lull.Api.as;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import dev.lull.Api;

/** Remote write with lull.load.remote-write.create-hosts=true: unknown hosts are registered by their samples. */
@QuarkusTest
@TestProfile(RemoteWriteCreateHostsTest.CreateHosts.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RemoteWriteCreateHostsTest {
    static final Instant AT = Api.now().minus(Duration.ofMinutes(30));

    @Test
    void samples_of_an_unknown_host_create_it_and_a_bad_host_name_is_ignored_and_counted() {
        String host = Api.unique("rw-new");

        RemoteWrites.post(new RemoteWrites().of("lull_messages", host, AT, 9).of("lull_messages", "not a name!", AT, 3)
                .body(), 204).header("X-Lull-Samples-Accepted", "1").header("X-Lull-Samples-Ignored", "1")
                .header("X-Lull-Unknown-Hosts", "0").header("X-Lull-Points-Stored", "1");

        as("admin").get("/api/v1/hosts/{name}", host).then().statusCode(200);
    }

    /** The profile that lets remote write create hosts. */
    public static class CreateHosts implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lull.load.remote-write.create-hosts", "true");
        }
    }
}
