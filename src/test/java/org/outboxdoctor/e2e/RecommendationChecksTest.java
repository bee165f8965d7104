package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.practice.SmtpBehaviour;

/** Settings a customer should keep: 587, then 465, then 2525, 25 last; and no second wait on a filtered address. */
class RecommendationChecksTest {

    @Test
    void aPortThatConnectsButNeverGreetsIsPassedOverFor465() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().silent(true).build(), 587);
            world.scripted(SmtpBehaviour.builder().implicitTls(org.outboxdoctor.testing.TestPki.sharedMailLeaf().serverContext())
                    .user(MailWorld.ADDRESS, MailWorld.PASSWORD).build(), 465);
            world.scripted(MailWorld.startTlsServer().build(), 25, 2525);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(465, run.recommended().get("port").getAsInt(), run::toString);
            assertEquals("tls", run.recommended().get("security").getAsString());
            assertTrue(run.recommended().get("proven").getAsBoolean());
            assertTrue(run.json().getAsJsonArray("probes").toString().contains("reply-timeout"), "587 judged after its greeting timeout");
        }
    }

    @Test
    void port25IsRecommendedOnlyWhenNothingElseWorks() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().build(), 25, 2525);
            world.blackhole(465, 587);

            CliRun run = world.check("--port", "25", "--timeout", "6", "--json");

            assertEquals(2525, run.recommended().get("port").getAsInt(), run::toString);
        }
    }

    @Test
    void anotherNameOfTheSameFilteredAddressIsNotDialledAgain() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.dns.a("smtp.example.test", "127.0.0.1");
            world.blackhole(25, 465, 587, 2525);

            CliRun run = world.check("--port", "587", "--timeout", "9", "--json");

            assertEquals("SMTP_UNREACHABLE", run.topCode(), run::toString);
            // four SMTP ports and one mailbox login: smtp.example.test (same address) is not tried after them
            assertEquals(5, run.json().get("connections").getAsInt(), run::toString);
            long elapsed = run.json().get("elapsedMillis").getAsLong();
            assertTrue(elapsed < 2 * 3000, "one connect timeout (3 s at --timeout 9), not two: " + elapsed + " ms");
        }
    }
}
