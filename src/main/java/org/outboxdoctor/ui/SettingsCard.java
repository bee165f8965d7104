package org.outboxdoctor.ui;

import java.util.Optional;

import javafx.scene.Node;
import javafx.scene.control.Label;

import org.outboxdoctor.diagnosis.RecommendedSettings;
import org.outboxdoctor.settings.Security;

/** The answer page's "Use these settings" card: the values to type into the mail program, in its menu's words. */
final class SettingsCard {
    private SettingsCard() {
    }

    /**
     * @param values the server, port, security, user name and login labels, in that order
     */
    static void render(Optional<RecommendedSettings> recommended, Node card, Label intro, Label[] values, Messages messages) {
        card.setVisible(recommended.isPresent());
        card.setManaged(recommended.isPresent());
        recommended.ifPresent(s -> {
            intro.setText(s.proven() ? messages.get("results.settings.proven") : messages.get("results.settings.unproven"));
            values[0].setText(s.server());
            values[1].setText(String.valueOf(s.port()));
            values[2].setText(securityText(s.security(), messages));
            values[3].setText(s.username());
            values[4].setText(s.auth() ? messages.get("results.settings.authPassword") : messages.get("results.settings.authNone"));
        });
    }

    private static String securityText(Security security, Messages messages) {
        return switch (security) {
            case STARTTLS -> messages.get("server.security.starttls");
            case TLS -> messages.get("server.security.tls");
            case NONE -> messages.get("server.security.none");
        };
    }
}
