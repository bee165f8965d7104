package org.outboxdoctor.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.settings.Secret;
import org.outboxdoctor.testing.SecretEchoes;

/**
 * Random passwords × every encoding a server or renderer produces × text glued around them: the redactor
 * masks the line, and the final check masks what a renderer made of an unredacted line. The oracle decodes
 * the result every way it knows; the password must not come out.
 */
class RedactorPropertyTest {
    private static final String USER = "alice@example.test";
    private static final long SEED = 20260518L;
    private static final int PASSWORDS = 60;

    @Test
    void noPasswordOfFourOrMoreCharactersSurvivesAnyEncoding() {
        Random random = new Random(SEED);
        for (int run = 0; run < PASSWORDS; run++) {
            String password = "";
            while (password.length() < 4) {
                password = SecretEchoes.password(random, 128);
            }
            Redactor redactor = new Redactor(USER, Secret.of(password.toCharArray()));
            for (String line : SecretEchoes.echoes(USER, password, random)) {
                assertTrue(SecretEchoes.revealed(line, password), "the oracle sees the unredacted line: " + line);
                check(password, line, redactor.redact(line));
                String json = redactor.scrub("{\"line\": \"" + SecretEchoes.json(line) + "\"}", Redactor.Output.JSON);
                check(password, line, json);
                assertFalse(redactor.leaks(json, Redactor.Output.JSON));
                check(password, line, redactor.scrub(SecretEchoes.html(line), Redactor.Output.HTML));
            }
        }
    }

    @Test
    void shortPasswordsAreMaskedWhereTheyStandAloneAndInsideAuthPayloads() {
        Random random = new Random(SEED + 1);
        for (int run = 0; run < PASSWORDS; run++) {
            String password = SecretEchoes.password(random, 3);
            Redactor redactor = new Redactor(USER, Secret.of(password.toCharArray()));
            for (String form : SecretEchoes.escapedEncodings(password)) {
                if (form.length() >= 2) {
                    String line = "5.7.8 Authentication failed: " + form;
                    assertTrue(redactor.redact(line).endsWith(Redactor.MASK), () -> describe(password, line, redactor.redact(line)));
                    assertTrue(redactor.scrub("[\"" + SecretEchoes.json(line) + "\"]", Redactor.Output.JSON).endsWith(Redactor.MASK + "\"]"));
                    assertTrue(redactor.scrub(SecretEchoes.html(line), Redactor.Output.HTML).endsWith(Redactor.MASK));
                }
            }
            for (String payload : new String[] {SecretEchoes.b64("\0" + USER + "\0" + password),
                    SecretEchoes.b64(USER + "\0" + USER + "\0" + password)}) {
                String line = "x=" + payload + "tail";
                assertFalse(redactor.redact(line).contains(payload.replace("=", "")), () -> describe(password, line, redactor.redact(line)));
            }
        }
    }

    @Test
    void aOneCharacterPasswordLeavesTheReportReadable() {
        Redactor redactor = new Redactor(USER, Secret.of("e".toCharArray()));
        String sentence = "Result: the server refuses the password (535 5.7.8).";
        assertEquals(sentence, redactor.redact(sentence));
        assertEquals("S: 535 " + Redactor.MASK, redactor.redact("S: 535 " + SecretEchoes.b64("\0" + USER + "\0e")));
        assertEquals("hex " + Redactor.MASK, redactor.redact("hex 65"));
    }

    @Test
    void aTwoCharacterPasswordIsMaskedAloneButNotInsideWords() {
        Redactor redactor = new Redactor(USER, Secret.of("ab".toCharArray()));
        assertEquals("about the lab", redactor.redact("about the lab"));
        assertEquals("password " + Redactor.MASK + ", x=" + Redactor.MASK + ";", redactor.redact("password ab, x=ab;"));
    }

    @Test
    void everySecretOfTheRunIsMasked() {
        Secret password = Secret.of("correct horse".toCharArray());
        Secret token = Secret.of("ya29.a0AfH6SMB-token-value".toCharArray());
        Redactor redactor = new Redactor(USER, password, token);
        String line = "x=" + SecretEchoes.b64("correct horse") + " y=" + SecretEchoes.b64("ya29.a0AfH6SMB-token-value");
        assertEquals("x=" + Redactor.MASK + " y=" + Redactor.MASK, redactor.redact(line));
        password.close();
        assertEquals("x " + Redactor.MASK, redactor.redact("x ya29.a0AfH6SMB-token-value"), "one open secret keeps the forms");
        token.close();
        assertEquals("x ya29.a0AfH6SMB-token-value", redactor.redact("x ya29.a0AfH6SMB-token-value"), "wiped with the last secret");
    }

    @Test
    void theFinalCheckLeavesJsonKeysAndHtmlMarkupAlone() {
        Redactor id = new Redactor(USER, Secret.of("id".toCharArray()));
        assertEquals("{\"id\": \"" + Redactor.MASK + "\", \"x\": \"the " + Redactor.MASK + "\"}",
                id.scrub("{\"id\": \"id\", \"x\": \"the id\"}", Redactor.Output.JSON));
        Redactor li = new Redactor(USER, Secret.of("main".toCharArray()));
        String page = "<style>main{margin:0}</style><main><li class=\"main\">main &amp; more</li></main>";
        assertEquals("<style>main{margin:0}</style><main><li class=\"main\">" + Redactor.MASK + " &amp; more</li></main>",
                li.scrub(page, Redactor.Output.HTML));
    }

    @Test
    void aPasswordMadeOfStarsIsNotFoundInItsOwnMask() {
        Redactor redactor = new Redactor(USER, Secret.of("****".toCharArray()));
        String masked = redactor.redact("pw ****");
        assertEquals("pw " + Redactor.MASK, masked);
        assertEquals(masked, redactor.scrub(masked, Redactor.Output.TEXT));
        assertFalse(redactor.leaks(masked, Redactor.Output.TEXT));
    }

    private static void check(String password, String line, String output) {
        if (SecretEchoes.revealed(output, password)) {
            fail(describe(password, line, output));
        }
    }

    private static String describe(String password, String line, String output) {
        return "password " + password.codePoints().mapToObj(c -> String.format("U+%04X", c)).toList() + "\n  line:   " + line
                + "\n  output: " + output;
    }
}
