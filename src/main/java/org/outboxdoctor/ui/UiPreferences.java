package org.outboxdoctor.ui;

import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.outboxdoctor.i18n.Language;

/**
 * What the desktop UI remembers between runs, kept in a {@link Preferences} node
 * (the app uses {@value #NODE_PATH} under the user root).
 *
 * <p>Only appearance choices (text size, language) belong here. The email address, user name and password are never stored:
 * this class deliberately has no method that could write them.
 */
public final class UiPreferences {

    /** Path of the node under {@link Preferences#userRoot()} that the desktop app uses. */
    public static final String NODE_PATH = "org/outboxdoctor/ui";

    /** Key of the "Larger text" choice. */
    public static final String LARGE_TEXT = "largeText";

    /** Key of the language chosen at the bottom of the window; absent until the user picks one (then: the computer's). */
    public static final String LANGUAGE = "language";

    private static final Logger LOG = Logger.getLogger(UiPreferences.class.getName());

    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    public boolean largeText() {
        return node.getBoolean(LARGE_TEXT, false);
    }

    /** Stores the choice and flushes it to disk; blocking I/O, so call it on a background thread. */
    public void setLargeText(boolean largeText) {
        node.putBoolean(LARGE_TEXT, largeText);
        flush();
    }

    /** The language the user picked, empty when they never did (the window then follows the computer). */
    public Optional<Language> language() {
        return Language.byCode(node.get(LANGUAGE, null));
    }

    /** Stores the choice and flushes it to disk; blocking I/O, so call it on a background thread. */
    public void setLanguage(Language language) {
        node.put(LANGUAGE, language.code());
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            // a preference that cannot be saved is not worth interrupting the user for
            LOG.log(Level.WARNING, "Could not save the UI preferences", e);
        }
    }
}
