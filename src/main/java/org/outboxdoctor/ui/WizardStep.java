package org.outboxdoctor.ui;

import java.util.Optional;

/**
 * The wizard's pages in order: three that ask, six live checks (one per {@link CheckStep}), and the answer.
 */
public enum WizardStep {
    WELCOME(FxmlView.WELCOME, null),
    ACCOUNT(FxmlView.ACCOUNT, null),
    SERVER(FxmlView.SERVER, null),
    CHECK_PASSWORD(FxmlView.LIVE_STEP, CheckStep.PASSWORD),
    CHECK_SERVER(FxmlView.LIVE_STEP, CheckStep.SERVER),
    CHECK_PORT(FxmlView.LIVE_STEP, CheckStep.PORT),
    CHECK_FIREWALL(FxmlView.LIVE_STEP, CheckStep.FIREWALL),
    CHECK_ACCOUNT(FxmlView.LIVE_STEP, CheckStep.ACCOUNT_STATUS),
    CHECK_BLACKLIST(FxmlView.LIVE_STEP, CheckStep.BLACKLIST),
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
            case RESULTS -> messages.get("wizard.step.results");
            default -> check.title(messages);
        };
    }
}
