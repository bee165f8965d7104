#!/usr/bin/env bash
# Makes practice-pki.p12, the certificates of the practice scenarios, with nothing but the JDK's keytool.
# Run it from anywhere: it writes the store next to itself. Names, dates and extensions are fixed, so running it
# again gives an equivalent store (only the keys differ). Valid 2025-01-01 for 20 years.
#
# What is in the store (password "practice-only": this is demo material, not a secret):
#   practice-ca   trusted  CN=Outbox Doctor Practice CA          the practice provider's CA (practice runs trust it)
#   antivirus-ca  trusted  CN=Avast Web/Mail Shield Root         an antivirus interception root (never trusted)
#   mail          key      CN=mail.practice.test                 signed by the practice CA, for the practice mail host names
#   other-name    key      CN=server17.sharedhost.test           signed by the practice CA, for another host (name mismatch)
#   self-signed   key      CN=mail.practice.test                 self-signed (untrusted certificate)
#   antivirus     key      CN=mail.practice.test                 signed by the antivirus root (interception)
# The two CAs' private keys are thrown away: the store cannot sign anything new.
set -euo pipefail
cd "$(dirname "$0")"

STORE=practice-pki.p12
PASS=practice-only
START="2025/01/01 00:00:00"
DAYS=7305
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
KEY=(-keyalg EC -groupname secp256r1 -sigalg SHA256withECDSA)
# The password is public, so password-based protection would only cost time: a PKCS12 with the JDK's defaults takes
# about a second to open (10,000 PBKDF2 rounds for the MAC and each key). Certificates unencrypted, no MAC, one round.
export JAVA_TOOL_OPTIONS="-Dkeystore.pkcs12.certProtectionAlgorithm=NONE -Dkeystore.pkcs12.macAlgorithm=NONE \
  -Dkeystore.pkcs12.keyPbeIterationCount=1"
LEAF_EXT=(-ext ku:c=digitalSignature -ext eku=serverAuth -ext bc:c=ca:false)

rm -f "$STORE"

ca() { # alias, name
  keytool -genkeypair -alias "$1" -dname "CN=$2" "${KEY[@]}" -startdate "$START" -validity "$DAYS" \
    -ext bc:c -ext ku:c=keyCertSign,cRLSign -keystore "$WORK/ca.p12" -storetype PKCS12 -storepass "$PASS"
  keytool -exportcert -rfc -alias "$1" -keystore "$WORK/ca.p12" -storepass "$PASS" -file "$WORK/$1.pem"
  keytool -importcert -noprompt -alias "$1" -file "$WORK/$1.pem" -keystore "$STORE" -storetype PKCS12 -storepass "$PASS"
}

leaf() { # alias, issuer alias, common name, SAN list
  keytool -genkeypair -alias "$1" -dname "CN=$3" "${KEY[@]}" -startdate "$START" -validity "$DAYS" \
    -keystore "$STORE" -storetype PKCS12 -storepass "$PASS"
  keytool -certreq -alias "$1" -keystore "$STORE" -storepass "$PASS" -file "$WORK/$1.csr"
  keytool -gencert -rfc -alias "$2" -keystore "$WORK/ca.p12" -storepass "$PASS" -infile "$WORK/$1.csr" \
    -outfile "$WORK/$1.pem" -startdate "$START" -validity "$DAYS" -ext "san=$4" "${LEAF_EXT[@]}"
  cat "$WORK/$1.pem" "$WORK/$2.pem" > "$WORK/$1-chain.pem"
  keytool -importcert -noprompt -alias "$1" -file "$WORK/$1-chain.pem" -keystore "$STORE" -storepass "$PASS"
}

ca practice-ca "Outbox Doctor Practice CA"
ca antivirus-ca "Avast Web/Mail Shield Root"
leaf mail practice-ca mail.practice.test \
  dns:mail.practice.test,dns:smtp.practice.test,dns:imap.practice.test,dns:pop.practice.test
leaf other-name practice-ca server17.sharedhost.test dns:server17.sharedhost.test
leaf antivirus antivirus-ca mail.practice.test dns:mail.practice.test
keytool -genkeypair -alias self-signed -dname "CN=mail.practice.test" "${KEY[@]}" -startdate "$START" -validity "$DAYS" \
  -ext san=dns:mail.practice.test "${LEAF_EXT[@]}" -keystore "$STORE" -storetype PKCS12 -storepass "$PASS"

keytool -list -keystore "$STORE" -storepass "$PASS"
