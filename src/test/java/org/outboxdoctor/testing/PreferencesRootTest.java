package org.outboxdoctor.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.Test;

/**
 * Tests write preferences (the wizard's appearance, the run history): the build points the JDK's preferences at
 * a folder below target/, so the real user's ~/.java/.userPrefs never gets a test's nodes.
 */
class PreferencesRootTest {

    @Test
    void aNodeWrittenByATestLandsBelowTheBuildFolderAndNotInTheUsersHome() throws Exception {
        String configured = System.getProperty("java.util.prefs.userRoot");
        assertNotNull(configured, "the build sets java.util.prefs.userRoot for tests");
        Path testRoot = Path.of(configured).toAbsolutePath();
        assertTrue(testRoot.toString().contains("target"), "test preferences live below target/: " + testRoot);

        String name = "prefs-isolation-" + UUID.randomUUID();
        Path realNode = Path.of(System.getProperty("user.home"), ".java", ".userPrefs", "org", "outboxdoctor", name);
        Path testNode = testRoot.resolve(".java").resolve(".userPrefs").resolve("org").resolve("outboxdoctor").resolve(name);
        Preferences node = Preferences.userRoot().node("org/outboxdoctor/" + name);
        try {
            node.put("written", "yes");
            node.flush();
            assertTrue(Files.isRegularFile(testNode.resolve("prefs.xml")), "written to " + testNode);
            assertFalse(Files.exists(realNode), "the real preferences got the test's node: " + realNode);
        } finally {
            node.removeNode();
            Preferences.userRoot().node("org/outboxdoctor").flush();
        }
    }
}
