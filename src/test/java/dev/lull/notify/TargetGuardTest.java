package dev.lull.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TargetGuardTest {
    static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34", "intranet.example.com",
            "10.20.30.40", "metadata.example.com", "169.254.169.254");
    final TargetGuard guard = new TargetGuard(false, TargetGuardTest::resolve);

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(address)};
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "fc00::2",
            "::ffff:10.0.0.1"})
    void internal_addresses_are_recognised(String address) throws UnknownHostException {
        assertThat(TargetGuard.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888"})
    void public_addresses_are_not(String address) throws UnknownHostException {
        assertThat(TargetGuard.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void on_save_literal_internal_addresses_and_localhost_are_refused_and_names_are_not_resolved() {
        assertThat(guard.refusalOnSave(URI.create("http://169.254.169.254/latest/meta-data")))
                .hasValueSatisfying(why -> assertThat(why).contains("internal address", "169.254.169.254"));
        assertThat(guard.refusalOnSave(URI.create("http://localhost:8080/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("http://[::1]:8080/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("https://10.0.0.7/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("http://2130706433/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("http://[::ffff:169.254.169.254]/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("https://intranet.example.com/hook"))).isEmpty();
        assertThat(guard.refusalOnSave(URI.create("https://93.184.216.34/hook"))).isEmpty();
    }

    @Test
    void on_send_names_are_resolved_and_internal_answers_refused() {
        assertThat(guard.refusalOnSend(URI.create("https://hooks.example.com/x"))).isEmpty();
        assertThat(guard.refusalOnSend(URI.create("https://intranet.example.com/x")))
                .hasValueSatisfying(why -> assertThat(why).contains("intranet.example.com (10.20.30.40)"));
        assertThat(guard.refusalOnSend(URI.create("https://metadata.example.com/x"))).isPresent();
        assertThat(guard.refusalOnSend(URI.create("https://nowhere.example.com/x"))).hasValue(
                "unknown host nowhere.example.com");
    }

    @Test
    void allowing_internal_targets_lets_everything_through() {
        TargetGuard open = new TargetGuard(true, TargetGuardTest::resolve);
        assertThat(open.refusalOnSave(URI.create("http://127.0.0.1:9/x"))).isEmpty();
        assertThat(open.refusalOnSend(URI.create("https://intranet.example.com/x"))).isEmpty();
    }
}
