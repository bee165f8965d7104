package org.outboxdoctor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Sending from an alias or a second address the login may not use: the servers' own refusals, never SERVER_ERROR. */
class SenderChecksTest {
    private static final String ALIAS = "sales@example.test";

    @ParameterizedTest
    @ValueSource(strings = {
            "553 5.7.1 <{sender}>: Sender address rejected: not owned by user {user}",
            "553 5.7.1 Sender address rejected: not owned by auth user.",
            "550 5.7.60 SMTP; Client does not have permissions to send as this sender",
            "554 5.2.252 SendAsDenied; {user} not allowed to send as {sender}"})
    void anAliasTheLoginDoesNotOwnIsRefusedAsSuch(String refusal) throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().senders(MailWorld.ADDRESS, MailWorld.ADDRESS)
                    .senderRefusedReply(refusal).build(), 25, 465, 587, 2525);

            CliRun run = world.check("--port", "587", "--from", ALIAS, "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("SENDER_NOT_ALLOWED", run.topCode(), run::toString);
            JsonObject finding = run.finding("SENDER_NOT_ALLOWED");
            assertEquals("proven", finding.get("certainty").getAsString());
            assertTrue(finding.get("title").getAsString().contains(ALIAS));
            assertTrue(finding.get("evidence").toString().contains(refusal.substring(0, 9)), finding.toString());
            assertTrue(finding.get("fix").toString().contains(MailWorld.ADDRESS), "send from the login's own address for now");
            assertFalse(run.codes().contains("SERVER_ERROR"));
            assertEquals(ALIAS, run.json().getAsJsonObject("current").get("from").getAsString());
        }
    }

    @Test
    void anAliasTheLoginOwnsIsSaidToWork() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().senders(MailWorld.ADDRESS, MailWorld.ADDRESS, ALIAS).build(),
                    25, 465, 587, 2525);

            CliRun run = world.check("--port", "587", "--from", ALIAS, "--json");

            assertEquals(0, run.exit(), run::toString);
            assertFalse(run.codes().contains("SENDER_NOT_ALLOWED"));
        }
    }

    @Test
    void aLoginThatDoesNotOwnItsOwnAddressIsToldSo() throws Exception {
        try (MailWorld world = new MailWorld().greenMailImaps()) {
            world.scripted(MailWorld.startTlsServer().senders(MailWorld.ADDRESS, "someone-else@example.test").build(),
                    25, 465, 587, 2525);

            CliRun run = world.check("--port", "587", "--json");

            assertEquals(1, run.exit(), run::toString);
            assertEquals("SENDER_NOT_ALLOWED", run.topCode(), run::toString);
            assertFalse(run.codes().contains("SERVER_ERROR"));
        }
    }
}
