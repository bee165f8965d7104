#!/usr/bin/env bash
# Real-MTA integration suite (issue #6, item 6): Debian's Postfix and Dovecot, configured for submission with
# SASL, answer `outbox-doctor check --json` in real situations, and the finding codes are asserted.
#
# Everything runs inside a network namespace this script creates and deletes: it has only its own loopback
# interface and no route anywhere, so no packet can leave it. Postfix, Dovecot and dnsmasq (the only DNS the
# app asks, through --dns/--whoami-dns) listen on that namespace's 127.0.0.1 on their standard ports; iptables
# rules inside the namespace drop a port for the "blocked" case. The app also runs with
# -Doutboxdoctor.loopbackOnly=true, so it refuses any non-loopback address itself.
# The services are private instances (own configuration, queue, state and logs in a scratch folder):
# /etc/postfix and /etc/dovecot are neither read nor changed, and nothing is started outside the namespace.
#
# Usage (as root, after `mvn package` built target/outbox-doctor.jar):  bash .ci/real-mta/run.sh
# OD_REALMTA_KEEP=1 keeps the scratch folder (configuration, logs, every JSON answer) for a look afterwards.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
JAR="$ROOT/target/outbox-doctor.jar"
STARTED=$(date +%s)

HOST=mail.example.test
DOMAIN=example.test
# where Dovecot reads mail in the case "Dovecot on its own name"; the name resolves in every case, nothing else uses it
IMAP_HOST=post.example.test
IMAP_ADDRESS=127.0.0.2
USER_ADDRESS=alice@example.test
# spaces, quotes, a colon (the passwd-file separator) and shell characters: all must survive every layer
PASSWORD='Corr3ct "horse": battery & staple!'
WRONG_PASSWORD='Corr3ct "horse": battery & stapler?'
PUBLIC_IP=192.0.2.25   # TEST-NET-1: what the local "what is my address" answers; only ever looked up, never contacted

NS="od-realmta-$$"
WORK=""
MADE_POLICY=""
MADE_ETC_NETNS=""
passed=0
failed=0
failed_names=()

say() { printf 'real-mta: %s\n' "$*"; }
die() { printf 'real-mta: ERROR: %s\n' "$*" >&2; exit 1; }
ins() { ip netns exec "$NS" "$@"; }

[ "$(id -u)" -eq 0 ] || die "needs root (network namespace, iptables, the MTAs' own users)"
[ -f "$JAR" ] || die "$JAR is missing: run mvn package (or mvn verify) first"

# ---------------------------------------------------------------------------------------------------------------
# packages: from Debian, without letting their install scripts start the system-wide services
install_packages() {
    local wanted=(postfix dovecot-core dovecot-imapd dnsmasq-base iptables iproute2 openssl jq) missing=() p
    for p in "${wanted[@]}"; do
        dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing ${missing[*]}"
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\n# outbox-doctor real-MTA suite: no service starts while it installs\nexit 101\n' > /usr/sbin/policy-rc.d
        chmod 755 /usr/sbin/policy-rc.d
        MADE_POLICY=1
    fi
    echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
    export DEBIAN_FRONTEND=noninteractive
    # the lock timeout: wait for another apt run (unattended upgrades, a parallel job) instead of failing
    apt-get -o DPkg::Lock::Timeout=300 update -qq
    # --no-remove: never replace a mail server that is already installed (exim4 and the like)
    apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends --no-remove "${missing[@]}" >/dev/null
    if [ -n "$MADE_POLICY" ]; then
        rm -f /usr/sbin/policy-rc.d
        MADE_POLICY=""
    fi
    # on a machine run by systemd, the freshly installed system-wide Dovecot would start at the next boot
    # and listen on every interface; this suite only ever needs its private instance
    if [[ " ${missing[*]} " == *" dovecot-core "* ]] && [ -d /run/systemd/system ]; then
        systemctl disable --now dovecot.service dovecot.socket >/dev/null 2>&1 || true
    fi
}

