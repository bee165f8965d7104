package org.outboxdoctor.ui;

import java.util.List;

import org.outboxdoctor.diagnosis.FindingCode;
import org.outboxdoctor.diagnosis.Judgement;
import org.outboxdoctor.diagnosis.Judgement.Aspect;
import org.outboxdoctor.evidence.ProbeId;
import org.outboxdoctor.evidence.ProgressEvent;
import org.outboxdoctor.ui.CheckOutcome.Row;
import org.outboxdoctor.ui.CheckOutcome.StepResult;

/** "Blacklist": this computer's public address, and what each DNS blocklist says about it. */
final class BlacklistStep extends LiveStep {

    BlacklistStep() {
        super("steps.blacklist", FindingCode.IP_BLACKLISTED, FindingCode.IP_POLICY_LISTED, FindingCode.BLACKLIST_UNCHECKED);
    }

    @Override
    boolean shows(Judgement judgement) {
        return judgement.aspect() == Aspect.PUBLIC_ADDRESS || judgement.aspect() == Aspect.LISTING;
    }

    @Override
    void progress(ProgressEvent event, LiveRows rows, LiveRows.Run run) {
        Messages messages = run.messages();
        String key = event.probe().key();
        if (event instanceof ProgressEvent.PublicAddressFound found) {
            List<String> addresses = found.addresses();
            rows.put(new Row(key, addresses.isEmpty() ? StatusLook.UNKNOWN : StatusLook.INFO, run.publicAddress(addresses),
                    List.of(), List.of()));
        } else if (event instanceof ProgressEvent.BlocklistsAsked) {
            rows.put(run.done(key));
        } else if (event instanceof ProgressEvent.Started && event.probe().equals(ProbeId.PUBLIC_ADDRESS)) {
            rows.put(LiveRows.running(key, messages.get("row.publicIp.running")));
        } else if (event instanceof ProgressEvent.Started && event.probe().equals(ProbeId.BLOCKLISTS)) {
            rows.put(LiveRows.running(key, messages.get("row.dnsbl.running")));
        }
    }

    /** No address, or no list answered in time: nothing is known, and that counts neither way. */
    @Override
    StepResult nothingKnown(CheckStep step, List<Row> rows, Messages messages) {
        boolean noAddress = rows.stream().noneMatch(r -> r.key().equals(ProbeId.PUBLIC_ADDRESS.key()) && r.look() != StatusLook.UNKNOWN);
        return new StepResult(step, StatusLook.UNKNOWN, noAddress ? messages.get("steps.blacklist.noAddress")
                : messages.get("steps.blacklist.unknown"), messages.get("steps.blacklist.unknownDetail"), rows);
    }
}
