package org.custodian.engine.detectors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.zip.CRC32;
import org.custodian.engine.Engine;
import org.custodian.engine.Finding;
import org.custodian.engine.InfoType;
import org.custodian.engine.Likelihood;
import org.custodian.engine.StreamScanner;
import org.custodian.engine.ValueHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every token below is synthetic: a documented prefix with made-up characters, assembled at run
 * time so that this file itself does not look like a leak to secret scanners.
 */
class CredentialsDetectorTest {
    private final Engine engine = Engine.builder().add(new CredentialsDetector())
            .minLikelihood(Likelihood.VERY_UNLIKELY).build();

    private static final String RANDOM30 = "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5";
    private static final String GITHUB_CLASSIC = "gh" + "p_" + RANDOM30 + base62Crc32(RANDOM30);
    private static final String AWS_KEY_ID = "AK" + "IA" + "Z7QW3RT5YU2IO4PL";
    private static final String AWS_SECRET = "q8Hd2Kf" + "/9LmNp3Rs+Tv5Wx7Yz1Ab4Cd6Ef8Gh0Jk";
    private static final String GOOGLE_KEY = "AI" + "za" + "Sy" + "D3f5G7h9J1k3L5z7X9c1V3b5N7m9Q1w3E";
    private static final String SLACK = "xo" + "xb-" + "2468013579-1357924680-" + "QwErTyUiOpAsDfGhJkLzXcVb";
    private static final String STRIPE = "sk" + "_live_" + "4eC39HqLyjWDarjtT1zdp7dcZz9";
    private static final String JWT = "ey" + "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
            + ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkphbmUgRG9lIn0"
            + ".Sfl3KxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

    /** GitHub's token checksum: CRC32 of the random part, six base62 digits (0-9A-Za-z). */
    private static String base62Crc32(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        long v = crc.getValue();
        char[] out = new char[6];
        for (int i = 5; i >= 0; i--) {
            out[i] = digits.charAt((int) (v % 62));
            v /= 62;
        }
        return new String(out);
    }

    private List<String> values(String text) {
        List<String> out = new ArrayList<>();
        engine.scan(text, (f, raw) -> out.add(raw.toString()));
        return out;
    }

    private Finding only(String text) {
        List<Finding> f = engine.scan(text);
        assertThat(f).as(text).hasSize(1);
        return f.get(0);
    }

