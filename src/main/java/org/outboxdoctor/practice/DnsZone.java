package org.outboxdoctor.practice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xbill.DNS.CNAMERecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Header;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.OPTRecord;
import org.xbill.DNS.Opcode;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

/**
 * What a {@link LoopbackDnsServer} knows, and how it answers from it like an authoritative server: the records
 * (accumulating per name and type, like lines of a zone file), and per name a fault and a delay. Thread-safe;
 * a change applies from the next query on.
 */
final class DnsZone {

    enum Fault { SERVFAIL, REFUSED, DROP, TRUNCATE }

    /** The reply to send (unless {@code drop}), and how long to hold it back (null or zero: at once). */
    record Answer(Message reply, boolean drop, Duration delay) {
    }

    private static final int MAX_CNAME_CHAIN = 8;

    private final Map<Name, List<Record>> records = new HashMap<>();
    private final Map<Name, Fault> faults = new HashMap<>();
    private final Map<Name, Duration> delays = new HashMap<>();

    synchronized void add(Record record) {
        records.computeIfAbsent(record.getName(), n -> new ArrayList<>()).add(record);
    }

    synchronized void fault(Name name, Fault fault) {
        faults.put(name, fault);
    }

    synchronized void delay(Name name, Duration delay) {
        delays.put(name, delay);
    }

    /** Forgets every record, fault and delay of this name. */
    synchronized void remove(Name name) {
        records.remove(name);
        clearFaults(name);
    }

    /** Removes the fault and the delay of a name, keeping its records. */
    synchronized void clearFaults(Name name) {
        faults.remove(name);
        delays.remove(name);
    }

    /** The answer to a parsed query; over UDP a truncating fault leaves the records out and sets TC. */
    synchronized Answer answer(Message query, boolean overTcp) {
        Record question = query.getQuestion();
        Fault fault = question == null ? null : faults.get(question.getName());
        Duration delay = question == null ? null : delays.get(question.getName());
        return new Answer(reply(query, question, fault, overTcp), fault == Fault.DROP, delay);
    }

    private Message reply(Message query, Record question, Fault fault, boolean overTcp) {
        Message reply = new Message(query.getHeader().getID());
        Header header = reply.getHeader();
        header.setFlag(Flags.QR);
        header.setOpcode(query.getHeader().getOpcode());
        if (query.getHeader().getFlag(Flags.RD)) {
            header.setFlag(Flags.RD);
        }
        if (query.getOPT() != null) {
            reply.addRecord(new OPTRecord(1232, 0, 0), Section.ADDITIONAL);
        }
        if (question == null || query.getHeader().getOpcode() != Opcode.QUERY || question.getDClass() != DClass.IN) {
            if (question != null) {
                reply.addRecord(question, Section.QUESTION); // resolvers match a reply to its question
            }
            header.setRcode(question == null ? Rcode.FORMERR : Rcode.NOTIMP);
            return reply;
        }
        reply.addRecord(question, Section.QUESTION);
        header.setFlag(Flags.AA);
        if (fault == Fault.SERVFAIL || fault == Fault.REFUSED) {
            header.unsetFlag(Flags.AA);
            header.setRcode(fault == Fault.SERVFAIL ? Rcode.SERVFAIL : Rcode.REFUSED);
            return reply;
        }
        if (fault == Fault.TRUNCATE && !overTcp) {
            header.setFlag(Flags.TC);
            return reply;
        }
        Name name = question.getName();
        if (!exists(name)) {
            header.setRcode(Rcode.NXDOMAIN);
            return reply;
        }
        addAnswers(reply, name, question.getType());
        return reply;
    }

    private void addAnswers(Message reply, Name name, int type) {
        for (int hop = 0; hop < MAX_CNAME_CHAIN; hop++) {
            List<Record> owned = records.getOrDefault(name, List.of());
            Record cname = owned.stream().filter(r -> r.getType() == Type.CNAME).findFirst().orElse(null);
            if (cname == null || type == Type.CNAME || type == Type.ANY) {
                owned.stream()
                        .filter(r -> type == Type.ANY || r.getType() == type)
                        .forEach(r -> reply.addRecord(r, Section.ANSWER));
                return;
            }
            // Like an authoritative server for its own zone: give the alias and, where known, what it points to.
            reply.addRecord(cname, Section.ANSWER);
            name = ((CNAMERecord) cname).getTarget();
        }
    }

    /** A name exists if it owns records or is an ancestor of one that does (an empty non-terminal). */
    private boolean exists(Name name) {
        if (records.containsKey(name) || faults.containsKey(name)) {
            return true;
        }
        for (Name owner : records.keySet()) {
            if (owner.subdomain(name)) {
                return true;
            }
        }
        return false;
    }
}
