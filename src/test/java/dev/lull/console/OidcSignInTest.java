package dev.lull.console;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.net.URI;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;

import dev.lull.Api;

/**
 * With an OpenID provider configured (a WireMock one), people sign in to the console through it with the code flow and
 * get their roles from its {@code groups} claim; the API keeps HTTP Basic and its own bearer JWTs.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.ProviderConfigured.class)
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OidcSignInTest {
    static final String CLIENT = "lull-console";
    static final String SESSION = "q_session_console";
    static final String PROVIDER_ISSUER = "https://server.example.com";

    /** The console's OIDC tenant pointed at the WireMock provider, which only this profile starts. */
    public static class ProviderConfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lull.platform.oidc.auth-server-url", "${keycloak.url}/realms/quarkus",
                    "lull.platform.oidc.client-id", CLIENT,
                    "lull.platform.oidc.client-secret", "a-test-client-secret-of-32-characters",
                    "lull.platform.oidc.provider-name", "Acme SSO");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    @OidcWireMock
    WireMockServer provider;

    @TestHTTPResource("/")
    URL base;

    /** The provider signs {@code user} in with those groups: its login form answers a code only for them. */
    void knows(String user, String... groups) {
        String code = "code-" + user;
        provider.stubFor(get(urlPathEqualTo("/login")).withQueryParam("username", equalTo(user))
                .willReturn(aResponse().withStatus(302).withTransformers("response-template").withHeader("Location",
                        "{{request.query.redirect_uri}}?state={{request.query.state}}&code=" + code)));
        String token = providerToken(user, Set.of(groups));
        provider.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("code=" + code))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"access_token\":\""
                        + token + "\",\"id_token\":\"" + token + "\",\"refresh_token\":\"r-" + user + "\"}")));
        provider.stubFor(get(urlPathEqualTo("/auth/realms/quarkus/protocol/openid-connect/end-session"))
                .willReturn(aResponse().withStatus(302).withTransformers("response-template")
                        .withHeader("Location", "{{request.query.post_logout_redirect_uri}}")));
    }

    static String providerToken(String user, Set<String> groups) {
        return Jwt.preferredUserName(user).groups(groups).issuer(PROVIDER_ISSUER).audience(CLIENT)
                .subject("sub-" + user).expiresIn(300).jws().keyId("1").sign("privateKey.jwk");
    }

    /** A browser's cookies for the console, kept across the redirects of the code flow. */
    static final class Cookies {
        final Map<String, String> jar = new HashMap<>();

        Response get(String url) {
            return keep(given().redirects().follow(false).urlEncodingEnabled(false).cookies(jar).get(url));
        }

        Response keep(Response response) {
            response.getDetailedCookies().asList().forEach(c -> {
                if (c.getValue().isEmpty() || c.getMaxAge() == 0) {
                    jar.remove(c.getName());
                } else {
                    jar.put(c.getName(), c.getValue());
                }
            });
            return response;
        }
    }

    /** Signs {@code user} in through the provider, as a browser would, and answers the console's cookies. */
    Cookies signIn(String user, String... groups) {
        knows(user, groups);
        Cookies browser = new Cookies();
        Response start = browser.get("/login/oidc");
        start.then().statusCode(302);
        URI authorize = URI.create(start.header("Location"));
        assertThat(authorize.toString()).startsWith(provider.baseUrl() + "/auth/realms/quarkus");
        Map<String, String> asked = query(authorize);
        assertThat(asked).containsEntry("client_id", CLIENT).containsEntry("response_type", "code")
                .containsEntry("redirect_uri", base + "login/oidc");
        given().get(authorize).then().statusCode(200).body(containsString("<form action=\"/login\""));
        String back = given().redirects().follow(false).queryParam("username", user).queryParam("password", "any")
                .queryParam("state", asked.get("state")).queryParam("redirect_uri", asked.get("redirect_uri"))
                .get(provider.baseUrl() + "/login").then().statusCode(302).extract().header("Location");
        Response exchanged = browser.get(back);
        exchanged.then().statusCode(302);
        assertThat(browser.jar).containsKey(SESSION);
        browser.get(exchanged.header("Location")).then().statusCode(303).header("Location", base.toString());
        return browser;
    }

    static Map<String, String> query(URI uri) {
        return Arrays.stream(uri.getRawQuery().split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(
                p -> p[0], p -> URLDecoder.decode(p.length > 1 ? p[1] : "", StandardCharsets.UTF_8)));
    }

    static String page(Cookies browser, String path) {
        return browser.get(path).then().statusCode(200).contentType(ContentType.HTML).extract().asString();
    }

    @Test
    void the_login_page_offers_the_provider_instead_of_the_form() {
        given().get("/login").then().statusCode(200)
                .body(containsString("<a class=\"button provider\" href=\"/login/oidc\">Sign in with Acme SSO</a>"))
                .body(not(containsString("j_security_check")));
    }

    @Test
    void a_provider_that_declines_brings_the_person_back_to_the_login_page_saying_why() {
        Cookies browser = new Cookies();
        Response start = browser.get("/login/oidc");
        String state = query(URI.create(start.header("Location"))).get("state");
        Response declined = browser
                .get("/login/oidc?error=access_denied&error_description=Not%20in%20the%20Lull%20group"
                        + "&state=" + state);
        declined.then().statusCode(302).header("Location", containsString("/login/refused?"));
        assertThat(page(browser, declined.header("Location")))
                .contains("Acme SSO did not sign you in: Not in the Lull group", "Sign in with Acme SSO");
        assertThat(browser.jar).doesNotContainKey(SESSION);
    }

    @Test
    void a_person_without_groups_is_a_viewer_who_approves_for_the_roles_they_own() {
        String role = Api.role("oidc", "olga");
        int id = ConsoleJourneyTest.change(ConsoleJourneyTest.host(), role);
        ConsoleJourneyTest.submit(id);
        Cookies olga = signIn("olga");
        assertThat(page(olga, "/")).contains("Signed in as <strong>olga</strong>")
                .doesNotContain("Request a change</a>");
        assertThat(page(olga, "/changes/" + id)).contains("Approve as " + role);
        assertThat(page(olga, "/admin/blackouts")).doesNotContain("Add a blackout");
    }

    @Test
    void the_providers_groups_are_the_persons_roles() {
        Cookies cora = signIn("cora", "change-manager");
        assertThat(page(cora, "/admin/blackouts")).contains("Signed in as <strong>cora</strong>", "Add a blackout");
        assertThat(page(cora, "/")).doesNotContain("Request a change</a>");
        Cookies rita = signIn("rita", "requester");
        assertThat(page(rita, "/")).contains("Request a change</a>");
        assertThat(page(rita, "/admin/blackouts")).doesNotContain("Add a blackout");
    }

    @Test
    void signing_out_ends_the_session_here_and_at_the_provider() {
        Cookies olga = signIn("olga");
        Matcher csrf = Pattern.compile("<form method=\"post\" action=\"/logout\" class=\"signout\">\\s*"
                + "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\">").matcher(page(olga, "/"));
        assertThat(csrf.find()).isTrue();
        Response out = olga.keep(given().redirects().follow(false).cookies(olga.jar).contentType(ContentType.URLENC)
                .formParam(csrf.group(1), csrf.group(2)).post("/logout"));
        out.then().statusCode(303);
        URI endSession = URI.create(out.header("Location"));
        assertThat(endSession.toString())
                .startsWith(provider.baseUrl() + "/auth/realms/quarkus/protocol/openid-connect/end-session?");
        assertThat(query(endSession)).containsEntry("post_logout_redirect_uri", base + "login?out=true")
                .containsEntry("client_id", CLIENT).containsKey("id_token_hint");
        assertThat(olga.jar).doesNotContainKey(SESSION);
        olga.get("/").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void the_api_keeps_basic_and_its_own_bearer_tokens_and_refuses_the_providers() {
        Api.as("viewer").get("/api/v1/hosts").then().statusCode(200);
        String own = Jwt.issuer("https://issuer.lull.test").upn("ops-bot").groups("viewer").expiresIn(300)
                .sign("jwt/private-key.pem");
        given().auth().oauth2(own).get("/api/v1/clusters").then().statusCode(200);
        given().auth().oauth2(own).contentType(ContentType.JSON).body("{\"name\":\"oidc-jwt\",\"minAvailable\":1}")
                .post("/api/v1/clusters").then().statusCode(403);
        given().auth().oauth2(providerToken("mallory", Set.of("admin"))).get("/api/v1/hosts")
                .then().statusCode(401).contentType("application/problem+json");
        given().redirects().follow(false).get("/api/v1/hosts").then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("Basic"));
    }

    @Test
    void a_person_signs_in_with_the_provider_in_a_browser_and_out_again() {
        knows("bea", "requester");
        try (Browser browser = Browser.open(base)) {
            browser.go("/login");
            browser.accessible();
            browser.screenshot("login-oidc");
            browser.click(browser.driver.findElement(By.linkText("Sign in with Acme SSO")));
            browser.find("#username").sendKeys("bea");
            browser.find("#password").sendKeys("secret");
            browser.click(browser.find("#login"));
            assertThat(browser.path()).isEqualTo("/");
            assertThat(browser.text()).contains("Week of", "Signed in as bea", "Request a change");
            browser.accessible();
            browser.signOut();
            assertThat(browser.text()).contains("You are signed out", "Sign in with Acme SSO");
        }
    }
}
