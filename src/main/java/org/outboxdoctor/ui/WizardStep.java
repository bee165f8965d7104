package org.outboxdoctor.ui;

import java.util.Optional;

/**
 * The wizard's pages in order: three that ask, six live checks (one per {@link CheckStep}), and the answer.
 */
public enum WizardStep {
    WELCOME(FxmlView.WELCOME, null),
    ACCOUNT(FxmlView.ACCOUNT, null),
    SERVER(FxmlView.SERVER, null),
    CHECK_PASSWORD(FxmlView.CHECK_PASSWORD, CheckStep.PASSWORD),
    CHECK_SERVER(FxmlView.CHECK_SERVER, CheckStep.SERVER),
    CHECK_PORT(FxmlView.CHECK_PORT, CheckStep.PORT),
    CHECK_FIREWALL(FxmlView.CHECK_FIREWALL, CheckStep.FIREWALL),
    CHECK_ACCOUNT(FxmlView.CHECK_ACCOUNT, CheckStep.ACCOUNT_STATUS),
    CHECK_BLACKLIST(FxmlView.CHECK_BLACKLIST, CheckStep.BLACKLIST),
    RESULTS(FxmlView.RESULTS, null);

    private final FxmlView view;
    private final CheckStep check;

    WizardStep(FxmlView view, CheckStep check) {
        this.view = view;
        this.check = check;
    }

    public FxmlView view() {
        return view;
    }

    /** The live check this page shows; empty for the input pages and the answer. */
    public Optional<CheckStep> check() {
        return Optional.ofNullable(check);
    }

    /** True for the pages where the user types (before the check starts). */
    public boolean asks() {
        return ordinal() <= SERVER.ordinal();
    }

    public Optional<WizardStep> next() {
        return ordinal() + 1 < values().length ? Optional.of(values()[ordinal() + 1]) : Optional.empty();
    }

    public Optional<WizardStep> previous() {
        return ordinal() > 0 ? Optional.of(values()[ordinal() - 1]) : Optional.empty();
    }

    /** The short name in the list of steps. */
    public String title(Messages messages) {
        return switch (this) {
            case WELCOME -> messages.get("wizard.step.welcome");
            case ACCOUNT -> messages.get("wizard.step.account");
            case SERVER -> messages.get("wizard.step.server");
            case CHECK_PASSWORD -> messages.get("steps.password.title");
            case CHECK_SERVER -> messages.get("steps.server.title");
            case CHECK_PORT -> messages.get("steps.port.title");
            case CHECK_FIREWALL -> messages.get("steps.firewall.title");
            case CHECK_ACCOUNT -> messages.get("steps.account.title");
            case CHECK_BLACKLIST -> messages.get("steps.blacklist.title");
            case RESULTS -> messages.get("wizard.step.results");
        };
    }
}
