package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.outboxdoctor.i18n.Language;

class AppearanceModelTest {

    private final Preferences node = TestPreferences.freshNode();

    @AfterEach
    void removeNode() throws BackingStoreException {
        TestPreferences.remove(node);
    }

    @Test
    void startsFromTheSavedChoice() {
        node.putBoolean(UiPreferences.LARGE_TEXT, true);
        assertTrue(new AppearanceModel(new UiPreferences(node), Runnable::run).isLargeText());
    }

    @Test
    void defaultsToNormalText() {
        assertFalse(new AppearanceModel(new UiPreferences(node), Runnable::run).isLargeText());
    }

    @Test
    void savesChangesOnTheExecutorOnly() throws BackingStoreException {
        List<Runnable> queued = new ArrayList<>();
        AppearanceModel appearance = new AppearanceModel(new UiPreferences(node), queued::add);

        appearance.setLargeText(true);
        assertFalse(node.getBoolean(UiPreferences.LARGE_TEXT, false), "nothing written on the calling thread");

        queued.forEach(Runnable::run);
        assertTrue(node.getBoolean(UiPreferences.LARGE_TEXT, false));
        assertArrayEquals(new String[] {UiPreferences.LARGE_TEXT}, node.keys());
    }

    @Test
    void theLanguageFollowsTheComputerUntilTheUserPicksOneThenTheChoiceIsKept() {
        List<Runnable> queued = new ArrayList<>();
        AppearanceModel appearance = new AppearanceModel(new UiPreferences(node), queued::add, Language.FR);
        assertEquals(Language.FR, appearance.language());
        assertEquals(0, queued.size(), "the computer's language is not stored");

        appearance.languageProperty().set(Language.DE);
        queued.forEach(Runnable::run);
        assertEquals("de", node.get(UiPreferences.LANGUAGE, null));
        assertEquals(Language.DE, new AppearanceModel(new UiPreferences(node), Runnable::run, Language.ES).language());
    }

    @Test
    void aStoredLanguageThatIsNoLongerOfferedIsIgnored() {
        node.put(UiPreferences.LANGUAGE, "xx");
        assertEquals(Language.ES, new AppearanceModel(new UiPreferences(node), Runnable::run, Language.ES).language());
    }
}
