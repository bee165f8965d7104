package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.e2e.MailWorld;

/**
 * The memory a run used is handed back once its answer is out (see installer/benchmark/long-sitting.sh for the
 * figures): one collection per published answer, on the background executor, none while a run goes on; where the
 * JDK lets it, the heap keeps little free space after it.
 */
class MemoryTrimTest {

    private final Preferences node = TestPreferences.freshNode();

    @AfterEach
    void removePreferences() throws Exception {
        TestPreferences.remove(node);
    }

    @Test
    void oneCollectionOnTheBackgroundAfterEachAnswer() throws Exception {
        try (MailWorld world = new MailWorld().healthyGreenMail()) {
            AppServices services = AppServices.create(Runnable::run, node, Locale.ROOT).withFxThread(Runnable::run)
                    .withCheckOptions(WizardWorld.options(world));
            CheckSession session = new CheckSession(new CheckForm(), services);
            List<Runnable> background = new ArrayList<>();
            MemoryTrim.afterEachRun(session, background::add);
            session.form().emailProperty().set(MailWorld.ADDRESS);
            session.form().passwordProperty().set(MailWorld.PASSWORD);
            session.form().portProperty().set("465");

            assertEquals(1, background.size(), "on a JDK with the management modules: the heap's free ratios, at once");
            background.remove(0).run();
            assertEquals(MemoryTrim.MAX_FREE, MemoryTrim.Managed.option("MaxHeapFreeRatio"));
            assertEquals(MemoryTrim.MIN_FREE, MemoryTrim.Managed.option("MinHeapFreeRatio"));

            session.start();
            assertEquals(1, background.size(), "one collection after the first answer");
            session.start();
            assertEquals(2, background.size(), "and one after the next; none when the answer is cleared at the start");
            background.forEach(Runnable::run);
        }
    }
}
