package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.e2e.MailWorld;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;
import org.outboxdoctor.ui.CheckOutcome.Row;
import org.outboxdoctor.ui.CheckOutcome.StepResult;

/**
 * The Blacklist page's rows in German, against the loopback DNS: what the list's answer means, why the list is asked,
 * and how the address was seen read in German; list names, codes and addresses stay as they are.
 */
class BlacklistPageLanguageTest {
    private final Preferences node = TestPreferences.freshNode();

    @AfterEach
    void removePreferences() throws BackingStoreException {
        TestPreferences.remove(node);
    }

    @Test
    void theRowsOfTheBlacklistPageReadGerman() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            world.dns.a("myip.opendns.com", "127.0.0.2").a("2.0.0.127.zen.spamhaus.org", "127.0.0.4")
                    .a("2.0.0.127.bl.spamcop.net", "127.255.255.254");
            AppServices services = AppServices.create(Runnable::run, node, Locale.GERMAN).withFxThread(Runnable::run)
                    .withCheckOptions(WizardWorld.options(world).toBuilder()
                            .dnsblZones(List.of("zen.spamhaus.org", "bl.spamcop.net", "psbl.surriel.com")).build());
            CheckSession session = new CheckSession(new CheckForm(), services);
            session.form().emailProperty().set(MailWorld.ADDRESS);
            session.form().passwordProperty().set(MailWorld.PASSWORD);
            session.form().portProperty().set("465");
            session.form().securityProperty().set(SecurityChoice.TLS);

            session.start();

            StepResult page = session.stepProperty(CheckStep.BLACKLIST).get();
            String zen = String.join("\n", row(page, "dnsbl-zen_spamhaus_org-127_0_0_2").evidence());
            assertTrue(zen.contains("zen.spamhaus.org: 127.0.0.2 → XBL: ein befallener oder missbrauchter Computer (Botnetz, Proxy)"), zen);
            assertTrue(zen.contains("Die am häufigsten genutzte Liste."), "why the list is asked: " + zen);
            String spamcop = String.join("\n", row(page, "dnsbl-bl_spamcop_net-127_0_0_2").evidence());
            assertTrue(spamcop.contains("nicht prüfbar: die Liste beantwortet keine Fragen, die über einen öffentlichen"), spamcop);
            String psbl = String.join("\n", row(page, "dnsbl-psbl_surriel_com-127_0_0_2").evidence());
            assertTrue(psbl.contains("→ nicht eingetragen"), psbl);
            String address = String.join("\n", row(page, "public-ip").evidence());
            assertTrue(address.contains("OpenDNS: 127.0.0.2"), address);
            String all = page.rows().toString();
            for (String english : List.of("not listed", "could not check", "infected or exploited", "why it is asked",
                    "no answer", "Addresses that sent mail")) {
                assertFalse(all.contains(english), english + " in " + all);
            }
        }
    }

    private static Row row(StepResult page, String key) {
        return page.rows().stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + key + " in " + page.rows()));
    }
}