# ---------------------------------------------------------------------------------------------------------------
cleanup() {
    local rc=$?
    set +e
    if [ -n "$MADE_POLICY" ]; then
        rm -f /usr/sbin/policy-rc.d
    fi
    if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
        echo "real-mta: stopped early (exit $rc) after $passed passed cases"
    fi
    if [ -n "$WORK" ] && [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then
        # a setup failure or an interruption: show what the servers said
        for log in postfix dovecot dnsmasq; do
            [ -s "$WORK/log/$log.log" ] && { echo "--- last lines of $log.log"; tail -n 25 "$WORK/log/$log.log"; }
        done
    fi
    if ip netns list 2>/dev/null | grep -qw "$NS"; then
        [ -n "$WORK" ] && [ -f "$WORK/postfix/etc/main.cf" ] && ins postfix -c "$WORK/postfix/etc" stop >/dev/null 2>&1
        [ -n "$WORK" ] && [ -f "$WORK/dovecot/dovecot.conf" ] && ins dovecot -c "$WORK/dovecot/dovecot.conf" stop >/dev/null 2>&1
        [ -n "$WORK" ] && [ -s "$WORK/dns/dnsmasq.pid" ] && kill "$(cat "$WORK/dns/dnsmasq.pid")" 2>/dev/null
        # whatever is left in the namespace was started by this script
        local i pids=()
        for i in 1 2 3 4 5 6 7 8 9 10; do
            mapfile -t pids < <(ip netns pids "$NS" 2>/dev/null)
            [ ${#pids[@]} -eq 0 ] && break
            if [ "$i" -lt 6 ]; then kill "${pids[@]}" 2>/dev/null; else kill -KILL "${pids[@]}" 2>/dev/null; fi
            sleep 0.5
        done
        ip netns del "$NS"
    fi
    rm -rf "/etc/netns/$NS"
    [ -n "$MADE_ETC_NETNS" ] && rmdir /etc/netns 2>/dev/null
    if [ -n "$WORK" ]; then
        if [ "${OD_REALMTA_KEEP:-}" = 1 ]; then
            say "kept $WORK"
        else
            rm -rf "$WORK"
        fi
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------------------------------------------------------------------
setup() {
    WORK=$(mktemp -d /tmp/od-realmta.XXXXXX)
    chmod 755 "$WORK"   # the MTAs' unprivileged users must reach their files below it
    mkdir -p "$WORK"/{tls,postfix/etc,postfix/spool,postfix/data,dovecot/run,dovecot/state,mail,dns,log,out}

    ip netns add "$NS"
    ip -n "$NS" link set lo up
    # resolv.conf as the namespace's processes see it (ip netns exec mounts it over /etc/resolv.conf):
    # Postfix's own lookups go to the local dnsmasq too
    [ -d /etc/netns ] || MADE_ETC_NETNS=1
    mkdir -p "/etc/netns/$NS"
    echo "nameserver 127.0.0.1" > "/etc/netns/$NS/resolv.conf"
    local links
    links=$(ip -n "$NS" -o link show)
    if grep -qv ': lo:' <<< "$links"; then die "namespace $NS has more than its loopback interface: $links"; fi

    # a test CA and a certificate for the mail host, both valid for two days
    (
        cd "$WORK/tls"
        openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 2 \
            -subj "/O=Outbox Doctor/CN=Outbox Doctor real-MTA test CA" -keyout ca.key -out ca.pem \
            -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$HOST" \
            -keyout server.key -out server.csr 2>/dev/null
        printf 'subjectAltName=DNS:%s\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n' \
            "$HOST" > server.ext
        openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext \
            -out server.pem 2>/dev/null
        # Dovecot on its own name (one case): a certificate for that name alone, as Postfix' lacks it
        openssl req -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -subj "/CN=$IMAP_HOST" \
            -keyout imap.key -out imap.csr 2>/dev/null
        sed "s|DNS:$HOST|DNS:$IMAP_HOST|" server.ext > imap.ext
        openssl x509 -req -in imap.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile imap.ext \
            -out imap.pem 2>/dev/null
        chmod 600 ca.key server.key imap.key
        chmod 644 ca.pem server.pem imap.pem
    )

    local subst=(-e "s|@WORK@|$WORK|g" -e "s|@MAILUID@|$(id -u nobody)|g" -e "s|@MAILGID@|$(id -g nobody)|g")
    sed "${subst[@]}" "$HERE/templates/main.cf" > "$WORK/postfix/etc/main.cf"
    sed "${subst[@]}" "$HERE/templates/master.cf" > "$WORK/postfix/etc/master.cf"
    # the one mailbox: user, then the password's SHA512-CRYPT hash (so any character may be in the password)
    printf '%s:{SHA512-CRYPT}%s::::::\n' "$USER_ADDRESS" "$(printf '%s\n' "$PASSWORD" | openssl passwd -6 -stdin)" \
        > "$WORK/dovecot/users"
    chown root:dovecot "$WORK/dovecot/users"
    chmod 640 "$WORK/dovecot/users"
    chown nobody:"$(id -gn nobody)" "$WORK/mail"
    chown postfix "$WORK/postfix/data"

    start_dns

    ins postfix -c "$WORK/postfix/etc" check || die "postfix check failed"   # creates the private queue folders
    start_dovecot
    ins postfix -c "$WORK/postfix/etc" start >/dev/null 2>&1 || die "postfix did not start: $(tail -n 5 "$WORK/log/postfix.log" 2>/dev/null)"
    wait_for_ports 53 25 465 587 143 993
    [ -S "$WORK/postfix/spool/private/auth" ] || die "Dovecot's SASL socket for Postfix is missing"

    # the services listen on the namespace's loopback only (and nothing of theirs on the host)
    local wide
    wide=$(ins ss -Hltnu | awk '{print $5}' | grep -v '^127\.0\.0\.1:' || true)
    [ -z "$wide" ] || die "a service listens beyond 127.0.0.1 in the namespace: $wide"
    say "namespace $NS: Postfix $(postconf -d -h mail_version), Dovecot $(dovecot --version | cut -d' ' -f1), dnsmasq on 127.0.0.1 (53, 25, 465, 587, 143, 993)"
}

# DNS: dnsmasq answers for example.test from its command line and nothing else (no upstream server at all);
# arguments add records (a case's own), a running dnsmasq is replaced
start_dns() {
    if [ -s "$WORK/dns/dnsmasq.pid" ]; then
        kill "$(cat "$WORK/dns/dnsmasq.pid")" 2>/dev/null || true
        local i
        for i in $(seq 1 50); do
            [ -z "$(ins ss -Hlun "( sport = :53 )")" ] && break
            sleep 0.1
        done
        rm -f "$WORK/dns/dnsmasq.pid"
    fi
    ins dnsmasq --conf-file=/dev/null --no-resolv --no-hosts --no-poll --bind-interfaces \
        --listen-address=127.0.0.1 --port=53 --pid-file="$WORK/dns/dnsmasq.pid" \
        --log-queries --log-facility="$WORK/log/dnsmasq.log" \
        --local="/$DOMAIN/" \
        --host-record="$HOST,127.0.0.1" \
        --host-record="$IMAP_HOST,$IMAP_ADDRESS" \
        --mx-host="$DOMAIN,$HOST,10" \
        --srv-host="_submission._tcp.$DOMAIN,$HOST,587,0,1" \
        --srv-host="_submissions._tcp.$DOMAIN,$HOST,465,0,1" \
        --host-record="myip.opendns.com,$PUBLIC_IP" \
        --txt-record="o-o.myaddr.l.google.com,$PUBLIC_IP" "$@"
    wait_for_ports 53
}

# start_dovecot [ADDRESS CERTIFICATE KEY]: (re)starts the private Dovecot, on 127.0.0.1 with the mail host's
# certificate unless told otherwise
start_dovecot() {
    local address=${1:-127.0.0.1} cert=${2:-$WORK/tls/server.pem} key=${3:-$WORK/tls/server.key} i
    if [ -n "$(ins ss -Hltn "( sport = :993 )")" ]; then
        ins dovecot -c "$WORK/dovecot/dovecot.conf" stop >/dev/null 2>&1 || true
        for i in $(seq 1 100); do
            [ -z "$(ins ss -Hltn "( sport = :993 or sport = :143 )")" ] && break
            [ "$i" -eq 100 ] && die "Dovecot did not stop within 20 s"
            sleep 0.2
        done
    fi
    sed -e "s|@WORK@|$WORK|g" -e "s|@MAILUID@|$(id -u nobody)|g" -e "s|@MAILGID@|$(id -g nobody)|g" \
        -e "s|^listen = .*|listen = $address|" -e "s|^ssl_cert = .*|ssl_cert = <$cert|" -e "s|^ssl_key = .*|ssl_key = <$key|" \
        "$HERE/templates/dovecot.conf" > "$WORK/dovecot/dovecot.conf"
    ins dovecot -c "$WORK/dovecot/dovecot.conf"
    wait_for_ports 143 993
}

wait_for_ports() {
    local port i
    for port in "$@"; do
        for i in $(seq 1 100); do
            [ -n "$(ins ss -Hltnu "( sport = :$port )")" ] && break
            [ "$i" -eq 100 ] && die "nothing listens on port $port after 20 s"
            sleep 0.2
        done
    done
}

# ---------------------------------------------------------------------------------------------------------------
# one case: run the check, then every expectation adds a reason when it does not hold
CASE=""
OUT=""
RC=0
reasons=()
declare -A LOGMARK

case_begin() {
    CASE=$1
    reasons=()
    local log
    for log in postfix dovecot; do
        LOGMARK[$log]=$(wc -l < "$WORK/log/$log.log" 2>/dev/null || echo 0)
    done
}

# check_app PASSWORD ARGS...: the headless check as a helpdesk script runs it, inside the namespace
check_app() {
    local password=$1
    shift
    OUT="$WORK/out/$CASE.json"
    RC=0
    (
        export MAILPW="$password"
        # the cases check one server back to back: without a pause, and with a run history of their own
        exec ip netns exec "$NS" timeout 120 java -Doutboxdoctor.loopbackOnly=true -Doutboxdoctor.rerunPauseSeconds=0 \
            -Doutboxdoctor.historyNode=org/outboxdoctor/real-mta-runs -jar "$JAR" check \
            --email "$USER_ADDRESS" --password-env MAILPW --server "$HOST" \
            --dns 127.0.0.1:53 --whoami-dns 127.0.0.1:53 --dnsbl "bl.$DOMAIN" \
            --trust-store "$WORK/tls/ca.pem" --timeout 20 --json --transcript "$@"
    ) < /dev/null > "$OUT" 2> "$WORK/out/$CASE.err" || RC=$?
    if ! jq -e . "$OUT" >/dev/null 2>&1; then
        reasons+=("no JSON on stdout (exit $RC; stderr: $(head -c 300 "$WORK/out/$CASE.err"))")
        : > "$OUT.invalid"
    elif [ -s "$WORK/out/$CASE.err" ]; then
        reasons+=("the app wrote to stderr: $(head -c 300 "$WORK/out/$CASE.err")")
    fi
}

json() { [ -e "$OUT.invalid" ] && return 1; jq -r "$@" "$OUT"; }
codes() { json '[.findings[].code] | join(",")' 2>/dev/null || echo "?"; }

expect_exit() { [ "$RC" -eq "$1" ] || reasons+=("exit status $RC, expected $1"); }
expect_verdict() {
    local v
    v=$(json .verdict 2>/dev/null || echo "?")
    [ "$v" = "$1" ] || reasons+=("verdict $v, expected $1")
}
# expect_finding CODE SEVERITY
expect_finding() {
    json -e --arg c "$1" --arg s "$2" 'any(.findings[]; .code == $c and (.severity | ascii_upcase) == $s)' >/dev/null 2>&1 \
        || reasons+=("no $1 finding of severity $2 (findings: $(codes))")
}
# expect_true DESCRIPTION JQ-EXPRESSION
expect_true() {
    json -e "$2" >/dev/null 2>&1 || reasons+=("$1 does not hold")
}
no_problem_findings() {
    local problems
    problems=$(json '[.findings[] | select((.severity | ascii_upcase) == "PROBLEM") | .code] | join(",")' 2>/dev/null || echo "?")
    [ -z "$problems" ] || reasons+=("unexpected problems: $problems")
}
# expect_log postfix|dovecot REGEX: the server really saw it (only lines written during this case count)
expect_log() {
    local from=$(( ${LOGMARK[$1]} + 1 ))
    local lines
    lines=$(tail -n +"$from" "$WORK/log/$1.log" 2>/dev/null || true)
    grep -Eq -- "$2" <<< "$lines" || reasons+=("$1 log has no line matching /$2/")
}
# the password, and the base64 forms an AUTH PLAIN or LOGIN dialogue would carry, are in no output
no_secret() {
    local password=$1 form
    for form in "$password" "$(printf '%s' "$password" | base64 -w0)" \
        "$(printf '\0%s\0%s' "$USER_ADDRESS" "$password" | base64 -w0)" \
        "$(printf '%s\0%s\0%s' "$USER_ADDRESS" "$USER_ADDRESS" "$password" | base64 -w0)"; do
        if grep -qF -- "$form" "$OUT" "$WORK/out/$CASE.err"; then
            reasons+=("the password appears in the output (as \"${form:0:6}…\")")
        fi
    done
}
polite() {
    expect_true "at most 8 connections" '.connections <= 8'
    expect_true "at most one SMTP login per security mode" '.authAttempts <= 2'
}

case_end() {
    local line
    line="$CASE: exit $RC, verdict $(json .verdict 2>/dev/null || echo '?'), findings $(codes)"
    if [ ${#reasons[@]} -eq 0 ]; then
        passed=$((passed + 1))
        echo "PASS $line"
    else
        failed=$((failed + 1))
        failed_names+=("$CASE")
        echo "FAIL $line"
        local r
        for r in "${reasons[@]}"; do echo "     - $r"; done
        echo "     probes:"
        json -r '.probes[] | "       \(.id) \(.target) \(.status): \(.summary)"' 2>/dev/null | head -n 20 || true
        echo "     findings:"
        json -r '.findings[] | "       \(.code) \(.severity): \(.title) | \(.evidence | join(" / "))"' 2>/dev/null || true
        local log from
        for log in postfix dovecot; do
            from=$(( ${LOGMARK[$log]} + 1 ))
            echo "     $log log during the case:"
            tail -n +"$from" "$WORK/log/$log.log" 2>/dev/null | tail -n 15 | sed 's/^/       /'
        done
    fi
}

postfix_set() {
    ins postconf -c "$WORK/postfix/etc" -P "$@"
    ins postfix -c "$WORK/postfix/etc" reload >/dev/null 2>&1
    sleep 1   # reload is asynchronous: let master restart the listeners' processes
    wait_for_ports 25 465 587
}

# ---------------------------------------------------------------------------------------------------------------
# the situations

case_healthy() {
    case_begin healthy
    check_app "$PASSWORD" --port 587 --security starttls
    expect_exit 0
    expect_verdict CAN_SEND
    expect_finding CAN_SEND OK
    no_problem_findings
    expect_true "recommended settings are 587/STARTTLS, proven" \
        '.recommended.port == 587 and (.recommended.security | ascii_downcase) == "starttls" and .recommended.proven == true'
    expect_true "one mailbox login" '.mailboxLogins == 1'
    polite
    no_secret "$PASSWORD"
    expect_log postfix "postfix/submission/smtpd.*sasl_method=PLAIN, sasl_username=$USER_ADDRESS"
    expect_true "port 587 can send" 'any(.probes[]; .id == "smtp-587" and .status == "can-send")'
    expect_log dovecot "imap-login: (Info: )?Login: user=<$USER_ADDRESS>"
    case_end
}

case_wrong_password() {
    case_begin wrong-password
    check_app "$WRONG_PASSWORD" --port 587 --security starttls
    expect_exit 1
    expect_verdict PROBLEM
    expect_finding WRONG_PASSWORD PROBLEM
    expect_true "no CAN_SEND" 'all(.findings[]; .code != "CAN_SEND")'
    expect_true "WRONG_PASSWORD quotes Postfix's 535 5.7.8 and Dovecot's IMAP refusal" \
        '[.findings[] | select(.code == "WRONG_PASSWORD") | .evidence[]] | (any(test("535 5\\.7\\.8")) and any(test("IMAP.*AUTHENTICATIONFAILED")))'
    polite
    no_secret "$WRONG_PASSWORD"
    expect_log postfix "SASL (PLAIN|LOGIN) authentication failed"
    expect_log dovecot "imap-login: .*(auth failed|Authentication failed)"
    case_end
}

case_relay_denied() {
    case_begin relay-denied-without-auth
    check_app "$PASSWORD" --port 587 --security starttls --no-auth
    expect_exit 1
    expect_verdict PROBLEM
    expect_finding AUTH_NOT_USED PROBLEM
    expect_true "AUTH_NOT_USED quotes Postfix's 554 5.7.1 Relay access denied" \
        'any(.findings[] | select(.code == "AUTH_NOT_USED") | .evidence[]; test("554 5\\.7\\.1.*Relay access denied"))'
    polite
    no_secret "$PASSWORD"
    expect_log postfix "NOQUEUE: reject: RCPT from .*554 5\.7\.1 .*Relay access denied"
    case_end
}

case_tls_required() {
    # submission refuses everything before STARTTLS; the mail program is set to no encryption
    postfix_set "submission/inet/smtpd_tls_security_level=encrypt"
    case_begin tls-required
    check_app "$PASSWORD" --port 587 --security none
    expect_exit 1
    expect_verdict PROBLEM
    expect_finding TLS_REQUIRED PROBLEM
    expect_true "TLS_REQUIRED quotes Postfix's 530 5.7.0 Must issue a STARTTLS command first" \
        'any(.findings[] | select(.code == "TLS_REQUIRED") | .evidence[]; test("530 5\\.7\\.0 Must issue a STARTTLS command first"))'
    polite
    no_secret "$PASSWORD"
    case_end
    postfix_set "submission/inet/smtpd_tls_security_level=may"
}

case_port25_dropped() {
    # a firewall in the namespace drops port 25 (no answer at all, as ISPs do); 587 stays open
    ins iptables -w -I INPUT -p tcp --dport 25 -j DROP
    case_begin port-25-dropped
    check_app "$PASSWORD" --port 25 --security starttls
    expect_exit 1
    expect_verdict PROBLEM
    expect_finding PORT_BLOCKED PROBLEM
    expect_true "recommends port 587 with STARTTLS, proven" \
        '.recommended.port == 587 and (.recommended.security | ascii_downcase) == "starttls" and .recommended.proven == true'
    expect_true "port 25 seen as filtered" 'any(.probes[]; .id == "smtp-25" and .status == "filtered")'
    expect_true "PORT_BLOCKED tells to use 587" \
        'any(.findings[] | select(.code == "PORT_BLOCKED") | .fix[]; test("\\b587\\b"))'
    polite
    no_secret "$PASSWORD"
    case_end
    ins iptables -w -D INPUT -p tcp --dport 25 -j DROP
}

case_port465_rejected() {
    # a firewall in the namespace rejects port 465 the way corporate firewalls do ("administratively
    # prohibited"): the connection fails at once instead of timing out; 587 stays open
    ins iptables -w -I INPUT -p tcp --dport 465 -j REJECT --reject-with icmp-admin-prohibited
    case_begin port-465-rejected
    check_app "$PASSWORD" --port 465 --security tls
    expect_exit 1
    expect_verdict PROBLEM
    expect_finding PORT_BLOCKED PROBLEM
    expect_true "recommends port 587 with STARTTLS, proven" \
        '.recommended.port == 587 and (.recommended.security | ascii_downcase) == "starttls" and .recommended.proven == true'
    polite
    no_secret "$PASSWORD"
    case_end
    ins iptables -w -D INPUT -p tcp --dport 465 -j REJECT --reject-with icmp-admin-prohibited
}

case_sender_not_owned() {
    # Postfix refuses a sender address the login does not own (reject_authenticated_sender_login_mismatch):
    # the mail program sends from an alias that was never added to the mailbox
    printf '%s %s\n' "$USER_ADDRESS" "$USER_ADDRESS" > "$WORK/postfix/etc/senders"
    chmod 644 "$WORK/postfix/etc/senders"
    ins postconf -c "$WORK/postfix/etc" -e "smtpd_sender_login_maps=texthash:$WORK/postfix/etc/senders"
    postfix_set "submission/inet/smtpd_sender_restrictions=reject_authenticated_sender_login_mismatch"
    case_begin sender-not-owned
    check_app "$PASSWORD" --port 587 --security starttls --from "sales@$DOMAIN"
    expect_exit 1
    expect_verdict PROBLEM
    expect_finding SENDER_NOT_ALLOWED PROBLEM
    expect_true "SENDER_NOT_ALLOWED quotes Postfix's 553 5.7.1 ... not owned by user" \
        'any(.findings[] | select(.code == "SENDER_NOT_ALLOWED") | .evidence[]; test("553 5\\.7\\.1.*not owned by user"))'
    expect_true "the login's own address still sends" 'any(.probes[]; .id == "smtp-587" and .status == "can-send")'
    expect_true "no SERVER_ERROR" 'all(.findings[]; .code != "SERVER_ERROR")'
    polite
    no_secret "$PASSWORD"
    expect_log postfix "reject: RCPT from .*553 5\.7\.1 <sales@$DOMAIN>: Sender address rejected: not owned by user $USER_ADDRESS"
    case_end
    postfix_set "submission/inet/smtpd_sender_restrictions="
}

case_dovecot_own_name() {
    # Dovecot moves to a name and address of its own, with a certificate for that name alone (Postfix' certificate
    # does not carry it), and DNS SRV _imaps._tcp says where it is: the mailbox login must find it there
    start_dovecot "$IMAP_ADDRESS" "$WORK/tls/imap.pem" "$WORK/tls/imap.key"
    start_dns --srv-host="_imaps._tcp.$DOMAIN,$IMAP_HOST,993,0,1"
    [ -S "$WORK/postfix/spool/private/auth" ] || die "Dovecot's SASL socket for Postfix is missing after the restart"

    case_begin dovecot-own-name
    check_app "$PASSWORD" --port 587 --security starttls
    expect_exit 0
    expect_verdict CAN_SEND
    no_problem_findings
    expect_true "the mailbox server is Dovecot's own name, found by SRV, and took the password" \
        ".incoming.host == \"$IMAP_HOST\" and .incoming.source == \"srv\" and .incoming.outcome == \"accepted\""
    expect_true "one mailbox login" '.mailboxLogins == 1'
    polite
    no_secret "$PASSWORD"
    expect_log dovecot "imap-login: (Info: )?Login: user=<$USER_ADDRESS>.*lip=$IMAP_ADDRESS"
    case_end

    case_begin dovecot-own-name-wrong-password
    check_app "$WRONG_PASSWORD" --port 587 --security starttls
    expect_exit 1
    expect_finding WRONG_PASSWORD PROBLEM
    expect_true "WRONG_PASSWORD is proven by Dovecot on its own name" \
        "any(.findings[]; .code == \"WRONG_PASSWORD\" and .certainty == \"proven\" and any(.evidence[]; test(\"$IMAP_HOST, found by DNS SRV\")))"
    expect_true "one mailbox login" '.mailboxLogins == 1'
    polite
    no_secret "$WRONG_PASSWORD"
    expect_log dovecot "imap-login: .*(auth failed|Authentication failed).*lip=$IMAP_ADDRESS"
    case_end

    start_dns
    start_dovecot
}

# ---------------------------------------------------------------------------------------------------------------
install_packages
setup
case_healthy
case_wrong_password
case_relay_denied
case_tls_required
case_port25_dropped
case_port465_rejected
case_sender_not_owned
case_dovecot_own_name

say "took $(( $(date +%s) - STARTED )) s"
if [ "$failed" -gt 0 ]; then
    say "failed: ${failed_names[*]}"
fi
echo "real-mta: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
