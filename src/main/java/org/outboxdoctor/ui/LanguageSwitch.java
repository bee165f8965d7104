package org.outboxdoctor.ui;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.scene.control.ComboBox;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;

import org.outboxdoctor.i18n.Language;

/**
 * Builds the window in the chosen language and builds it again when the user picks another one at the bottom.
 *
 * <p>Every page reads its texts when it is built, so a new language means new pages: the window stops what the old
 * pages were doing (a running check, an open practice world, the typed password) and opens on the first page,
 * which is where a language is normally chosen. The appearance model (and with it the choice) outlives the pages.
 */
public final class LanguageSwitch {
    private final Stage stage;
    private final Consumer<Built> shown;
    private AppServices services;
    private Built current;

    /** What one build made: the services in its language, the pages' factory, the window, the wizard frame. */
    public record Built(AppServices services, ViewFactory views, MainWindow window, WizardController wizard) {
    }

    private LanguageSwitch(Stage stage, AppServices services, Consumer<Built> shown) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.services = Objects.requireNonNull(services, "services");
        this.shown = Objects.requireNonNull(shown, "shown");
    }

    /**
     * Builds the window on {@code stage} (on the FX thread) and rebuilds it on every language change; {@code shown}
     * hears of each build, so its owner keeps the current window (to stop it when the app ends).
     */
    public static Built open(Stage stage, AppServices services, Consumer<Built> shown) {
        LanguageSwitch languages = new LanguageSwitch(stage, services, shown);
        services.appearance().languageProperty().addListener((observable, before, now) -> {
            if (now != null && now != languages.services.messages().choice()) {
                // after the ComboBox has finished handling the click that chose it
                languages.services.fxThread().execute(() -> languages.rebuild(now));
            }
        });
        return languages.build(false);
    }

    /** Fills the language list at the bottom of the window; a pick goes to the appearance model, which rebuilds. */
    static void offer(ComboBox<Language> choice, Messages messages, AppearanceModel appearance) {
        choice.getItems().setAll(Language.values());
        choice.setValue(messages.choice());
        choice.setTooltip(new Tooltip(messages.get("wizard.language")));
        choice.valueProperty().addListener((observable, before, now) -> appearance.languageProperty().set(now));
    }

    private Built build(boolean again) {
        ViewFactory views = new ViewFactory(services);
        MainWindow window = new MainWindow(stage, views, services, again);
        WizardController wizard = (WizardController) window.showPage(FxmlView.WIZARD).controller();
        current = new Built(services, views, window, wizard);
        shown.accept(current);
        return current;
    }

    private void rebuild(Language language) {
        if (language == services.messages().choice()) {
            return;
        }
        current.window().stopEverything();
        services = services.withLanguage(language);
        // an open window keeps its size and place; showPage puts the focus on the new first page
        build(true);
    }
}