    @Test
    void privateKeyHeaderIsReportedWithItsBodyAsTheHashInput() {
        String body = "MIIEowIBAAKCAQEAvQ3g8sY2h7Kx1pLr9mN4bT6cW0jZ5fV8eU2aQ7dR3sH1kM9n\n"
                + "Yt4Lw8Jp2Xc6Vb0Nm3Qz7Rk5Hs1Df9Ga4Ej2Cu8Ip6Ol0Wn3Ty5Ux7Zq1Br3Es5Pv\n";
        for (String label : List.of("RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY",
                "ENCRYPTED PRIVATE KEY", "PRIVATE KEY", "PGP PRIVATE KEY BLOCK")) {
            String header = "-----BEGIN " + label + "-----";
            String text = "key:\n" + header + "\n" + body + "-----END " + label + "-----\n";
            assertThat(values(text)).as(label).containsExactly(header);
            assertThat(only(text).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(only(text).masked()).doesNotContainPattern("[A-Za-z0-9]");
        }
    }

    @Test
    void pgpArmourHeadersAreSkippedWhenLookingForTheBody() {
        String text = "-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n"
                + "lQOYBF3x9kQBCAC7w2Hn5Qe8Jt1Kd4Rm7Zp0Lx3Cv6Bn9Ma2Sd5Fg8Hj1Kl4Qw7Er0Ty3\n"
                + "-----END PGP PRIVATE KEY BLOCK-----";
        assertThat(only(text).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
    }

    @Test
    void publicKeysCertificatesAndHeadersQuotedAloneAreNotCertain() {
        assertThat(engine.scan("-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n")).isEmpty();
        assertThat(engine.scan("-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUF\n")).isEmpty();
        Finding doc = only("Paste the key, which starts with -----BEGIN RSA PRIVATE KEY----- ...");
        assertThat(doc.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        // a run of dashes before the armour is not a second header
        assertThat(values("------BEGIN RSA PRIVATE KEY-----")).isEmpty();
    }

    @Test
    void fixedPrefixTokensAreFoundWholeAndMaskedCompletely() {
        for (String token : List.of(GITHUB_CLASSIC, AWS_KEY_ID, GOOGLE_KEY, SLACK, STRIPE,
                "github_pat_" + "11ABCDEFG0_" + "x9Y8w7V6u5T4s3R2q1P0o9N8m7L6k5J4i3H2g1F0e9D8c7B6a5Z4y3X2w1V0u9T8s7R6q5P4o3N".substring(0, 71))) {
            String text = "config value " + token + " end";
            assertThat(values(text)).as(token).containsExactly(token);
            Finding f = only(text);
            assertThat(f.infoType()).isEqualTo(InfoType.CREDENTIALS);
            assertThat(f.likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
            assertThat(f.masked()).doesNotContainPattern("[A-Za-z0-9]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "AKIAIOSFODNN7EXAMPLE",                              // AWS's documented example key
        "AKIAZ7QW3RT5YU2IO4P",                               // 15 after the prefix
        "AKIAZ7QW3RT5YU2IO4PLX",                             // 17: part of something longer
        "AKIAz7qw3rt5yu2io4pl",                              // lower case is not an access key id
        "ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R",           // 35 after the prefix
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",          // documentation placeholder
        "ghx_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",          // not a GitHub prefix
        "sk_test_4eC39HqLyjWDarjtT1zdp7dcZz9",               // Stripe test mode
        "sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "sk_live_short",
        "xoxb-not-a-real-token",
        "AIzaSyXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiIxMjM0NTY3ODkwIn0.",  // unsigned JWT
        "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9",             // a header alone
    })
    void lookAlikesAreIgnored(String text) {
        assertThat(values("token " + text + " end")).as(text).isEmpty();
    }

    @Test
    void gitHubTokensWithAFailingChecksumAreOnlyPossible() {
        String typedByHand = "gh" + "p_" + RANDOM30 + "ZZZZZZ";
        assertThat(only("token " + typedByHand).likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(only("token " + GITHUB_CLASSIC).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
    }

    @Test
    void jwtScoresLowerAndRisesWithBearerContext() {
        Finding bare = only("cached " + JWT);
        assertThat(bare.likelihood()).isEqualTo(Likelihood.POSSIBLE);
        Finding bearer = only("Authorization: Bearer " + JWT);
        assertThat(bearer.likelihood()).isEqualTo(Likelihood.LIKELY);
        assertThat(values("x " + JWT + " y")).containsExactly(JWT);
    }

    @Test
    void passwordsInConfigurationFormats() {
        assertThat(values("db.password=Tr0ub4dor&3x")).containsExactly("Tr0ub4dor");
        assertThat(values("spring.datasource.password = s3cr3t-Pa55\n")).containsExactly("s3cr3t-Pa55");
        assertThat(values("DB_PASSWORD=hunter2hunter\n")).containsExactly("hunter2hunter");
        assertThat(values("{\"user\":\"ann\",\"password\":\"Xk9#mQ2!vL\"}")).containsExactly("Xk9#mQ2!vL");
        assertThat(values("password: 'correct horse battery'\n")).containsExactly("correct horse battery");
        assertThat(values("  dbPassword: Qw3rty!9\n")).containsExactly("Qw3rty!9");
        assertThat(values("db:\n  password: correct horse battery  # rotated\n")).containsExactly("correct horse battery");
        assertThat(values("- pass: two words\n")).containsExactly("two words");
        assertThat(values("<connection passwd=\"Zx8vB7nM\"/>")).containsExactly("Zx8vB7nM");
        assertThat(values("mysql --user=root --password=R00tPa55 db")).containsExactly("R00tPa55");
        assertThat(values("$config = ['db_pass' => 'PhpS3cret'];")).containsExactly("PhpS3cret");
        assertThat(values("password := \"GoS3cret9\"")).containsExactly("GoS3cret9");
        assertThat(values("log: {\\\"password\\\":\\\"Esc4ped99\\\"}")).containsExactly("Esc4ped99");
        assertThat(values("<db>\n  <password>  XmlPa55w0rd </password>\n</db>")).containsExactly("XmlPa55w0rd");
        assertThat(values("<jdbc.password>J8dbcXml</jdbc.password>")).containsExactly("J8dbcXml");
        assertThat(only("password=Tr0ub4dor99").likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(only("password=hunter").likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @Test
    void connectionStringsAndUrls() {
        assertThat(values("Server=db1;Database=hr;User Id=sa;Password=S3rv3r!Pw;Encrypt=true"))
                .containsExactly("S3rv3r!Pw");
        assertThat(values("Driver={ODBC Driver 18};Uid=app;Pwd=0dbcPa55;")).containsExactly("0dbcPa55");
        assertThat(values("jdbc:postgresql://db:5432/hr?user=app&password=JdbcPa55&ssl=true"))
                .containsExactly("JdbcPa55");
        assertThat(values("DATABASE_URL=postgres://app:Pg5ecret9@db.internal:5432/hr"))
                .containsExactly("Pg5ecret9");
        assertThat(values("redis://:R3d1sPw@cache:6379/0")).containsExactly("R3d1sPw");
        // a raw '#' in the password (not percent-encoded, as people type them); a fragment is not
        assertThat(values("postgres://report_user:Granite#7188Q@db-3.internal:5432/analytics"))
                .containsExactly("Granite#7188Q");
        assertThat(values("see https://docs.internal/page#section@top and http://host#frag")).isEmpty();
        assertThat(values("see https://example.org/a:b@c and https://user@host/x")).isEmpty();
        assertThat(values("cvs -d cvs://:pserver:anoncvs@sources.invalid/cvs")).isEmpty();
        assertThat(only("new URL('https://abc:xyz123@example.com/')").likelihood()).isEqualTo(Likelihood.UNLIKELY);
    }

    @Test
    void secretsApiKeysAndTokensByKeyName() {
        assertThat(values("aws_secret_access_key = " + AWS_SECRET)).containsExactly(AWS_SECRET);
        assertThat(only("AWS_SECRET_ACCESS_KEY=" + AWS_SECRET).score()).isGreaterThanOrEqualTo(0.95);
        assertThat(values("client_secret=9f8e7d6c5b4a3f2e1d0c")).containsExactly("9f8e7d6c5b4a3f2e1d0c");
        assertThat(values("\"apiKey\": \"k-7Hs9Df2Jk4Lm6Np8Qr\"")).containsExactly("k-7Hs9Df2Jk4Lm6Np8Qr");
        assertThat(values("access_token=ya29a0Af4bC7dE9fG1hI3jK5l")).containsExactly("ya29a0Af4bC7dE9fG1hI3jK5l");
        assertThat(only("secret=plainwords").likelihood()).isEqualTo(Likelihood.LIKELY);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "password=changeme", "password=${DB_PASSWORD}", "password: <password>", "password=****",
        "password=xxx", "password=", "password: \"\"", "PASSWORD=$DB_PASS", "password: {{ vault_pw }}",
        "password = getPassword()", "password = config.password", "pwd = self.password",
        "password=password", "password: ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)", "password: !vault |",
        "password=%s", "api_key=YOUR_API_KEY_HERE", "secret: example-secret-value", "token=null",
        "csrf_token=8f7e6d5c4b3a2f1e0d9c8b7a", "nextPageToken: \"CAoQAA8f7e6d5c4b3a\"",
        "password_reset=true", "if (password == other)", "bypass=Tr0ub4dor99",
        "password=[REDACTED]", "secret = os.environ[\"SECRET\"]", "password=••••••",
        "private_key: ~/.ssh/id_ed25519", "client_secret_file=./client-secret.json",
        "privateKey: /etc/custodian/signing.pem", "<password></password>", "<password>${DB_PW}</password>",
        "<input type=\"password\">Enter it</input>", "<passwordPolicy>strong</passwordPolicy>",
        // source code and its documentation
        "def sign(private_key: _SSH_PRIVATE_KEY_TYPES, data)", "    password: bool = False,",
        "    private_key: CERTIFICATE_PRIVATE_KEY_TYPES,", "backend, private_key: \"_RSAPrivateKey\", data",
        "CHALLENGE_PASSWORD: \"challengePassword\",", ":param passphrase: (optional) if encrypted",
        ":type passphrase: :py:data:`bytes`", "user_pass = (self.username + \":\" + password)",
        "my $pwd  = CPAN::anycwd();", "'Test2::Event::Pass'    => '1.302103',",
        "my $out = $as->{pass} ? \"PASS\" : \"FAIL\";", "db_password=1.2.3",
        "index_url_user_password = index_info", "\"passwd:gecos\",", "consumer_secret=\"consumer.secret\"", "password: bytes", "`Bearer Token`: https://tools.ietf.org/html/rfc6750",
    })
    void placeholdersReferencesAndNonSecretsAreHardNegatives(String text) {
        assertThat(values(text)).as(text).isEmpty();
    }

    @Test
    void authorizationHeaders() {
        String basic = Base64.getEncoder().encodeToString("svc-report:W1nter!2031".getBytes());
        assertThat(values("GET /x HTTP/1.1\nAuthorization: Basic " + basic + "\n")).containsExactly(basic);
        assertThat(only("Authorization: Basic " + basic).likelihood()).isEqualTo(Likelihood.VERY_LIKELY);
        assertThat(values("\"authorization\": \"Bearer 8f3Kq9Zt1Lm4Np7Rs2Vw5Xy0\"")).containsExactly("8f3Kq9Zt1Lm4Np7Rs2Vw5Xy0");
        // no user:password inside, placeholder, a JWT (reported once, by the JWT rule)
        String noColon = Base64.getEncoder().encodeToString("just-some-text".getBytes());
        assertThat(values("Authorization: Basic " + noColon)).isEmpty();
        assertThat(values("Authorization: Basic <credentials>")).isEmpty();
        assertThat(values("Authorization: Bearer " + JWT)).containsExactly(JWT);
    }

    @Test
    void severalWordsAreOnlyPossible() {
        assertThat(only("const password = 'Password used to generate key';").likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(only("pwd: Jim Meyering\n").likelihood()).isEqualTo(Likelihood.POSSIBLE);
        assertThat(only("passwd:         files systemd\n").likelihood()).isEqualTo(Likelihood.POSSIBLE);
    }

    @Test
    void proseAfterAColonIsNotASetting() {
        assertThat(engine.scan("Forgot your password: click here to reset it"))
                .allSatisfy(f -> assertThat(f.likelihood()).isLessThan(Likelihood.POSSIBLE));
    }

    @Test
    void chunkBoundariesChangeNeitherOffsetsNorHashes() {
        String pem = "-----BEGIN OPENSSH PRIVATE KEY-----\n"
                + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
                + "QyNTUxOQAAACBhY2Vib29rZmFjZWJvb2tmYWNlYm9va2ZhY2Vib29rZgAAAJhzeW50aGV0aW\n"
                + "-----END OPENSSH PRIVATE KEY-----\n";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            b.append("line ").append(i).append(" filler text ".repeat(i % 9));
            switch (i % 5) {
                case 0 -> b.append(pem);
                case 1 -> b.append("export GITHUB_TOKEN=").append(GITHUB_CLASSIC).append('\n');
                case 2 -> b.append("{\"password\": \"Chunk").append(i).append("Pa55!\"}\n");
                case 3 -> b.append("url=postgres://app:Pg").append(i).append("secret@db/x\n");
                default -> b.append("Authorization: Bearer ").append(JWT).append('\n');
            }
        }
        String text = b.toString();
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) 3);
        ValueHasher hasher = new ValueHasher(key);
        List<String> whole = scanChunked(text, text.length() + 1, hasher);
        assertThat(whole).hasSize(40);
        for (int chunk : new int[] {1, 7, 64, 100, 511, 512, 513, 2048}) {
            assertThat(scanChunked(text, chunk, hasher)).as("chunk " + chunk).isEqualTo(whole);
        }
    }

    private List<String> scanChunked(String text, int chunk, ValueHasher hasher) {
        List<String> out = new ArrayList<>();
        new StreamScanner(engine, hasher.copy(), chunk).scan(text, (f, raw) ->
                out.add(f.location().offset() + "+" + f.location().length() + " " + f.hash().hex()));
        return out;
    }

    @Test
    void everyMatchFitsTheStreamLookahead() {
        String longJwt = JWT.substring(0, JWT.indexOf('.') + 1) + "eyJ" + "a".repeat(900) + ".sig";
        List<Finding> f = engine.scan("Bearer " + longJwt);
        assertThat(f).singleElement().satisfies(x ->
                assertThat(x.location().length()).isLessThan(512));
    }
}
