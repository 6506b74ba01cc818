package dev.lull.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import inet.ipaddr.IPAddressString;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TargetGuardTest {
    static final Map<String, String> DNS = Map.of("hooks.example.com", "93.184.216.34", "intranet.example.com",
            "10.20.30.40", "metadata.example.com", "169.254.169.254", "bench.example.com", "198.18.0.7",
            "self.example.com", "93.184.216.99", "nat64.example.com", "64:ff9b::a9fe:a9fe");
    /** This machine, as the guard sees it: a public address on one of its interfaces. */
    static final Set<InetAddress> OWN = Set.of(address("93.184.216.99"));
    final TargetGuard guard = new TargetGuard(false, TargetGuardTest::resolve, () -> OWN);

    static InetAddress[] resolve(String host) throws UnknownHostException {
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(address)};
    }

    static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "fc00::2",
            "::ffff:10.0.0.1", "192.0.2.2", "198.18.0.1", "198.19.255.254", "240.0.0.1", "255.255.255.255",
            "192.0.0.9", "192.88.99.1", "198.51.100.7", "203.0.113.9", "::127.0.0.1", "::8.8.8.8", "64:ff9b::a00:1",
            "64:ff9b:1::a00:1", "2002:7f00:1::1", "2001:0:4136:e378:8000:63bf:3fff:fdd2", "2001:db8::1", "3fff::1",
            "100::1", "fec0::1", "ff02::1", "5f00::1", "2001:2::1"})
    void every_special_purpose_address_is_refused(String literal) {
        assertThat(guard.why(address(literal))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "93.184.216.34", "172.32.0.1", "100.128.0.1", "198.20.0.1", "223.255.255.1",
            "2001:4860:4860::8888", "2a00:1450:4007:80f::200e"})
    void public_addresses_are_not(String literal) {
        assertThat(guard.why(address(literal))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "192.0.2.2|192.0.2.0/24 (documentation (TEST-NET-1), RFC 5737)",
            "198.18.0.1|198.18.0.0/15 (benchmarking, RFC 2544)",
            "240.0.0.1|240.0.0.0/4 (reserved, RFC 1112)",
            "::127.0.0.1|::/96 (IPv4-compatible IPv6 address, deprecated, RFC 4291), carrying 127.0.0.1",
            "64:ff9b::a9fe:a9fe|64:ff9b::/96 (IPv4-IPv6 translation (NAT64), RFC 6052), carrying 169.254.169.254",
            "64:ff9b:1::a00:1|64:ff9b:1::/48 (local-use IPv4/IPv6 translation, RFC 8215), carrying 10.0.0.1",
            "2002:a9fe:a9fe::1|2002::/16 (6to4, RFC 3056), carrying 169.254.169.254",
            "2001:0:4136:e378:8000:63bf:3fff:fdd2|2001::/32 (TEREDO, RFC 4380), carrying 192.0.2.45",
            "2001:db8::1|2001:db8::/32 (documentation, RFC 3849)"})
    void the_refusal_names_the_most_specific_block_its_rfc_and_any_ipv4_address_carried(String literal,
            String block) {
        assertThat(guard.why(address(literal))).hasValue("in the special-purpose block " + block);
    }

    @Test
    void every_block_is_a_valid_prefix_of_its_family() {
        SpecialRanges.IPV4.forEach(block -> assertThat(new IPAddressString(block.prefix()).isIPv4()).isTrue());
        SpecialRanges.IPV6.forEach(block -> assertThat(new IPAddressString(block.prefix()).isIPv6()).isTrue());
    }

    @Test
    void the_machines_own_interface_addresses_are_refused() {
        assertThat(guard.why(address("93.184.216.99"))).hasValue("an address of this machine's own interfaces");
        assertThat(guard.refusalOnSave(URI.create("http://93.184.216.99/hook"))).isPresent();
        assertThat(guard.destination(URI.create("https://self.example.com/hook")).refusal())
                .hasValueSatisfying(why -> assertThat(why).contains("self.example.com (93.184.216.99)"));
        TargetGuard real = TargetGuard.system(false);
        assertThat(TargetGuard.interfaceAddresses()).isNotEmpty()
                .allSatisfy(own -> assertThat(real.why(own)).isPresent());
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
        assertThat(guard.refusalOnSave(URI.create("http://192.0.2.2/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("http://198.18.0.1/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("http://240.0.0.1/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("http://[::127.0.0.1]/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("http://[64:ff9b::7f00:1]/hook"))).isPresent();
        assertThat(guard.refusalOnSave(URI.create("https://intranet.example.com/hook"))).isEmpty();
        assertThat(guard.refusalOnSave(URI.create("https://93.184.216.34/hook"))).isEmpty();
    }

    @Test
    void on_send_names_are_resolved_and_special_answers_refused() {
        assertThat(guard.destination(URI.create("https://hooks.example.com/x")).refusal()).isEmpty();
        assertThat(guard.destination(URI.create("https://intranet.example.com/x")).refusal())
                .hasValueSatisfying(why -> assertThat(why).contains("intranet.example.com (10.20.30.40)"));
        assertThat(guard.destination(URI.create("https://metadata.example.com/x")).refusal()).isPresent();
        assertThat(guard.destination(URI.create("https://bench.example.com/x")).refusal()).isPresent();
        assertThat(guard.destination(URI.create("https://nat64.example.com/x")).refusal())
                .hasValueSatisfying(why -> assertThat(why).contains("carrying 169.254.169.254"));
        assertThat(guard.destination(URI.create("https://nowhere.example.com/x")).refusal()).hasValue(
                "unknown host nowhere.example.com");
    }

    @Test
    void a_delivery_is_pinned_to_the_address_that_was_judged() {
        assertThat(guard.destination(URI.create("https://hooks.example.com/x")).address())
                .hasValue(address("93.184.216.34"));
        assertThat(guard.destination(URI.create("https://intranet.example.com/x")).address()).isEmpty();
        assertThat(guard.destination(URI.create("mailto:ops@example.com")).refusal()).hasValue("the URL names no host");
    }

    @Test
    void allowing_internal_targets_lets_everything_through() {
        TargetGuard open = new TargetGuard(true, TargetGuardTest::resolve, () -> OWN);
        assertThat(open.refusalOnSave(URI.create("http://127.0.0.1:9/x"))).isEmpty();
        assertThat(open.destination(URI.create("https://intranet.example.com/x")).refusal()).isEmpty();
        assertThat(open.destination(URI.create("https://self.example.com/x")).refusal()).isEmpty();
    }
}
