package org.outboxdoctor.ui;

import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Throw-away preferences nodes, so tests never touch the real {@value UiPreferences#NODE_PATH}. */
final class TestPreferences {

    private TestPreferences() {
    }

    static Preferences freshNode() {
        return Preferences.userRoot().node("org/outboxdoctor/ui-test/" + UUID.randomUUID());
    }

    static void remove(Preferences node) throws BackingStoreException {
        Preferences parent = node.parent();
        node.removeNode();
        if (parent.childrenNames().length == 0 && parent.keys().length == 0) {
            Preferences grandParent = parent.parent();
            parent.removeNode();
            grandParent.flush();
        } else {
            parent.flush();
        }
    }
}
